"""Asked what a relative relies on the character for, the gold answer's own "I" anywhere (not only
at its start: "Two things, uncle: I read the stars") makes the fact the character's act (session
31, voice.py): "I read the stars" is paid. Asked what the relative does, "I play it" still claims it."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

UNCLE = GroundTruth(answer="Two things, uncle: I read the stars at night, and I speak Tamasheq with the guides.",
                    keywords=(("stars", "star"), ("Tamasheq",)), negative_keywords=("Arabic",), language="en",
                    validation_method="multi_term_parsing", question="What does your uncle rely on you for on the caravan?",
                    subject="other", others=("Bakary", "Sory"))
DAUGHTER = GroundTruth(answer="She's learning the Moonlight Sonata, bless her.", keywords=(("Moonlight Sonata",),), language="en",
                       question="What is your daughter playing at the recital?", subject="other")


@pytest.mark.parametrize("answer", ["I read the stars to hold our course at night, and I speak Tamasheq.",
                                    "Uncle, I read the stars at night, and I speak Tamasheq.",
                                    "A camel does not see its own hump, uncle. I read the stars, and I speak Tamasheq."])
def test_the_characters_own_act_asked_through_a_relative_is_paid(answer):
    assert keyword_accuracy(answer, UNCLE) == 1.0, answer


@pytest.mark.parametrize("answer,t", [
    ("My sister Kankou reads the stars and speaks Tamasheq; I keep the accounts.", UNCLE),
    ("I don't read the stars, uncle, and I never learned Tamasheq.", UNCLE),
    ("I play the Moonlight Sonata at the recital.", DAUGHTER),
])
def test_someone_elses_fact_or_a_denial_still_fails(answer, t):
    assert keyword_accuracy(answer, t) == 0.0, answer
