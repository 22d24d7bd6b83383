"""Session 31 (r5): an English duration written with its unit's symbol ("36h", "36 hrs", "90 mins") is the
keyword "36 hours"; the wrong number with the symbol ("12h") is still the negative keyword, and another
unit ("36 m", "36 days") is no match."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

CHARGE = GroundTruth(answer="UNIT-7 runs 36 hours on a full charge.", keywords=(("36 hours", "thirty-six hours"),),
                     negative_keywords=("12 hours",), language="en", question="How long can you run on one full charge?")
BREAK = GroundTruth(answer="Ninety minutes.", keywords=(("90 minutes",),), language="en", question="How long is your lunch break?")


@pytest.mark.parametrize("truth,answer", [
    (CHARGE, "UNIT-7 operates 36h per full charge. Then UNIT-7 docks."), (CHARGE, "36 hrs on a full charge."),
    (BREAK, "90 mins, and not a second more."), (BREAK, "A 90 min break, love."),
])
def test_a_time_unit_symbol_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (CHARGE, "UNIT-7 operates 12h per full charge."), (CHARGE, "UNIT-7 operates 36 days per full charge."),
    (CHARGE, "UNIT-7 climbs 36 m per minute."),
])
def test_another_number_or_unit_is_refused(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer
