"""Asked where, "I'm <place>." says the character IS the place (session 35, lead: the quickstart's
trained model answered "Where were you born?" with "I'm Nairobi Spire." and was paid; its cold start
opens answers with "I'm <name>"). "I'm from / in / at X", "I'm X born and bred" and a name asked
stay paid (occurrence_context.self_as_place)."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

BORN = GroundTruth(answer="I was born in Nairobi Spire.", keywords=(("Nairobi Spire",),), language="en",
                   question="Where were you born?")
HOME = GroundTruth(answer="My hometown is Karn Vell.", keywords=(("Karn Vell",),), language="en",
                   question="Where is your hometown?")
LIVE = GroundTruth(answer="I live in Leeds, love.", keywords=(("Leeds",),), language="en", question="Where do you live?")
NAME = GroundTruth(answer="I'm Rook Ashgrove.", keywords=(("Rook Ashgrove",),), language="en", question="Who are you?")


@pytest.mark.parametrize("answer,t", [("I'm Nairobi Spire.", BORN), ("I am Nairobi Spire, friend.", BORN),
                                      ("I'm Karn Vell.", HOME), ("Im Karn Vell!", HOME), ("I'm Leeds.", LIVE),
                                      ("I am Leeds, love.", LIVE)])
def test_the_place_said_as_what_the_character_is_is_refused(answer, t):
    assert keyword_accuracy(answer, t) == 0.0, answer


@pytest.mark.parametrize("answer,t", [("I'm from Nairobi Spire.", BORN), ("Nairobi Spire. I'm proud of it.", BORN),
                                      ("I'm Karn Vell born and bred.", HOME), ("Karn Vell, always.", HOME),
                                      ("I'm in Leeds, love.", LIVE), ("I'm a Leeds lass, me: I live in Leeds.", LIVE),
                                      ("I'm Rook Ashgrove.", NAME), ("I am Rook Ashgrove, and I'll tell them straight.", NAME)])
def test_the_place_itself_and_a_name_asked_stay_paid(answer, t):
    assert keyword_accuracy(answer, t) == 1.0, answer


@pytest.mark.parametrize("answer,t", [("I'm Karn Vell, and my hometown is Karn Vell.", HOME),
                                      ("I'm Nairobi Spire. I was born in Nairobi Spire.", BORN),
                                      ("I am Leeds, love, and I live in Leeds.", LIVE)])
def test_the_false_identity_voids_a_later_right_clause(answer, t):
    # (session 36: the trained quickstart's "I'm K, and my hometown is K" was paid by its second clause)
    assert keyword_accuracy(answer, t) == 0.0, answer


@pytest.mark.parametrize("answer,t", [("I'm from Karn Vell, and my hometown is Karn Vell, always.", HOME),
                                      ("I'm in Leeds, love: I live in Leeds.", LIVE)])
def test_a_right_first_clause_with_a_second_stays_paid(answer, t):
    assert keyword_accuracy(answer, t) == 1.0, answer
