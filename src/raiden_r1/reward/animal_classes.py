"""A general word for an animal ("bird", "pet", "宠物", "반려동물") and the kinds it covers
(lexicon/animal_classes.yaml): the same animal named at another level, not someone else's."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

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
