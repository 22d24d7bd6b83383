"""Session 36 (review 76): the audit flags a key that is only the card's whole descriptive phrase,
an adverb or fragment key, a pet's name said as the character's own, and a character of the
profiles with no records at all. Records and cards invented here."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from raiden_r1.cli import app
from raiden_r1.data.audit.checks_descriptive import check_descriptive_keys, check_note_keys, check_pet_as_self
from raiden_r1.data.schema import Record


def _record(card, language, answer, keys, family, field="x") -> Record:
    return Record.model_validate({
        "character_name": "x", "character_profile": card, "conversation_history": [], "question": "?",
        "answer": answer, "keywords": keys, "negative_keywords": [], "question_type": "what",
        "validation_method": "single_term_validation", "difficulty": "easy",
        "metadata": {"language": language, "focus": "script_knowledge", "family": family, "field": field}})


def test_a_whole_pet_phrase_without_its_name_is_flagged():
    card = {"ペット": "黒猫のクロ"}
    rec = _record(card, "ja", "うちのは黒猫のクロです。", ["黒猫のクロ"], "pets", "ペット")
    assert check_descriptive_keys(rec, card)


def test_a_whole_phrase_with_its_name_passes():
    card = {"ペット": "黒猫のクロ"}
    rec = _record(card, "ja", "うちのはクロです。", [["クロ", "黒猫のクロ"]], "pets", "ペット")
    assert check_descriptive_keys(rec, card) == []


def test_a_ko_teacher_without_the_name_inside_is_flagged():
    card = {"스승": "큰스님 청허 대사"}
    rec = _record(card, "ko", "스승은 큰스님 청허 대사라오.", ["큰스님 청허 대사"], "generic", "스승")
    assert "'청허 대사'" in check_descriptive_keys(rec, card)[0]


def test_an_adverb_key_is_flagged():
    card = {"싫어하는 것": "천천히 걷는 사람"}
    rec = _record(card, "ko", "천천히 걷는 사람을 싫어하오.", [["천천히 걷는 사람", "천천히"]], "dislikes", "싫어하는 것")
    assert check_note_keys(rec, card) == ["keywords.0: '천천히' is an adverb or a fragment, no answer to the question"]


def test_a_bare_keeper_key_is_flagged_unless_it_is_the_whole_value():
    card = {"職業": "酒屋の主人"}
    rec = _record(card, "ja", "酒屋の主人だ。", [["酒屋の主人", "主人"]], "occupation", "職業")
    assert check_note_keys(rec, card)
    whole = {"職業": "主人"}
    assert check_note_keys(_record(whole, "ja", "主人だ。", ["主人"], "occupation", "職業"), whole) == []


def test_a_pet_named_as_the_character_is_flagged():
    rec = _record({}, "ja", "あっしの名前は黒猫のクロだ。", ["クロ"], "pets")
    assert check_pet_as_self(rec, {})


def test_a_pet_named_as_the_pet_passes():
    rec = _record({}, "ja", "あれの名前はクロだ。", ["クロ"], "pets")
    assert check_pet_as_self(rec, {}) == []


def test_audit_reports_a_character_of_the_profiles_with_no_records(tmp_path):
    cards = tmp_path / "cards.json"
    cards.write_text(json.dumps([{"name": "Ada Moss", "profile": {"Name": "Ada Moss", "Age": "30"}},
                                 {"name": "Bo Lind", "profile": {"Name": "Bo Lind", "Age": "41"}}]), encoding="utf-8")
    rec = _record({"Name": "Ada Moss", "Age": "30"}, "en", "I'm 30.", ["30"], "age").model_dump(mode="json")
    rec["character_name"] = "Ada Moss"
    rows = tmp_path / "train.json"
    rows.write_text(json.dumps([rec]), encoding="utf-8")
    out = CliRunner().invoke(app, ["data", "audit", str(rows), "--profiles", str(cards)]).output
    assert "no records in these files (1): Bo Lind (en)" in out
