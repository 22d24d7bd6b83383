"""Session 31: a character that calls itself by a quoted nickname answers its name question with
either name (review 67's follow-up: "兰子" refused by the keys); the audit flags a name question
whose keys lack it. Cards invented here."""

from __future__ import annotations

import json

import pytest

from raiden_r1.data.audit import audit_records
from built_records import alternatives, built_records, gold_accuracy, profile

_CARDS = [
    (profile("郑桂芝", "zh", 姓名="郑桂芝", 年龄="五十岁", 职业="裁缝", 说话风格="常用小名“芝子”称呼自己"), "芝子", "芝子呗！"),
    (profile("森田 権三", "ja", 名前="森田 権三", 年齢="六十歳", 職業="大工", 口調="「ゴンちゃん」と自称する。"), "ゴンちゃん",
     "ゴンちゃんじゃ。"),
    (profile("한말순", "ko", 이름="한말순", 나이="50살", 직업="어부", 말투="'말똥이'라고 자기를 부른다."), "말똥이", "말똥이여."),
    (profile("Elizabeth Furey", "en", **{"Name": "Elizabeth Furey", "Age": "60", "Occupation": "baker",
                                          "Speaking style": "\"Bitsy\" is what she calls herself."}), "Bitsy", "Bitsy, love."),
]


def _name_record(card):
    return next(r for r in built_records(card) if r.metadata.family == "name")


@pytest.mark.parametrize("card, nick, answer", _CARDS)
def test_the_name_question_takes_the_self_name(card, nick, answer):
    record = _name_record(card)
    assert nick in alternatives(record) and card.name in alternatives(record)
    assert gold_accuracy(record, answer) == 1.0


def test_a_card_without_a_self_name_keeps_its_name_keys():
    card = profile("郑桂芝", "zh", 姓名="郑桂芝", 年龄="五十岁", 职业="裁缝", 爱好="打麻将")
    assert alternatives(_name_record(card)) == ["郑桂芝", "桂芝"]


def test_audit_flags_a_name_question_without_the_self_name(tmp_path):
    card = _CARDS[0][0]
    rec = {"character_name": card.name, "character_profile": dict(card.fields), "conversation_history": [],
           "question": "你叫什么名字？", "answer": "芝子叫郑桂芝。", "keywords": [["郑桂芝", "桂芝"]], "negative_keywords": [],
           "question_type": "what", "validation_method": "single_term_validation", "difficulty": "easy",
           "metadata": {"language": "zh", "focus": "script_knowledge", "family": "name", "field": "姓名"}}
    path = tmp_path / "records.json"
    path.write_text(json.dumps([rec], ensure_ascii=False), encoding="utf-8")
    assert audit_records(path).results[0].problems.get("self_name") == [
        "keywords: the name question does not take the self-name '芝子'"]
