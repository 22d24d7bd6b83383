"""Session 32 (r3): what a number means in its place. Asked which room (a label), the keyword's number
said as a count of something else ("mind the 7 steps", "上七级台阶") names no room; the label itself, or a
count beside it, is paid."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

ROOM = {"en": GroundTruth(answer="Room 7, dearie.", keywords=(("7",),), negative_keywords=("4",), language="en",
                          question="Sorry, which room was mine again?", subject="user"),
        "zh": GroundTruth(answer="7号房。", keywords=(("7",),), negative_keywords=("4",), language="zh",
                          question="我住几号房间来着？", subject="user")}


@pytest.mark.parametrize("lang,answer", [
    ("en", "Second door on the left, dearie, and mind the 7 steps on the stair."),
    ("en", "Up the stairs; it takes 7 minutes to find, mind."), ("en", "Past the 7 barrels, love, you can't miss it."),
    ("zh", "上楼左手第二间，小心那7级台阶。"), ("zh", "走7步就到了，左手边那间。"), ("zh", "楼上那间，7个窗户朝南的。"),
])
def test_the_number_as_a_count_of_something_else_names_no_room(lang, answer):
    assert keyword_accuracy(answer, ROOM[lang]) == 0.0, answer


@pytest.mark.parametrize("lang,answer", [
    ("en", "Room 7, dearie. Mind the 3 steps."), ("en", "Number 7, up the stairs."), ("en", "It's 7, love. Second door."),
    ("zh", "7号房，上楼左手。"), ("zh", "7号，走几步就到。"), ("zh", "就是7号，三级台阶上去。"),
])
def test_the_label_is_still_paid(lang, answer):
    assert keyword_accuracy(answer, ROOM[lang]) == 1.0, answer
