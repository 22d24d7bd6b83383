"""Checks of which fact a record asks, from review 69: a question asked of the wrong field (a
dislike keyed from "苦手な魔法", what she is bad at), one person of an apposition asked as two
("大魔導士エルヴィラ、三百歳のエルフ"), a pet's catchphrase taken for a second pet, a skill key that is the
card's third-person clause ("she speaks French"), and the language of the card's own setting as a
special skill ("English" on an English card). Each judges with the builder's own tables.
"""

from __future__ import annotations

import re

from ..builder.fields import GENERIC, classify_field
from ..builder.pet_speech import quoted_speech
from ..builder.skills import setting_languages
from ..profiles_relations import describes_person
from ..schema import SBK, Record
from .checks_keys import _family, _items

# a family the builder sets itself from a field of another ("出身：早稲田大学" is a school, a
# birthday of a year only is a birth year): no sign of a wrong field
_RENAMED = {"school": {"hometown", "residence"}, "birth_year": {"birthday"}}
_SUBJECT_KEY = re.compile(r"^(?:she|he|they)\s+\w", re.IGNORECASE)


def check_field_family(record: Record, card: dict[str, str]) -> list[str]:
    """A record is keyed from the card's own field for the fact it asks: never "dislikes" from
    "苦手な魔法" (what she is bad at) beside the card's "嫌いなもの"."""
    family, field = _family(record), str((record.metadata.model_extra or {}).get("field") or "")
    if record.focus != SBK or not family or not field or family.startswith(("relation", "why", "generic")):
        return []
    found = classify_field(field)
    if found is None or found is GENERIC or found.name == family or found.name in _RENAMED.get(family, ()):
        return []
    # hair from "外貌" is fine where the card has no hair field; a dedicated field is what to key from
    own = [k for k, v in card.items() if v.strip() and getattr(classify_field(k), "name", None) == family]
    return [f"metadata.field: {field!r} holds the {found.name} fact; the card's {own[0]!r} holds the {family} asked"] \
        if own else []


def check_apposition(record: Record, card: dict[str, str]) -> list[str]:
    """A relation's second item is not a description of the first person ("三百歳のエルフ")."""
    if record.focus != SBK or not _family(record).startswith("relation") or len(record.keywords) < 2:
        return []
    return [f"keywords.{i}: {alts[0]!r} describes the person before it, no second person"
            for i, alts in enumerate(_items(record)) if i and describes_person(alts[0])]


def check_pet_speech(record: Record, card: dict[str, str]) -> list[str]:
    """No pet key is what the pet says ("会说“师傅走不走”")."""
    if record.focus != SBK or _family(record) != "pets":
        return []
    field = str((record.metadata.model_extra or {}).get("field") or "")
    said = " ".join(quoted_speech(card.get(field, "")))
    return [f"keywords: {a!r} is what the pet says, not a pet" for alts in _items(record) for a in alts
            if said and a in said]


def check_skill_keys(record: Record, card: dict[str, str]) -> list[str]:
    """A skill key is the skill: never the card's third-person clause ("she speaks French"), nor the
    language every speaker of the card's setting has ("English" on an English card)."""
    if record.focus != SBK or _family(record) not in ("skills", "languages"):
        return []
    native = setting_languages(record.language)
    out = [f"keywords: {a!r} is the card's third-person clause, not the skill"
           for alts in _items(record) for a in alts if _SUBJECT_KEY.match(a)]
    return out + [f"keywords: {a!r} is the language of the card's setting, no special skill"
                  for alts in _items(record) for a in alts if a.lower() in native]


FACT_CHECKS = {"field_family": check_field_family, "apposition": check_apposition, "pet_speech": check_pet_speech,
               "skill_keys": check_skill_keys}
