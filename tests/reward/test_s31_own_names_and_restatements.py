"""Three natural answers the reward refused (review 69), fixed as kinds (docs/reward.md, "Session 31:
own full names, restatements, Korean clauses"): a name followed by "is my full name" is the speaker's
own, no narration; a bare segment that holds the keyword's segment whole (or is held by it) says the
same value again, no second candidate; a Korean phrase with a conditional or a dialect's final 잉 is
a sentence, no list of bare terms. Each: the natural answer paid and the nearest attack refused."""

from __future__ import annotations

import pytest

from raiden_r1.canon import canonical
from raiden_r1.data.ground_truth import GroundTruth, record_ground_truth
from raiden_r1.data.schema import Record
from raiden_r1.reward.dumps import restates
from raiden_r1.reward.third_person import names_self
from raiden_r1.reward.vrar import keyword_accuracy


def _named(language: str, name: str, question: str, keys: list[str]) -> GroundTruth:
    return record_ground_truth(Record.model_validate({
        "character_name": name, "character_profile": {"name": name}, "conversation_history": [],
        "question": question, "answer": keys[0], "keywords": [keys], "negative_keywords": [],
        "question_type": "what", "validation_method": "single_term_validation", "difficulty": "easy",
        "metadata": {"language": language, "focus": "script_knowledge"}}))


def _truth(lang: str, answer: str, keys: tuple[str, ...], question: str) -> GroundTruth:
    return GroundTruth(answer=answer, keywords=(keys,), negative_keywords=(), language=lang,
                       question=question, focus="script_knowledge", subject="self")


EN_NAME = _named("en", "Adaeze Okafor", "May I ask your name?", ["Adaeze Okafor", "Adaeze"])


@pytest.mark.parametrize("text", [
    "Call me Ada. Adaeze is my full name.",
    "Adaeze's the name.",
    "Adaeze is my real name, but everyone says Ada.",
    "Call me Ada. Adaeze Okafor is my full name.",
])
def test_name_said_to_be_the_speakers_own_paid(text):
    assert keyword_accuracy(text, EN_NAME) == 1.0


@pytest.mark.parametrize("text", [
    "Adaeze is a pharmacist.",
    "Adaeze is my friend.",
    "Adaeze is the name of my shop.",
    "Adaeze is my friend's name.",
])
def test_name_as_a_narrated_subject_still_refused(text):
    assert keyword_accuracy(text, EN_NAME) == 0.0


@pytest.mark.parametrize("lang,rest", [
    ("en", "is my full name"), ("en", "s the name"),
    ("zh", "是在下的全名"), ("zh", "就是我的本名"),
    ("ja", "が本名なのです"), ("ja", "が私のフルネームです"),
    ("ko", "가 내 본명이여"), ("ko", "이 제 본명이에요"),
])
def test_own_name_predicate_read_in_every_language(lang, rest):
    assert names_self(canonical(rest), lang)


@pytest.mark.parametrize("lang,rest", [
    ("en", "is my friend"), ("en", "is the name of my shop"), ("en", "is my friend's name"),
    ("zh", "是我的好友"), ("zh", "是我的名字的由来"),
    ("ja", "は見習い魔法使いです"), ("ja", "が名前を呼んだ"), ("ja", "が名前で呼んだ"),
    ("ko", "는 떡 장인이에요"), ("ko", "가 내 이름을 불렀다"),
])
def test_other_predicates_after_a_name_are_no_own_name(lang, rest):
    assert not names_self(canonical(rest), lang)


def test_cjk_name_narrated_with_another_keyword_still_refused():
    job = _named("zh", "沈青霜", "姑娘是做什么的？", ["剑客"])
    assert keyword_accuracy("沈青霜是个剑客。", job) == 0.0


KO_FOOD = _truth("ko", "내가 제일 좋아하는 음식은 송정떡갈비와 애호박찌개여.", ("송정떡갈비와 애호박찌개", "송정떡갈비", "애호박찌개"),
                 "무슨 음식을 좋아해?")
KO_ONE = _truth("ko", "송정떡갈비여.", ("송정떡갈비",), "무슨 음식을 좋아해?")
EN_FOOD = _truth("en", "Songjeong tteok-galbi.", ("Songjeong tteok-galbi",), "What food do you like?")
ZH_FOOD = _truth("zh", "我最爱北京烤鸭。", ("北京烤鸭",), "你最爱吃什么？")
JA_FOOD = _truth("ja", "大阪のたこ焼きが好きなのです。", ("大阪のたこ焼き", "たこ焼き"), "好きな食べ物は？")


@pytest.mark.parametrize("truth,text", [
    (KO_FOOD, "떡갈비지, 송정떡갈비."),
    (KO_ONE, "떡갈비지, 송정떡갈비."),
    (EN_FOOD, "Tteok-galbi, Songjeong tteok-galbi."),
    (ZH_FOOD, "烤鸭，北京烤鸭。"),
    (JA_FOOD, "たこ焼き、明石焼きじゃなくて大阪のたこ焼きなのです。"),
])
def test_restatement_more_precisely_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0


@pytest.mark.parametrize("truth,text", [
    (KO_ONE, "송정떡갈비, 광주떡갈비."),
    (KO_ONE, "떡갈비지, 광주떡갈비."),
    (EN_FOOD, "Songjeong tteok-galbi, Gwangju tteok-galbi."),
    (ZH_FOOD, "北京烤鸭，南京烤鸭。"),
])
def test_two_different_values_still_hedged(truth, text):
    assert keyword_accuracy(text, truth) == 0.0


@pytest.mark.parametrize("a,b", [("떡갈비지", "송정떡갈비"), ("烤鸭", "北京烤鸭"), ("Tteok-galbi", "Songjeong tteok-galbi"),
                                 ("Adaeze", "Adaeze Okafor")])
def test_segment_held_whole_restates(a, b):
    assert restates(a, b) and restates(b, a)


@pytest.mark.parametrize("a,b", [("광주떡갈비", "송정떡갈비"), ("南京烤鸭", "北京烤鸭"), ("7", "17"), ("Lisbon", "Lisboa")])
def test_values_sharing_a_part_do_not_restate(a, b):
    assert not restates(a, b)


@pytest.mark.parametrize("text", ["애호박찌개 한 그릇이면 최고여잉.", "애호박찌개 한 사발이면 최고여잉.",
                                  "애호박찌개 맛있당께잉."])
def test_korean_clause_with_a_conditional_or_dialect_ending_paid(text):
    assert keyword_accuracy(text, KO_FOOD) == 1.0


@pytest.mark.parametrize("text", ["애호박찌개 된장찌개 김치찌개 순두부", "애호박찌개, 된장찌개, 김치찌개, 순두부",
                                  "애호박찌개 냉면 라면 짜장면", "애호박찌개 보잉 냉면 라면"])
def test_korean_bare_dumps_still_refused(text):
    assert keyword_accuracy(text, KO_FOOD) == 0.0
