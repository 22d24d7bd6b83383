"""The whole keyword around one of its shorter spellings, so that the character's family name inside
a relative's full name is not read as the character narrating itself: 北村大吾's mother 北村ハル
("北村ハルだ": 北村 followed by は of ハル, not the topic particle), found at its given name ハル.
Families share surnames (王秀英 for 王建国, Martha Kowalski for Tomasz Kowalski); the character's own
name outside the keyword ("北村大吾の母は北村ハルだ", "北村は母をハルと呼ぶ") is still its subject.
"""

from __future__ import annotations

from raiden_r1.canon import Term

from .matching import PreparedTruth


def keyword_span(text: str, term: Term, prep: PreparedTruth) -> tuple[int, int] | None:
    """The span in ``text`` of the first occurrence of ``term``, widened to a longer spelling of the
    same keyword item written around it ("北村はる" around "はる"), or None."""
    kw = text.find(term.norm)
    if kw == -1:
        return None
    start, end = kw, kw + len(term.norm)
    for alts in prep.items:
        if not any(a.norm == term.norm for a in alts):
            continue
        for a in alts:
            if len(a.norm) <= end - start or term.norm not in a.norm:
                continue
            j = text.find(a.norm, max(0, kw - len(a.norm)))
            if j != -1 and j <= start and j + len(a.norm) >= end:
                start, end = j, j + len(a.norm)
    return start, end


__all__ = ["keyword_span"]
