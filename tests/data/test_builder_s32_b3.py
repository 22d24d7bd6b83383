"""Session 32 (b3): a crew, team or staff field lists people of the profile; a Hobbies record beside
Likes; a Korean name ending in 이 before the copula; place keys cut at the right boundary; a Korean
school keyed without its grade. Invented cards, one behaviour per test."""

from __future__ import annotations

import pytest

from built_records import alternatives, built_records, by_family, field_keys, gold_accuracy, profile

# (language, card fields, the character's own age answer, another crew member's age sentence)
_CREW_CARDS = [
    ("en", {"Name": "ORRIN-4", "Age": "12 years since activation", "Captain": "Captain Mara Quill",
            "Crew": "Navigator Ben Ashdown, Medic Lio Tran", "Occupation": "cargo ship intelligence"},
     "I am 12 years old.", "Captain Quill is 12 years old."),
    ("zh", {"姓名": "陆星河", "年龄": "32岁", "船员": "领航员赵海川，医生孙敏", "职业": "货船船长"},
     "我今年32岁。", "赵海川今年32岁。"),
    ("ja", {"名前": "早瀬 凛", "年齢": "32歳", "乗組員": "副長の村井健吾、通信士の小野寺彩", "職業": "巡視船の船長"},
     "32歳だ。", "村井健吾は32歳だ。"),
    ("ko", {"이름": "한도윤", "나이": "32살", "선원": "항해사 박준혁, 의무관 이소라", "직업": "화물선 선장"},
     "32살이에요.", "박준혁은 32살이에요."),
]


@pytest.mark.parametrize("lang,fields,own,other", _CREW_CARDS, ids=[c[0] for c in _CREW_CARDS])
def test_crew_member_age_sentence_is_refused(lang, fields, own, other):
    name = next(iter(fields.values()))
    age = by_family(profile(name, lang, **fields))["age"]
    assert gold_accuracy(age, other) == 0.0


@pytest.mark.parametrize("lang,fields,own,other", _CREW_CARDS, ids=[c[0] for c in _CREW_CARDS])
def test_character_own_age_is_paid_beside_a_crew(lang, fields, own, other):
    name = next(iter(fields.values()))
    age = by_family(profile(name, lang, **fields))["age"]
    assert gold_accuracy(age, own) == 1.0


# (language, card fields, the hobbies field, the likes field)
_LIKES_CARDS = [
    ("en", {"Name": "Pell Orrin", "Hobbies": "chess, knitting", "Likes": "rainy mornings"}, "Hobbies", "Likes"),
    ("zh", {"姓名": "周立", "爱好": "下棋、钓鱼", "喜欢": "下雨天"}, "爱好", "喜欢"),
    ("ja", {"名前": "森田 葵", "趣味": "将棋、釣り", "好きなこと": "読書"}, "趣味", "好きなこと"),
]


@pytest.mark.parametrize("lang,fields,hobbies,likes", _LIKES_CARDS, ids=[c[0] for c in _LIKES_CARDS])
def test_hobbies_and_likes_are_both_asked_each_its_own_question(lang, fields, hobbies, likes):
    name = next(iter(fields.values()))
    asked = {r.metadata.field: r.question for r in built_records(profile(name, lang, **fields))}
    assert hobbies in asked and likes in asked and asked[hobbies] != asked[likes]


def test_hobby_with_where_from_is_keyed_by_the_doing():
    # ("composing music from star spectra": what one does before what it is made from)
    assert "composing music" in field_keys("Hobbies", "composing music from seabird calls, chess")


def test_hobby_cut_at_from_is_asked_beside_likes():
    card = profile("Pell Orrin", "en", Name="Pell Orrin", Hobbies="composing music from seabird calls, chess",
                   Likes="rainy mornings")
    hobby = next(r for r in built_records(card) if r.metadata.field == "Hobbies")
    assert gold_accuracy(hobby, "I compose music from seabird calls, and I play chess.") == 1.0


def _ko_pet_gold(**extra: str) -> str:
    fields = {"이름": "정하린", "나이": "16살", "반려동물": "강아지 '복실이'", **extra}
    return by_family(profile("정하린", "ko", **fields))["pets"].answer


def test_ko_name_ending_in_i_keeps_its_copula_in_dialect_plain_speech():
    # (a Busan card speaks 해라체: "복실이다" would read as 복실 + 이다, the tag then "복실 아이가")
    gold = _ko_pet_gold(말투="부산 사투리 반말")
    assert "복실이" in gold and not gold.rstrip(".").endswith(("복실이다", "복실 아이가")), gold


def test_ko_name_ending_in_i_plain_form_stays():
    from raiden_r1.data.builder.grammar import ko_name_copula

    assert ko_name_copula("이름은 복실이야.", ["복실이"], "pets") == "이름은 복실이야."


def test_ko_name_copula_leaves_a_common_noun_family_alone():
    from raiden_r1.data.builder.grammar import ko_name_copula

    assert ko_name_copula("제일 좋아하는 동물은 고양이다.", ["고양이"], "food") == "제일 좋아하는 동물은 고양이다."


def test_city_with_its_unit_is_cut_whole_before_a_landmark():
    # ("南京市夫子庙老街": the city and its 市 together, never a key "市夫子庙老街")
    keys = field_keys("现居", "南京市夫子庙老街")
    assert "南京" in keys and not any(k.startswith("市") for k in keys)


def test_landmark_written_after_its_city_is_keyed_alone():
    assert "天一阁" in field_keys("故乡", "宁波天一阁")


def test_generic_place_after_a_city_is_no_key():
    assert "古城" not in field_keys("故乡", "大理古城")


def test_ja_landmark_after_its_city_is_keyed_alone():
    assert "宮島" in field_keys("出身地", "広島宮島")


@pytest.mark.parametrize("value,island", [("여수 금오도", "금오도"), ("소매물도", "소매물도")])
def test_ko_island_keeps_its_do(value, island):
    keys = field_keys("고향", value)
    assert island in keys and island[:-1] not in keys


def test_ko_province_still_drops_its_do():
    assert "강원" in field_keys("고향", "강원도")


@pytest.mark.parametrize("field,value,school,short", [
    ("학교", "대구 수성고등학교 1학년", "수성고등학교", "수성고"),
    ("학교", "청주여자고등학교 3학년 2반", "청주여자고등학교", "청주여고"),
])
def test_ko_school_is_keyed_without_its_grade(field, value, school, short):
    keys = field_keys(field, value)
    assert school in keys and short in keys and not any("학년" in k for k in keys)


@pytest.mark.parametrize("field,value", [("学校", "南京九中初三"), ("School", "Lakeside High School, 10th grade")])
def test_school_key_leaves_the_grade_out(field, value):
    keys = field_keys(field, value)
    assert keys and not any(g in k for k in keys for g in ("初三", "10th", "grade"))


def test_ko_school_gold_says_the_school():
    card = profile("문지안", "ko", 이름="문지안", 나이="17살", 학교="대구 수성고등학교 1학년")
    school = by_family(card)["school"]
    assert gold_accuracy(school, "수성고 다녀요.") == 1.0
