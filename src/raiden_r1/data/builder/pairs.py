"""A favourite food written as two things joined ("soup beans and cornbread", "홍어애국과 막걸리",
"天丼と電気ブラン"): a right answer names either one ("Soup beans, honey."), so each half is an
alternative beside the whole. A pair that is one dish ("fish and chips") stays whole."""

from __future__ import annotations

import re

from raiden_r1.text import normalize_term

from .tables import table
from .terms import Items, grounded, unique_terms

_ONE_DISH = frozenset(normalize_term(p) for p in table("words.yaml", "EN_ONE_DISH_PAIRS"))
_EN = re.compile(r"^(.+?)\s+(?:and|&)\s+(.+)$", re.IGNORECASE)
_KO = re.compile(r"^([가-힣 ]{2,}?)(?:과|와|하고|랑)\s+([가-힣 ]{2,})$")
_JA = re.compile(r"^([^と]{2,})と([^と]{2,})$")


def pair_halves(term: str) -> list[str]:
    """The two things of a joined pair, or [] for one dish or no pair."""
    if normalize_term(term) in _ONE_DISH:
        return []
    for pattern in (_EN, _KO, _JA):
        m = pattern.match(term.strip())
        if m:
            halves = [h.strip() for h in m.groups()]
            # "fish and chips"-like pairs of two short words are dishes more often than not
            if pattern is _EN and all(len(h.split()) == 1 for h in halves):
                return []
            return [h for h in halves if grounded(h, term)]
    return []


def with_pair_halves(items: Items) -> Items:
    return [unique_terms(alts + [h for a in alts[:1] for h in pair_halves(a)]) for alts in items]
