"""Chinese verbs of saying that report nothing (session 31, frames.speaking_not_reporting): the
storyteller's opening "话说"/"且说", and 说/讲 with its own object, a language ("讲塔马舍克话") or an
activity done by talking ("说书", "讲价"). A real source of the words stays a report."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def truth(keyword, question, negatives=()):
    return GroundTruth(answer=keyword, keywords=((keyword,),), language="zh", question=question,
                       negative_keywords=tuple(negatives))


WAZI = truth("北瓦子", "老先生，您每天在哪个瓦子说书？", ("南瓦",))
TONGUE = truth("塔马舍克", "你跟向导打交道用哪种话？", ("阿拉伯",))


@pytest.mark.parametrize("answer", [
    "话说列位看官，老汉每日午后都往北瓦子勾栏里一坐。",
    "且说老汉这条跛腿，天天都往北瓦子去。",
    "老汉说书就在北瓦子，风雨无阻。",
    "老汉讲故事的地方嘛，北瓦子。",
])
def test_a_storyteller_opening_or_a_spoken_activity_is_no_report(answer):
    assert keyword_accuracy(answer, WAZI) == 1.0, answer


@pytest.mark.parametrize("answer", [
    "我会讲塔马舍克话，所以向导都找我讲价。",
    "我说一口塔马舍克话。",
    "跟向导讲价，我用的是塔马舍克语。",
])
def test_speaking_a_language_is_no_report(answer):
    assert keyword_accuracy(answer, TONGUE) == 1.0, answer


@pytest.mark.parametrize("answer,t", [
    ("话说回来，人家都说是北瓦子。", WAZI),
    ("听人说是北瓦子。", WAZI),
    ("他们讲北瓦子。", WAZI),
    ("大家都说他会讲塔马舍克话。", TONGUE),
    ("听向导说是塔马舍克话。", TONGUE),
])
def test_a_source_of_the_words_is_still_a_report(answer, t):
    assert keyword_accuracy(answer, t) == 0.0, answer
