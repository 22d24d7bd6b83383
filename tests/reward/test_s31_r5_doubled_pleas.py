"""Session 31 (r5): a two-word English plea or exclamation said twice in a row ("Can I? Can I?!",
"Come on! Come on!") is emphasis, as a short CJK word said twice is; a keyword clause said twice,
or a plea said three times, is still padding."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import evaluate

SOFA = GroundTruth(answer="Under the blue sofa!", keywords=(("blue sofa",),), negative_keywords=("kitchen drawer",),
                   language="en", question="Where did I hide your ball?", focus="conversation_memory", subject="user")


@pytest.mark.parametrize("answer", [
    "Under the blue sofa!! You said under the blue sofa! Can I get it? Can I? Can I?!",
    "The blue sofa! Come on! Come on! Let's go!",
    "It's under the blue sofa. Oh boy. Oh boy. I'm so happy!",
    "Under the blue sofa! Really? Really?! You're the best!",
])
def test_a_plea_said_twice_is_paid(answer):
    assert evaluate(answer, SOFA).accuracy == 1.0, answer


@pytest.mark.parametrize("answer", [
    "Under the blue sofa! Can I? Can I? Can I? Can I?",
    "Blue sofa! Blue sofa! Under the blue sofa!",
    "The blue sofa. Oh boy. Oh boy. Oh boy.",
])
def test_a_keyword_clause_twice_or_a_plea_three_times_is_padding(answer):
    assert evaluate(answer, SOFA).accuracy < 1.0, answer
