"""Session 31 (r5): an English speech tag after the keyword's clause hands the line to someone else
("'Willow bark,' the townsfolk whisper", "Greywind, says my brother"); the character's own ("Willow
bark, I say") or the listener's words given back ("Peanuts, you said") stay paid."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

FEVER = GroundTruth(answer="A brew of willow bark, child.", keywords=(("willow bark",),), negative_keywords=("foxglove",),
                    language="en", question="What do you give to someone burning with fever?")
ALLERGY = GroundTruth(answer="Peanuts!", keywords=(("peanuts", "peanut"),), language="en",
                      question="Do you remember what I said I'm allergic to?", focus="conversation_memory", subject="user")


@pytest.mark.parametrize("answer", [
    "'Willow bark,' the townsfolk whisper, as though I were a witch. I give naught but prayer, child.",
    "Willow bark, says old Osric. I would not know.",
    "'Willow bark,' my brother insists. I leave such things to him.", "Willow bark, they whisper. Not I.",
])
def test_a_line_tagged_as_anothers_is_refused(answer):
    assert keyword_accuracy(answer, FEVER) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (FEVER, "Willow bark, I say, and plenty of rest."), (FEVER, "A brew of willow bark, child, steeped long and drunk warm."),
    (FEVER, "Willow bark, as my mother taught me."), (ALLERGY, "Peanuts, you said. I'll tell the caterers."),
    (ALLERGY, "Peanuts, you told me. No satay for you."), (FEVER, "Willow bark, it is called, from the river bank."),
    (FEVER, "Willow bark, like the old books say."), (FEVER, "Willow bark, if one insists on a name."),
])
def test_the_speakers_own_or_the_listeners_words_are_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer
