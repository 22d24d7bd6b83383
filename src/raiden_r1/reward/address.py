"""Words of address in a bare list ("Down South, daddy-o, Louisiana", "江南，老弟，苏州"): the listener
addressed, not a candidate value (lexicon/*.yaml: vocative). dumps._bare_segments skips them."""

from __future__ import annotations

from functools import lru_cache

from raiden_r1.data.perspective import starts_with_relation

from .lexicon import cues
from .matching import PreparedTruth


def address_words(language: str, prep: PreparedTruth) -> frozenset[str]:
    """Words of address ("daddy-o", "老弟", "にいちゃん", "나리") that are speech in a bare list, unless
    the slot itself holds such words: a question about relatives, or a keyword that is one ("도련님, 마님,
    아씨" asked what the servants call the daughter). Kin words are no words of address here ("Mom, Ann")."""
    words = _vocatives(language)
    if prep.question_relations or any(a.canon in words or starts_with_relation(a.canon)
                                       for alts in prep.items for a in alts):
        return frozenset()
    return words


@lru_cache(maxsize=8)
def _vocatives(language: str) -> frozenset[str]:
    return frozenset(w.strip() for lang in ("en", language) for w in cues(lang).get("vocative"))
