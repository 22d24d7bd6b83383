"""Negative keywords of SBK questions: wrong answers of the character's own language and world
(decoys.yaml), never another character's card or the character's own people (review13c)."""

from __future__ import annotations

import random

import pytest

from raiden_r1.data.builder import build_dataset
from raiden_r1.data.builder.decoys import decoys, neighbour_dates, neighbour_numbers, person_names, shares_a_word
from raiden_r1.data.builder.plausible import opposed_trait
from raiden_r1.data.builder.tables import table
from raiden_r1.data.profiles import profile_from_fields
from raiden_r1.data.schema import CM, SBK
from raiden_r1.text import keyword_in

WIFE_CARD = {"姓名": "王大山", "性别": "男", "年龄": "45岁", "职业": "渔民", "爱好": "下象棋、钓鱼",
             "人物关系": "妻子-李秀兰;儿子-王小虎;女儿-王小梅"}
OTHER_CARD = {"姓名": "赵云飞", "性别": "男", "年龄": "30岁", "职业": "厨师", "爱好": "书法",
              "人物关系": "妻子-孙丽丽"}


def _records(cards: dict[str, dict[str, str]], seed: int = 0):
    profiles = [profile_from_fields(name, fields, f"t.json: record {i}") for i, (name, fields) in enumerate(cards.items())]
    result = build_dataset(profiles, seed=seed, val_fraction=0.0, test_fraction=0.0, cm_per_character=4)
    return [r for rs in result.splits.values() for r in rs]


def _one(records, name: str, family: str):
    [rec] = [r for r in records if r.character_name == name and r.focus == SBK and r.metadata.model_extra["family"] == family]
    return rec


@pytest.fixture(scope="module")
def built():
    return _records({"王大山": WIFE_CARD, "赵云飞": OTHER_CARD})


def test_a_wife_negative_is_neither_the_characters_children_nor_another_cards_wife(built):
    wife = _one(built, "王大山", "relation:妻子")
    assert wife.negative_keywords
    assert not {"王小虎", "王小梅", "孙丽丽"} & set(wife.negative_keywords)


def test_a_wife_negative_is_a_womans_name_of_the_language(built):
    wife = _one(built, "王大山", "relation:妻子")
    surnames, women = table("decoys.yaml", "SURNAMES")["zh"], table("decoys.yaml", "GIVEN")["female"]["zh"]
    assert all(n[0] in surnames and n[1:] in women for n in wife.negative_keywords), wife.negative_keywords


def test_a_hobby_negative_is_a_sibling_hobby_not_another_cards(built):
    hobby = _one(built, "王大山", "hobbies")
    assert hobby.negative_keywords and "书法" not in hobby.negative_keywords
    pool = set(table("decoys.yaml", "POOLS")["hobby"]["zh"]["any"]) | set(table("decoys.yaml", "POOLS")["hobby"]["zh"]["modern"])
    assert set(hobby.negative_keywords) <= pool - {"下象棋", "钓鱼"}


def test_an_age_negative_is_a_neighbouring_number(built):
    age = _one(built, "王大山", "age")
    assert age.negative_keywords and all(abs(int(n.rstrip("岁")) - 45) <= 7 for n in age.negative_keywords)
    assert "30" not in age.negative_keywords and "30岁" not in age.negative_keywords


def test_negatives_are_the_same_under_the_same_seed(built):
    again = _records({"王大山": WIFE_CARD, "赵云飞": OTHER_CARD})
    assert [r.negative_keywords for r in again] == [r.negative_keywords for r in built]


def test_a_cm_fact_is_followed_by_a_distractor_exchange_before_the_question(built):
    cm = [r for r in built if r.focus == CM]
    assert cm
    for r in cm:
        last_pair = " ".join(m.content for m in r.conversation_history[-2:])
        keys = [k for item in r.keywords for k in ([item] if isinstance(item, str) else item)]
        assert not any(keyword_in(last_pair, k) for k in keys), (r.conversation_history[-2:], keys)


def test_neighbour_numbers_keep_the_unit_and_stay_positive():
    assert sorted(neighbour_numbers("3岁", [2, 5], random.Random(0))) == ["1岁", "5岁", "8岁"]


def test_neighbour_dates_keep_the_writing_and_the_year():
    dates = neighbour_dates("1986年4月3日", random.Random(0))
    assert dates and all(d.startswith("1986年") and d != "1986年4月3日" for d in dates)
    assert "1986年4月6日" in dates and "1986年5月3日" in dates


