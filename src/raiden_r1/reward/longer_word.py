"""A Chinese keyword found only inside a fixed longer word of the language: a compound or a
four-character idiom (lexicon/longer_words.yaml: "这案子灰色地带太多" says no grey coat, "望穿秋水" names
no sword, "关小黑屋" no bird called 小黑). The longer word is what was said; the keyword's characters are
part of it. Not when the gold answer says the longer word itself. Not caught: a longer word missing from
the table (the normaliser knows no Chinese dictionary)."""

from __future__ import annotations

from functools import lru_cache

from raiden_r1.canon import canonical

from .lexicon import word_list


@lru_cache(maxsize=1024)
def _holding(key: str) -> tuple[tuple[str, int], ...]:
    """The table's longer words holding ``key``, with where in them it stands."""
    out = []
    for w in word_list("longer_words", "words", "zh"):
        w = canonical(w)
        start = w.find(key)
        while start != -1 and w != key:
            out.append((w, start))
            start = w.find(key, start + 1)
    return tuple(out)


def longer_word(match: str, pos: int, key: str, gold: str) -> str | None:
    """The longer word the occurrence of ``key`` at ``pos`` of ``match`` is part of, else None."""
    if not key or key.isascii():
        return None
    for w, at in _holding(key):
        if pos >= at and match.startswith(w, pos - at) and w not in gold:
            return w
    return None
