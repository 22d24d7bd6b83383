"""Values the character's profile itself gives as approximate ("体重: 十七貫（約64キロ）", "몸무게: 열두 관(약
45킬로)", "Weight: about 190 pounds", "身高：一米七左右"): an answer that says them the same way
("六十四キロくらいだべ", "45킬로쯤 나가유") repeats the card; it does not hedge between values.

record_ground_truth stores which keyword items these are (GroundTruth.approximate), read with the
reward's own approximate words (hedges.approximate_word, lexicon approx_before/approx_after), and
hedges.py lets an approximate word stand beside those items only. A value the card gives exactly stays
a hedge when approximated ("about 41" for an age of 41, "45킬로쯤" for a card's plain 45킬로), and a
range or a second number stays one everywhere."""

from __future__ import annotations

from typing import Any

from raiden_r1.canon import Term, canonical, make_term

from .analysis import Answer, analyse
from .clause_text import clause_before
from .lexicon import cues
from .matching import PreparedTruth

_MAX_TEXTS = 64


def _texts(value: Any, out: list[str]) -> None:
    if isinstance(value, str):
        if any(c.isdigit() for c in canonical(value)) and len(out) < _MAX_TEXTS:
            out.append(value)
    elif isinstance(value, dict):
        for v in value.values():
            _texts(v, out)
    elif isinstance(value, (list, tuple)):
        for v in value:
            _texts(v, out)


def approximate_items(profile: dict[str, Any], items: tuple[tuple[str, ...], ...], language: str) -> tuple[int, ...]:
    """The indices of the keyword items with a number that the profile gives next to an approximate word."""
    from .hedges import approximate_word  # (hedges reads the answer's occurrences, which read this module)

    numeric = [(i, terms) for i, alts in enumerate(items)
               if (terms := [t for t in (make_term(a) for a in alts) if t.norm and any(c.isdigit() for c in t.norm)])]
    if not numeric:
        return ()
    texts: list[str] = []
    _texts(profile, texts)
    found: list[int] = []
    for text in texts:
        ans = analyse(text, language)
        for i, terms in numeric:
            if i in found:
                continue
            for t in terms:
                if any(approximate_word(ans, pos, pos + len(t.norm), ans.clauses[ans.clause_index(pos)], age=True)
                       for pos in ans.find(t)):
                    found.append(i)
                    break
    return tuple(sorted(found))


def approximate_before(ans: Answer, ci: int, pos: int, term: Term, cue: str, prep: PreparedTruth) -> bool:
    """A doubt word that is an approximate word right before a value the card gives as approximate ("大概一米七五"
    for "一米七五左右"): the card's approximation, not doubt."""
    if cue.strip() not in cues(ans.language).get("approx_before"):
        return False
    if not any(a.norm == term.norm for i in prep.truth.approximate if i < len(prep.items) for a in prep.items[i]):
        return False
    return clause_before(ans, ci, pos).rstrip().endswith(cue.strip())
