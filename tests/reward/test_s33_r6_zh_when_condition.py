"""A Chinese future condition "等我/等咱/等到…" ("等咱升了驿长，手底下的人一天就得跑一百八十里") frames what
follows as what will be, not what is; "等我想想/等我算算" before an answer only asks for a moment. (Japanese
たら and Korean 면 were conditions already; English "once I…" is as often one past time, left alone.)"""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

MILES = GroundTruth(answer="一天一百八十里！", keywords=(("一百八十里",),), language="zh", question="张大哥，你一天能跑多远？")
HENS = GroundTruth(answer="18只芦花鸡！", keywords=(("18",),), language="zh", question="王大娘，您家养了多少只鸡？")


@pytest.mark.parametrize("truth,answer", [
    (MILES, "等咱升了驿长，手底下的人一天就得跑一百八十里。"),
    (MILES, "等我换了好马，一天能跑一百八十里。"),
    (HENS, "等到明年开春，俺家就有18只鸡了。"),
    (HENS, "等俺攒够了钱，就养18只鸡。"),
])
def test_a_future_condition_earns_nothing(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (MILES, "等我想想……一天一百八十里！"),
    (HENS, "等俺算算，18只！"),
    (HENS, "18只！等到开春还能多几只。"),
    (MILES, "一天一百八十里，换马不换人。"),
])
def test_a_moment_asked_or_a_later_condition_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer
