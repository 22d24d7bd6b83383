"""A year written after a day and month is that date's year (session 31, date_parts.date_part_before;
dumps: a numeric date with its year is one value): "14 March 1961", "14.03.1961", "14/03/1961"
answer "what year" with 1961, not two numbers listed. Another year beside it still hedges."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

YEAR = GroundTruth(answer="Nineteen sixty-one, my dear.", keywords=(("1961", "nineteen sixty-one"),),
                   negative_keywords=("1957",), language="en", question="What year did you come to America?")
ZH = GroundTruth(answer="一九六一年来的。", keywords=(("1961年", "一九六一年", "1961"),), negative_keywords=("1957年",),
                 language="zh", question="您是哪年来美国的？")


@pytest.mark.parametrize("answer", ["14 March 1961, my dear.", "14.03.1961, my dear — that is how we wrote it in Cluj.",
                                    "14/03/1961, my dear.", "It was 1961/03/14, a cold day.", "On the 14th of March 1961."])
def test_a_full_date_answers_the_year(answer):
    assert keyword_accuracy(answer, YEAR) == 1.0, answer


@pytest.mark.parametrize("answer", ["14 March, 1957 or 1961, my dear.", "1957/1961, my dear.", "14/03/1957, my dear.",
                                    "1957, 14 March 1961, who remembers."])
def test_another_year_beside_it_still_fails(answer):
    assert keyword_accuracy(answer, YEAR) == 0.0, answer


@pytest.mark.parametrize("answer,paid", [("1961年3月14日来的。", 1.0), ("1957年或者1961年来的。", 0.0)])
def test_a_chinese_full_date_answers_the_year(answer, paid):
    assert keyword_accuracy(answer, ZH) == paid, answer
