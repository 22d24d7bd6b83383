"""Session 31 (r2, s19ja-029): a bare キロ / 킬로 is a kilogram or a kilometre, but a keyword item that
spells the unit out beside it ("320キログラム", "320キロ") says which: the other unit ("一日に三百二十キロ
メートル走行できます") is another quantity. An item with the bare word alone stays either."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def item(lang, words, question):
    return GroundTruth(answer=words[0], keywords=(tuple(words),), language=lang, question=question, subject="self")


WEIGHT_JA = item("ja", ("三百二十キログラム", "320kg", "320キロ"), "あなたの体重はどのくらい？")
WEIGHT_KO = item("ko", ("60킬로그램", "60kg", "60킬로"), "몸무게가 얼마예요?")
WALK_KO = item("ko", ("5킬로미터", "5km", "5킬로"), "매일 얼마나 걸어요?")
BARE_JA = item("ja", ("2キロ",), "市場まではどのくらい？")


@pytest.mark.parametrize("truth,answer", [
    (WEIGHT_JA, "カグヤ7号は、月面を一日に三百二十キロメートル走行できます。"),
    (WEIGHT_KO, "하루에 60킬로미터는 걸어요."),
    (WALK_KO, "5킬로그램짜리 배낭을 메고 다녀요."),
])
def test_the_other_unit_is_another_quantity(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (WEIGHT_JA, "三百二十キロです。"),
    (WEIGHT_JA, "320kgですよ。"),
    (WEIGHT_KO, "60킬로요."),
    (WALK_KO, "5킬로 정도 걸어요."),
    (BARE_JA, "2キロメートルくらいだね。"),
])
def test_the_item_unit_and_the_bare_word_are_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer
