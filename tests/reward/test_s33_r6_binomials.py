"""A set phrase joined by "and" ("born and bred", "man and boy", "heart and soul") beside the keyword
names no second value; a real second value beside it still hedges or dumps."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def gt(key):
    return GroundTruth(answer=f"I'm a {key}, always have been.", keywords=((key,),), language="en",
                       question="What do you do for a living?")


@pytest.mark.parametrize("key,answer", [
    ("teetotaller", "Teetotaler, born and bred."),
    ("fisherman", "Fisherman, man and boy."),
    ("cellist", "Cellist, heart and soul, love."),
    ("baker", "Baker, through and through."),
])
def test_a_set_phrase_beside_the_keyword_is_paid(key, answer):
    assert keyword_accuracy(answer, gt(key)) == 1.0, answer


@pytest.mark.parametrize("key,answer", [
    ("baker", "Baker, butcher and candlestick maker."),
    ("fisherman", "Fisherman, farmer."),
    ("cellist", "Cellist or violinist, heart and soul."),
    ("baker", "Baker, brewer, born and bred."),
])
def test_a_second_value_beside_the_keyword_still_earns_nothing(key, answer):
    assert keyword_accuracy(answer, gt(key)) == 0.0, answer
