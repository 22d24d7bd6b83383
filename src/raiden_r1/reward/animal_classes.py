"""A general word for an animal ("bird", "pet", "宠物", "반려동물") and the kinds it covers
(lexicon/animal_classes.yaml): the same animal named at another level, not someone else's."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from raiden_r1.canon import canonical

_PETS = ("pet", "宠物", "ペット", "반려*")


@lru_cache(maxsize=1)
def _classes() -> dict[str, frozenset[str]]:
    where = "lexicon/animal_classes.yaml"
    data = yaml.safe_load(resources.files("raiden_r1.reward").joinpath(where).read_text("utf-8")) or {}
    if not isinstance(data, dict) or not all(isinstance(v, list) for v in data.values()):
        raise ValueError(f"{where}: expected a mapping of general word -> list of kinds")
    out = {str(k).lower(): frozenset(str(w).lower() for w in v) for k, v in data.items()}
    # a pet is any animal of the table, at any level
    every = frozenset(w for k, v in out.items() if k not in _PETS for w in (k, *v))
    return {k: (v | every if k in _PETS else v) for k, v in out.items()}


@lru_cache(maxsize=4)
def animal_words(lang: str) -> frozenset[str]:
    """Every animal word of the table in ``lang``'s script, general or kind ("pet", "tortoise", "宠物",
    "いんこ"), in canonical form ("반려*" as its stem 반려)."""
    words = (w.rstrip("*") for k, v in _classes().items() for w in (k, *v))
    if lang == "en":
        return frozenset(w for w in words if w.isascii() and w.isalpha())
    script = {"zh": _HAN, "ja": _KANA_OR_HAN, "ko": _HANGUL}[lang]
    # (a Korean word of one syllable hides in others: 개 in 몇 개, 새 in 새로)
    return frozenset(c for w in words if not w.isascii() and script.fullmatch(w) and (lang != "ko" or len(w) > 1)
                     and (c := canonical(w)))


_HAN = re.compile(r"[\u4e00-\u9fff]+")
_KANA_OR_HAN = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]+")
_HANGUL = re.compile(r"[가-힣]+")


def _key(noun: str) -> str | None:
    for key in _classes():
        if noun == key or (key.endswith("*") and noun.startswith(key[:-1])):
            return key
    return None


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text)) if text.isascii() else set()


def same_animal(noun: str, named: frozenset[str] | set[str], context: str = "") -> bool:
    """Whether ``noun`` names the animal of ``named`` (the relation nouns of the question and the
    gold answer) or of ``context`` (their text) at another level: its class ("bird" for "parrot",
    "budgie"), or one of its kinds ("parrot" for "pet")."""
    noun = noun.lower()
    classes = _classes()
    key = _key(noun)
    seen = {n.lower() for n in named}
    if key is not None:
        kinds = classes[key]
        if seen & kinds or any(_key(n) == key for n in seen):
            return True
        words = _words(context.lower())
        if words & kinds or (not context.isascii() and any(k in context for k in kinds if not k.isascii())):
            return True
    return any(noun in classes[k] for k in filter(None, (_key(n) for n in seen)))
