"""Session 32 (r3): doubt. A wrong value offered as the speaker's own alternative, even phrased as a
question ("杭州吧……也可能算苏州人？", "Hangzhou. Or maybe Suzhou?"), is a hedge; a question to the
listener about the other value ("你去过苏州吗？", "Have you been to Suzhou?") is not."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

HOME = {"zh": GroundTruth(answer="我是杭州人。", keywords=(("杭州",),), negative_keywords=("苏州",), language="zh",
                          question="你是哪里人呀？", subject="self"),
        "en": GroundTruth(answer="Hangzhou.", keywords=(("Hangzhou",),), negative_keywords=("Suzhou",), language="en",
                          question="Where are you from?", subject="self")}


@pytest.mark.parametrize("lang,answer", [
    ("zh", "杭州吧……也可能算苏州人？"), ("zh", "杭州人，还是说苏州人？"), ("zh", "杭州，又或者苏州？"),
    ("en", "Hangzhou. Or maybe Suzhou?"), ("en", "Hangzhou... or perhaps Suzhou?"), ("en", "Hangzhou, though it could also be Suzhou?"),
])
def test_an_alternative_offered_as_ones_own_doubt_is_a_hedge(lang, answer):
    assert keyword_accuracy(answer, HOME[lang]) < 1.0, answer


@pytest.mark.parametrize("lang,answer", [
    ("zh", "杭州人！你去过苏州吗？"), ("zh", "杭州。苏州你熟不熟？"),
    ("en", "Hangzhou! Have you been to Suzhou?"), ("en", "Hangzhou. Do you know Suzhou at all?"),
])
def test_a_question_to_the_listener_about_the_other_value_is_no_hedge(lang, answer):
    assert keyword_accuracy(answer, HOME[lang]) == 1.0, answer
