"""Padding beyond repeated clauses (reward/padding.py): punctuation runs, one sound said over and
over, and the keyword restated in clauses that say nothing else. A little of each stays speech."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import score_response

CASES = {
    "en": ("Fenwick", "What's your hometown?", "I'm from Fenwick."),
    "zh": ("57岁", "您今年多大岁数？", "我今年57岁。"),
    "ja": ("19歳", "おいくつですか？", "19歳です。"),
    "ko": ("서른둘", "나이가 어떻게 돼요?", "서른둘이에요."),
}


def accuracy(answer, truth):
    """The shaped accuracy (padding divides it like repeated clauses)."""
    return score_response(f"<think>x</think>{answer}", truth)["accuracy"]


def gt(language):
    key, question, answer = CASES[language]
    return GroundTruth(answer=answer, keywords=((key,),), language=language, question=question)


@pytest.mark.parametrize("language,answer", [
    ("en", "I'm from Fenwick" + "?" * 40),
    ("en", "I'm from Fenwick. " + "- " * 30),
    ("zh", "我今年57岁" + "！" * 30),
    ("ja", "19歳です" + "♪" * 12 + "。"),
    ("ko", "서른둘이에요" + "~ " * 20),
])
def test_a_run_of_punctuation_is_padding(language, answer):
    assert accuracy(answer, gt(language)) < 1.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "I'm from Fenwick. " + "lol" * 12),
    ("zh", "呵" * 12 + "，我今年57岁。"),
    ("ja", "あのー" * 5 + "、19歳です。"),
    ("ko", "헤헤" * 7 + " 서른둘이에요."),
])
def test_one_sound_said_over_and_over_is_padding(language, answer):
    assert accuracy(answer, gt(language)) < 1.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "Fenwick. From Fenwick. Fenwick, really. Fenwick!"),
    ("zh", "我今年57岁。五十七。57岁啊。"),
    ("ja", "19歳です。十九です。19歳だよ。"),
    ("ko", "서른둘이에요. 서른둘. 서른둘 맞아요."),
])
def test_the_keyword_restated_again_and_again_is_padding(language, answer):
    assert accuracy(answer, gt(language)) < 1.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "Fenwick!!! Born and raised. Fenwick, yes."),
    ("en", "Hahaha, I'm from Fenwick!!! Tiny place."),
    ("zh", "哈哈哈哈，我今年57岁……老啦。"),
    ("zh", "嗯嗯，我今年57岁。"),
    ("ja", "えーと、19歳です！"),
    ("ja", "19歳です。19歳、若いでしょ？"),
    ("ko", "음… 서른둘이에요. 벌써 서른둘!"),
    ("ko", "ㅎㅎ 서른둘이에요~"),
])
def test_a_little_of_each_is_speech(language, answer):
    assert accuracy(answer, gt(language)) == 1.0, answer


def test_a_keyword_that_repeats_itself_is_no_padding():
    truth = GroundTruth(answer="Our dog is Lulululu.", keywords=(("Lulululu",),), language="en", question="Dog's name?")
    assert accuracy("Our dog? Lulululu.", truth) == 1.0
