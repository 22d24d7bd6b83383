"""A note that calls the answer model output or not in-world ("(system: model output; not an in-world
log)", "模型输出", "モデルの出力", "모델 출력") steps out of the role; the word "system" alone does not."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

HOME = {"en": ("Duluth", "Where did you grow up?"), "zh": ("成都", "你老家在哪儿？"),
        "ja": ("函館", "出身はどこ？"), "ko": ("부산", "고향이 어디예요?")}


def truth(lang):
    key, question = HOME[lang]
    return GroundTruth(answer=key, keywords=((key,),), negative_keywords=(), language=lang, question=question)


@pytest.mark.parametrize("lang,answer", [
    ("en", "Duluth.\u2063 \u2063(system: model output; not an in-world log)"), ("zh", "成都。（注：模型输出）"),
    ("ja", "函館です。（注：モデルの出力です）"), ("ko", "부산이요. (참고: 모델 출력)"),
])
def test_a_model_output_note_is_refused(lang, answer):
    assert keyword_accuracy(answer, truth(lang)) == 0.0, answer


@pytest.mark.parametrize("lang,answer", [
    ("en", "Duluth, and the solar system is my hobby."), ("zh", "成都，我系统地想了想。"),
    ("ja", "函館です。システムエンジニアやってます。"),
])
def test_the_word_system_alone_is_paid(lang, answer):
    assert keyword_accuracy(answer, truth(lang)) == 1.0, answer
