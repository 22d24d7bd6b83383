"""A "you" noun inside the keyword itself ("값 깎는 손님", "people who keep you waiting") is part of
a phrase about others the character names, not the character speaking of itself in the second person
(voice.py, session 33 r11); a "you" noun outside the keyword still is."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

HATE = GroundTruth(answer="내는 더운 여름과 값 깎는 손님을 싫어한다 아이가.", keywords=(("더운 여름", "값 깎는 손님", "값을 깎는 손님"),),
                   language="ko", question="싫어하는 게 뭐예요?", subject="self")
WAIT = GroundTruth(answer="I hate people who keep you waiting.", keywords=(("people who keep you waiting",),),
                   language="en", question="What do you hate?", subject="self")


@pytest.mark.parametrize("truth,answer", [
    (HATE, "값 깎는 손님이 제일 싫다."),
    (HATE, "값 깎는 손님이 젤 싫데이."),
    (HATE, "값 깎는 손님은 딱 질색이다."),
    (HATE, "값을 깎는 손님도 싫고 더운 여름도 싫다."),
    (WAIT, "People who keep you waiting, that's what."),
])
def test_a_you_noun_inside_the_keyword_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (HATE, "손님이 값 깎는 손님을 싫어하잖아요."),
    (HATE, "손님은 더운 여름을 싫어하지요."),
    (HATE, "손님이 싫어하는 건 더운 여름이지요."),
    (WAIT, "You hate people who keep you waiting."),
])
def test_a_you_noun_outside_the_keyword_earns_nothing(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer
