"""Session 32 (r3): who is the subject. The character described from outside ("The old parrot's favourite
food is walnuts; he screeches for them", "这个小朋友最喜欢长颈鹿，他说话奶声奶气的") is narrated, not
answering; the character's own voice ("I"), or a description with nothing picking it up, is paid."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

FOOD = GroundTruth(answer="Walnuts! Squawks loves walnuts!", keywords=(("walnuts",),), negative_keywords=("crackers",),
                   language="en", question="Squawks, what's your favourite food?", subject="self",
                   character_name="Captain Squawks")
ANIMAL = GroundTruth(answer="豆豆最喜欢长颈鹿！", keywords=(("长颈鹿",),), negative_keywords=("小兔子",), language="zh",
                     question="豆豆，你最喜欢什么动物呀？", subject="self", character_name="豆豆")


@pytest.mark.parametrize("t,answer", [
    (FOOD, "The old parrot's favourite food is walnuts; he screeches for them every morning."),
    (FOOD, "This clever bird loves walnuts. He cracks them on the perch."),
    (FOOD, "That grey parrot likes walnuts best, and she never shares."),
    (ANIMAL, "这个小朋友最喜欢长颈鹿，他说话奶声奶气的。"),
    (ANIMAL, "那位小姑娘喜欢长颈鹿，她天天画。"),
    (ANIMAL, "这只小家伙最爱长颈鹿，他一看就笑。"),
])
def test_the_character_described_from_outside_is_narrated(t, answer):
    assert keyword_accuracy(answer, t) == 0.0, answer


@pytest.mark.parametrize("t,answer", [
    (FOOD, "Walnuts! The old captain gave me them every day; he was a kind man."),
    (FOOD, "The walnuts, matey! Nothing beats them."),
    (FOOD, "Walnuts! The captain's girl buys them for me; she spoils me."),
    (ANIMAL, "长颈鹿！这个我最喜欢啦，他们说我是小长颈鹿。"),
    (ANIMAL, "我最喜欢长颈鹿！这个小朋友也喜欢，他是我同桌。"),
    (ANIMAL, "这个嘛，长颈鹿！他长得最高。"),
])
def test_the_characters_own_voice_is_paid(t, answer):
    assert keyword_accuracy(answer, t) == 1.0, answer


SHIP = GroundTruth(answer="The Marigold, and she's the fastest schooner out of Lunenburg.", keywords=(("Marigold",),),
                   negative_keywords=("Osprey",), language="en", question="Which schooner do you captain?", subject="self")


@pytest.mark.parametrize("answer", ["The Marigold, and she's the fastest schooner out of Lunenburg.",
                                    "The schooner's the Marigold; she's quick."])
def test_a_description_that_is_the_value_or_the_asked_thing_is_no_narrator(answer):
    assert keyword_accuracy(answer, SHIP) == 1.0, answer
