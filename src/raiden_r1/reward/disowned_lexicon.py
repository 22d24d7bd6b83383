"""The tables of lexicon/disowned.yaml (reward/disowned.py, reward/handed_over.py) and how a canonical
text is searched for them."""

from __future__ import annotations

from functools import lru_cache

from raiden_r1.canon import canonical

from .lexicon import _load_yaml


@lru_cache(maxsize=None)
def table(kind: str, language: str) -> tuple[str, ...]:
    """One list of lexicon/disowned.yaml, canonical, longest first."""
    values = (_load_yaml("disowned").get(kind) or {}).get(language) or []
    if not isinstance(values, list):
        raise ValueError(f"lexicon/disowned.yaml: {kind}.{language}: expected a list")
    return tuple(sorted({c for c in (canonical(str(v)) for v in values) if c}, key=len, reverse=True))


def word_in(text: str, words: tuple[str, ...]) -> str | None:
    """The first of ``words`` in a canonical text: Latin ones as whole words, others as substrings."""
    padded = f" {text} "
    return next((w for w in words if (f" {w} " in padded if w.isascii() else w in text)), None)


def starts_with(text: str, words: tuple[str, ...]) -> str | None:
    return next((w for w in words if text == w or text.startswith(w + " ") or (not w.isascii() and text.startswith(w))), None)
