"""Right answers a reviewer wrote that the reward refused (the character's own saying "我常说：…", a
kana name before a Kyoto copula "文鳥のこはくどす", a hyphenated surname answering the name question,
"칠월 보름" for the 15th), and a wrong one it paid (a description glued to a pet's name in the profile,
"白い文鳥の「こはく」", made "白い文鳥の" an answer)."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth, record_ground_truth
from raiden_r1.data.people import other_name_forms
from raiden_r1.data.schema import Record
from raiden_r1.reward.vrar import keyword_accuracy


@pytest.mark.parametrize("truth,right,wrong", [
    (GroundTruth(answer="水滴石穿。", keywords=(("水滴石穿",),), language="zh", question="你的口头禅？"),
     "我常说：水滴石穿。", "我师父常说：水滴石穿。"),
    (GroundTruth(answer="ましろどす。", keywords=(("ましろ",),), language="ja", question="猫の名前は？"),
     "白猫のましろどす。", "ましろなんて知りまへん。"),
    (GroundTruth(answer="My name is Adaeze Nwosu-Banks.", keywords=(("Adaeze Nwosu-Banks", "Adaeze"),), language="en",
                 question="What's your name?", character_name="Adaeze Nwosu-Banks"),
     "Adaeze Nwosu-Banks.", "Is it Adaeze Nwosu-Banks?"),
    (GroundTruth(answer="팔월 보름이다.", keywords=(("8월 15일",),), language="ko", question="생일이 언제야?"),
     "음력 팔월 보름이다.", "팔월 그믐이다."),
])
def test_reviewers_right_answers(truth, right, wrong):
    assert keyword_accuracy(right, truth) == 1.0, right
    assert keyword_accuracy(wrong, truth) == 0.0, wrong


def test_a_description_before_a_quoted_pet_name_is_no_name():
    assert dict(other_name_forms({"ペット": "白い文鳥の「ましろ」"}, "ja")) == {"ましろ": ("ましろ",)}
    rec = record_ground_truth(Record.model_validate({
        "character_name": "豆菊", "character_profile": {"名前": "豆菊", "ペット": "白い文鳥の「ましろ」"}, "conversation_history": [],
        "question": "文鳥の名前は？", "answer": "ましろどす。", "keywords": ["ましろ"], "negative_keywords": [],
        "question_type": "what", "validation_method": "single_term_validation", "difficulty": "easy",
        "metadata": {"language": "ja", "focus": "script_knowledge"}}))
    assert keyword_accuracy("白い文鳥のぴーちゃんどす。", rec) == 0.0
