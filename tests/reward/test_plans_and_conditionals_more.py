"""A value someone meant to give but did not ("Ma wanted to call a girl Juniper", "名前つけたかってんけど",
"이름을 복실이라 할까 했는데", "本来想叫他阿福"), and a conditional written as "'d" with an "if" after
("Tam'd call a cat Juniper, if Tam ever had one"): not the answer. The value said plainly still is."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def gt(language, key, question):
    return GroundTruth(answer=key, keywords=((key,),), language=language, question=question)


@pytest.mark.parametrize("language,key,question,answer", [
    ("en", "Juniper", "What's your cat called?", "Ma wanted to call a kitten Juniper, but we never got one."),
    ("en", "Juniper", "What's your cat called?", "Tam'd call a cat Juniper, if Tam ever had one."),
    ("en", "Juniper", "What's your cat called?", "I almost named her Juniper. She's Soot."),
    ("ja", "こむぎ", "猫の名前は？", "こむぎって名前つけたかってんけど、家族に反対されてん。"),
    ("ja", "こむぎ", "猫の名前は？", "こむぎにしようと思ったけど、結局ミケにしました。"),
    ("ko", "복실이", "강아지 이름이 뭐예요?", "복실이라 할까 했는데, 결국 이름을 못 지었어요."),
    ("zh", "阿福", "你家狗叫什么？", "本来想叫他阿福，后来叫了旺财。"),
])
def test_a_name_meant_but_not_given_is_not_the_answer(language, key, question, answer):
    assert keyword_accuracy(answer, gt(language, key, question)) == 0.0, answer


@pytest.mark.parametrize("language,key,question,answer", [
    ("en", "Juniper", "What's your cat called?", "Juniper. Ma wanted to call her Soot, but Juniper stuck."),
    ("ja", "こむぎ", "猫の名前は？", "こむぎやで。ほんまはあんこにしたかってんけど。"),
    ("ko", "복실이", "강아지 이름이 뭐예요?", "복실이예요. 처음엔 다른 이름을 지을까 했는데 이게 좋더라고요."),
    ("zh", "阿福", "你家狗叫什么？", "叫阿福。本来想叫旺财的，后来还是叫阿福。"),
])
def test_the_name_given_after_another_was_meant_is_paid(language, key, question, answer):
    assert keyword_accuracy(answer, gt(language, key, question)) == 1.0, answer
