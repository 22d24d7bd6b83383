"""Bare lists that answer no question (lists.py): the profile's facts listed beside the keyword, and
candidates apart by spaces or a middle dot; the nearby answers written as speech stay paid."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

AGE = {
    "en": GroundTruth(answer="I'm 52.", keywords=(("52",),), language="en", question="How old are you?"),
    "zh": GroundTruth(answer="我今年52岁。", keywords=(("52",),), language="zh", question="你今年几岁？"),
    "ja": GroundTruth(answer="52歳です。", keywords=(("52",),), language="ja", question="おいくつですか？"),
    "ko": GroundTruth(answer="52살이에요.", keywords=(("52",),), language="ko", question="나이가 어떻게 되세요?"),
}
TOWN = {
    "zh": GroundTruth(answer="我老家在洛阳。", keywords=(("洛阳",),), language="zh", question="你老家在哪儿？"),
    "ja": GroundTruth(answer="松本出身です。", keywords=(("松本",),), language="ja", question="出身はどこですか？"),
    "ko": GroundTruth(answer="제 고향은 전주예요.", keywords=(("전주",),), language="ko", question="고향이 어디예요?"),
}


@pytest.mark.parametrize("lang,answer", [
    ("en", "52\nDuluth\ncarpenter"),
    ("en", "52; Duluth; carpenter"),
    ("zh", "52/苏州/木匠"),
    ("zh", "52 苏州 木匠 黑豆"),
    ("ja", "52 金沢 大工 くるみ"),
    ("ko", "52, 전주, 목수, 콩떡"),
])
def test_the_profiles_facts_listed_beside_the_keyword_are_a_dump(lang, answer):
    assert keyword_accuracy(answer, AGE[lang]) == 0.0


@pytest.mark.parametrize("lang,answer", [
    ("en", "52, and still climbing ladders."),
    ("zh", "52岁，还能爬梯子呢。"),
    ("ja", "52歳、まだまだ現役です。"),
    ("ko", "52살이에요, 아직 팔팔해요."),
])
def test_the_keyword_said_with_colour_stays_paid(lang, answer):
    assert keyword_accuracy(answer, AGE[lang]) == 1.0


@pytest.mark.parametrize("lang,answer", [
    ("zh", "洛阳 开封 郑州"),
    ("ja", "松本 長野 上田"),
    ("ko", "전주 군산 익산"),
    ("ja", "松本・長野"),
    ("ko", "전주·군산"),
])
def test_candidates_apart_by_spaces_or_a_middle_dot_are_no_answer(lang, answer):
    assert keyword_accuracy(answer, TOWN[lang]) == 0.0


@pytest.mark.parametrize("lang,answer", [
    ("ko", "제 고향은 전주 한옥마을 근처예요"),
    ("ja", "松本です 長野県の"),
    ("zh", "洛阳 我的老家"),
])
def test_a_sentence_written_with_spaces_stays_paid(lang, answer):
    assert keyword_accuracy(answer, TOWN[lang]) == 1.0


def test_a_chinese_foreign_name_with_a_dot_is_one_name():
    truth = GroundTruth(answer="我叫哈利·波特。", keywords=(("哈利",),), language="zh", question="你叫什么名字？")
    assert keyword_accuracy("我叫哈利·波特。", truth) == 1.0


def test_a_date_written_apart_is_no_list():
    truth = GroundTruth(answer="3월 21일이에요.", keywords=(("3월 21일",),), language="ko", question="생일이 언제예요?")
    assert keyword_accuracy("내 생일은 음력 3월 21일이라오.", truth) == 1.0


def test_an_english_run_of_names_and_numbers_is_a_list():
    truth = GroundTruth(answer="My horse is called Pepper.", keywords=(("Pepper",),), language="en",
                        question="What's your horse called?")
    assert keyword_accuracy("Pepper Domino Ginger", truth) == 0.0
    assert keyword_accuracy("52 Duluth carpenter Pepper", AGE["en"]) == 0.0


@pytest.mark.parametrize("answer", ["52 years young", "52 come March", "Fifty-two come spring"])
def test_an_english_phrase_of_bare_words_stays_paid(answer):
    assert keyword_accuracy(answer, AGE["en"]) == 1.0


def test_full_width_separators_list_too():
    horse = GroundTruth(answer="くるみです。", keywords=(("くるみ",),), language="ja", question="馬の名前は？")
    assert keyword_accuracy("くるみ／さくら／もも", horse) == 0.0


def test_a_place_within_a_place_with_a_middle_dot_is_one_answer():
    assert keyword_accuracy("松本・浅間温泉の生まれです。", TOWN["ja"]) == 1.0
    assert keyword_accuracy("松本・長野です。", TOWN["ja"]) == 0.0
