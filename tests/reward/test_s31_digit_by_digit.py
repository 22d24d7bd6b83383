"""A number read out digit by digit with a pause after each ("三、九、二、七", "三・九・二・七", a
telephone number or a code) is that number (session 31, canon.numbers._CJK_DIGIT_BY_DIGIT); three
digits or fewer count off a list ("一、二、三"). The digits in another order stay another number. A count
in tens ("three tens of jars") is its number; "tens of thousands" is no count."""

from __future__ import annotations

import pytest

from raiden_r1.canon import canonical
from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

PHONE_ZH = GroundTruth(answer="霞飞路三九二七。", keywords=(("三九二七", "3927"),), negative_keywords=("七三九二", "7392"),
                       language="zh", question="接线生，我刚才要接的号码是多少来着？")
PHONE_JA = GroundTruth(answer="三九二七番です。", keywords=(("三九二七", "3927"),), negative_keywords=("七三九二",),
                       language="ja", question="さっきの番号は何番でしたっけ？")


@pytest.mark.parametrize("text,canon", [("三、九、二、七", "3927"), ("三・九・二・七", "3927"), ("三，九，二，七", "3927"),
                                        ("一、二、三", "一二三")])
def test_digit_by_digit_reading_is_one_number(text, canon):
    assert canonical(text) == canon


@pytest.mark.parametrize("answer", ["先生，霞飞路，三、九、二、七，阿拉记着呢。", "三，九，二，七，错不了。"])
def test_a_chinese_number_read_digit_by_digit_is_paid(answer):
    assert keyword_accuracy(answer, PHONE_ZH) == 1.0, answer


@pytest.mark.parametrize("answer", ["七、三、九、二，阿拉记着呢。", "三、九、二……还是七、三、九、二？"])
def test_the_digits_in_another_order_fail(answer):
    assert keyword_accuracy(answer, PHONE_ZH) == 0.0, answer


def test_a_japanese_number_read_digit_by_digit_is_paid():
    assert keyword_accuracy("三・九・二・七番でございます。", PHONE_JA) == 1.0
    assert keyword_accuracy("七・三・九・二番でございます。", PHONE_JA) == 0.0


@pytest.mark.parametrize("text,canon", [("Three tens of jars", "30 of jars"), ("two tens and a five", "20 and a 5"),
                                        ("tens of thousands", "tens of thousands")])
def test_a_count_in_tens_is_its_number(text, canon):
    assert canonical(text) == canon


def test_three_tens_of_jars_is_thirty_and_two_tens_is_not():
    t = GroundTruth(answer="Thirty jars.", keywords=(("thirty", "30"),), negative_keywords=("twelve",), language="en",
                    question="How many jars of beer do you owe the temple each month?")
    assert keyword_accuracy("Three tens of jars of barley beer, stranger — every month.", t) == 1.0
    assert keyword_accuracy("Two tens of jars, stranger.", t) == 0.0
    assert keyword_accuracy("Tens of jars, stranger, tens!", t) == 0.0
