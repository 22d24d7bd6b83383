"""Checks review 76 found and the audit passed: a key that is only the card's whole descriptive
phrase (三毛猫のタマ, 노스님 원응 선사, 東京・深川) where the name inside it is no key; a key that is an
adverb or a fragment (급하게, 급하게를 마시는 사람, bare 栽培 or 主人); a pet's name said as the
character's own ("あっしの名前は三毛猫のタマだ"). Each judges with the builder's own readers."""

from __future__ import annotations

import re

from ..builder.descriptive_keys import descriptive_heads, other_values
from ..builder.note_keys import is_fragment_key
from ..schema import SBK, Record
from .checks_keys import _family, _items

_DESCRIBED = ("pets", "occupation", "identity", "hometown", "residence", "generic")
# the character's own name said in a pet's answer: "my name is", 私の名前は, 我的名字, 제 이름은
_OWN_NAME = re.compile(r"(?i)\bmy name is\b|(?:私|あたし|あっし|わし|俺|おれ|僕|拙者|おいら|わたくし)の名前は|我的名字|제 이름은|내 이름은|소승 이름은")


def _field(record: Record) -> str:
    return str((record.metadata.model_extra or {}).get("field") or "")


def check_descriptive_keys(record: Record, card: dict[str, str]) -> list[str]:
    """An item whose forms are all the card's whole phrase has the head that names it too."""
    family = _family(record)
    if record.focus != SBK or not (family in _DESCRIBED or family.startswith("relation")):
        return []
    as_family = "relation" if family == "generic" or family.startswith("relation") else family
    others = other_values(card, _field(record)) if card else frozenset()
    out = []
    for i, alts in enumerate(_items(record)):
        heads = descriptive_heads(alts[0], record.language, as_family, others)
        missing = [h for h in heads if h not in alts]
        if missing:
            out.append(f"keywords.{i}: the whole phrase {alts[0]!r} has no key for the name inside it ({missing[0]!r})")
    return out


def check_note_keys(record: Record, card: dict[str, str]) -> list[str]:
    """No key is an adverb, a clipped fragment or a bare word that names nothing alone."""
    whole = card.get(_field(record), "").strip()
    return [f"keywords.{i}: {a!r} is an adverb or a fragment, no answer to the question"
            for i, alts in enumerate(_items(record)) for a in alts
            if is_fragment_key(a, record.language) and a.strip() != whole]


def check_pet_as_self(record: Record, card: dict[str, str]) -> list[str]:
    """A pet's name is never said as the character's own ("あっしの名前は三毛猫のタマだ")."""
    if record.focus != SBK or _family(record) != "pets" or not _OWN_NAME.search(record.answer):
        return []
    return ["answer: says the pet's name as the character's own name"]


DESCRIPTIVE_CHECKS = {"descriptive_keys": check_descriptive_keys, "note_keys": check_note_keys,
                      "pet_as_self": check_pet_as_self}
