"""Another person signing on in the character's place ("This is Dr. Imani Okafor speaking.", "It's Sam,
mate — I'm having…", "Captain's log, Mara Voss: …"): not the character speaking, whoever the name
is. A name the question asks for ("It's Biscuit"), a day ("It's Tuesday, mate — I'm guessing…") or
a vocative ("Right, Mara Voss: oat.") is no sign-on."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.matching import prepared_truth
from raiden_r1.reward.sign_on import another_sign_on
from raiden_r1.reward.vrar import keyword_accuracy

ORDER = GroundTruth(answer="Oat flat white, mate.", keywords=(("oat",),), negative_keywords=("mocha",), language="en",
                    question="What did I order?", focus="conversation_memory", subject="user")
DOG = GroundTruth(answer="Biscuit.", keywords=(("Biscuit",),), negative_keywords=(), language="en",
                  question="What's your dog called?")


@pytest.mark.parametrize("answer", [
    "This is Dr. Imani Okafor speaking. You ordered the oat.", "Sam here — you ordered the oat.",
    "It's Sam, mate — I'm having the iced mocha, and you ordered an oat flat white.",
    "Captain's log, Mara Voss: you ordered the oat.", "Mara Voss: you ordered the oat.",
])
def test_another_persons_sign_on_is_refused(answer):
    assert keyword_accuracy(answer, ORDER) == 0.0, answer


@pytest.mark.parametrize("answer", [
    "Right, Mara Voss: oat, as always.",
    "You ordered the oat, mate. This is Jules's cart, I never forget an order.",
])
def test_a_day_a_vocative_or_a_later_name_is_no_sign_on(answer):
    assert keyword_accuracy(answer, ORDER) == 1.0, answer


def test_the_name_asked_for_is_no_sign_on():
    assert keyword_accuracy("It's Biscuit, mate — I'm mad about him.", DOG) == 1.0


def test_a_day_is_no_name_signing_on():
    assert another_sign_on("It's Tuesday, mate — I'm guessing the oat.", prepared_truth(ORDER)) is None
