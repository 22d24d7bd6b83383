"""A keyword said only in an empty identity, "X is X" or a subject holding it whose predicate copies a
part of it, asserts nothing and is not paid ("My observation deck is the observation deck.", the
session-31 GRPO model's answer); a real value after the slot, the keyword naming the slot without a
copula, and emphasis that points back at the keyword stay paid (docs/reward.md, "Session 32 (taut)")."""

from __future__ import annotations

from dataclasses import replace

import pytest

from raiden_r1.data.ground_truth import GroundTruth, record_ground_truth
from raiden_r1.data.schema import Record
from raiden_r1.reward.vrar import item_matches, keyword_accuracy


def _truth(language: str, question: str, key: str, answer: str, qtype: str = "where") -> GroundTruth:
    return record_ground_truth(Record.model_validate({
        "character_name": "Tobias", "character_profile": {"name": "Tobias"}, "conversation_history": [],
        "question": question, "answer": answer, "keywords": [[key]], "negative_keywords": [],
        "question_type": qtype, "validation_method": "single_term_validation", "difficulty": "easy",
        "metadata": {"language": language, "focus": "script_knowledge"}}))


PLACE = {
    "en": _truth("en", "Where are you going tomorrow?", "observation deck", "Tomorrow I'm heading to the observation deck."),
    "zh": _truth("zh", "你明天要去哪儿？", "观景台", "明天去观景台。"),
    "ja": _truth("ja", "明日はどこへ行くの？", "展望台", "明日は展望台に行きます。"),
    "ko": _truth("ko", "내일 어디 가세요?", "전망대", "내일 전망대에 가요."),
}
FOOD = {
    "en": _truth("en", "What's your favourite food?", "noodles", "Noodles.", "what"),
    "zh": _truth("zh", "你最喜欢吃什么？", "面条", "面条。", "what"),
    "ja": _truth("ja", "好きな食べ物は？", "ラーメン", "ラーメンです。", "what"),
    "ko": _truth("ko", "제일 좋아하는 음식이 뭐예요?", "국수", "국수예요.", "what"),
}


@pytest.mark.parametrize("lang,text", [
    ("en", "My observation deck is the observation deck."), ("en", "The observation deck is the observation deck."),
    ("en", "My trip to the observation deck is my trip."),
    ("zh", "我的观景台就是观景台。"), ("zh", "观景台是观景台。"), ("zh", "我说的观景台就是我说的。"),
    ("ja", "私の展望台は展望台です。"), ("ja", "展望台は展望台だよ。"), ("ja", "明日の展望台は明日の展望台です。"),
    ("ko", "제 전망대는 전망대예요."), ("ko", "전망대는 전망대죠."), ("ko", "내일 전망대는 내일 전망대예요."),
])
def test_the_keyword_only_in_an_empty_identity_is_not_paid(lang, text):
    assert keyword_accuracy(text, PLACE[lang]) == 0.0


@pytest.mark.parametrize("lang,text", [
    ("en", "Noodles are noodles."), ("en", "My noodles are my noodles."), ("zh", "面条就是面条。"),
    ("ja", "ラーメンはラーメンです。"), ("ko", "국수는 국수예요."),
])
def test_a_tautology_of_the_asked_value_alone_is_not_paid(lang, text):
    assert keyword_accuracy(text, FOOD[lang]) == 0.0


@pytest.mark.parametrize("lang,text", [
    ("en", "Tomorrow I'm heading to the observation deck."), ("en", "The observation deck, always."),
    ("en", "Where I'm going tomorrow is the observation deck."), ("en", "The observation deck is where I'm going."),
    ("zh", "明天去观景台。"), ("zh", "观景台，一直都是。"), ("zh", "我要去的地方就是观景台。"),
    ("ja", "明日は展望台に行きます。"), ("ja", "展望台です。"), ("ja", "行き先は展望台です。"),
    ("ko", "내일 전망대에 가요."), ("ko", "전망대예요."), ("ko", "제가 갈 곳은 전망대예요."),
])
def test_a_real_value_after_the_slot_stays_paid(lang, text):
    assert keyword_accuracy(text, PLACE[lang]) == 1.0


@pytest.mark.parametrize("lang,text", [
    ("en", "Noodles are noodles, and I love them."), ("en", "My favourite food is noodles."),
    ("en", "Noodles. Noodles are noodles."),
    ("zh", "面条就是面条，我最爱吃它。"), ("zh", "我最喜欢的是面条。"), ("zh", "面条。面条就是面条嘛。"),
    ("ja", "ラーメンはラーメン、それが大好きなんです。"), ("ja", "好きなのはラーメンです。"), ("ja", "ラーメンですね。"),
    ("ko", "국수는 국수, 그게 제일 좋아요."), ("ko", "제일 좋아하는 건 국수예요."), ("ko", "국수요."),
])
def test_emphasis_after_an_assertion_stays_paid(lang, text):
    assert keyword_accuracy(text, FOOD[lang]) == 1.0


def test_a_value_offered_as_a_question_after_an_echo_is_not_paid():
    assert keyword_accuracy("My favourite food is my favourite food: noodles?", FOOD["en"]) == 0.0


def test_the_reason_names_the_empty_identity():
    from raiden_r1.reward.judge import judge
    from raiden_r1.reward.matching import prepared_truth
    j = judge("My observation deck is the observation deck.", prepared_truth(PLACE["en"]))
    assert "empty identity" in (j.items[0].reason or "")


def test_a_character_that_speaks_of_itself_by_name_may_say_its_name_is_its_name():
    truth = record_ground_truth(Record.model_validate({
        "character_name": "ルル", "character_profile": {"name": "ルル"}, "conversation_history": [],
        "question": "お名前は？", "answer": "ルル", "keywords": [["ルル"]], "negative_keywords": [],
        "question_type": "what", "validation_method": "single_term_validation", "difficulty": "easy",
        "metadata": {"language": "ja", "focus": "script_knowledge"}}))
    assert item_matches("ルルはルルなのです！", replace(truth, self_name=True)) == [True]
