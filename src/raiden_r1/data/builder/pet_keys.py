"""A pet's name as a key: "a tortoise named Ledger", "一只叫“汤圆”的仓鼠", "柴犬の「ごろう」", every pet's
name of a card with several. Split from keys.py (session 32)."""

from __future__ import annotations

import re

from .pet_speech import without_quoted_speech
from .tables import table
from .terms import EDGE, Items, clean, is_clause, is_short_term, quoted_terms, unique_terms

# ("a colony of earthworms it calls the Underground Committee": the name after "calls", review 76)
_PET_NAME = re.compile(r"\b(?:named|called|calls(?:\s+(?:it|them))?)\s+(?:the\s+)?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})"
                       r"|(?:叫|名叫|叫做)([^，,。；;、\s的]{1,6})的"
                       r"|'([^']{1,12})'"
                       # "누렁이라는 제주개", "ごん太という三毛猫": the name, never the phrase with its kind
                       r"|(?:^|\s)([가-힣]{1,5})라는\s*[가-힣]"
                       r"|^([^\s、。という]{1,8})という\S")


def pet_name_keys(value: str) -> Items:
    """A pet's name: "a tortoise named Ledger", "一只叫“汤圆”的仓鼠", "柴犬の「ごろう」"; of a card
    with several pets ("一条狗，叫“阿黄”；一只猫，叫“花花”"), any one pet's name answers."""
    value = without_quoted_speech(value)
    items: Items = []
    # "一只橘猫叫“叉烧”，一只乌龟叫“阿慢”": a comma parts two pets where each part names one
    for split in (r"\s*[;；]\s*", r"\s*[;；,，、]\s*|\s+and\s+|(?<=[가-힣])(?:와|과|하고)\s+"):
        parts = [p for p in re.split(split, value) if p.strip()]
        names = [alts[0] for p in parts for alts in _one_pet_name(p)] if len(parts) >= 2 else []
        # "Salt and Pepper" is one cat: a part that is only a name is no pet of its own here
        loose = "," in split and any(not _PET_NAME.search(p) and not quoted_terms(p) for p in parts)
        if names and len(names) == len(parts) and not loose:
            items = [[n] for n in unique_terms(names)]
            break
    # "两只猫，“咸菜”和“豆干”", 「きなこ」と「おはぎ」: every quoted name of the card's pets; one item each,
    # so the gold names both and the reward reads a two-pet answer as complete, not as a hedge
    quoted = [q for q in quoted_terms(clean(value)) if is_short_term(q)]
    items = items or ([[q] for q in unique_terms(quoted)] if len(quoted) >= 2 else _one_pet_name(value))
    # a name that is a common word ("바다" = sea, "空"): as a key it credits any answer saying the word
    # ("늘 바다에 나가 있으니까"); the record is dropped and counted (no_key_term) unless another pet is named
    items = [[a for a in alts if a not in _COMMON_WORD_NAMES] for alts in items]
    return [alts for alts in items if alts]


_COMMON_WORD_NAMES = frozenset(table("words.yaml", "COMMON_WORD_PET_NAMES"))



def _one_pet_name(value: str) -> Items:
    """What stands outside brackets is read first: in `Dizzy (a parrot that whistles "Tiger Rag")`
    the quoted tune is a remark about the pet, and the name is "Dizzy"."""
    outside = clean(value)
    for text in dict.fromkeys((outside, value)):
        quoted = [q for q in quoted_terms(text) if is_short_term(q)]
        m = _PET_NAME.search(text)
        # "a parrot named Captain Kidd, who knows 'Knees Up Mother Brown'": the name given by "named"
        # comes first; a quote after it is something about the pet (review 77 keyed the song)
        if quoted and not (m and m.group(1) and m.start() < text.find(quoted[0])):
            return [[quoted[0]]]
        if m:
            name = next(g for g in m.groups() if g).strip(EDGE)
            return [[name]] if name else []
        if text is outside and _plain_pet_name(outside):
            return [[outside]]
    return []


def _plain_pet_name(v: str) -> bool:
    """"Captain Biscuit" is a name; "a grumpy ferret" / "一只橘猫" is a description."""
    return bool(v) and is_short_term(v) and not is_clause(v) and not re.match(r"[a-z]|[一两几][只条匹头个]", v)
