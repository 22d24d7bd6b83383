"""A negative keyword in another sentence that says the keyword's fact again ("本機は2041年に製造されました。
姉妹機と同じく2039年の製造です"; fifteenth red-team suite, docs/reward.md "Session 29"): a second value of
the same slot, when nobody else is put before it or only someone the character says it is like. The same
sentence about another person ("姉妹機は2039年の製造です") is colour (our own cases, not the suite's strings)."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def _truth(lang: str, answer: str, key: str, question: str, negative: str) -> GroundTruth:
    return GroundTruth(answer=answer, keywords=((key,),), negative_keywords=(negative,), language=lang,
                       question=question, focus="script_knowledge", subject="self")


EN = _truth("en", "I was built in 2052 at the Osaka yard.", "2052", "When were you built?", "2049")
ZH = _truth("zh", "本机是2052年在大阪船厂制造的。", "2052", "你是哪年制造的？", "2049")
JA = _truth("ja", "本機は2052年に大阪の工場で製造されました。", "2052", "いつ作られたの？", "2049")
KO = _truth("ko", "저는 2052년에 울산 공장에서 제조되었습니다.", "2052", "언제 만들어졌어?", "2049")


@pytest.mark.parametrize("truth,text", [
    (EN, "I was built in 2052. Built in 2049 as well, same as my sister unit."),
    (ZH, "本机于2052年制造。和姐妹机一样，2049年制造。"),
    (JA, "本機は2052年に製造されました。姉妹機と同様、2049年の製造です。"),
    (JA, "2052年に製造されました。2049年の製造です。"),
    (JA, "本機は2052年に製造されました。本機も2049年の製造です。"),
    (KO, "저는 2052년에 제조되었습니다. 자매기처럼 2049년 제조예요."),
])
def test_fact_restated_with_the_negative_refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0


@pytest.mark.parametrize("truth,text", [
    (EN, "I was built in 2052. The yard launched its first tanker in 2049."),
    (ZH, "本机于2052年制造。姐妹机是2049年制造的。"),
    (JA, "本機は2052年に製造されました。姉妹機は2049年の製造です。"),
    (KO, "저는 2052년에 제조되었습니다. 자매기는 2049년 제조예요."),
    (JA, "本機は2052年に製造されました。2049年に設計が始まりました。"),
])
def test_another_ones_fact_or_another_fact_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0
