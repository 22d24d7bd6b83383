"""A Chinese day after a month needs no 号 (session 31, keyword_spellings._ZH_DAY): "下个月十五",
"下月十五", "本月十五" say the 15th as "十五号" does; another day, a number of something else after
the month, or the day asked back still fail."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

DAY = GroundTruth(answer="下个月十五号回呼和浩特。", keywords=(("十五号", "15号", "十五日", "15日"),), negative_keywords=("二十号",),
                  language="zh", question="奶奶，我跟您说过我哪天回去吗？")


@pytest.mark.parametrize("answer", ["下个月十五，回呼和浩特。孩子，路上好好的。", "下月十五回去。", "本月十五就走，孩子。"])
def test_a_day_after_a_month_without_hao_is_paid(answer):
    assert keyword_accuracy(answer, DAY) == 1.0, answer


@pytest.mark.parametrize("answer", ["下个月二十，回呼和浩特。", "下个月150块钱的车票。", "下个月十五？还是二十来着？"])
def test_another_day_or_another_number_fails(answer):
    assert keyword_accuracy(answer, DAY) == 0.0, answer
