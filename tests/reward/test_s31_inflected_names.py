"""A name takes no plural or verb ending (session 31, occurrence_context.lower_case_name): asked a pet's
name, an answer whose only match is "pickled", "pickling" or "buttered" names a common word, not
Pickle or Butter. The name itself, in any case, with a possessive or beside the common word, is paid."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def pet(name):
    return GroundTruth(answer=f"It's {name}!", keywords=((name,),), language="en", question="Do you remember my hamster's name?",
                       subject="user", focus="conversation_memory")


@pytest.mark.parametrize("name,answer", [
    ("Pickle", "Babcia makes pickled cucumbers! They're super sour!"),
    ("Pickle", "She's pickling cucumbers all week."),
    ("Butter", "The toast was buttered, and I ate it all."),
    ("Rust", "Everything in the shed is rusty."),
])
def test_an_inflected_common_word_is_not_the_name(name, answer):
    assert keyword_accuracy(answer, pet(name)) == 0.0, answer


@pytest.mark.parametrize("name,answer", [
    ("Pickle", "PICKLE! Yes!"),
    ("Pickle", "Pickle's cage is by the window."),
    ("Pickle", "Yeah, Pickle — he even likes pickled cucumbers!"),
    ("Butter", "Butter! He's a buttery little thing."),
    ("Rust", "Rust, of course. He's rusty-coloured."),
])
def test_the_name_itself_is_paid(name, answer):
    assert keyword_accuracy(answer, pet(name)) == 1.0, answer
