"""Session 31 (r5): Chinese counters that count the same thing: an age in full years (八周岁 for 八岁),
years in the old style or in speech (九百载, 三个年头 for 九百年, 三年), people counted with 名 or 位 as
with 个 (学生45名 for 45个孩子). Another quantity (八周大, 45天), the wrong number in the same counter
(十二周岁) or a rank (第45名) is still refused."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

AGE = GroundTruth(answer="我孙子今年8岁了！", keywords=(("8岁", "八岁"),), negative_keywords=("12岁", "十二岁"), language="zh",
                  question="您孙子今年几岁啦？")
YEARS = GroundTruth(answer="本仙修行九百年了。", keywords=(("九百年", "900年"),), negative_keywords=("三百年",), language="zh",
                    question="你修行多少年了？")
CLASS = GroundTruth(answer="我带三年级，班上一共45个孩子。", keywords=(("45", "四十五"),), negative_keywords=("38",), language="zh",
                    question="班上有多少个孩子？")


@pytest.mark.parametrize("truth,answer", [
    (AGE, "小宇啊，今年八周岁，贼能闹腾。"), (AGE, "满8周岁了，上二年级。"),
    (YEARS, "本仙修行已有九百载。"), (YEARS, "修了九百个年头喽，小东西。"),
    (CLASS, "该班共有学生45名。"), (CLASS, "四十五位小朋友，一个不少。"),
])
def test_the_same_count_in_another_counter_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (AGE, "今年十二周岁了。"), (AGE, "他八周大的时候就会笑了。"), (YEARS, "修了三百载，不多不少。"),
    (CLASS, "我们班考了年级第45名。"), (CLASS, "开学45天了。"), (YEARS, "九百里外就是青丘。"),
])
def test_another_quantity_or_number_is_refused(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer
