"""Checks of golds and keys that review 62 found and the audit passed: a height or weight said in
another unit than the card's ("I weigh 190 kg." for 190 lb, "I'm 5 cm tall." for 5 pieds 1 pouce),
a bare family name that the card's relatives share offered as the character's name ("権藤" of 権藤
ハツ beside 権藤 勝), a nationality offered as a person's name ("Dutch" of Dutch Annie), a year
offered as the day of a birthday, a pet's key pasted with its kind ("누렁이라는 제주개"), and a
Japanese gold whose first person is the one a pet's name is given to ("うち、ごん太という名前です").
"""

from __future__ import annotations

import re

from ..builder.coverage import is_self_reference
from ..builder.dates import is_year_only
from ..builder.fields import classify_field
from ..builder.keys import pet_name_keys
from ..builder.measures import measure_items
from ..builder.names import is_demonym, split_name
from ..schema import SBK, Record
from .checks_keys import _family, _items

# unit words after a number, by the measure they are in (a metre is written as centimetres)
_UNIT_GROUPS = {
    "cm": r"cm|centimet(?:re|er)s?|センチ(?:メートル)?|厘米|公分|센티(?:미터)?",
    "m": r"m\b|metres?\b|meters?\b|米(?!\d)|メートル|미터",
    "kg": r"kg|kilos?|kilograms?|キロ(?:グラム)?|公斤|킬로(?:그램)?",
    "lb": r"lbs?\b|pounds?\b",
    "ft": r"ft\b|foot\b|feet\b|'|′",
    "pied": r"pieds?\b",
    "jin": r"(?<!公)斤",
}
_MEASURE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:" + "|".join(f"(?P<{g}>{p})" for g, p in _UNIT_GROUPS.items()) + ")",
                      re.IGNORECASE)


def _measures(text: str) -> set[tuple[str, float]]:
    """(unit, number) of every measure written in ``text``; metres as centimetres."""
    out = set()
    for m in _MEASURE.finditer(text):
        unit = next(g for g in _UNIT_GROUPS if m.group(g))
        number = float(m.group(1))
        out.add(("cm", round(number * 100)) if unit == "m" else (unit, number))
    return out


def check_measure_units(record: Record, card: dict[str, str]) -> list[str]:
    """A height or weight gold says its number in a unit the card gives that number in (never
    "190 kg" for a card's "190 lb", nor "5 cm" for "5 pieds 1 pouce (about 165 cm)"), and each
    notation the card writes is a key ("十一貫" of "十一貫（約41キロ）", not "41" alone)."""
    family = _family(record)
    if record.focus != SBK or family not in ("height", "weight"):
        return []
    field = str((record.metadata.model_extra or {}).get("field") or "")
    value = card.get(field, "")
    if not value:
        return []
    # each notation the card writes ("十一貫（約41キロ）": 十一貫 and 41キロ) is a right answer
    found = measure_items(value, family, record.language)
    keys = {a for alts in _items(record) for a in alts}
    out = [f"keywords: the card's {a!r} is no key" for a in (found[0] if found else [])
           if a not in found[1] and a not in keys and not any(a.startswith(k) and k.replace(".", "").isdigit() for k in keys)]
    said, written = _measures(record.answer), _measures(value)
    if not written:
        return out
    # a zh card's 公斤 is said in 斤 as well (two 斤 to the kilogram)
    written |= {("jin", n * 2) for u, n in written if u == "kg"}
    return out + [f"answer: '{n:g}' is said in {u}, which the card's {value!r} does not give it in"
                  for u, n in sorted(said - written)]


def check_shared_surname(record: Record, card: dict[str, str]) -> list[str]:
    """The character's name is not answered by a family name alone that relatives on the card
    bear as well ("権藤" when her son is 権藤 勝, "Lumsden" beside "Amos Lumsden")."""
    if record.focus != SBK or _family(record) != "name":
        return []
    out = []
    for i, alts in enumerate(_items(record)):
        full = alts[0]
        parts = split_name(full, record.language) if record.language != "en" else None
        surname = parts[0] if parts else (full.split()[-1] if record.language == "en" and " " in full else "")
        if len(surname) < 2 or surname not in alts[1:]:
            continue
        others = "\n".join(v for v in card.values()).replace(full, "").replace(full.replace(" ", ""), "")
        # a relative's name: the family name with a given name after it (before it in English)
        shape = r"\w\s" + re.escape(surname) + r"\b" if record.language == "en" else re.escape(surname) + r"\s?\S"
        if re.search(shape, others):
            out.append(f"keywords.{i}: {surname!r} alone also names the card's relatives")
    return out


def check_epithet_keys(record: Record, card: dict[str, str]) -> list[str]:
    """No person's key alternative is a nationality alone ("Dutch" of Dutch Annie)."""
    family = _family(record)
    if record.focus != SBK or not (family.startswith("relation") or family in ("name", "nickname")):
        return []
    return [f"keywords.{i}: {a!r} is a nationality, no name" for i, alts in enumerate(_items(record))
            for a in alts if is_demonym(a)]


def check_year_for_day(record: Record, card: dict[str, str]) -> list[str]:
    """A birthday's day is not answered by a year alone ("1896年" beside "十月十日")."""
    if record.focus != SBK or _family(record) != "birthday":
        return []
    return [f"keywords.{i}: {a!r} is a year, offered as the day" for i, alts in enumerate(_items(record))
            if not is_year_only(alts[0]) for a in alts[1:] if is_year_only(a)]


_PASTED_KIND = re.compile(r"\S(?:이라는|라는|という|named|called)\s*\S")


def check_pet_keys(record: Record, card: dict[str, str]) -> list[str]:
    """A pet's key is its name, not the card's phrase with its kind ("누렁이라는 제주개"), and a
    Japanese gold does not make the first person the one the name is given to ("うち、ごん太という名前です")."""
    if record.focus != SBK or _family(record) != "pets":
        return []
    out = [f"keywords.{i}: {a!r} is the card's phrase, the name with its kind" for i, alts in enumerate(_items(record))
           for a in alts if _PASTED_KIND.search(a)]
    m = re.match(r"([^、。]{1,4})、(?:(?!は).)*という名前", record.answer) if record.language == "ja" else None
    if m and is_self_reference(m.group(1)):
        out.append(f"answer: {m.group(1)!r} is the subject of the pet's name")
    # "两只猫，“咸菜”和“豆干”": every pet the card names is a key, or naming both reads as a hedge
    keyed = {a for alts in _items(record) for a in alts}
    named = {n for v in _pet_values(record, card) for alts in pet_name_keys(v) for n in alts}
    out += [f"keywords: the card's pet {n!r} is no key" for n in sorted(named - keyed) if len(named) >= 2]
    return out


def _pet_values(record: Record, card: dict[str, str]) -> list[str]:
    field = str((record.metadata.model_extra or {}).get("field") or "")
    # a pet told in a story field ("She keeps a one-eyed cat named Jonah") is not a list of pets
    return [card[field]] if field in card and getattr(classify_field(field), "name", "") == "pets" else []


MEASURE_CHECKS = {"measure_units": check_measure_units, "shared_surname": check_shared_surname,
                  "epithet_keys": check_epithet_keys, "year_for_day": check_year_for_day, "pet_keys": check_pet_keys}
