"""Session 31: a school is no place of birth. A home field naming a school beside its town
("Magdalen College, Oxford") is keyed by the town; a hometown field naming only a school
("出身：慶應義塾大学", "출신: 고려대학교") is asked as the school, never by the bare kind (大学).
Cards invented here."""

from __future__ import annotations

import pytest

from built_records import alternatives, built_records, profile


def _asked(card):
    return {r.metadata.family: r for r in built_records(card)}


def test_a_college_beside_its_town_is_no_birthplace_key():
    card = profile("Ned Cole", "en", Name="Ned Cole", Age="30", Origin="Magdalen College, Oxford", Occupation="teacher")
    home = _asked(card)["hometown"]
    assert alternatives(home) == ["Oxford"] and "College" not in home.answer


@pytest.mark.parametrize("card, school", [
    (profile("佐藤 亮", "ja", 名前="佐藤 亮", 年齢="22歳", 出身="慶應義塾大学", 職業="記者"), "慶應義塾大学"),
    (profile("王磊", "zh", 姓名="王磊", 年龄="22", 出身="复旦大学", 职业="记者"), "复旦大学"),
    (profile("박지훈", "ko", 이름="박지훈", 나이="22살", 출신="고려대학교", 직업="기자"), "고려대학교"),
])
def test_a_hometown_field_naming_a_school_is_asked_as_the_school(card, school):
    asked = _asked(card)
    assert "hometown" not in asked
    assert alternatives(asked["school"]) == [school]


def test_a_plain_hometown_is_unchanged():
    card = profile("王磊", "zh", 姓名="王磊", 年龄="22", 出生地="成都", 职业="记者")
    assert alternatives(_asked(card)["hometown"]) == ["成都"]


def test_audit_flags_a_school_keyed_as_a_birthplace(tmp_path):
    import json

    from raiden_r1.data.audit import audit_records
    rec = {"character_name": "佐藤 亮", "character_profile": {"名前": "佐藤 亮", "出身": "慶應義塾大学"},
           "conversation_history": [], "question": "どこで生まれましたか？", "answer": "慶應義塾大学で生まれました。",
           "keywords": [["慶應義塾大学"]], "negative_keywords": [], "question_type": "where",
           "validation_method": "single_term_validation", "difficulty": "easy",
           "metadata": {"language": "ja", "focus": "script_knowledge", "family": "hometown", "field": "出身"}}
    path = tmp_path / "records.json"
    path.write_text(json.dumps([rec], ensure_ascii=False), encoding="utf-8")
    assert audit_records(path).results[0].problems.get("school_home") == [
        "keywords: '慶應義塾大学' is a school, not a place of birth"]
