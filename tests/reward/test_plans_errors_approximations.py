"""Values that are not the character's value now: wished for or planned ("I'll move to Blackpool
one day"), given a source and then called an error ("what the papers printed, but they got it
wrong"), followed by "I don't remember", made approximate ("about 41", "182上下"), ended in the next
clause ("Married. Well, separated."); and the natural answers these rules must leave alone."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

HOME = {"en": ("Where do you live?", "I live in Blackpool.", "Blackpool"),
        "zh": ("你住在哪儿？", "我住在自贡。", "自贡"),
        "ja": ("どこに住んでるの？", "札幌に住んでるよ。", "札幌"),
        "ko": ("어디 살아요?", "부산에 살아요.", "부산")}
AGE = {"en": ("How old are you?", "I'm 41.", "41"), "zh": ("你多大了？", "我45岁。", "45"),
       "ja": ("何歳ですか？", "41歳です。", "41"), "ko": ("몇 살이에요?", "41살이에요.", "41")}
HEIGHT = {"en": ("How tall are you?", "I'm 178 cm.", "178"), "zh": ("你多高？", "我182厘米。", "182"),
          "ja": ("身長は？", "165センチです。", "165"), "ko": ("키가 몇이에요?", "181이에요.", "181")}


def truth(table, language, **kw):
    q, gold, key = table[language]
    return GroundTruth(answer=gold, keywords=((key,),), language=language, question=q, focus="script_knowledge", **kw)


@pytest.mark.parametrize("language,answer", [
    ("en", "I shall move to Blackpool one day, when the tour ends."),
    ("en", "Blackpool's a lovely town. I've always wanted to visit."),
    ("zh", "我将来打算去自贡定居。"),
    ("zh", "我一直想去自贡看看灯会。"),
    ("ja", "いつか札幌に住みたいな。"),
    ("ko", "언젠가 부산에 살고 싶어요."),
])
def test_a_wish_or_a_plan_is_not_the_value_now(language, answer):
    assert keyword_accuracy(answer, truth(HOME, language)) == 0.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "Blackpool, and I want to go back there every summer anyway."),
    ("zh", "我住在自贡，以后也想一直住这儿。"),
    ("ko", "부산에 살아요! 고향 가고 싶을 때도 있지만요."),
])
def test_a_wish_beside_an_asserted_value_leaves_it_paid(language, answer):
    assert keyword_accuracy(answer, truth(HOME, language)) == 1.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "Blackpool is what the papers printed, but they got it wrong."),
    ("zh", "报纸上写的是自贡，但那是写错了的。"),
    ("zh", "好像是自贡吧？我记不太清了。"),
    ("en", "Blackpool? Can't remember, really."),
])
def test_a_value_called_an_error_or_followed_by_not_knowing_is_not_asserted(language, answer):
    assert keyword_accuracy(answer, truth(HOME, language)) == 0.0, answer


@pytest.mark.parametrize("language,answer", [
    ("ja", "札幌ですよ、忘れたんですか？"),
    ("zh", "自贡。不知道为什么，我就是喜欢那儿。"),
    ("en", "Blackpool. Don't know why I stayed so long, mind."),
])
def test_asking_the_user_or_not_knowing_why_leaves_the_value_paid(language, answer):
    assert keyword_accuracy(answer, truth(HOME, language)) == 1.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "About 41, give or take a couple of years."),
    ("zh", "大约45岁。"),
    ("ja", "41歳くらいかな。"),
    ("ko", "41살쯤이요."),
])
def test_an_approximate_age_is_a_hedge(language, answer):
    assert keyword_accuracy(answer, truth(AGE, language)) == 0.0, answer


@pytest.mark.parametrize("language,answer,paid", [
    ("en", "Somewhere around 178.", False),
    ("zh", "182上下，差不多。", False),
    ("en", "About 178 centimeters tall.", True),
    ("en", "178 cm, give or take.", True),
    ("ja", "だいたい165センチです。", True),
])
def test_a_measure_is_approximate_only_with_the_strong_words(language, answer, paid):
    assert (keyword_accuracy(answer, truth(HEIGHT, language)) == 1.0) == paid, answer


def test_a_status_ended_in_the_next_short_clause_is_taken_back():
    gt = GroundTruth(answer="Yes, I'm married.", keywords=(("married", "wife"),), language="en",
                     question="Are you married?", focus="script_knowledge")
    assert keyword_accuracy("Married. Well, separated.", gt) == 0.0
    assert keyword_accuracy("Married. Well, twenty years now.", gt) == 1.0
