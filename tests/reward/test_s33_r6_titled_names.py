"""The character named by title and family name ("Captain Thorne" for Captain Elias Thorne, "陈姐"
for 陈桂芳) in the third person is narration, as the full name is; the character saying it of
itself in the first person is still paid."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

EN = GroundTruth(answer="Never, lad. I'm a teetotaller.", keywords=(("teetotaller", "teetotal"),), language="en",
                 question="Do ye take a tot of rum with the crew, Captain?", character_name="Captain Elias Thorne")
ZH = GroundTruth(answer="西南财大噻！读金融的。", keywords=(("西南财大", "西南财经大学"),), language="zh",
                 question="你女儿报的哪个学校来着？", character_name="陈桂芳")
EN2 = GroundTruth(answer="Forty-one years, love.", keywords=(("41",),), language="en",
                  question="How long did you skipper the ferry?", character_name="Doctor Margaret Doyle")


@pytest.mark.parametrize("truth,answer", [
    (EN, "Captain Thorne is a teetotaller. He allows no rum aboard."),
    (EN2, "Doctor Doyle skippered it 41 years, so she did."),
    (ZH, "陈姐的女子报的西南财大，她读书可用功了。"),
])
def test_the_character_narrated_by_title_and_family_name_earns_nothing(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (EN, "Never, lad. I'm a teetotaller, always have been."),
    (EN2, "41 years I was at that wheel, love."),
    (ZH, "我闺女报的西南财大噻！"),
    (ZH, "西南财大！读金融的。"),
])
def test_the_character_in_the_first_person_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("answer", [
    "I'm Captain Thorne, and a teetotaller these thirty years.",
])
def test_the_character_naming_itself_by_title_is_paid(answer):
    assert keyword_accuracy(answer, EN) == 1.0, answer
