"""A positive tag question right after the keyword ("Teetotal, am I?", "Churro, is it?") hands the
keyword back in disbelief; a negative tag ("aren't I?", "isn't it?") confirms it. (Chinese, Japanese and
Korean tails, "是吧", "だっけ", "인가", were read already.)"""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

DRINK = GroundTruth(answer="Never, lad. I'm a teetotaller.", keywords=(("teetotaller", "teetotal"),), language="en",
                    question="Do ye take a tot of rum, Captain?")
PET = GroundTruth(answer="His name's Churro!", keywords=(("Churro",),), language="en", question="What's your pet's name?")
YEARS = GroundTruth(answer="41 years I was at that wheel.", keywords=(("41",),), language="en",
                    question="How many years were you skippering the ferry?")


@pytest.mark.parametrize("truth,answer", [
    (DRINK, "Teetotal, am I? Who's been spinning ye that yarn? Pour one and see, lad."),
    (PET, "Churro, is it? Never heard of him."),
    (YEARS, "41, was it? Feels like a hundred, and who's counting."),
    (DRINK, "A teetotaller, is he? Ask the barrels."),
])
def test_a_keyword_handed_back_with_a_positive_tag_earns_nothing(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (DRINK, "Teetotal, aren't I? Always have been, lad."),
    (DRINK, "Teetotal, I am, lad."),
    (PET, "Churro, isn't it the best name? He's my tortoise."),
    (YEARS, "41 years. Was it hard? Some winters."),
])
def test_a_keyword_stated_or_confirmed_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer
