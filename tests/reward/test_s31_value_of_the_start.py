"""Session 31 (r2, s19ko-047 and s19ja-026): a value of the start taken back by what holds now ("가동
당시에는 열일곱 가지였으나, 현재는 스물세 가지", "当初は320キロでしたが、今は410キロです", "At first it was
seventeen; now it's twenty-three") is no answer about now, in the four languages. The value said for
both ("당시에도 … 현재도"), or a remark about the start after the value, is paid."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def count(lang, key, question):
    return GroundTruth(answer=key, keywords=((key,),), language=lang, question=question, subject="self")


KO = count("ko", "열일곱", "몇 가지 언어를 통역할 수 있어?")
JA = count("ja", "320キロ", "あなたの体重はどのくらい？")
ZH = count("zh", "17种", "你能翻译几种语言？")
EN = count("en", "seventeen", "How many languages can you translate?")


@pytest.mark.parametrize("truth,answer", [
    (KO, "가동 당시에는 열일곱 가지였으나, 현재는 업데이트로 스물세 가지를 통역합니다."),
    (KO, "처음에는 열일곱 가지였는데, 지금은 스물세 가지예요."),
    (JA, "当初は三百二十キロでしたが、今は四百十キロです。"),
    (JA, "最初は320キロでした。今は410キロです。"),
    (ZH, "刚出厂时能翻译17种，现在能翻译23种。"),
    (EN, "At first it was seventeen; now it's twenty-three."),
])
def test_a_value_of_the_start_taken_back_is_refused(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (KO, "가동 당시에도 열일곱 가지였고, 현재도 열일곱 가지입니다."),
    (KO, "열일곱 가지요. 처음에는 어려웠지만 지금은 자신 있어요."),
    (JA, "三百二十キロです。最初は重いと言われましたが、今は慣れました。"),
    (ZH, "17种。起初觉得难，现在很熟练了。"),
    (EN, "Seventeen. At first it was hard, but now it's easy."),
])
def test_the_value_held_now_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer
