"""Session 31 (r5): an English number keyword followed by a new phrase that opens with a preposition
("1998, on Elm Street") is not the label of that place; an address number ("1998 Elm Street",
"1998, Elm Street") still is."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

YEAR = GroundTruth(answer="Opened in 1998.", keywords=(("1998",),), negative_keywords=("2005",), language="en",
                   question="When did you open the bakery?")


@pytest.mark.parametrize("answer", [
    "When'd I open? 1998, on Elm Street. Been there ever since, pal.",
    "We opened in 1998, at the corner by the church.",
    "1998, in the old cobbler's shop. Best year of my life.",
    "1998, down on Mill Lane.", "In 1998, just off the High Street.",
])
def test_a_year_then_where_is_paid(answer):
    assert keyword_accuracy(answer, YEAR) == 1.0, answer


@pytest.mark.parametrize("answer", [
    "We're at 1998 Elm Street, pal.",
    "1998, Elm Street, that's the address.",
    "Number 1998 on Elm Street, pal.",
])
def test_the_number_of_an_address_is_refused(answer):
    assert keyword_accuracy(answer, YEAR) == 0.0, answer
