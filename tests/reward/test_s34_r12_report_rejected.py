"""Session 34 (r12), the twenty-fourth suite: a wrong value reported as someone else's word and then rejected
as unreliable ("报童讲黑色，我不采信", "the paperboy said black, but I don't believe him") is disowned, as one
called wrong was; reported without the rejection it still counts as a second value."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

HAT = GroundTruth(answer="侬讲的是灰色礼帽，我本子上记得清清爽爽。", keywords=(("灰色",),), negative_keywords=("黑色",), language="zh",
                  question="探长，我说那人戴的帽子是什么颜色的？", subject="user")
HAT_EN = GroundTruth(answer="You said a grey bowler, I've it in my notebook.", keywords=(("grey",),), negative_keywords=("black",),
                     language="en", question="Inspector, what colour did I say the man's hat was?", subject="user")


@pytest.mark.parametrize("truth,answer", [
    (HAT, "灰色礼帽。报童讲黑色，我不采信，侬讲的是灰色。"),
    (HAT, "侬讲灰色。报童说是黑色，靠不住的。"),
    (HAT, "灰色。小贩讲黑色，不作数。"),
    (HAT, "灰色礼帽。报童说是黑色，我不采信。"),
    (HAT_EN, "Grey, you said. The paperboy said black, but I don't believe him."),
    (HAT_EN, "A grey bowler. The cabbie said black; he can't be trusted."),
    (HAT_EN, "Grey. Old Tom says black, but Tom's not to be trusted."),
    (HAT_EN, "You said grey. The doorman claims black, and I don't buy it."),
])
def test_a_rejected_report_of_the_wrong_value_is_disowned(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (HAT, "灰色礼帽。报童讲黑色。"),
    (HAT, "灰色，也可能是黑色，报童讲黑色，我也信。"),
    (HAT, "侬讲灰色，我看是黑色，靠得住。"),
    (HAT, "灰色还是黑色？报童讲黑色，算数的。"),
    (HAT_EN, "Grey. The paperboy said black."),
    (HAT_EN, "Grey, or black as the paperboy said, and I believe him."),
    (HAT_EN, "You said grey, but it was black, I'm sure."),
    (HAT_EN, "Grey or black, I don't believe I wrote it down."),
])
def test_a_second_value_without_the_rejection_is_refused(truth, answer):
    assert keyword_accuracy(answer, truth) < 1.0, answer
