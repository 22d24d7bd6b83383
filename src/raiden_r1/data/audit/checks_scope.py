"""Checks of keys that refuse how people answer or pay what the card gives someone else, which review
64 found and the audit passed: a list written with a conjunction kept as one key ("A和B" refuses "A"),
a trade said only in its long compound ("弄堂裁缝" refuses "做裁缝的"), a key cut with its particle
("的大杂院") or a title word of a day's name ("Lady" of Lady Day), a weight that demands its unit,
the family name of the character's real name as a relative's key (it names the whole family), a dream keyed by the
name quoted in a later clause (a shop's sign, not the dream), and an item of more separate parts than
the reward lets an answer name before it counts repetition. Each judges with
the builder's own tables.
"""

from __future__ import annotations

import re

from raiden_r1.text import normalize_term

from ..builder.coverage import job_art, job_head
from ..builder.fields import BY_NAME, classify_field
from ..builder.names import surname_of
from ..builder.pairs import pair_halves
from ..builder.tables import table
from ..builder.keys import has_word
from ..builder.terms import is_fragment, quoted_terms
from ..schema import SBK, Record

_LIST_FAMILIES = frozenset(name for name, fam in BY_NAME.items() if fam.kind == "list")
_PARTICLE_START = re.compile(r"^(?:的|之|の|의\s)")
_EN_TITLES = frozenset(table("words.yaml", "EN_NAME_TITLES"))
_POUNDS = re.compile(r"^(\d+(?:\.\d+)?)\s*(?:pounds?|lbs?)$", re.IGNORECASE)


def _items(record: Record) -> list[list[str]]:
    return [[k] if isinstance(k, str) else list(k) for k in record.keywords]


def _family(record: Record) -> str:
    return str((record.metadata.model_extra or {}).get("family") or "")


def check_joined_list_keys(record: Record, card: dict[str, str]) -> list[str]:
    """A list item written as two things joined ("葱油饼和豆浆", "hunting and fishing") answers by
    either half: a key holding only the joined form refuses "葱油饼"."""
    family = _family(record)
    if record.focus != SBK or family not in _LIST_FAMILIES:
        return []
    out = []
    for i, alts in enumerate(_items(record)):
        halves = pair_halves(alts[0], food=family == "food")
        missing = [h for h in halves if normalize_term(h) not in {normalize_term(a) for a in alts}]
        if missing:
            out.append(f"keywords.{i}: {alts[0]!r} joins two items; {missing[0]!r} alone is refused")
    return out


def check_trade_keys(record: Record, card: dict[str, str]) -> list[str]:
    """A job written as a compound ending in a trade ("弄堂裁缝", "相声艺人") is said by the trade
    ("做裁缝的", "说相声的"): the trade is an alternative."""
    if record.focus != SBK or _family(record) != "occupation":
        return []
    out = []
    for i, alts in enumerate(_items(record)):
        short = {s for a in alts for s in (job_head(a), job_art(a)) if s}
        if short and not short & set(alts):
            out.append(f"keywords.{i}: {alts[0]!r} has no key for the bare trade {sorted(short)[0]!r}")
    return out


def check_fragment_keys(record: Record, card: dict[str, str]) -> list[str]:
    """No alternative opens as a fragment or holds no word at all; no SBK alternative starts with a particle ("的大杂院" of "…附近的大杂院"), and no English date or place
    alternative is a title word alone ("Lady" of Lady Day pays "m'lady")."""
    out = []
    for i, alts in enumerate(_items(record)):  # session 32: "〜やじ" (an ending), "（" (no word at all)
        out += [f"keywords.{i}: {a!r} opens with a wave dash or ellipsis, an ending said after other words"
                for a in alts if is_fragment(a)]
        out += [f"keywords.{i}: {a!r} holds no letter, digit or CJK character" for a in alts if not has_word(a)]
    if record.focus != SBK:
        return out
    kind = getattr(BY_NAME.get(_family(record)), "kind", "")
    for i, alts in enumerate(_items(record)):
        for a in alts:
            if _PARTICLE_START.match(a):
                out.append(f"keywords.{i}: {a!r} starts with a particle, a fragment")
            elif record.language == "en" and a.strip().lower() in _EN_TITLES and kind in ("date", "place"):
                out.append(f"keywords.{i}: {a!r} is a title word, it pays any answer saying it")
    return out


def check_bare_weight(record: Record, card: dict[str, str]) -> list[str]:
    """A weight in pounds is answered "142" as well: keys that all demand the unit refuse it."""
    if record.focus != SBK or _family(record) != "weight":
        return []
    out = []
    for i, alts in enumerate(_items(record)):
        numbers = {m.group(1) for a in alts for m in [_POUNDS.match(a.strip())] if m}
        if numbers and not numbers & {a.strip() for a in alts}:
            out.append(f"keywords.{i}: {sorted(numbers)[0]!r} alone (no unit) is refused")
    return out


def check_family_surname(record: Record, card: dict[str, str]) -> list[str]:
    """A relative's key is not the family name of the character's own or real name ("川村" for her
    father when her real name is 川村 千代子): alone it names every one of the family."""
    if record.focus != SBK or not _family(record).startswith("relation:"):
        return []
    own = {surname_of(v.strip(), record.language) for k, v in card.items() if classify_field(k) is BY_NAME["name"]}
    own = {s for s in own if len(s) >= 2}
    return [f"keywords.{i}: {a!r} is the character's own family name" for i, alts in enumerate(_items(record))
            for a in alts[1:] if a in own]


def check_quoted_goal(record: Record, card: dict[str, str]) -> list[str]:
    """A dream is not keyed by a name quoted in a later clause alone ("…裁缝店，招牌写“X”" -> X): the
    quoted name labels what the first clause wants, and the dream is refused."""
    if record.focus != SBK or _family(record) != "dream":
        return []
    value = card.get(str((record.metadata.model_extra or {}).get("field") or ""), "")
    first = re.split(r"[，,；;]", value, maxsplit=1)[0]
    out = []
    for i, alts in enumerate(_items(record)):
        later = [q for q in quoted_terms(value) if q not in first]
        if first != value and alts[0] in later:
            out.append(f"keywords.{i}: {alts[0]!r} is a name quoted after the dream, not the dream")
    return out


# the reward docks keyword mentions beyond three per item as repetition (reward.repetition.keyword_overuse)
_MENTIONS_BEFORE_REPETITION = 3


def check_part_alternatives(record: Record, card: dict[str, str]) -> list[str]:
    """An item has at most three alternatives that share no text ("수원", "화성", "팔달문" of one
    address, never also "석수", "막사"): a complete answer naming four of them is docked as repetition,
    and a word of the address that is no place pays a wrong one ("공주 막사"). Places only: a list's
    items (hobbies, nicknames) are separate things any one of which answers."""
    if record.focus != SBK or getattr(BY_NAME.get(_family(record)), "kind", "") != "place":
        return []
    out = []
    for i, alts in enumerate(_items(record)):
        norms = {normalize_term(a) for a in alts}
        parts = [n for n in norms if not any(m != n and m in n for m in norms)]
        if len(parts) > _MENTIONS_BEFORE_REPETITION:
            out.append(f"keywords.{i}: {len(parts)} separate parts; an answer naming them all is docked as repetition")
    return out


SCOPE_CHECKS = {"part_alternatives": check_part_alternatives, "joined_list_keys": check_joined_list_keys, "trade_keys": check_trade_keys,
                "fragment_keys": check_fragment_keys, "bare_weight": check_bare_weight,
                "family_surname": check_family_surname, "quoted_goal": check_quoted_goal}
