"""Session 32 (r3): a number written in another notation is the same number: Roman numerals ("XXII
years"), a height in metres and centimetres ("one metre eighty" for 180 cm), a year clipped after an
apostrophe ("summer of '58"), an age in Chinese numerals before 周岁 ("五周岁"). Each both ways: the
restatement paid, a wrong number in the same notation (or the notation with nothing to mark it) refused."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def truth(answer, key, negs, lang="en", question="How many years?"):
    return GroundTruth(answer=answer, keywords=((key,),), negative_keywords=tuple(negs), language=lang,
                       question=question, subject="self")


YEARS = truth("22 years, my child.", "22", ("15", "37"), question="How many years have you served, Brother?")
BORN = truth("1958, in Seville.", "1958", ("1961",), question="What year were you born?")


@pytest.mark.parametrize("answer", ["XXII years, my child.", "I have served XXII years.", "Verily, XXII winters.",
                                    "Full XXII years in this abbey."])
def test_roman_numerals_are_the_number(answer):
    assert keyword_accuracy(answer, YEARS) == 1.0, answer


@pytest.mark.parametrize("answer", ["XV years, my child.", "XXI years, my child.", "XXXVII years.", "Some years, my child."])
def test_another_roman_number_is_refused(answer):
    assert keyword_accuracy(answer, YEARS) == 0.0, answer


def test_roman_year_is_the_year():
    assert keyword_accuracy("Anno MCMLVIII, in Seville.", BORN) == 1.0


def test_roman_spelling_that_is_a_word_is_no_number():
    eleven = truth("11 of them.", "11", ("12",), question="How many cats?")
    assert keyword_accuracy("Xi keeps them, not me.", eleven) == 0.0


HEIGHT = truth("180 centimetres, my friend.", "180", ("150", "80"), question="How long did you cut the panels?")


@pytest.mark.parametrize("answer", ["One metre eighty, my friend.", "1m80, exactly.", "One metre eighty.", "One metre eighty: thirty more than the old one.",
                                    "I cut them one metre eighty long."])
def test_metres_and_centimetres_are_the_height(answer):
    assert keyword_accuracy(answer, HEIGHT) == 1.0, answer


@pytest.mark.parametrize("answer", ["One metre fifty, my friend.", "1m50, exactly.", "Eighty, my friend.",
                                    "One metre, my friend."])
def test_another_metre_height_is_refused(answer):
    assert keyword_accuracy(answer, HEIGHT) == 0.0, answer


@pytest.mark.parametrize("answer", ["Summer of '58, mija.", "Class of '58.", "Back in '58.", "'58, in June."])
def test_a_year_clipped_after_an_apostrophe_is_the_year(answer):
    assert keyword_accuracy(answer, BORN) == 1.0, answer


@pytest.mark.parametrize("answer", ["Summer of '61, mija.", "58 of us were born that summer.", "The code was '58'.",
                                    "Summer of '85."])
def test_another_clipped_year_or_a_bare_number_is_refused(answer):
    assert keyword_accuracy(answer, BORN) == 0.0, answer


AGE = truth("5岁了。", "5岁", ("7岁", "3岁"), lang="zh", question="你女儿今年多大了？")
AGE12 = truth("12岁了。", "12岁", ("13岁",), lang="zh", question="你儿子今年多大了？")


@pytest.mark.parametrize("answer", ["朵朵今年五周岁啦。", "五周岁了，上中班。", "满五周岁了。"])
def test_full_years_in_chinese_numerals_are_the_age(answer):
    assert keyword_accuracy(answer, AGE) == 1.0, answer


def test_two_digit_full_years_in_chinese_numerals():
    assert keyword_accuracy("十二周岁了。", AGE12) == 1.0


@pytest.mark.parametrize("answer", ["七周岁啦。", "三周岁。", "五周了。", "十五周岁了。"])
def test_another_full_years_age_is_refused(answer):
    assert keyword_accuracy(answer, AGE) == 0.0, answer


def test_metres_and_centimetres_in_a_japanese_answer_are_the_height():
    t = truth("わしは178センチじゃ。", "178cm", ("168cm",), lang="ja", question="身長はどれくらいですか？")
    assert keyword_accuracy("1m78といったところじゃ。", t) == 1.0
