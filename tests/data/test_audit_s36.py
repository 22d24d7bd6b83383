"""Session 36 (reviews 76 and 77): the audit flags a key that is only the card's whole descriptive
phrase, an adverb or fragment key, a pet's name said as the character's own, a character of the
profiles with no records at all (b11); a key that keeps a Korean joining particle or a skill's verb,
and a bare kind of dish or cooking method keyed beside the card's dish (b12). Records and cards
invented here."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from raiden_r1.cli import app
from raiden_r1.data.audit.checks_descriptive import check_descriptive_keys, check_note_keys, check_pet_as_self
from raiden_r1.data.schema import Record
from raiden_r1.data.audit.checks_grammar import check_grammar_keys
from raiden_r1.data.audit.checks_heads import check_head_keys


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


def test_a_ko_key_keeping_the_i_of_irang_is_flagged():
    card = {"좋아하는 음식": "순댓국이랑 김밥"}
    rec = _record(card, "ko", "순댓국이랑 김밥이야.", [["순댓국이랑 김밥", "순댓국이", "김밥"]], "food", "좋아하는 음식")
    assert check_grammar_keys(rec, card) == ["keywords.0: '순댓국이' keeps the particle 이 of 이랑; '순댓국' is no key"]


def test_a_ko_noun_ending_in_i_passes():
    card = {"좋아하는 동물": "고양이랑 강아지"}
    rec = _record(card, "ko", "고양이랑 강아지야.", [["고양이랑 강아지", "고양이", "강아지"]], "likes", "좋아하는 동물")
    assert check_grammar_keys(rec, card) == []


def test_a_zh_skill_key_keeping_its_verb_is_flagged():
    card = {"特长": "通晓波斯语、突厥语"}
    rec = _record(card, "zh", "我通晓波斯语。", [["通晓波斯语", "突厥语"]], "skills", "特长")
    assert check_grammar_keys(rec, card) == ["keywords.0: '通晓波斯语' keeps its verb; '波斯语' alone is no key"]


def test_a_zh_skill_key_with_its_bare_form_passes():
    card = {"特长": "通晓波斯语"}
    rec = _record(card, "zh", "我通晓波斯语。", [["波斯语", "通晓波斯语"]], "skills", "特长")
    assert check_grammar_keys(rec, card) == []


def test_a_bare_dish_kind_beside_the_dish_is_flagged():
    card = {"Favourite food": "pie and mash with gravy"}
    rec = _record(card, "en", "Pie and mash.", [["pie and mash with gravy", "pie and mash", "pie"]], "food", "Favourite food")
    assert any("'pie' is a kind of dish" in p for p in check_head_keys(rec, card))


def test_a_ja_cooking_method_beside_the_dish_is_flagged():
    card = {"好きな食べ物": "鯖の塩焼き"}
    rec = _record(card, "ja", "鯖の塩焼きです。", [["鯖の塩焼き", "塩焼き"]], "food", "好きな食べ物")
    assert any("'塩焼き'" in p for p in check_head_keys(rec, card))


def test_a_dish_kind_that_is_the_whole_value_passes():
    card = {"喜欢的食物": "面"}
    rec = _record(card, "zh", "我最爱吃面。", [["面"]], "food", "喜欢的食物")
    assert check_head_keys(rec, card) == []


def test_a_relative_keyed_only_by_a_surname_style_is_flagged():
    from raiden_r1.data.audit.checks_grammar import check_clan_style_keys
    card = {"人物关系": "妻子王氏，名王秀英，三十岁"}
    rec = _record(card, "zh", "我妻子是王氏。", ["王氏"], "relation:妻子", "人物关系")
    assert check_clan_style_keys(rec, card) == ["keywords.0: '王氏' is how the card styles '王秀英', whose name is no key"]


def test_a_relative_keyed_by_the_name_passes():
    from raiden_r1.data.audit.checks_grammar import check_clan_style_keys
    card = {"人物关系": "妻子王氏，名王秀英，三十岁"}
    rec = _record(card, "zh", "我妻子是王秀英。", [["王秀英", "王氏", "秀英"]], "relation:妻子", "人物关系")
    assert check_clan_style_keys(rec, card) == []
