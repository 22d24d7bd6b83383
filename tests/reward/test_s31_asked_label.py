"""A number naming the very thing the question asks for is the answer (session 31,
occurrence_context.label_asked): asked which train, "the four fifteen train" names it; asked an age or a
count, "41 Harbour Road" or "berth 43" is still another kind of number."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

TRAIN = GroundTruth(answer="Thursday, on the four-fifteen.", keywords=(("Thursday",), ("four-fifteen", "4:15", "quarter past four")),
                    negative_keywords=("Saturday", "noon train"), language="en", validation_method="multi_term_parsing",
                    question="Which day and which train did I tell my aunt?")
AGE = GroundTruth(answer="Forty-one, lad.", keywords=(("41", "forty-one"),), language="en", question="How old are you?")
JARS = GroundTruth(answer="Thirty jars.", keywords=(("30", "thirty"),), language="en", question="How many jars do you owe the temple?")


@pytest.mark.parametrize("answer", ["Thursday, madam, by the four fifteen train.", "Thursday — the 4:15 train, madam.",
                                    "The four-fifteen train on Thursday."])
def test_the_asked_train_named_by_its_time_is_paid(answer):
    assert keyword_accuracy(answer, TRAIN) == 1.0, answer


@pytest.mark.parametrize("answer,t", [("I live at 41 Harbour Road, lad.", AGE), ("My boat waits at berth 41.", AGE),
                                      ("I keep them at 30 Harbour Road.", JARS)])
def test_a_number_naming_something_not_asked_is_still_another_kind(answer, t):
    assert keyword_accuracy(answer, t) == 0.0, answer
