"""Checks review 65 found and the audit passed: a key that is not the head of what the card writes
(the shop of "이웃 국밥집 주인 홍씨 아저씨" offered as the neighbour, the bare 掌柜 of 二掌柜, the side
"mash" of "hot eel and mash", the spot "시장" of an address, a duty "管汇兑和密押" offered as a second
job) and a key missing where the card's own words give it (the specific kind in brackets, a colour's
head word, the holiday a birthday falls on). Each judges with the builder's own tables.
"""

from __future__ import annotations

import re

from raiden_r1.text import normalize_term

from ..builder.alternatives import bracketed_specifics
from ..builder.dates import holiday_names
from ..builder.fragment_keys import other_facts
from ..builder.note_keys import is_fragment_key
from ..builder.possessive_heads import possessive_forms
from ..builder.story_year import story_year
from ..builder.pairs import is_generic_dish
from ..builder.tables import table
from ..schema import SBK, Record
from .checks_keys import _family, _items

_KEEPERS = table("words.yaml", "FUSED_RELATIONS")["ko_keepers"] + table("words.yaml", "KEEPER_WORDS")
_KEEPER_AFTER = "|".join(sorted(map(re.escape, _KEEPERS), key=len, reverse=True))
_JOB_HEADS = frozenset(table("coverage.yaml", "JOB_RANKED_HEADS_ZH"))
_RANKS = tuple(table("coverage.yaml", "JOB_RANKS_ZH"))
_SIDES = frozenset(normalize_term(s) for s in table("words.yaml", "FOOD_SIDES"))
_SPOTS = frozenset(table("coverage.yaml", "GENERIC_PLACE_WORDS_KO_JA"))
_DUTY = re.compile("^(?:" + "|".join(table("words.yaml", "DUTY_OPENERS")) + ")")
_COLOUR_HEADS = frozenset(table("equivalents.yaml", "EN_COLOUR_HEADS"))
_PLACE_FAMILIES = frozenset({"hometown", "residence", "birthplace", "workplace"})
_KO_MANNER = frozenset(table("head_words.yaml", "KO_MANNER_ADVERBS"))
_MANNER_END = re.compile("(?:" + "|".join(table("head_words.yaml", "JA_ZH_MANNER_ENDS")) + ")$")


def _manner_end(key: str, language: str) -> str | None:
    """The manner adverb a key ends in ("단춧구멍 빨리", "ボタン穴を素早く"), or None."""
    if language == "ko" and " " in key and key.split()[-1] in _KO_MANNER:
        return key.split()[-1]
    m = _MANNER_END.search(key) if language in ("ja", "zh") and len(key) > 3 else None
    return m.group(0) if m else None


def _value(record: Record, card: dict[str, str]) -> str:
    return card.get(str((record.metadata.model_extra or {}).get("field") or ""), "")


def check_keeper_keys(record: Record, card: dict[str, str]) -> list[str]:
    """A person's key is no shop or trade the card writes before the word for its keeper
    ("국밥집" of "국밥집 주인 홍씨 아저씨", "豆腐店" of "豆腐店老板王大叔")."""
    if record.focus != SBK or not _family(record).startswith("relation"):
        return []
    value = _value(record, card)
    return [f"keywords.{i}: {a!r} is what the person keeps, not the person" for i, alts in enumerate(_items(record))
            for a in alts if value and re.search(re.escape(a) + r"\s*(?:의|の)?\s*(?:" + _KEEPER_AFTER + ")", value)]


