"""The keyword named without being asserted, read from the shape of its clause (session 36, p3a;
lexicon/likened.yaml): what the answer likens something to ("You remind me of K", "让我想起K"), a name
said as a measure ("Blaze kilograms."), and an English question asked without its mark ("Tell me, do
you know K"). Each reads only the keyword's own clause."""

from __future__ import annotations

import re
from functools import lru_cache

from raiden_r1.canon import Term, canonical
from raiden_r1.canon.trie import trie_pattern

from .analysis import Answer
from .clause_text import clause_before, clause_rest
from .lexicon import _load_yaml
from .matching import PreparedTruth

# An inverted auxiliary and "you" opening the clause: a question to the user, mark or no mark.
_EN_ASKED = re.compile(r"^(?:(?:and|so|well|then|tell me|say|hey|now) )*(?:do|does|did|have|has|can|could|will|would|are|were|"
                       r"don t|didn t|haven t|can t|won t|aren t) (?:you|ya|u|ye|thou) ")


@lru_cache(maxsize=None)
def _likeness(lang: str) -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    data = _load_yaml("likened")
    words = [canonical(str(w)) for w in (data.get("likeness_before") or {}).get(lang) or []]
    words = [w for w in words if w]
    asked = tuple(canonical(str(w)) for w in (data.get("likeness_question") or {}).get(lang) or [])
    if not words:
        return None, asked
    edge = r"(?:^|(?<= ))" if lang == "en" else ""
    return re.compile(f"{edge}(?:{trie_pattern(sorted(set(words)))})(?: (?:a|an|the))? ?$"), asked


@lru_cache(maxsize=None)
def _units(lang: str) -> frozenset[str]:
    units = _load_yaml("number_units")
    out: set[str] = set()
    for cls in _load_yaml("likened").get("measure_classes") or []:
        out.update(canonical(str(w)) for w in (units.get(cls) or {}).get(lang) or [])
    # (a one-character CJK unit is a common word too: "鞋柜里" is inside the shoe cabinet, not li of it)
    return frozenset(w for w in out if w and (lang == "en" or len(w) >= 2))


def likened(ans: Answer, ci: int, pos: int, term: Term, prep: PreparedTruth) -> str | None:
    """The likeness predicate right before the keyword, unless the question asks for a likeness."""
    lang = ans.language
    pattern, asked = _likeness(lang)
    if pattern is None or any(a in prep.question_norm for a in asked):
        return None
    m = pattern.search(clause_before(ans, ci, pos).rstrip())
    return m.group(0).strip() if m else None


def measured_name(ans: Answer, ci: int, pos: int, term: Term) -> str | None:
    """A measure unit that is the whole rest of the clause after a keyword that holds no digit."""
    if any(c.isdigit() for c in term.norm):
        return None
    rest = clause_rest(ans, ci, pos, term).strip()
    return rest if rest and rest in _units(ans.language) else None


def asked_unmarked(ans: Answer, ci: int) -> str | None:
    """An English clause that opens with an inverted auxiliary and "you": a question without its mark."""
    if ans.language != "en" or ans.clauses[ci].question:
        return None
    m = _EN_ASKED.match(ans.clauses[ci].text)
    return m.group(0).strip() if m else None
