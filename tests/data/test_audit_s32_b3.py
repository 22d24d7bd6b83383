"""Session 32 (b3) audit checks: a Korean name ending in 이 run into the copula, a place key cut at the
wrong boundary, a school key holding the grade, and a Likes record beside a Hobbies one is no second
answer to one fact. Invented records."""

from __future__ import annotations

from raiden_r1.data.audit.checks_whole import check_ko_name_copula, check_place_cut, check_school_grade
from raiden_r1.data.audit.consistency import consistency_problems
from raiden_r1.data.schema import Record


def _record(card: dict, language: str, answer: str, keys: list, family: str, field: str, name: str = "x") -> Record:
    return Record.model_validate({
        "character_name": name, "character_profile": card, "conversation_history": [], "question": "?",
        "answer": answer, "keywords": keys, "negative_keywords": [], "question_type": "what",
        "validation_method": "single_term_validation", "difficulty": "easy",
        "metadata": {"language": language, "focus": "script_knowledge", "family": family, "field": field}})


def test_ko_name_run_into_the_copula_is_flagged():
    card = {"반려동물": "고양이 '복실이'"}
    assert check_ko_name_copula(_record(card, "ko", "이름은 복실이다.", ["복실이"], "pets", "반려동물"), card)


def test_ko_name_with_the_copula_kept_passes():
    card = {"반려동물": "고양이 '복실이'"}
    assert check_ko_name_copula(_record(card, "ko", "이름은 복실이이다.", ["복실이"], "pets", "반려동물"), card) == []


def test_place_key_opening_with_a_cut_unit_is_flagged():
    card = {"现居": "南京市夫子庙老街"}
    assert check_place_cut(_record(card, "zh", "我住在南京。", [["南京", "市夫子庙老街"]], "residence", "现居"), card)


def test_ko_island_without_its_do_is_flagged():
    card = {"사는 곳": "여수 금오도"}
    assert check_place_cut(_record(card, "ko", "금오도에 살아요.", [["금오도", "금오"]], "residence", "사는 곳"), card)


def test_ko_province_without_its_do_passes():
    card = {"고향": "강원도"}
    assert check_place_cut(_record(card, "ko", "강원도예요.", [["강원도", "강원"]], "hometown", "고향"), card) == []


def test_school_key_with_the_grade_is_flagged():
    card = {"학교": "대구 수성고등학교 1학년"}
    assert check_school_grade(_record(card, "ko", "?", ["대구 수성고등학교 1학년"], "school", "학교"), card)


def test_school_key_without_the_grade_passes():
    card = {"학교": "대구 수성고등학교 1학년"}
    assert check_school_grade(_record(card, "ko", "?", [["수성고등학교", "수성고"]], "school", "학교"), card) == []


def test_likes_beside_hobbies_is_no_inconsistency():
    card = {"Hobbies": "chess", "Likes": "rainy mornings"}
    records = [(0, _record(card, "en", "I love chess.", ["chess"], "hobbies", "Hobbies")),
               (1, _record(card, "en", "I like rainy mornings.", ["rainy mornings"], "hobbies", "Likes"))]
    assert consistency_problems(records) == {}