def check_head_keys(record: Record, card: dict[str, str]) -> list[str]:
    """No key is a part that names something else: a job's head without the rank the card gives it
    (掌柜 of 二掌柜), a duty written after the job, a dish's side (mash of "hot eel and mash"), a
    kind of spot of an address (시장 of "대전 중동 시장 뒷골목")."""
    family, value = _family(record), _value(record, card)
    if record.focus != SBK or not value:
        return []
    out = []
    for i, alts in enumerate(_items(record)):
        for a in alts:
            starts = [m.start() for m in re.finditer(re.escape(a), value)]
            if family == "occupation" and a in _JOB_HEADS and starts and all(s and value[s - 1] in _RANKS for s in starts):
                out.append(f"keywords.{i}: {a!r} leaves out the rank the card gives it")
            elif family == "occupation" and i + (a is not alts[0]) and _DUTY.match(a):
                out.append(f"keywords.{i}: {a!r} is a duty of the job, no second job")
            elif family == "food" and normalize_term(a) in _SIDES and normalize_term(a) != normalize_term(value):
                out.append(f"keywords.{i}: {a!r} is a side eaten with many dishes")
            elif family == "food" and is_generic_dish(a) and normalize_term(a) != normalize_term(value):
                # review 77: "pie" of "pie and mash" paid "Apple pie", 塩焼き of 鮎の塩焼き 秋刀魚の塩焼き
                out.append(f"keywords.{i}: {a!r} is a kind of dish or a cooking method that names many dishes")
            elif family in _PLACE_FAMILIES and a in _SPOTS:
                out.append(f"keywords.{i}: {a!r} is a kind of spot every town has, no place")
            elif _manner_end(a, record.language):  # review 74: "단춧구멍 빨리" refuses "단춧구멍을 빨리…"
                out.append(f"keywords.{i}: {a!r} glues a noun to the adverb {_manner_end(a, record.language)!r}")
    return out


def check_missing_forms(record: Record, card: dict[str, str]) -> list[str]:
    """A key the card's own words give is there: the specific kind bracketed after a list item
    ("民謡（江差追分）"), the head word of a colour that is a colour itself ("navy" of navy blue),
    the holiday a solar birthday falls on in the story's year ("Independence Day" of the 4th of July), the
old region of a Japanese district named with a direction ("津軽" of 北津軽郡)."""
    family, value, items = _family(record), _value(record, card), _items(record)
    out = []
    if record.focus == SBK and value:
        for i, (alts, fuller) in enumerate(zip(items, bracketed_specifics(items, value, family))):
            out += [f"keywords.{i}: the card's bracketed {a!r} is no key" for a in fuller if a not in alts]
    for i, alts in enumerate(items):
        words = alts[0].split() if record.language == "en" else []
        if len(words) == 2 and words[0].lower() in _COLOUR_HEADS and "colo" in (family + record.question).lower() \
                and not any(a.lower() == words[0].lower() for a in alts):
            out.append(f"keywords.{i}: {words[0]!r} of {alts[0]!r} is a colour said alone")
    for i, alts in enumerate(items if family in _PLACE_FAMILIES else []):
        for a in alts:
            directed = re.fullmatch(r"[北南東西中]([\u4e00-\u9fff]{2,3})郡", a)
            if directed and directed.group(1) not in alts:  # "北津軽郡" is said "津軽"
                out.append(f"keywords.{i}: the region {directed.group(1)!r} of {a!r} is no key")
    field = str((record.metadata.model_extra or {}).get("field") or "")
    others = tuple(other_facts(dict(card), field)) if record.focus == SBK and value else ()
    for i, alts in enumerate(items if others or (record.focus == SBK and value) else []):
        for a in alts:  # review 74: "반장의 욕설" with no "욕설"
            forms = possessive_forms(a, record.language, family, others)
            head = next((f for f in forms if f in a and f != a), None)  # the head Y of "X의 Y"
            # (a head that names nothing alone, 栽培 of 朝顔の栽培, is rightly no key: review 76)
            if head and head not in alts and not is_fragment_key(head, record.language):
                out.append(f"keywords.{i}: the possessive {a!r} has no head key {head!r}")
    if record.focus == SBK and family == "birthday" and len(items) == 1:
        names = holiday_names(items, record.language, story_year(dict(card)))
        if names and not set(names) & set(items[0]):
            out.append(f"keywords.0: the day is {names[0]!r}, which is no key")
    return out


HEAD_CHECKS = {"keeper_keys": check_keeper_keys, "head_keys": check_head_keys, "missing_forms": check_missing_forms}
