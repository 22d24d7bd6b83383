"""Session 32 (r3): two shapes of "who is speaking". Sarcasm by an absurd claim of one's own after the
value ("Oh sure, Port Harcourt. And I'm the Police Commissioner.", "杭州？那我还是玉皇大帝呢") takes the
value back; a plain "And I'm the youngest" or a title the character holds does not. The character's name
before an archaic third-person verb ("Brother Aldric hath laboured 22 years") is a chronicle of it, not
its own answer; the same archaic voice in the first person is paid."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

BORN = GroundTruth(answer="Port Harcourt.", keywords=(("Port Harcourt",),), negative_keywords=("Abuja",), language="en",
                   question="Where were you born, detective?", subject="self", role="Chief Inspector, Metro Police")
BORN_ZH = GroundTruth(answer="杭州。", keywords=(("杭州",),), negative_keywords=("苏州",), language="zh",
                      question="你是哪里人？", subject="self")


@pytest.mark.parametrize("t,answer", [
    (BORN, "Oh sure, Port Harcourt. And I'm the Police Commissioner."),
    (BORN, "Port Harcourt, naturally. And I'm the Archbishop of Canterbury!"),
    (BORN, "Yeah, Port Harcourt. And I'm the King of Mars."),
    (BORN_ZH, "杭州？那我还是玉皇大帝呢。"),
])
def test_an_absurd_claim_after_the_value_takes_it_back(t, answer):
    assert keyword_accuracy(answer, t) == 0.0, answer


@pytest.mark.parametrize("t,answer", [
    (BORN, "Port Harcourt. And I'm the youngest of five."),
    (BORN, "Port Harcourt. And I'm the Chief Inspector now, so mind your manners."),
    (BORN, "Port Harcourt, sure. The rain, the oil."),
])
def test_a_plain_claim_or_a_held_title_keeps_the_value(t, answer):
    assert keyword_accuracy(answer, t) == 1.0, answer


YEARS = GroundTruth(answer="Verily, 22 years.", keywords=(("22",),), negative_keywords=("15",), language="en",
                    question="How many years have you laboured in the scriptorium, Brother?", subject="self",
                    character_name="Brother Aldric")


@pytest.mark.parametrize("answer", ["Brother Aldric hath laboured 22 years in the scriptorium.",
                                    "Aldric laboureth there these 22 years.", "Brother Aldric doth count 22 years."])
def test_the_name_before_an_archaic_third_person_verb_is_a_chronicle(answer):
    assert keyword_accuracy(answer, YEARS) == 0.0, answer


@pytest.mark.parametrize("answer", ["I have laboured 22 years, my child.", "Verily, 22 years hath it been.",
                                    "22 years, saith Brother Aldric, and saith it gladly."])
def test_the_archaic_voice_of_the_character_itself_is_paid(answer):
    assert keyword_accuracy(answer, YEARS) == 1.0, answer
