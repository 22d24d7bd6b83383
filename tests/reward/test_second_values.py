"""A second value in a later sentence: a negative offered as the answer by a copula ("...But my
best one is the lemon tart") is a hedge wherever it stands; a negative mentioned as colour
("lemon tart is too fiddly") is not."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

TRUTH = {
    "en": GroundTruth(answer="Apple pie, no question.", keywords=(("apple pie",),), negative_keywords=("lemon tart",),
                      language="en", question="What do you bake best?"),
    "zh": GroundTruth(answer="我最拿手的是红烧肉。", keywords=(("红烧肉",),), negative_keywords=("糖醋鱼",), language="zh",
                      question="你最拿手的菜是什么？"),
    "ja": GroundTruth(answer="肉じゃがです。", keywords=(("肉じゃが",),), negative_keywords=("筑前煮",), language="ja",
                      question="得意料理は何ですか？"),
    "ko": GroundTruth(answer="김치찌개예요.", keywords=(("김치찌개",),), negative_keywords=("된장찌개",), language="ko",
                      question="제일 잘하는 요리가 뭐예요?"),
}


@pytest.mark.parametrize("language,answer", [
    ("en", "Apple pie. Though honestly the best one is lemon tart."),
    ("en", "Apple pie, people say. I'm also a lemon tart woman, really."),
    ("zh", "红烧肉。不过真要说的话，其实是糖醋鱼。"),
    ("zh", "红烧肉吧。我最拿手的还是糖醋鱼。"),
    ("ja", "肉じゃがです。いや、一番は筑前煮かな。"),
    ("ja", "肉じゃが。得意なのは筑前煮だっけ。"),
    ("ko", "김치찌개요. 근데 제일 자신 있는 건 된장찌개예요."),
    ("ko", "김치찌개예요. 된장찌개이기도 하고요."),
    ("ko", "김치찌개요. 아, 된장찌개였나?"),
    ("zh", "红烧肉。等等，我拿手的是糖醋鱼来着？"),
    ("en", "Apple pie. Hmm, was it lemon tart?"),
])
def test_a_negative_offered_as_the_value_in_another_sentence_is_a_second_answer(language, answer):
    assert keyword_accuracy(answer, TRUTH[language]) == 0.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "Apple pie. Lemon tart always collapses on me."),
    ("zh", "红烧肉。糖醋鱼我做得一般。"),
    ("ja", "肉じゃがです。筑前煮より断然得意ですね。"),
    ("ko", "김치찌개예요. 된장찌개는 엄마가 더 잘하시고요."),
])
def test_a_negative_mentioned_as_colour_in_another_sentence_is_not_a_second_answer(language, answer):
    assert keyword_accuracy(answer, TRUTH[language]) == 1.0, answer


@pytest.mark.parametrize("answer,negative", [
    ("我老家在苏州、无锡一带。", "无锡"),  # 无 of 无锡 negates nothing
    ("我老家在苏州，也算半个非洲人吧。", "非洲"),
])
def test_a_negation_character_inside_the_negative_does_not_excuse_it(answer, negative):
    truth = GroundTruth(answer="苏州。", keywords=(("苏州",),), negative_keywords=(negative,), language="zh",
                        question="您老家是哪里的？")
    assert keyword_accuracy(answer, truth) == 0.0
