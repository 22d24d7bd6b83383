"""Conditionals, doubt and wishes written without the usual words ("Rex, assuming I had one",
"就当我30岁吧", "38歳だと仮定しましょう", "30살이라고 치죠", "I wonder whether I'm 38", "难道我30岁",
"30살일까", "真希望我还是30岁", "囲碁を習いたい"), and short answers in another language of the same
script ("Se llama Rex.", "38 años.", "41岁哦" to a Japanese question, "今年三十歳" to a Chinese one,
"I'm 30살."): not the character's answer. The plain answer, or an English loan word, still is."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import evaluate, keyword_accuracy


def gt(language, key, question):
    return GroundTruth(answer=key, keywords=((key,),), language=language, question=question)


def paid(answer, truth):
    e = evaluate(f"<think>想想。</think>{answer}", truth)
    return e.accuracy == 1.0 and e.language_ok


EN, DOG = gt("en", "38", "How old are you?"), gt("en", "Rex", "What's your dog called?")
ZH, JA, KO = gt("zh", "30岁", "你今年多大？"), gt("ja", "38歳", "おいくつですか？"), gt("ko", "30살", "몇 살이에요?")
HOBBY = gt("ja", "囲碁", "趣味は？")


@pytest.mark.parametrize("truth,answer", [
    (DOG, "Rex, assuming I had one."), (DOG, "Rex, for the sake of argument."), (EN, "Let's say I'm 38."),
    (ZH, "就当我30岁吧。"), (ZH, "除非我30岁。"), (ZH, "姑且算30岁。"),
    (JA, "38歳だと仮定しましょう。"), (JA, "38歳だったとしても。"),
    (KO, "30살이라고 치죠."), (KO, "30살인 셈 치죠."), (KO, "30살이면 몰라도."),
    (EN, "I wonder whether I'm 38."), (DOG, "Rex, you mean?"), (ZH, "难道我30岁。"), (JA, "38歳かどうか。"), (KO, "30살일까."),
    (ZH, "真希望我还是30岁。"), (DOG, "I'd love a dog named Rex."),
])
def test_not_committed_to(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (gt("en", "Rex", "What's your dog called?"), "Se llama Rex."),
    (EN, "38 años."),
    (gt("ja", "41歳", "何歳ですか？"), "41岁哦。"),
    (gt("ja", "札幌", "出身は？"), "来自札幌。"),
    (gt("zh", "30岁", "你多大？"), "今年三十歳。"),
    (KO, "I'm 30살."),
])
def test_another_language_in_the_same_script(truth, answer):
    assert not paid(answer, truth), answer


@pytest.mark.parametrize("truth,answer", [
    (DOG, "Rex, amigo."), (EN, "38, mate."), (JA, "38歳です。"), (gt("ja", "41歳", "何歳ですか？"), "四十一歳。"),
    (ZH, "我今年30岁。"), (KO, "30살이에요."), (HOBBY, "囲碁です。もっと強い人に習いたいです。"),
])
def test_the_plain_answer_is_paid(truth, answer):
    assert paid(answer, truth), answer
