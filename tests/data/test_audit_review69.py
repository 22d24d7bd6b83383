"""Review 69, the audit: it flags a question asked of the wrong field (a dislike keyed from what the
character is bad at), an apposition asked as a second person, a pet's catchphrase keyed as a pet, a
skill keyed by the card's third-person clause and the setting's own language as a skill. Records
invented here."""

from __future__ import annotations

from raiden_r1.data.audit.checks_facts import check_apposition, check_field_family, check_pet_speech, check_skill_keys
from raiden_r1.data.schema import Record


def _record(lang: str, family: str, field: str, value: str, keywords, method="single_term_validation") -> Record:
    return Record.model_validate({
        "character_name": "c", "character_profile": {field: value}, "question": "q?", "answer": "x",
        "keywords": keywords, "negative_keywords": [], "question_type": "what",
        "validation_method": method, "difficulty": "easy",
        "metadata": {"focus": "script_knowledge", "language": lang, "family": family, "field": field}})


def test_a_dislike_keyed_from_a_weakness_field_is_flagged():
    card = {"苦手な魔法": "雷の魔法", "嫌いなもの": "ナメクジ"}
    assert check_field_family(_record("ja", "dislikes", "苦手な魔法", "雷の魔法", ["雷の魔法"]), card)
    assert not check_field_family(_record("ja", "dislikes", "苦手な魔法", "雷の魔法", ["雷の魔法"]), {"苦手な魔法": "雷の魔法"})
    assert not check_field_family(_record("ja", "dislikes", "嫌いなもの", "ナメクジ", ["ナメクジ"]), {})


def test_a_school_named_by_a_hometown_field_is_no_wrong_field():
    assert not check_field_family(_record("ja", "school", "出身", "早稲田大学", ["早稲田大学"]), {})


def test_an_apposition_keyed_as_a_second_person_is_flagged():
    r = _record("ja", "relation:先生", "先生", "老剣士ガロウ、八十歳の隠者", [["老剣士ガロウ", "ガロウ"], ["八十歳の隠者"]],
                method="multi_term_parsing")
    assert check_apposition(r, r.character_profile)
    two = _record("ja", "relation:友人", "友人", "田中、佐藤", [["田中"], ["佐藤"]], method="multi_term_parsing")
    assert not check_apposition(two, two.character_profile)


def test_a_pets_catchphrase_keyed_as_a_pet_is_flagged():
    r = _record("zh", "pets", "宠物", "一只叫“阿福”的鹦鹉，会说“恭喜发财”", [["阿福", "恭喜发财"]])
    assert check_pet_speech(r, r.character_profile)
    assert not check_pet_speech(_record("zh", "pets", "宠物", "一只叫“阿福”的鹦鹉", [["阿福"]]), {"宠物": "一只叫“阿福”的鹦鹉"})


def test_a_third_person_skill_clause_is_flagged():
    r = _record("en", "skills", "Skills", "knife throwing; she speaks Dutch", [["knife throwing", "she speaks Dutch"]])
    assert check_skill_keys(r, r.character_profile)


def test_the_settings_own_language_as_a_skill_is_flagged_in_each_language():
    for lang, word in (("en", "English"), ("zh", "普通话"), ("ja", "日本語"), ("ko", "한국어")):
        r = _record(lang, "skills", "skills", f"x, {word}", [["x", word]])
        assert check_skill_keys(r, r.character_profile), lang
    assert not check_skill_keys(_record("zh", "skills", "特长", "英语", [["英语"]]), {})
