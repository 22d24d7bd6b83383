"""Session 32 (r3): whose possession, in the polite Chinese of old speech: 令 + a relative is the
listener's relative (令舅 "your uncle", 令尊 "your father"), and 兄台, 仁兄, 足下 are "you". A wrong value
given to the listener's relative is colour, not a second answer; given to the character's own, or said
with no owner, it still cancels the answer."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

POST = GroundTruth(answer="回兄台，家父在杭州任通判。", keywords=(("杭州",), ("通判",)), negative_keywords=("苏州", "知县"),
                   language="zh", question="柳公子，您方才说令尊在何处为官，任的是什么官职？", subject="self")


@pytest.mark.parametrize("answer", [
    "家父在杭州任通判，与兄台令舅在苏州做知县倒是相仿。", "家父在杭州任通判，令舅在苏州做知县。",
    "家父在杭州任通判。听闻令叔在苏州做知县？", "家父在杭州任通判，仁兄的舅父在苏州做知县，彼此相仿。",
])
def test_a_wrong_value_given_to_the_listeners_relative_is_colour(answer):
    assert keyword_accuracy(answer, POST) == 1.0, answer


@pytest.mark.parametrize("answer", [
    "家父在苏州做知县。", "家父在杭州任通判，也在苏州做过知县。", "家父在杭州任通判，或是苏州知县。",
    "家父在杭州任通判，后来调任苏州知县。",
])
def test_a_wrong_value_of_the_characters_own_still_cancels(answer):
    assert keyword_accuracy(answer, POST) < 1.0, answer


SON = GroundTruth(answer="令郎属虎，今年七岁。", keywords=(("虎",),), negative_keywords=("兔",), language="zh",
                  question="我儿子属什么？", subject="others")


def test_the_polite_your_son_is_the_son_asked_about():
    assert keyword_accuracy("小顺属虎吧？令郎属兔。", SON) == 0.0


def test_the_polite_your_son_answered_is_paid():
    assert keyword_accuracy("令郎属虎，邻居家的小顺属兔。", SON) == 1.0
