"""A self-namer's own sentence pays; narration and other subjects stay refused (review 70: "KESTREL-9
logged it: ..." read as a script label, "KESTREL-9 recalls the rabbit's name" as claiming the
user's fact). Ground truths invented here."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def _age(self_name: bool) -> GroundTruth:
    return GroundTruth(answer="ORBIT-3 is 9 years old.", keywords=(("9",),), language="en", question="How old are you?",
                       character_name="ORBIT-3", self_name=self_name, subject="self", others=("Dana Voss",))


def _pet() -> GroundTruth:
    return GroundTruth(answer="Your rabbit is Clementine.", keywords=(("Clementine",),), negative_keywords=("Pickles",),
                       language="en", question="What did I name my rabbit?", character_name="ORBIT-3", self_name=True,
                       subject="user")


@pytest.mark.parametrize("answer", ["ORBIT-3 logged it: 9 years since activation.", "ORBIT-3 has been active for 9 years."])
def test_a_self_namers_sentence_is_paid(answer):
    assert keyword_accuracy(answer, _age(True)) == 1.0


@pytest.mark.parametrize("answer", ["ORBIT-3: 9.", "ORBIT-3 says: 9.", "ORBIT-3 (dryly): 9."])
def test_a_speaker_label_of_a_self_namer_stays_a_script_line(answer):
    assert keyword_accuracy(answer, _age(True)) == 0.0


def test_a_card_that_does_not_say_so_still_refuses_narration():
    assert keyword_accuracy("ORBIT-3 logged it: 9 years since activation.", _age(False)) == 0.0


def test_another_characters_name_as_subject_stays_refused():
    assert keyword_accuracy("Dana Voss is 9 years old.", _age(True)) == 0.0


def test_a_self_namer_recalling_the_users_fact_is_paid():
    assert keyword_accuracy("ORBIT-3 recalls the rabbit's name: Clementine.", _pet()) == 1.0


def test_a_self_namer_claiming_the_users_fact_stays_refused():
    assert keyword_accuracy("ORBIT-3's rabbit is Clementine.", _pet()) == 0.0
