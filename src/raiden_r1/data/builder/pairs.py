"""A list value written as two things joined ("soup beans and cornbread", "홍어애국과 막걸리",
"天丼と電気ブラン", "葱油饼和豆浆", "hunting and fishing"): a right answer names either one ("Soup beans,
honey."), so each half is an alternative beside the whole. A food pair that is one dish ("fish and
chips") stays whole."""

from __future__ import annotations

import re

from raiden_r1.text import normalize_term

from .tables import table
from .terms import Items, grounded, unique_terms

_ONE_DISH = frozenset(normalize_term(p) for p in table("words.yaml", "EN_ONE_DISH_PAIRS"))
_SIDES = frozenset(normalize_term(p) for p in table("words.yaml", "FOOD_SIDES"))
_GENERIC_DISH = frozenset(normalize_term(p) for p in table("words.yaml", "FOOD_GENERIC_HEADS"))


def is_generic_dish(term: str) -> bool:
    """Whether a food term names many dishes: a side ("mash"), a dish kind ("pie") or a cooking method (塩焼き)."""
    return normalize_term(term) in _GENERIC_DISH or normalize_term(term) in _SIDES


def without_generic_dishes(items: Items) -> Items:
    """Food items without an added alternative that names many dishes ("pie" of "pie and mash with
    liquor" pays "Apple pie", 塩焼き of 鮎の塩焼き pays 秋刀魚の塩焼き: review 77); the card's own
    item (the first form) stays whatever it is."""
    return [alts[:1] + [a for a in alts[1:] if not is_generic_dish(a)] for alts in items]
_EN = re.compile(r"^(.+?)\s+(?:and|&)\s+(.+)$", re.IGNORECASE)
_KO = re.compile(r"^([가-힣 ]{2,}?)(?:과|와|하고|랑)\s+([가-힣 ]{2,})$")
_JA = re.compile(r"^([^と]{2,})と([^と]{2,})$")
# "雷と納豆": a one-kanji noun is a thing too, when the other half is a noun (no kana of a verb or
# clause: "人と話すこと" is one activity, not 人 and 話すこと)
_JA_ONE_KANJI = re.compile(r"^([\u4e00-\u9fff]|[^と\u3041-\u309f]{2,})と([\u4e00-\u9fff]|[^と\u3041-\u309f]{2,})$")
# 和/与/及/跟 between two names of two or more characters; "和牛", "温和" have one character on a side
_ZH = re.compile(r"^([\u4e00-\u9fff]{2,}?)(?:和|与|及|跟)([\u4e00-\u9fff]{2,})$")


_RANG_WORDS = tuple(table("words.yaml", "KO_WORDS_ENDING_IN_RANG"))
_I_NOUNS = tuple(table("words.yaml", "KO_NOUNS_ENDING_IN_I"))
_GENERIC_VERBS = frozenset(normalize_term(v) for vs in table("words.yaml", "GENERIC_ACTIVITY_VERBS").values() for v in vs)


def is_generic_verb(term: str) -> bool:
    """Whether a term is a verb noun that needs its object ("부르기", "collecting")."""
    return normalize_term(term) in _GENERIC_VERBS


_KO_IRANG = re.compile(r"^([가-힣 ]*[가-힣])이랑\s+([가-힣 ]{2,})$")


def _ko_irang(term: str) -> list[str]:
    """"마라탕이랑 떡볶이": after a final consonant the joiner is 이랑, and the 이 is no part of the
    first thing (review 77 keyed "마라탕이"); after a vowel ("고양이랑") 이 ends the word and 랑 joins."""
    m = _KO_IRANG.match(term)
    if not m or len(m.group(1).replace(" ", "")) < 2 or (ord(m.group(1)[-1]) - 0xAC00) % 28 == 0:
        return []
    if (m.group(1) + "이").endswith(_I_NOUNS):
        return []  # "고양이랑": 이 ends the noun; _KO reads it with 랑
    return [m.group(1).strip(), m.group(2).strip()]


def pair_halves(term: str, food: bool = True) -> list[str]:
    """The two things of a joined pair, or [] for one dish or no pair."""
    if food and normalize_term(term) in _ONE_DISH:
        return []
    ko = _KO.match(term.strip())
    if ko and term.strip()[:ko.end(1) + 1].endswith(_RANG_WORDS):
        return []  # "정선아리랑 부르기": the 랑 ends 아리랑, it joins nothing
    ko_halves = _ko_irang(term.strip())
    if ko_halves:
        return [h for h in ko_halves if grounded(h, term) and not (food and is_generic_dish(h))]
    for pattern in (_EN, _KO, _JA, _JA_ONE_KANJI, _ZH):
        m = pattern.match(term.strip())
        if m:
            halves = [h.strip() for h in m.groups()]
            # "fish and chips"-like pairs of two short words are dishes more often than not
            if food and pattern is _EN and all(len(h.split()) == 1 for h in halves):
                return []
            if any(is_generic_verb(h) for h in halves):
                return []  # "친구와 놀기": one activity with its object, not two things
            return [h for h in halves if grounded(h, term) and not (food and is_generic_dish(h))]
    return []


def with_pair_halves(items: Items, food: bool = True) -> Items:
    out: Items = []
    for alts in items:
        halves = [h for a in alts[:1] for h in pair_halves(a, food)]
        if len(items) >= 2 and len(halves) == 2 and _ZH.match(alts[0].strip()):
            # "通晓粟特语、突厥语、吐火罗语和汉话": inside a list the 和 joins two more items, no unit
            # (review 77: the key "吐火罗语和汉话", and a gold "吐火罗语和汉话和骑骆驼")
            out += [[halves[0]], [halves[1]]]
        else:
            out.append(unique_terms(alts + halves))
    return out
