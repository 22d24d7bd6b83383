"""Session 31 (r2, the blind nineteenth suite's false negatives): Korean and Japanese numbers said
the way people say them. A native tens-and-unit number standing before 에 ("열둘에 시작했수다": at
twelve); a Sino-Korean number with a scale before 개 ("십칠 개 언어"); a year written 年 in a Korean
date ("1933年 4月 26日"); a day of the month by its native name with 날 ("사월 스무엿샛날"); a
Japanese era and its year joined by の ("明治の十二年"). A wrong number said the same way stays wrong,
and the words these syllables also spell stay words."""

from __future__ import annotations

import pytest

from raiden_r1.canon import canonical
from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def sbk(language, key, question, negatives=()):
    return GroundTruth(answer=key, keywords=((key,),), negative_keywords=tuple(negatives), language=language,
                       question=question)


AGE = sbk("ko", "열두 살", "몇 살 때부터 물질했어요?")
LANGS = sbk("ko", "17", "몇 가지 언어를 통역해?")
DEBUT = sbk("ko", "1933년 4월 26일", "처음 방송한 날이 언제예요?")
OPENED = sbk("ja", "明治十二年", "写真館はいつ開かれたのですか？")


@pytest.mark.parametrize("truth,answer", [
    (AGE, "열둘에 시작했수다. 어멍 따라 바당에 들었주."),
    (sbk("ko", "스물한 살", "몇 살에 결혼했어요?"), "스물하나에 시집왔지."),
    (sbk("ko", "서른다섯 살", "언제 가게를 차렸어요?"), "서른다섯에 차렸어요."),
    (LANGS, "본 기체는 십칠 개 언어를 통역할 수 있습니다."),
    (sbk("ko", "300개", "하루에 만두 몇 개 빚어요?"), "삼백 개는 빚지요."),
    (sbk("ko", "25개", "단추가 몇 개야?"), "이십오 개예요."),
    (DEBUT, "1933年 4月 26日이었어요. 신문에도 났지요."),
    (DEBUT, "천구백삼십삼 년 사월 스무엿샛날이었어요."),
    (sbk("ko", "5월 5일", "생일이 언제요?"), "오월 초닷샛날이오."),
    (sbk("ko", "3월 12일", "혼례 날이 언제요?"), "삼월 열이튿날이오."),
    (OPENED, "明治の十二年に、函館で開業いたしましたの。"),
    (sbk("ja", "昭和30年", "いつ生まれたの？"), "昭和の三十年じゃよ。"),
])
def test_a_number_said_natively_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (AGE, "열셋에 시작했수다."),
    (sbk("ko", "스물한 살", "몇 살에 결혼했어요?"), "스물둘에 시집왔지."),
    (LANGS, "본 기체는 십팔 개 언어를 통역할 수 있습니다."),
    (DEBUT, "1933年 4月 27日이었어요."),
    (DEBUT, "천구백삼십삼 년 사월 스무이렛날이었어요."),
    (DEBUT, "1934年 4月 26日이었어요."),
    (OPENED, "明治の十三年に開業いたしましたの。"),
    (OPENED, "大正の十二年に開業いたしましたの。"),
])
def test_a_wrong_number_said_natively_stays_wrong(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("text", ["일개 병사", "구개음화", "이 개가 짖어", "열둘에게 나눠 줬다", "삼일절 무렵", "삼일절에"])
def test_words_and_other_uses_stay_as_written(text):
    # 일개 is "a mere", 구개 the palate, 이 개 "this dog"; 에게 gives to twelve people, no age; 삼일절 a holiday
    assert not any(c.isdigit() for c in canonical(text))




@pytest.mark.parametrize("answer,paid", [
    ("불은 늘 삼일절 무렵에 넣는다네. 며칠 때는지야 그때그때 다르지.", 0.0),
    ("삼일절에 불을 넣지. 얼마나 때는지는 몰라.", 0.0),
    ("삼일 동안 꼬박 때네.", 1.0),
    ("삼일 밤낮을 꼬박 때네.", 1.0),
])
def test_a_holiday_named_by_its_date_is_no_count_of_days(answer, paid):
    assert keyword_accuracy(answer, sbk("ko", "삼일", "며칠이나 때십니까?")) == paid, answer
