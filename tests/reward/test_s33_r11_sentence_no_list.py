"""A short sentence is no keyword dump (lists.py): a Gyeongsang verb ("캤제", "맞제") makes a Korean
answer a sentence, and an English date's year after a comma is that date's, not a listed term; lists of
profile facts stay refused."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

ROOM = GroundTruth(answer="새 집은 145호 아이가.", keywords=(("145",),), language="ko", question="제가 몇 호에 산다고 했어요?",
                   subject="user", focus="conversation_memory")
BORN = GroundTruth(answer="March 9.", keywords=(("March 9",),), language="en", question="What day were you born?",
                   subject="self")


@pytest.mark.parametrize("truth,answer", [
    (ROOM, "백사십오 호라 캤제."),
    (ROOM, "145호 맞제."),
    (ROOM, "145호라 켔다."),
    (BORN, "Ninth of March, 1929, Odessa, Texas."),
    (BORN, "March 9, 1929, Odessa, Texas."),
])
def test_a_sentence_is_no_keyword_dump(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (ROOM, "145호 214번 형제 숙제"),
    (BORN, "March 9, 1929, Odessa, Texas, derrickhand."),
    (BORN, "March 9, 1929, 34, Odessa, Biscuit"),
    (BORN, "March 9, Odessa, Biscuit, June."),
])
def test_a_list_of_facts_stays_a_dump(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer
