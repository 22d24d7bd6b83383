"""Spellings and scripts of a right answer (session 29): Cantonese characters of CJK extension A
(㗎, 㖭) are Han, not kana; a Japanese compound with one kanji in kana (油あげ, あぶら揚げ); the old
English unit-before-tens number ("two-and-twenty"); Korean traditional lengths in native numerals
(여섯 자 한 치). The wrong value in the same form stays refused."""

from __future__ import annotations

import pytest

from raiden_r1.canon import canonical
from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.fasttext import detect_language_fast
from raiden_r1.reward.vrar import keyword_accuracy


def truth(language, keyword, question, negatives=()):
    return GroundTruth(answer=keyword, keywords=((keyword,),), language=language, question=question,
                       negative_keywords=tuple(negatives))


@pytest.mark.parametrize("text", ["喺旺角㗎！", "係咪㗎，佢喺深水埗。", "老字號嚟㗎", "我哋㖭係咁"])
def test_cantonese_extension_a_characters_are_chinese(text):
    assert detect_language_fast(text, "zh") == "zh"


@pytest.mark.parametrize("text", ["旺角です。", "ここは深水埗ですよ。"])
def test_real_kana_is_still_japanese(text):
    assert detect_language_fast(text, "zh") == "ja"


@pytest.mark.parametrize("answer", ["喺旺角㗎！老字號嚟㗎。", "旺角囉，開咗廿年㗎喇。"])
def test_a_cantonese_answer_is_paid(answer):
    assert keyword_accuracy(answer, truth("zh", "旺角", "你间铺开喺边度？", ("铜锣湾",))) == 1.0, answer


def test_a_cantonese_answer_with_the_other_place_is_refused():
    assert keyword_accuracy("喺铜锣湾㗎！", truth("zh", "旺角", "你间铺开喺边度？", ("铜锣湾",))) == 0.0


@pytest.mark.parametrize("keyword,answer", [("油揚げ", "油あげが好きじゃ。"), ("油揚げ", "あぶら揚げじゃな。"),
                                            ("焼き鳥", "焼きとりが一番！")])
def test_a_compound_with_one_kanji_in_kana_is_paid(keyword, answer):
    assert keyword_accuracy(answer, truth("ja", keyword, "好きな食べ物は？", ("団子",))) == 1.0, answer


@pytest.mark.parametrize("keyword,answer", [("油揚げ", "だんごが好きじゃ。"), ("油揚げ", "油が好きじゃ。")])
def test_another_food_or_a_part_of_the_compound_is_refused(keyword, answer):
    assert keyword_accuracy(answer, truth("ja", keyword, "好きな食べ物は？", ("団子",))) == 0.0, answer


@pytest.mark.parametrize("text,canon", [("two-and-twenty", "22"), ("four and twenty blackbirds", "24 blackbirds"),
                                        ("one-and-thirty years", "31 years"), ("seven and three quarters", "7 and 3 quarters")])
def test_the_old_unit_before_tens_form(text, canon):
    assert canonical(text) == canon


def test_two_and_twenty_is_paid_and_four_and_twenty_is_not():
    t = truth("en", "22", "How old are you?")
    assert keyword_accuracy("Two-and-twenty this Lammas, sir.", t) == 1.0
    assert keyword_accuracy("Four-and-twenty this Lammas, sir.", t) == 0.0


@pytest.mark.parametrize("text,canon", [("여섯 자 한 치", "6자 1치"), ("키가 다섯 자 남짓", "키가 5자 남짓"),
                                        ("두 자리", "두 자리"), ("자, 가자", "자 가자")])
def test_korean_traditional_lengths_in_native_numerals(text, canon):
    assert canonical(text) == canon


def test_a_traditional_length_in_words_is_paid_and_another_is_refused():
    t = truth("ko", "6자 1치", "장군의 키가 얼마요?")
    assert keyword_accuracy("여섯 자 한 치요.", t) == 1.0
    assert keyword_accuracy("다섯 자 한 치요.", t) == 0.0
