"""British spellings by pattern, not by list: a doubled l before -er/-ed/-ing ("teetotaller",
"counsellor"), -our ("endeavour"), -re ("theatres") and -ise ("criticise") match their American
forms either way round; short words that differ by the pattern ("filled"/"filed") stay apart."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def gt(key, answer="", question="What are you?"):
    return GroundTruth(answer=answer or f"I'm a {key}.", keywords=((key,),), language="en", question=question)


@pytest.mark.parametrize("key,answer", [
    ("teetotaller", "Never, lad. Teetotaler, born and bred."),
    ("teetotaler", "A teetotaller these forty years."),
    ("marriage counsellor", "I'm a marriage counselor in Leeds."),
    ("endeavour", "The Endeavor, out of Whitby."),
    ("criticise", "I criticize the stitching, mostly."),
    ("theatres", "Two theaters on the same street, both mine."),
])
def test_a_british_or_american_spelling_is_paid(key, answer):
    assert keyword_accuracy(answer, gt(key)) == 1.0, answer


@pytest.mark.parametrize("key,answer", [
    ("filed", "I filled it, love."),
    ("teetotaller", "Teetotaller? Who told you that?"),
    ("counsellor", "Is he a counselor? Never asked."),
    ("hour", "Give me a hor."),
])
def test_other_words_and_asked_back_spellings_are_not(key, answer):
    assert keyword_accuracy(answer, gt(key)) < 1.0, answer
