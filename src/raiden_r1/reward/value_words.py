"""Other words for a keyword's value (lexicon/value_words.yaml): 결혼 said "장가갔지", 개 said "강생이"
(Jeju), married said "got hitched". Only for keyword items: negative keywords are widened by
negative_forms.py from synonyms.yaml."""

from __future__ import annotations

from functools import lru_cache

from raiden_r1.canon import canonical

from .lexicon import _load_yaml


@lru_cache(maxsize=None)
def _groups(language: str) -> dict[str, tuple[str, ...]]:
    groups = _load_yaml("value_words").get(language) or []
    if not isinstance(groups, list) or not all(isinstance(g, list) and len(g) >= 2 for g in groups):
        raise ValueError(f"lexicon/value_words.yaml: {language}: expected lists of a keyword and its other words")
    return {canonical(str(g[0])): tuple(str(w) for w in g[1:]) for g in groups}


def value_words(word: str, language: str) -> tuple[str, ...]:
    """The other words for ``word`` when it is a keyword the table lists (compared canonically)."""
    if language not in ("en", "zh", "ja", "ko"):
        return ()
    return _groups(language).get(canonical(word), ())
