"""Asked where the character is from, the place said only as a modifier of another thing a verb takes
(place_modifier.py) is not the answer; a noun of people, a part of the place, an origin word or a second
mention keep it one."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

TOWN = {
    "ja": GroundTruth(answer="松本出身です。", keywords=(("松本",),), language="ja", question="出身はどこですか？"),
    "ko": GroundTruth(answer="제 고향은 전주예요.", keywords=(("전주",),), language="ko", question="고향이 어디예요?"),
}


@pytest.mark.parametrize("lang,answer", [
    ("ja", "松本城に毎年行きます。"),
    ("ja", "松本の蕎麦が大好きです。"),
    ("ko", "전주 비빔밥을 좋아해요."),
    ("ko", "전주 한옥마을에 자주 가요."),
])
def test_the_place_as_a_modifier_of_another_thing_is_not_the_answer(lang, answer):
    assert keyword_accuracy(answer, TOWN[lang]) == 0.0


@pytest.mark.parametrize("lang,answer", [
    ("ja", "松本の人間です。"),
    ("ja", "松本市に実家があります。"),
    ("ja", "松本の病院で生まれました。"),
    ("ja", "松本の蕎麦が好きです。松本育ちなので。"),
    ("ja", "俺は松本の出ですよ。"),
    ("ko", "전주 사람이 맞아요."),
    ("ko", "전주 시내에서 태어났어요."),
    ("ko", "전주 토박이예요."),
])
def test_the_place_with_people_parts_origin_or_a_second_mention_is_paid(lang, answer):
    assert keyword_accuracy(answer, TOWN[lang]) == 1.0


def test_a_place_modifier_is_read_only_for_a_where_question():
    truth = GroundTruth(answer="くるみです。", keywords=(("くるみ",),), language="ja", question="馬の名前は？")
    assert keyword_accuracy("くるみの世話が大変です。", truth) == 1.0
