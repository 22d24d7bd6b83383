"""Review 67: an English card's names in Chinese order ("Tan Ah Moi": surname Tan) were read as
Western, so keys offered the bare surname and missed the given name, and users greeted the
character by its surname. Cards invented here."""

from __future__ import annotations

from raiden_r1.data.name_order import surname_first
from raiden_r1.data.perspective import name_forms
from raiden_r1.data.schema import CM
from built_records import alternatives, built_records, by_family, profile

_PENANG = profile("Khoo Mei Lan", "en", **{
    "Name": "Khoo Mei Lan", "Age": "41", "Hometown": "George Town, Penang", "Occupation": "hawker",
    "Family": "mother Lim Ah Hua, 70, a retired seamstress; brother Khoo Boon Teck, 38, a taxi driver"})
_WESTERN = profile("Lee Ann Moss", "en", **{"Name": "Lee Ann Moss", "Age": "35", "Occupation": "nurse",
                                            "Family": "husband Dale Moss, 37, a welder"})


def test_a_chinese_order_name_splits_surname_first():
    assert surname_first("Lim Ah Hua") == ("Lim", "Ah Hua")
    assert surname_first("Lee Ann Moss") is None


def test_a_relative_in_chinese_order_is_keyed_by_the_given_name_not_the_surname():
    rec = by_family(_PENANG)["relation:mother"]
    alts = alternatives(rec)
    assert "Ah Hua" in alts and "Lim" not in alts


def test_the_characters_own_name_is_keyed_by_its_given_name_never_the_bare_surname():
    rec = by_family(_PENANG)["name"]
    alts = alternatives(rec)
    assert "Mei Lan" in alts and "Khoo" not in alts and "Lan" not in alts


def test_a_western_three_word_name_keeps_its_first_word():
    assert "Lee" in alternatives(by_family(_WESTERN)["name"])


def test_users_greet_a_chinese_order_name_by_the_given_name():
    records = [r for r in built_records(_PENANG, cm=4) if r.focus == CM]
    said = [m.content for r in records for m in r.conversation_history if m.role == "user"]
    assert any("Mei Lan" in t for t in said) and not any("Khoo" in t for t in said)


def test_the_rewards_name_forms_take_the_given_name_not_the_surname():
    forms = name_forms("Khoo Mei Lan")
    assert "mei lan" in forms and "khoo" not in forms


def test_audit_fails_a_bare_surname_key_of_a_chinese_order_name(tmp_path):
    import json

    from raiden_r1.data.audit import audit_records
    rec = {"character_name": "Khoo Mei Lan", "character_profile": dict(_PENANG.fields), "conversation_history": [],
           "question": "Who is your mother?", "answer": "My mother is Lim Ah Hua.", "keywords": [["Lim Ah Hua", "Lim"]],
           "negative_keywords": [], "question_type": "who", "validation_method": "single_term_validation", "difficulty": "medium",
           "metadata": {"language": "en", "focus": "script_knowledge", "family": "relation:mother", "field": "Family"}}
    path = tmp_path / "records.json"
    path.write_text(json.dumps([rec], ensure_ascii=False), encoding="utf-8")
    assert audit_records(path).results[0].problems["surname_key"] == [
        "keywords: the bare surname 'Lim' of 'Lim Ah Hua' (written surname first)"]
