"""Whether the slot a question asks about holds several values at once (a character's traits),
so that a second value listed beside the keyword answers rather than hedges."""

from __future__ import annotations

from raiden_r1.canon import find_term

from .analysis import cue_in_text
from .matching import PreparedTruth


def several_values(prep: PreparedTruth) -> bool:
    """The record's one item lists several values, not spellings of one: the gold answer names two
    or more of its alternatives apart ("清冷寡言、护短、嘴硬心软"), or the question asks for traits
    ("你是什么性格的人？", "What kind of person are you?"; lexicon: trait_question)."""
    if len(prep.items) != 1:
        return False
    if prep.question_norm and cue_in_text(prep.question_norm, prep.language, "trait_question"):
        return True
    spans: list[tuple[int, int]] = []
    for alt in prep.items[0]:
        k = find_term(prep.answer_norm, alt)
        end = k + len(alt.norm)
        if k != -1 and not any(k < e and s < end for s, e in spans):
            spans.append((k, end))
    return len(spans) >= 2
