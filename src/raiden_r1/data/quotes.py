"""The words a card quotes ("calls himself 'Ol' Boots'", 自称“阿拉”, 一人称は「うち」), read so
that an apostrophe inside a quoted English name closes no quote.

Review 64: "talks about himself in the third person as 'Ol' Boots'" was read as the quote 'Ol'
(closed by the elision apostrophe of Ol'), and one card got twenty gold answers saying "Ol weighs
142 pounds". An apostrophe between letters (O'Brien, y'all, don't) never closes a quote; one after
an elided word (Ol', o', 'n', fixin') closes it only when no other quote closes later in the same
clause (quotes.yaml ELISIONS).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

_OTHER = re.compile(r"[\"“”「『]\s*([^\"“”「」『』\n]{1,60}?)\s*[\"”“」』]")
_SINGLE_OPEN = "'‘’"
_SINGLE_CLOSE = "'’‘"
# what ends the clause a quote lies in: an elided word's apostrophe closes the quote if the
# clause has no later closing quote
_CLAUSE_END = re.compile(r"[,;:.!?()（）\n，；：。]")


@lru_cache(maxsize=None)
def _table() -> dict[str, frozenset[str]]:
    text = resources.files("raiden_r1.data").joinpath("quotes.yaml").read_text(encoding="utf-8")
    return {k: frozenset(v) for k, v in yaml.safe_load(text).items()}


def _elisions() -> frozenset[str]:
    return _table()["ELISIONS"]


def _is_word(c: str) -> bool:
    # (Latin only: a Korean quote closes before its particle, '옥순이'라고)
    return c.isascii() and c.isalnum()


def _opens(text: str, i: int) -> bool:
    """Whether the single quote at ``i`` can open a quote: not after a Latin letter, before a word."""
    return (text[i] in _SINGLE_OPEN and (i == 0 or not _is_word(text[i - 1]))
            and i + 1 < len(text) and not text[i + 1].isspace())


def _closes(text: str, i: int) -> bool:
    """Whether the single quote at ``i`` can close one: after a non-space, before no Latin letter."""
    return (text[i] in _SINGLE_CLOSE and i > 0 and not text[i - 1].isspace()
            and (i + 1 == len(text) or not _is_word(text[i + 1])))


def _elided(text: str, i: int) -> bool:
    """Whether the apostrophe at ``i`` ends an elided word (Ol', o', fixin') before a space."""
    word = re.search(r"[A-Za-z]+$", text[:i])
    if not word or i + 1 >= len(text) or text[i + 1] != " ":
        return False
    w = word.group(0).lower()
    return w in _elisions() or (len(w) > 3 and w.endswith("in"))


def _close_at(text: str, start: int, limit: int) -> int | None:
    """Where the single quote opened before ``start`` closes, or None."""
    j = start
    while j < len(text) and j - start <= limit and text[j] != "\n":
        if _closes(text, j) and j > start:
            if not _elided(text, j):
                return j
            stop = min(len(text), start + limit + 1)
            later = next((k for k in range(j + 1, stop)
                          if _closes(text, k) or _opens(text, k) or _CLAUSE_END.match(text[k])), None)
            if later is None and stop < len(text):
                return None  # (past the limit: a quote cut there would be a cut name)
            if later is None or not _closes(text, later):
                return j  # ('darlin' and 'sugar': the next quote opens, this one closes here)
        j += 1
    return None


def name_particles() -> frozenset[str]:
    """Lower-case words an English by-name may hold between capitalised ones (quotes.yaml)."""
    return _table()["NAME_PARTICLES"]


def quoted(text: str, limit: int = 30) -> list[str]:
    """The spans ``text`` quotes, in order, stripped: double and CJK quotes, and single quotes
    read as above ('Ol' Boots', 'y'all', 'my 'ansum')."""
    return [q for _, _, q in quoted_spans(text, limit)]


def quoted_spans(text: str, limit: int = 30) -> list[tuple[int, int, str]]:
    """(where the opening quote is, where the closing one ends, what it quotes) for each quote of
    ``text`` (see ``quoted``)."""
    found: list[tuple[int, int, str]] = [(m.start(), m.end(), m.group(1).strip()) for m in _OTHER.finditer(text)]
    i = 0
    while i < len(text):
        if _opens(text, i) and not any(s <= i < e for s, e, _ in found):
            end = _close_at(text, i + 1, limit)
            if end is not None:
                found.append((i, end + 1, text[i + 1:end].strip()))
                i = end + 1
                continue
        i += 1
    return [(s, e, q) for s, e, q in sorted(found) if q]
