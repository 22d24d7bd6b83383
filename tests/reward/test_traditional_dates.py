"""Dates said with traditional month and day names (canon/date_names.yaml) match keywords in numbers:
Korean 정월/동짓달/섣달 and the native day names up to 스무아흐레, Japanese 旧暦 month names and 朔日,
Chinese 正月/冬月/腊月 and the day after a month written without 日; a wrong day or month said the old way stays wrong, and the month names stay
names where no day follows them."""

from __future__ import annotations

import pytest

from raiden_r1.canon import canonical
from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def sbk(language, key, question):
    return GroundTruth(answer=key, keywords=((key,),), language=language, question=question)


@pytest.mark.parametrize("text,canon", [
    ("동짓달 열이레", "11月17日"),
    ("섣달 스무사흘", "12月23日"),
    ("정월 대보름", "1月15日"),
    ("삼월 스무날", "3月20日"),
    ("葉月十日", "8月10日"),
    ("師走二日", "12月2日"),
    ("七月朔日", "7月1日"),
    ("腊月初八", "12月初八"),
    ("冬月十二", "11月12日"),
    ("八月十五", "8月15日"),
])
def test_old_names_read_as_numbers(text, canon):
    assert canonical(text) == canon


@pytest.mark.parametrize("text", ["弥生ちゃん", "皐月賞", "正月に帰る", "腊月里", "스무날 동안"])
def test_names_without_a_day_stay_as_written(text):
    assert not any(c.isdigit() for c in canonical(text))


@pytest.mark.parametrize("text,canon", [("我初一了", "我初一了"), ("五月十个人", "5月10个人")])
def test_no_day_where_none_is_said(text, canon):
    # 初一 alone is the first year of middle school; a number before a counter counts
    assert canonical(text) == canon


@pytest.mark.parametrize("truth,answer", [
    (sbk("ko", "11월 17일", "생일이 언제요?"), "음력 동짓달 열이레라오."),
    (sbk("ko", "3월 20일", "혼례가 언제요?"), "삼월 스무날이오."),
    (sbk("ja", "8月10日", "誕生日はいつ？"), "旧暦の葉月十日や。"),
    (sbk("zh", "12月初八", "你生辰是哪天？"), "腊月初八。"),
    (sbk("zh", "初八", "你是几号生的？"), "腊月初八。"),
    (sbk("zh", "8月15日", "你生日哪天？"), "八月十五。"),
])
def test_a_traditional_date_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (sbk("ko", "11월 17일", "생일이 언제요?"), "음력 동짓달 열여드레라오."),
    (sbk("ko", "3월 20일", "혼례가 언제요?"), "사월 스무날이오."),
    (sbk("ja", "8月10日", "誕生日はいつ？"), "旧暦の長月十日や。"),
])
def test_another_traditional_date_is_not(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer
