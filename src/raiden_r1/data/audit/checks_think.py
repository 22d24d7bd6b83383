"""Checks of a record's think text (``cot``, written by ``data cot``) that review 65 found the
audit passed: the monologue of a memory question about the user's own fact (their wedding date,
their friend's name) calling it the character's own life (a record without a think text passes);
and the wrong names of a relation question taken from a later time than the card's.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from raiden_r1.text import keyword_in

from ..builder.setting import cm_setting
from ..builder.tables import table
from ..schema import CM, Record


@lru_cache(maxsize=1)
def _own_life() -> dict[str, re.Pattern[str]]:
    data = yaml.safe_load(resources.files(__package__).joinpath("lexicon.yaml").read_text(encoding="utf-8"))
    return {lang: re.compile(rx, re.IGNORECASE) for lang, rx in data["own_life_think"].items()}


def _said_by_user(record: Record) -> bool:
    alts = [a for k in record.keywords for a in ([k] if isinstance(k, str) else k)]
    return any(m.role == "user" and any(keyword_in(m.content, a) for a in alts) for m in record.conversation_history)


def check_think_subject(record: Record, card: dict[str, str]) -> list[str]:
    """A think text over the user's own fact (a CM fact said in a user turn) says nothing of the
    character's own life."""
    if not (record.cot and record.focus == CM and _said_by_user(record)):
        return []
    rx = _own_life().get(record.language)
    m = rx.search(record.cot) if rx else None
    return [f"cot: {m.group(0)!r} calls the user's own fact the character's life"] if m else []


def _given_names(names: str) -> set[str]:
    given = table("decoys.yaml", "GIVEN")
    return {g for by_gender in given.values() for g in by_gender.get(names, ())}


def check_era_names(record: Record, card: dict[str, str]) -> list[str]:
    """A wrong name of a relation question is a name of the card's time: no 2000s 민준 or 悠真
    among the wrong answers for a 1962 granddaughter (the builder's decoys.yaml names per setting,
    the setting cm_setting reads from the card's year)."""
    if record.focus == CM or not str(getattr(record.metadata, "family", "")).startswith("relation:"):
        return []
    setting = cm_setting(card)
    era = _given_names(f"{record.language}_{setting}")
    later = _given_names(record.language) - era if era else set()
    out = []
    for i, neg in enumerate(record.negative_keywords):
        hit = next((g for g in sorted(later, key=len, reverse=True) if len(g) > 1 and neg.endswith(g)), None)
        if hit:
            out.append(f"negative_keywords.{i}: {neg!r} bears {hit!r}, a name of another time than the card's ({setting})")
    return out


THINK_CHECKS = {"think_subject": check_think_subject, "era_names": check_era_names}
