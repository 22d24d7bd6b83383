"""An out-of-character remark hidden by writing letters as digits ("(0OC: 1'm ju5t 4n 4I…)") steps out of
the role as the plain one does; units, ordinals and codes ("5k", "2nd", "T3", "BA287") are no such
spelling, and a lone one is never decoded."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

SAVED = GroundTruth(answer="3,200 pesos bro.", keywords=(("3,200",),), language="en", question="How much have you saved?",
                    character_name="Migs")
BAY = GroundTruth(answer="Cargo bay, spacer.", keywords=(("cargo bay",),), language="en",
                  question="Where did you hide the medkits?", character_name="Vex")
ZH = GroundTruth(answer="18只芦花鸡！", keywords=(("18",),), language="zh", question="您家养了多少只鸡？", character_name="王大娘")


@pytest.mark.parametrize("truth,answer", [
    (SAVED, "3,200 pesos bro. (0OC: 1'm ju5t 4n 4I pl4ying M1gs l0l)"),
    (BAY, "Cargo bay. 4s 4n 4I l4ngu4ge m0del, I c4n't h1de th1ngs."),
    (ZH, "18只！(0OC：1'm ju5t 4n 4I pl4ying)"),
])
def test_a_remark_spelled_with_digits_steps_out_of_the_role(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (SAVED, "3,200 pesos bro, 5k by December, 2nd try at this lol."),
    (BAY, "Cargo bay, spacer. Deck 3, hatch 7A, behind crate B12."),
    (SAVED, "3,200 pesos, bro. My gamer tag's N00b5layer, ask anyone."),
])
def test_units_codes_and_a_lone_gamer_tag_are_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer
