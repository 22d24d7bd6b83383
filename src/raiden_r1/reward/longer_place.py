"""A Chinese-character place keyword glued to more characters that name another place: asked where,
"たしか金沢文庫のあたりやて" (Kanazawa-bunko, a station of Yokohama) or "他家在成都路附近" (a street of another
city) does not say 金沢 or 成都. Japanese: one to three more kanji, then a word that makes them a place
("のあたり", "の近く", "に住", "出身"), unless they open with a word of the same place ("金沢駅の近く",
"金沢市内", "金沢出身"); Chinese: a street word right after (路, 大街, 胡同). Not caught: a glued name
with no place word after it ("金沢文庫は横浜"), Korean and English compounds. Tables:
lexicon/asked_slot.yaml (place_after, place_keeps, street_suffixes)."""

from __future__ import annotations

import re

from raiden_r1.canon import Term

from .analysis import Answer, cue_in_text
from .lexicon import word_list
from .matching import PreparedTruth

_HAN = re.compile(r"[\u4e00-\u9fff]+")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{1,3}")


def _asks_place(prep: PreparedTruth, lang: str) -> bool:
    q = prep.question_norm
    return bool(q) and (cue_in_text(q, lang, "place_question") is not None or cue_in_text(q, lang, "origin") is not None)


def longer_place(ans: Answer, pos: int, term: Term, prep: PreparedTruth) -> str | None:
    """The longer place the keyword is part of, else None."""
    lang = ans.language
    key = term.norm
    if lang not in ("ja", "zh") or not _HAN.fullmatch(key or "x") or not _asks_place(prep, lang):
        return None
    after = ans.match[pos + len(key):]
    if lang == "zh":
        suffix = next((s for s in word_list("asked_slot", "street_suffixes", "zh") if after.startswith(s)), None)
        if suffix is None or f"{key}{suffix}" in prep.answer_norm or \
                after.startswith(word_list("asked_slot", "street_exempt", "zh")):
            return None
        return f"{key}{suffix}"
    m = _HAN_RUN.match(after)
    if m is None:
        return None
    run = m.group(0)
    for k in range(len(run), 0, -1):  # (the longest glued run that a place word follows)
        glued, tail = run[:k], after[k:]
        if any(tail.startswith(w) for w in word_list("asked_slot", "place_after", "ja")):
            if glued.startswith(word_list("asked_slot", "place_keeps", "ja")) or f"{key}{glued}" in prep.answer_norm:
                return None
            return f"{key}{glued}"
    return None
