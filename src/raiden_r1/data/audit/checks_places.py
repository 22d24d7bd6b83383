"""Checks review 61 found and the audit passed: an English gold that puts a place word after a
preposition of its own ("I live in near the Globe", "in orbiting Ceres"), a key that starts with an
article ("the plague carts" refuses "I hate plague carts"), and a CM chat that offers the character's
own home as a far-off place ("visit Ceres Station" to a woman living on a station orbiting Ceres).
Each judges with the builder's own tables.
"""

from __future__ import annotations

import re

from raiden_r1.text import contains_term, normalize, normalize_term

from ..builder.cm_phrases import POOLS
from ..builder.cm_settings import SETTING_POOLS
from ..builder.coverage import latin_kind_free
from ..builder.tables import table
from ..schema import CM, Record

_PLACE_WORDS = sorted(table("coverage.yaml", "EN_NEAR_WORDS") + table("coverage.yaml", "EN_LIES_WORDS"), key=len, reverse=True)
_CLASH = re.compile(r"\b(?:in|at|on|from|to) (?:" + "|".join(map(re.escape, _PLACE_WORDS)) + r")\b", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:" + "|".join(table("words.yaml", "EN_ARTICLES")) + r")\s+\S{3,}", re.IGNORECASE)


def check_preposition_clash(record: Record, card: dict[str, str]) -> list[str]:
    """An English gold says no preposition before a word that is one itself ("living in near X")."""
    if record.language != "en":
        return []
    m = _CLASH.search(record.answer)
    return [f"answer: {m.group(0)!r} puts two prepositions together"] if m else []


def check_article_keys(record: Record, card: dict[str, str]) -> list[str]:
    """No key starts with an article: "the plague carts" refuses the plain "plague carts"."""
    out = []
    for i, k in enumerate(record.keywords):
        for a in [k] if isinstance(k, str) else k:
            if _ARTICLE.match(a):
                out.append(f"keywords.{i}: {a!r} starts with an article an answer may leave out")
    return out


def _place_pool(language: str) -> set[str]:
    pools = [POOLS.get(language, {})] + [by_lang.get(language, {}) for by_lang in SETTING_POOLS.values()]
    # the trip places only: a "spot" (市, 寺) is a kind of place any town has, news to nobody
    return {p for pool in pools for p in pool.get("place", ()) if len(normalize_term(p)) >= 2}


_PLACES = {lang: _place_pool(lang) for lang in ("en", "zh", "ja", "ko")}


def check_own_place(record: Record, card: dict[str, str]) -> list[str]:
    """A CM chat names no place of the pools that the card gives as the character's own (its name
    or its name without the kind written into it: "Ceres Station" where the card says "Ceres")."""
    if record.focus != CM:
        return []
    text = normalize("\n".join(card.values()))
    said = normalize("\n".join(t.content for t in record.conversation_history) + "\n" + record.answer)
    out = []
    for place in sorted(_PLACES.get(record.language, ())):
        if contains_term(said, normalize_term(place)) and any(
                contains_term(text, normalize_term(f)) for f in [place, *latin_kind_free(place)]):
            out.append(f"conversation_history: {place!r} is a place the card already names (the character's own), offered as news")
    return out


PLACE_CHECKS = {"preposition_clash": check_preposition_clash, "article_keys": check_article_keys,
                "own_place": check_own_place}
