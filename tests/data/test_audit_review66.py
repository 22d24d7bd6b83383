"""Review 66, the audit: it flags a region key (a NZ region beside its town), a cut or generic
alternative (정선아리, 부르기), a joined と-pair key, a negative inside the character's trade and a
second pet missing from the keys. Records invented here."""

from __future__ import annotations

from raiden_r1.data.audit.checks_build import check_cut_keys
from raiden_r1.data.audit.checks_measures import check_pet_keys
from raiden_r1.data.audit.checks_places import check_lone_region, check_own_trade_negative
from raiden_r1.data.audit.checks_scope import check_joined_list_keys
from raiden_r1.data.schema import Record


def _record(lang: str, family: str, field: str, value: str, keywords, negatives=(), answer="x") -> Record:
    return Record.model_validate({
        "character_name": "c", "character_profile": {field: value}, "question": "q?", "answer": answer,
        "keywords": keywords, "negative_keywords": list(negatives), "question_type": "what",
        "validation_method": "single_term_validation", "difficulty": "easy",
        "metadata": {"focus": "script_knowledge", "language": lang, "family": family, "field": field}})


def test_a_new_zealand_region_beside_its_town_is_flagged():
    r = _record("en", "hometown", "Hometown", "Ruatoria, Gisborne", [["Gisborne", "Ruatoria"]])
    assert check_lone_region(r, r.character_profile)


def test_a_key_cut_before_the_rang_of_its_word_is_flagged():
    r = _record("ko", "hobbies", "취미", "밀양아리랑 부르기", [["밀양아리랑 부르기", "밀양아리"]])
    assert check_cut_keys(r, r.character_profile)


def test_a_bare_verb_noun_alternative_is_flagged():
    r = _record("ko", "hobbies", "취미", "민요 부르기", [["민요 부르기", "부르기"]])
    assert check_cut_keys(r, r.character_profile)


def test_a_joined_to_pair_with_a_one_kanji_half_is_flagged():
    r = _record("ja", "dislikes", "嫌いなもの", "蛇と蜘蛛", [["蛇と蜘蛛"]])
    assert check_joined_list_keys(r, r.character_profile)


def test_a_negative_inside_the_characters_trade_is_flagged():
    r = _record("ko", "skills", "특기", "만두 빚기", [["만두 빚기"]], negatives=["요리", "운전"])
    card = {"직업": "만둣집 주인", "특기": "만두 빚기"}
    assert check_own_trade_negative(r, card)


def test_a_second_pet_missing_from_the_keys_is_flagged():
    r = _record("zh", "pets", "宠物", "两只狗，“馒头”和“花卷”", [["馒头"]])
    assert check_pet_keys(r, r.character_profile)
    ok = _record("zh", "pets", "宠物", "两只狗，“馒头”和“花卷”", [["馒头", "花卷"]])
    assert not check_pet_keys(ok, ok.character_profile)
