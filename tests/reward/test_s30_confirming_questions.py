"""Session 30: a negative question that confirms ("不是叫团子吗？你说过的呀", "두부 아니었어요? 제가 기억력 하나는
좋거든요") asserts its keyword when a clause after it vouches for it; "不就是X嘛" is no negation; Korean
"-인데요?" pushes back with a statement ("저 간호사인데요?"). The question alone, or with doubt after it,
is still refused."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def memory(language, question, key):
    return GroundTruth(answer=key, keywords=((key,),), language=language, question=question, focus="conversation_memory",
                       subject="user")


ZH = ("zh", "你还记得我家猫叫什么吗？", "团子")
KO = ("ko", "제 강아지 이름 기억하세요?", "두부")
JA = ("ja", "うちの犬の名前、覚えてます？", "コタロウ")
EN = ("en", "Do you remember my cat's name?", "Mochi")


@pytest.mark.parametrize("record,answer", [
    (ZH, "不是叫团子吗？你说过的呀。"), (ZH, "不就是团子嘛，你当我老糊涂啦？"), (ZH, "不就是团子吗？我记性好着呢。"),
    (KO, "두부 아니었어요? 제가 기억력 하나는 좋거든요."), (KO, "두부 아니에요? 지난번에 말씀하셨잖아요."),
    (JA, "コタロウくんじゃなかったっけ？ちゃんと覚えてますよ。"), (EN, "Wasn't it Mochi? I never forget a name."),
])
def test_a_negative_question_vouched_for_asserts_the_keyword(record, answer):
    assert keyword_accuracy(answer, memory(*record)) == 1.0, answer


@pytest.mark.parametrize("record,answer", [
    (ZH, "不是叫团子吗？"), (ZH, "不是叫团子吗？我也记不清了。"), (KO, "두부 아니었어요?"), (KO, "두부 아니었어요? 잘 모르겠네요."),
    (JA, "コタロウじゃなかったっけ？"), (EN, "Wasn't it Mochi? Or maybe Sooty."), (ZH, "团子吗？你说过的呀。"), (ZH, "不是团子。"),
])
def test_the_question_alone_or_doubted_stays_refused(record, answer):
    assert keyword_accuracy(answer, memory(*record)) == 0.0, answer


def test_a_korean_statement_pushing_back_with_a_question_mark_is_paid():
    truth = GroundTruth(answer="간호사예요.", keywords=(("간호사",),), negative_keywords=("의사",), language="ko", question="의사세요?")
    assert keyword_accuracy("저 간호사인데요?", truth) == 1.0


def test_a_korean_question_asking_back_is_still_a_question():
    truth = GroundTruth(answer="간호사예요.", keywords=(("간호사",),), negative_keywords=("의사",), language="ko", question="의사세요?")
    assert keyword_accuracy("저 간호사인가요?", truth) == 0.0
