"""The animal or the thing the question asks about, called "he", "she", "他", "あの子" or "걔" in the
answer ("What's your pet called?" - "He's called Sir Lancelot", "How tall is your lighthouse?" -
"She stands 112 feet"): the pronoun is the thing asked about, not the character narrated. A pronoun
that does something else before the name ("He's got a tortoise called…") still narrates."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def gt(language, key, question, answer=None):
    return GroundTruth(answer=answer or key, keywords=((key,),), negative_keywords=(), language=language,
                       question=question)


PET = {"en": gt("en", "Lancelot", "Have you got a pet? What's it called?", "A tortoise called Sir Lancelot."),
       "zh": gt("zh", "团子", "你养的猫叫什么？"),
       "ja": gt("ja", "おはぎ", "飼ってる猫の名前は？"),
       "ko": gt("ko", "콩떡", "키우는 고양이 이름이 뭐야?")}
LIGHT = gt("en", "112", "How tall is your lighthouse?", "A hundred and twelve feet.")


@pytest.mark.parametrize("lang,answer", [
    ("en", "He's called Sir Lancelot, and he's ever so slow."), ("en", "His name's Lancelot."),
    ("zh", "他叫团子，可胖了。"), ("zh", "她叫团子。"),
    ("ja", "あの子はおはぎっていうの。"), ("ja", "あの子の名前はおはぎ。"),
    ("ko", "걔 이름은 콩떡이야."), ("ko", "그는 콩떡이야."),
])
def test_the_pronoun_for_the_animal_asked_about_is_paid(lang, answer):
    assert keyword_accuracy(answer, PET[lang]) == 1.0, answer


@pytest.mark.parametrize("lang,answer", [
    ("en", "He's got a tortoise called Sir Lancelot."), ("en", "Her dog's called Lancelot."),
    ("zh", "他养了一只猫叫团子。"), ("zh", "她的狗叫团子。"),
    ("ja", "彼女は猫のおはぎを飼ってる。"),
    ("ko", "그녀는 고양이 콩떡을 키워."),
])
def test_a_pronoun_that_owns_or_keeps_the_animal_still_narrates(lang, answer):
    assert keyword_accuracy(answer, PET[lang]) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (gt("zh", "团子", "你叫什么名字？"), "他叫团子。"),
    (gt("en", "Lancelot", "What's your name?"), "He's called Sir Lancelot."),
])
def test_the_pronoun_is_no_animal_when_the_question_asks_about_none(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


def test_she_for_the_lighthouse_asked_about_is_paid():
    assert keyword_accuracy("She stands a hundred and twelve feet, my 'andsome.", LIGHT) == 1.0


@pytest.mark.parametrize("answer", ["She keeps a tower of 112 feet.", "Her tower stands 112 feet."])
def test_she_keeping_the_lighthouse_is_still_the_character_narrated(answer):
    assert keyword_accuracy(answer, LIGHT) == 0.0, answer


def test_she_stands_is_the_character_when_asked_about_itself():
    assert keyword_accuracy("She stands 112 feet.", gt("en", "112", "How tall are you?")) == 0.0
