"""Keys with grammar still attached (review 77): the particle of the joiner that cut a Korean pair
("마라탕이" of "마라탕이랑 떡볶이": 이 is the 이랑 after a consonant, and "마라탕!" is refused), or the
verb a skill is written with ("通晓粟特语", "speaks French" without the bare language). A key is a
clean noun phrase or value; the builder strips both (pairs.py, terms.strip_lead, skills.py)."""
from __future__ import annotations

import re

from ..builder.alternatives import clan_named
from ..builder.tables import table
from ..builder.terms import LEAD_FAMILIES, strip_lead
from ..schema import SBK, Record

_I_NOUNS = tuple(table("words.yaml", "KO_NOUNS_ENDING_IN_I"))


def _items(record: Record) -> list[list[str]]:
    return [[k] if isinstance(k, str) else list(k) for k in record.keywords]


def _family(record: Record) -> str:
    return str((record.metadata.model_extra or {}).get("family") or "")


def _ko_particle_kept(key: str, text: str) -> bool:
    """"마라탕이" where the card writes "마라탕이랑": the key ends in the 이 of 이랑 (after a final
    consonant), while a noun that ends in 이 itself (고양이) is whole."""
    if not re.fullmatch(r"[\uac00-\ud7a3 ]*[\uac00-\ud7a3]이", key) or key.endswith(_I_NOUNS):
        return False
    before = key[-2]
    return (ord(before) - 0xAC00) % 28 != 0 and re.search(re.escape(key) + r"랑(?:\s|$)", text) is not None


def check_grammar_keys(record: Record, card: dict[str, str]) -> list[str]:
    """No key keeps a Korean joining particle or a skill's / liking's leading verb while its bare noun is no key."""
    if record.focus != SBK:
        return []
    text, family, out = "\n".join(card.values()), _family(record), []
    for i, alts in enumerate(_items(record)):
        for a in alts:
            if record.language == "ko" and _ko_particle_kept(a, text):
                out.append(f"keywords.{i}: {a!r} keeps the particle 이 of 이랑; {a[:-1]!r} is no key")
            bare, led = strip_lead(a) if family in LEAD_FAMILIES else (a, False)
            if led and bare not in alts and not any(bare in b for b in alts if b != a):
                out.append(f"keywords.{i}: {a!r} keeps its verb; {bare!r} alone is no key")
    return out


def check_clan_style_keys(record: Record, card: dict[str, str]) -> list[str]:
    """A relative the card names after a surname-only style ("妻子曹氏，名曹十娘") is keyed by the name
    too: 曹氏 alone refuses "我浑家是曹十娘" (review 77)."""
    if record.focus != SBK or not _family(record).startswith("relation"):
        return []
    text = "\n".join(card.values())
    out = []
    for i, alts in enumerate(_items(record)):
        named = clan_named(alts[0], text)
        if named and named not in alts:
            out.append(f"keywords.{i}: {alts[0]!r} is how the card styles {named!r}, whose name is no key")
    return out


GRAMMAR_CHECKS = {"grammar_keys": check_grammar_keys, "clan_style_keys": check_clan_style_keys}
