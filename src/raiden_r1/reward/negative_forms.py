"""A negative keyword said in another form (lexicon/synonyms.yaml): another word ("大夫" for 医生,
"유부남" for 기혼), a kana reading ("いご" for 囲碁) or a short form ("碁"). The forms are read with the
same rules as the negative itself (assertion.negatives_asserted): asserted, about the character."""

from __future__ import annotations

import dataclasses
from functools import lru_cache

from raiden_r1.canon import canonical, find_term, make_term

from .analysis import Answer
from .assertion import ItemVerdict
from .negatives import negatives_asserted
from .lexicon import _load_yaml
from .matching import PreparedTruth


@lru_cache(maxsize=8)
def _groups(language: str) -> tuple[tuple[str, ...], ...]:
    data = _load_yaml("synonyms")
    groups = data.get(language) or []
    if not isinstance(groups, list) or not all(isinstance(g, list) for g in groups):
        raise ValueError(f"lexicon/synonyms.yaml: {language}: expected a list of word lists")
    return tuple(tuple(dict.fromkeys(c for c in (canonical(str(w)) for w in g) if c)) for g in groups)


def _other_forms(prep: PreparedTruth) -> tuple:
    own = {t.canon for t in prep.negatives}
    keys = [a for alts in prep.items for a in alts]
    out = []
    for group in _groups(prep.language):
        if not own & set(group):
            continue
        for w in group:
            t = make_term(w)
            if w in own or not t.norm or t.norm in prep.answer_norm:
                continue
            if any(find_term(t.norm, k) != -1 or find_term(k.norm, t) != -1 for k in keys):
                continue  # "老师" may not become a negative because "医师" shares a word with it
            out.append(t)
    return tuple(out)


def negative_forms_asserted(ans: Answer, prep: PreparedTruth, items: list[ItemVerdict]) -> list[str]:
    """The other forms of the record's negative keywords that the answer asserts."""
    forms = _other_forms(prep) if prep.negatives else ()
    if not forms:
        return []
    return negatives_asserted(ans, dataclasses.replace(prep, negatives=forms), items)
