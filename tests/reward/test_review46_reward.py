"""Right answers a data reviewer wrote that the reward refused: a Latin name answered alone in a
CJK record ("Tina。"), a catchphrase that is itself a retort question ("됐거든?"), and two terse
sentences read as a list of bare words ("Imani Soto. Runs Halcyon security now."). Their gaming
twins stay refused: an English sentence to a Chinese question, a keyword asked back, a list of
names written as sentences."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import evaluate, keyword_accuracy


def score(answer, truth):
    e = evaluate(f"<think>想一想。</think>{answer}", truth)
    return e.accuracy * (1.0 if e.language_ok else 0.5)


ENGLISH_NAME = GroundTruth(answer="我的英文名叫Tina。", keywords=(("Tina",),), language="zh", question="你的英文名叫什么？")
RETORT = GroundTruth(answer="됐거든?", keywords=(("됐거든",),), language="ko", question="입버릇이 뭐야?")
EX = GroundTruth(answer="Commander Imani Soto runs security.", keywords=(("Imani Soto", "Imani"),), language="en",
                 question="Who's your ex?")
JA_NAME = GroundTruth(answer="英語名はKenです。", keywords=(("Ken",),), language="ja", question="英語の名前は？")


@pytest.mark.parametrize("answer,truth", [
    ("Tina。", ENGLISH_NAME), ("叫Tina。", ENGLISH_NAME), ("Kenです。", JA_NAME),
    ("됐거든?", RETORT), ("내 입버릇? 됐거든?", RETORT),
    ("Imani Soto. Runs Halcyon security now.", EX),
])
def test_right_answers_are_paid(answer, truth):
    assert score(answer, truth) == 1.0, answer


@pytest.mark.parametrize("answer,truth", [
    ("My English name is Tina.", ENGLISH_NAME),
    ("Tina, which I picked myself.", ENGLISH_NAME),
    ("Imani. Felix. Hollis. Ratchet.", EX),
])
def test_their_gaming_twins_are_not(answer, truth):
    assert score(answer, truth) < 1.0, answer


def test_a_keyword_said_plainly_in_the_gold_is_still_asked_back_when_asked():
    truth = GroundTruth(answer="Marmalade? Yes, Marmalade.", keywords=(("Marmalade",),), language="en", question="Cat's name?")
    assert keyword_accuracy("Marmalade?", truth) == 0.0
