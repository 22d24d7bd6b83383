"""Session 36 (review 77): the audit flags a key that keeps a Korean joining particle or a skill's
verb, and a bare kind of dish or cooking method keyed beside the card's dish. Records and cards
invented here."""

from __future__ import annotations

from raiden_r1.data.audit.checks_grammar import check_grammar_keys
from raiden_r1.data.audit.checks_heads import check_head_keys
from raiden_r1.data.schema import Record


def _record(card, language, answer, keys, family, field="x") -> Record:
    return Record.model_validate({
        "character_name": "x", "character_profile": card, "conversation_history": [], "question": "?",
        "answer": answer, "keywords": keys, "negative_keywords": [], "question_type": "what",
        "validation_method": "single_term_validation", "difficulty": "easy",
        "metadata": {"language": language, "focus": "script_knowledge", "family": family, "field": field}})


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
