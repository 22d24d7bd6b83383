"""A number keyword with its unit ("27岁", "180 cm") is also said bare ("二十七了", "I'm 180"), and a
height in metres ("一米八", "1.8 m") is the same height; another unit after the number is still wrong."""

from __future__ import annotations

import pytest

from raiden_r1.canon import canonical
from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def truth(language, keyword, question):
    return GroundTruth(answer=keyword, keywords=((keyword,),), language=language, question=question)


@pytest.mark.parametrize("text,canon", [("一米八", "180 cm"), ("1米8", "180 cm"), ("1.8 metres", "180 cm"),
                                        ("1.75 m", "175 cm"), ("一米八五", "185 cm"), ("3.14", "3 14")])
def test_heights_in_metres_are_centimetres(text, canon):
    assert canonical(text) == canon


@pytest.mark.parametrize("language,keyword,question,answer", [
    ("zh", "27岁", "你多大了？", "二十七了。"),
    ("ja", "27歳", "おいくつですか？", "二十七です。"),
    ("ko", "27살", "몇 살이에요?", "스물일곱이에요."),
    ("en", "27 years old", "How old are you?", "I'm 27, since you ask."),
    ("zh", "180厘米", "你多高？", "一米八。"),
    ("ja", "180センチ", "身長は？", "180です。"),
    ("ko", "180cm", "키가 어떻게 돼요?", "1미터 80이요."),
    ("en", "180 cm", "How tall are you?", "1.8 metres in my boots."),
    ("zh", "3月14日", "你生日是哪天？", "我是三月十四出生的。"),
    ("ja", "3月14日", "誕生日はいつ？", "3月14だよ、ホワイトデー！"),
])
def test_a_measure_said_bare_or_in_other_units_of_the_same_kind_is_paid(language, keyword, question, answer):
    assert keyword_accuracy(answer, truth(language, keyword, question)) == 1.0, answer


@pytest.mark.parametrize("language,keyword,question,answer", [
    ("zh", "27岁", "你多大了？", "我体重27公斤。"),
    ("en", "180 cm", "How tall are you?", "180 pounds of muscle."),
    ("zh", "3月14日", "你生日是哪天？", "3月140天以后。"),
    ("ja", "27歳", "おいくつですか？", "1927年生まれです。"),
])
def test_the_bare_number_does_not_stand_for_another_quantity(language, keyword, question, answer):
    assert keyword_accuracy(answer, truth(language, keyword, question)) == 0.0, answer


@pytest.mark.parametrize("answer,keyword", [("好きな花は向日葵です。", "ひまわり"), ("猫の名前は小麦だよ。", "こむぎ"),
                                            ("苺大福が大好き！", "いちごだいふく")])
def test_a_kana_keyword_written_in_kanji_by_the_answer_is_paid(answer, keyword):
    assert keyword_accuracy(answer, truth("ja", keyword, "好きなものは？")) == 1.0, answer


def test_a_two_kana_keyword_is_not_read_from_kanji():
    # はし is 橋, 箸 and 端: too many homophones to read one from kanji
    assert keyword_accuracy("橋の上で会いました。", truth("ja", "はし", "どこで会ったの？")) == 0.0
