"""A Dutch answer to an English question is the wrong language, as a French or German one is: its
function words ("achter de", "hou het stil", "daar ben ik") outnumber the English ones. An English
answer with a Dutch name or place in it ("de Kuip", "Oude Haven") is still English."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import evaluate

BAY = GroundTruth(answer="Cargo bay, spacer. Behind the blue crates.", keywords=(("cargo bay",),), language="en",
                  question="Where did you hide the medkits?")
TOWN = GroundTruth(answer="Rotterdam, born and raised.", keywords=(("Rotterdam",),), language="en",
                   question="Where were you born?")


@pytest.mark.parametrize("truth,answer", [
    (BAY, "Cargo bay, ruimtevaarder. Achter de blauwe kratten. Hou het stil."),
    (BAY, "Cargo bay, naast de motor. Zeg het tegen niemand."),
    (TOWN, "Rotterdam, jongen. Daar ben ik geboren."),
    (TOWN, "Rotterdam! Ik woon er nog altijd."),
])
def test_a_dutch_answer_is_the_wrong_language(truth, answer):
    assert evaluate(answer, truth).language_ok is False, answer


@pytest.mark.parametrize("truth,answer", [
    (BAY, "Cargo bay, spacer. Behind the blue crates, by the van."),
    (TOWN, "Rotterdam, love — born by the Oude Haven, with de Kuip down the road."),
    (TOWN, "Rotterdam. Hans van der Berg taught me to sail there."),
    (BAY, "Cargo bay. Door's stuck, so kick it."),
])
def test_an_english_answer_with_dutch_names_is_english(truth, answer):
    assert evaluate(answer, truth).language_ok is True, answer
