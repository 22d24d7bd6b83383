"""Keys that answer no question (review 76): an adverb alone (급하게, hastily), an adverb glued to
an object particle (급하게를 마시는 사람), a bare activity noun cut from its object (栽培 of
朝顔の栽培), a keeper word alone (主人, also "husband"). head_words.yaml FRAGMENT_KEYS lists them;
the builder leaves them out of a record's keys and the audit fails a record that has one."""

from __future__ import annotations

import re
from functools import lru_cache

from .tables import table
from .terms import Items

# a Korean manner adverb alone ("빨리", "크게": head_words.yaml KO_MANNER_ADVERBS)
_KO_ADVERBS = frozenset(table("head_words.yaml", "KO_MANNER_ADVERBS"))


@lru_cache(maxsize=None)
def _pattern(language: str) -> re.Pattern[str] | None:
    spec = table("head_words.yaml", "FRAGMENT_KEYS").get(language.split("_")[0])
    return re.compile(spec) if spec else None


def is_fragment_key(term: str, language: str) -> bool:
    """Whether ``term`` is an adverb, a clipped fragment or a bare word that names nothing alone."""
    pattern = _pattern(language)
    t = term.strip()
    if not pattern or not t:
        return False
    return bool(pattern.search(t)) or (language.startswith("ko") and t in _KO_ADVERBS)


def without_fragment_keys(items: Items, language: str, whole: str = "") -> Items:
    """``items`` without fragment alternatives; an item whose first form (the card's own) is one
    is dropped, unless it is the card's whole value (a card that writes only "主人" says that)."""
    out = []
    for alts in items:
        if is_fragment_key(alts[0], language) and alts[0].strip() != whole.strip():
            continue
        out.append([a for a in alts if a is alts[0] or not is_fragment_key(a, language)])
    return out
