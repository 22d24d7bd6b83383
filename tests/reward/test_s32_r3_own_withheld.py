"""Session 32 (r3): the value said of another thing, then the speaker's own withheld ("我最喜欢的画师是杭州的，
至于我自己嘛，秘密啦", "My favourite painter's from Hangzhou. As for me, secret."): not asserted. The value
given as one's own with a playful "secret" after it, or a turn to oneself that gives more, is still paid."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

HOME = {"zh": GroundTruth(answer="我是杭州人。", keywords=(("杭州",),), negative_keywords=("苏州",), language="zh",
                          question="你是哪里人呀？", subject="self"),
        "en": GroundTruth(answer="Hangzhou.", keywords=(("Hangzhou",),), negative_keywords=("Suzhou",), language="en",
                          question="Where are you from?", subject="self")}


@pytest.mark.parametrize("lang,answer", [
    ("zh", "我最喜欢的画师是杭州的，至于我自己嘛，秘密啦～"), ("zh", "我师父是杭州人。至于在下自己，保密。"),
    ("zh", "杭州的西湖我常去，要说我自己嘛，呵呵，不告诉你。"), ("zh", "我家猫是杭州捡的，至于我本人，这是秘密哦。"),
    ("en", "My favourite painter is from Hangzhou. As for me, secret."),
    ("en", "My cat came from Hangzhou; as for myself, that's a secret."),
])
def test_the_value_said_of_another_thing_then_ones_own_withheld(lang, answer):
    assert keyword_accuracy(answer, HOME[lang]) == 0.0, answer


@pytest.mark.parametrize("lang,answer", [
    ("zh", "杭州！秘密哦，别告诉别人。"), ("zh", "我是杭州人，至于我自己嘛，最爱西湖。"),
    ("zh", "杭州人。至于我自己，土生土长的。"),
    ("en", "Hangzhou. As for me, I never left."), ("en", "Hangzhou, born and bred. Secret recipe for tea, though."),
])
def test_the_value_as_ones_own_is_still_paid(lang, answer):
    assert keyword_accuracy(answer, HOME[lang]) == 1.0, answer