def test_an_english_day_moves_within_its_month_or_the_month_moves():
    dates = neighbour_dates("June 14", random.Random(0))
    assert "June 17" in dates and "July 14" in dates and "June 14" not in dates


def test_a_given_name_keyword_gets_given_names_a_full_name_full_names():
    assert all(" " not in n for n in person_names("Nan", "en", "female", random.Random(0)))
    assert all(len(n.split()) == 2 for n in person_names("Ramesh Venkataraman", "en", "male", random.Random(0)))


def test_place_negatives_are_cities_of_the_country_the_card_names():
    canada = set(next(g for g in table("decoys.yaml", "POOLS")["place"]["en"] if g[0] == "Toronto"))
    got = decoys("residence", "place", "Toronto", "en", "modern", "Residence: Toronto", False, random.Random(0))
    assert got and set(got) <= canada


def test_an_invented_world_gets_no_real_city_as_a_wrong_hometown():
    assert decoys("hometown", "place", "Karn Vell", "en", "historical", "Hometown: Karn Vell", True, random.Random(0)) == []


def test_a_trait_negative_is_an_opposite_of_the_cards_own():
    records = _records({"苏婉": {"姓名": "苏婉", "职业": "医生", "性格": "温婉沉静、认真"}})
    rec = _one(records, "苏婉", "personality")
    assert rec.negative_keywords and all(opposed_trait(n, "温婉沉静、认真", "zh") for n in rec.negative_keywords)


def test_a_slot_without_a_pool_gets_no_negatives():
    assert decoys("catchphrase", "phrases", "问题不大", "zh", "modern", "", False, random.Random(0)) == []


def test_a_transliterated_card_gets_transliterated_names_with_the_keywords_separator():
    got = decoys("relation:母亲", None, "莉莉 • 波特", "zh", "modern", "", False, random.Random(0), own_name="哈利·詹姆斯·波特")
    given = set(table("decoys.yaml", "GIVEN")["female"]["zh_foreign"])
    assert got and all(n.split(" • ")[0] in given for n in got)


def test_a_transliterated_card_gets_no_chinese_hobby_or_school():
    args = ("zh", "modern", "", False, random.Random(0))
    assert decoys("hobbies", "list", "睡觉", *args, own_name="蒙奇·D·路飞") == []
    assert decoys("zodiac", "free", "金牛座", *args, own_name="蒙奇·D·路飞")


def test_a_latin_name_in_a_chinese_card_gets_english_names():
    got = decoys("english_name", "name", "Jay Chou", "zh", "modern", "", False, random.Random(0))
    assert got and all(len(n.split()) == 2 and n.isascii() for n in got)


def test_a_name_question_gets_names_of_the_cards_gender():
    got = decoys("name", "name", "周杰伦", "zh", "modern", "", False, random.Random(0), own_gender="male")
    assert got and all(n[1:] in table("decoys.yaml", "GIVEN")["male"]["zh"] for n in got)


def test_an_education_level_gets_other_levels_not_schools():
    got = decoys("education_level", "free", "大专", "zh", "modern", "", False, random.Random(0))
    assert got and set(got) <= set(table("decoys.yaml", "POOLS")["degree"]["zh"])


def test_a_month_moves_only_for_a_day_every_month_has():
    assert not [d for d in neighbour_dates("7月31日", random.Random(0)) if not d.startswith("7月")]


def test_a_pool_value_sharing_a_word_with_a_keyword_may_be_true_and_is_no_negative():
    assert shares_a_word("loud noises", "loud alarms") and shares_a_word("下象棋", "下围棋")
    assert not shares_a_word("baking", "charting shipwrecks") and not shares_a_word("做手工", "做饭")


def test_a_zodiac_sign_keeps_the_other_signs_as_negatives():
    records = _records({"苏婉": {"姓名": "苏婉", "性别": "女", "星座": "狮子座"}})
    assert len(_one(records, "苏婉", "zodiac").negative_keywords) == 3


def test_an_adopted_son_negative_is_a_mans_name():
    got = decoys("relation:养子", None, "赵山", "zh", "early", "", False, random.Random(0))
    male = set(table("decoys.yaml", "GIVEN")["male"]["zh"]) | set(table("decoys.yaml", "GIVEN")["male"]["zh_early"])
    assert got and all(n[1:] in male for n in got)  # an early-20th-century card takes names of its age
