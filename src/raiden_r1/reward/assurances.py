"""A segment that only vouches for the value before it ("new rider, certainly.", "93, I'm sure.",
"剑客，确定。", session 33): the keyword-dump rule read the one-word segment as a second candidate of the
keyword's shape and refused a plain, confident answer. The list (lexicon/assurances.yaml) is matched
whole, so "new rider, certainly not" or "剑客，肯定不是" are no assurance."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import _load_yaml

_SPACES = re.compile(r"\s+")
_EDGES = " \t,，、.。!！?？…:：;；\"'“”‘’()（）"


@lru_cache(maxsize=None)
def _words(lang: str) -> frozenset[str]:
    words = [str(w).lower() for w in _load_yaml("assurances").get(lang) or []]
    return frozenset(words + [w.replace("'", " ") for w in words])  # (and as canonical text reads it: "i m sure")


def assurance(segment: str, lang: str) -> bool:
    """``segment`` (a raw piece of the answer) is no value, only the speaker vouching for one."""
    text = _SPACES.sub(" ", segment.replace("’", "'").lower()).strip(_EDGES)
    return bool(text) and text in _words(lang)
