"""Session 32 (r1, s21en-023): a Spanish sentence around an English keyword ("Estudio marine biology en la
Universidad de Leeds, ¡me encanta, de verdad!") is a wrong-language answer: "la", "de" and a few frequent
Spanish words count as Spanish function words. English that borrows them ("the Hotel de la Mer", "la la la")
stays English."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import evaluate


def course():
    return GroundTruth(answer="Marine biology!", keywords=(("marine biology",),), language="en",
                       question="What are you studying at uni?")


@pytest.mark.parametrize("answer", [
    "Estudio marine biology en la Universidad de Leeds, ¡me encanta, de verdad!", "Marine biology, de verdad, me encanta.",
    "Trabajo en la cafetería, pero estudio marine biology.",
])
def test_spanish_around_an_english_keyword_is_the_wrong_language(answer):
    assert not evaluate(answer, course()).language_ok, answer


@pytest.mark.parametrize("answer", [
    "Marine biology! I stayed at the Hotel de la Mer once, honestly.", "Marine biology, like, honestly. La la la, I love it.",
    "Marine biology at Leeds — the Universidad de Leeds, my Spanish friend calls it.",
])
def test_english_borrowing_a_spanish_word_stays_english(answer):
    assert evaluate(answer, course()).language_ok, answer
