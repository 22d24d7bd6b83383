"""Session 34 (r12), the twenty-fourth suite: a wrong value in a conceding clause is colour ("…though I
groom Tsukikage too"), unless the clause also claims it as the character's own ("…though some days I ride
Tsukikage and call him mine", "…不过乌骓我也当成我的"): then it is a second answer."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

HORSE = GroundTruth(answer="My horse is called Kazehaya, a chestnut.", keywords=(("Kazehaya",),),
                    negative_keywords=("Tsukikage",), language="en", question="What is your horse's name?")
ZH = GroundTruth(answer="我的马叫追风，枣红色的。", keywords=(("追风",),), negative_keywords=("乌骓",), language="zh",
                 question="你的马叫什么？")


@pytest.mark.parametrize("truth,answer", [
    (HORSE, "My horse is called Kazehaya, though some days I ride Tsukikage and call him mine."),
    (HORSE, "Kazehaya, though Tsukikage is mine too, in a way."),
    (HORSE, "My horse is Kazehaya, but I ride Tsukikage as well and claim him as mine."),
    (HORSE, "Kazehaya is my horse, though I call Tsukikage mine as well."),
    (ZH, "我的马叫追风，不过乌骓也算我的。"),
    (ZH, "追风，虽然乌骓我也当成我的。"),
    (ZH, "我的马是追风，不过乌骓也是我的。"),
    (ZH, "追风嘛，不过有时骑乌骓，当它是我的。"),
])
def test_a_conceded_value_claimed_as_ones_own_is_a_second_answer(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (HORSE, "My horse is called Kazehaya, though some days I ride my lord's Tsukikage."),
    (HORSE, "Kazehaya is mine, though I groom Tsukikage too."),
    (HORSE, "Kazehaya, though Tsukikage is my lord's."),
    (HORSE, "My horse is Kazehaya; Tsukikage is my lord's, and he calls him his pride."),
    (ZH, "我的马叫追风，不过乌骓是我大哥的。"),
    (ZH, "追风，虽然我也常给乌骓刷毛。"),
    (ZH, "我的马是追风，乌骓是我哥的，也是他的宝贝。"),
    (ZH, "追风。乌骓是将军的马，不是我的。"),
])
def test_a_conceded_value_given_to_someone_else_is_colour(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer
