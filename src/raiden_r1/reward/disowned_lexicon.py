"""The tables of lexicon/disowned.yaml (reward/disowned.py, reward/handed_over.py), read and searched
with the lexicon's shared helpers."""

from __future__ import annotations

from .lexicon import starts_with, word_in, word_list

__all__ = ["starts_with", "table", "word_in"]


def table(kind: str, language: str) -> tuple[str, ...]:
    """One list of lexicon/disowned.yaml, canonical, longest first."""
    return word_list("disowned", kind, language)
