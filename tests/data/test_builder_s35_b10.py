"""Session 35 (review 75): keys of a compound said by its head or a shorter form, negatives that are
everyday words or the card's own names read another way, a son's wrong answers of the right sex, a
pet kind asked as a kind, and pet words of the card's time. Cards invented here."""

from __future__ import annotations

import pytest

from raiden_r1.data.builder.decoys import _gender_of
from raiden_r1.data.builder.dwelling_keys import dwelling_keys
from raiden_r1.data.builder.everyday_forms import everyday_forms
from raiden_r1.data.builder.heads import card_led_forms
from raiden_r1.data.builder.negative_fit import common_word, pet_kind, reads_as_card
from built_records import alternatives, built_records, by_family, profile


# (1) keys too narrow
@pytest.mark.parametrize("term, lang, card, short", [
    ("전주비빔밥", "ko", "고향: 전주", "비빔밥"),
    ("扬州炒饭", "zh", "出生地：扬州", "炒饭"),
    ("博多ラーメン", "ja", "出身地：博多", "ラーメン"),
])
def test_a_dish_led_by_the_cards_own_place_is_said_without_it(term, lang, card, short):
    assert card_led_forms(term, lang, "food", f"{card}\n好きな食べ物：{term}") == [short]


def test_a_dish_led_by_a_place_the_card_does_not_name_keeps_it_whole():
    assert card_led_forms("扬州炒饭", "zh", "food", "出生地：成都\n喜欢的食物：扬州炒饭") == []


def test_a_ja_dislike_of_a_verb_and_a_person_word_is_said_by_the_verb():
    assert card_led_forms("嘘をつく人", "ja", "dislikes", "") == ["嘘をつく"]


def test_a_home_on_a_ja_street_is_keyed_by_the_street_without_its_tori():
    assert dwelling_keys("大坂・堺筋通の町家", "ja") == ["堺筋通", "堺筋"]


@pytest.mark.parametrize("term, lang, form", [("Student", "en", "school"), ("学生", "zh", "上学"),
                                              ("고등학생", "ko", "고등학교"), ("小学生", "ja", "小学校")])
def test_a_pupils_occupation_is_said_by_going_to_school(term, lang, form):
    assert form in everyday_forms(term, lang, "occupation")


# (2) negatives that are common words or the card's own names read another way
@pytest.mark.parametrize("term, lang", [("その", "ja"), ("섭섭", "ko"), ("Rose", "en"), ("这个", "zh")])
def test_an_everyday_word_is_no_negative(term, lang):
    assert common_word(term, lang)


def test_a_kana_name_is_no_negative_beside_the_same_name_in_kanji():
    card = "家族：妻のお鶴、息子の辰吉"
    assert reads_as_card("つる", card, "ja") and reads_as_card("村上つる", card, "ja")
    assert not reads_as_card("しの", card, "ja")


def test_a_traditional_spelling_is_no_negative_beside_the_simplified_one():
    assert reads_as_card("張寶", "家人：哥哥张宝", "zh")


def test_a_built_ja_wife_record_has_no_negative_reading_as_her_name():
    card = profile("辰巳屋 伝兵衛", "ja", 名前="辰巳屋 伝兵衛", 性別="男", 時代="天保三年（1832年）の江戸",
                   職業="桶屋", 家族="妻のお鶴、跡取り息子の辰吉")
    rec = by_family(card)["relation:妻"]
    assert "つる" not in rec.negative_keywords
    assert not any(common_word(n, "ja") for n in rec.negative_keywords)


# (5) decoys of the right sex and time
@pytest.mark.parametrize("label, gender", [("跡取り息子", "male"), ("嫁いだ娘", "female"), ("큰아들", "male"),
                                            ("老姐妹", "female"), ("大女儿", "female")])
def test_a_compound_kin_label_has_the_sex_of_its_last_word(label, gender):
    assert _gender_of(label) == gender


def test_a_sons_wrong_answers_are_mens_names():
    card = profile("辰巳屋 伝兵衛", "ja", 名前="辰巳屋 伝兵衛", 性別="男", 時代="天保三年（1832年）の江戸",
                   職業="桶屋", 家族="妻のお鶴、跡取り息子の辰吉")
    negs = by_family(card)["relation:跡取り息子"].negative_keywords
    assert negs and not any(n in ("その", "まつ", "きく", "つる", "うめ", "しの") for n in negs)


def test_an_old_zh_card_asks_no_pet_with_the_modern_word():
    card = profile("石老三", "zh", 姓名="石老三", 年代="1930年代的汉口", 职业="码头搬运工", 宠物="一条土狗，叫“旺财”")
    rec = by_family(card)["pets"]
    assert "宠物" not in rec.question + rec.answer


def test_a_present_day_zh_card_keeps_its_pet_question():
    card = profile("林小雨", "zh", 姓名="林小雨", 年龄="24岁", 职业="程序员", 宠物="一只叫“汤圆”的仓鼠")
    assert "宠物" in by_family(card)["pets"].question


def test_a_pre_modern_ja_cards_cm_pet_is_no_katakana_name():
    card = profile("辰巳屋 伝兵衛", "ja", 名前="辰巳屋 伝兵衛", 性別="男", 時代="天保三年（1832年）の江戸",
                   職業="桶屋", 趣味="囲碁")
    pets = [r for r in built_records(card, cm=8) if "pet" in r.metadata.family and r.focus == "conversation_memory"]
    for r in pets:
        assert not any(a.isascii() or all("\u30a1" <= c <= "\u30fa" or c == "ー" for c in a) for a in alternatives(r))


# (3) a kind asked as a kind
@pytest.mark.parametrize("value, lang, kind", [("鈴虫", "ja", True), ("三毛猫", "ja", True), ("진돗개", "ko", True),
                                               ("黄狗", "zh", True), ("ごん太", "ja", False), ("旺财", "zh", False),
                                               ("Biscuit", "en", False)])
def test_a_pet_kind_is_told_from_a_name(value, lang, kind):
    assert pet_kind(value, lang) is kind


@pytest.mark.parametrize("lang, field, value, name_word", [("ja", "ペット", "金魚", "名前"), ("zh", "宠物", "八哥", "名字"),
                                                          ("ko", "반려동물", "진돗개", "이름")])
def test_a_pet_kind_is_asked_what_pet_not_its_name(lang, field, value, name_word):
    card = profile("x", lang, **{field: value, "职业" if lang == "zh" else "職業" if lang == "ja" else "직업": "x"})
    rec = by_family(card)["pets"]
    assert name_word not in rec.question and value in rec.answer
    assert not any(pet_kind(n, lang) is False and n.isalpha() and len(n) <= 2 and n.isascii() for n in rec.negative_keywords)


def test_a_ja_street_home_answers_by_the_street_and_by_its_town():
    card = profile("辰巳屋 伝兵衛", "ja", 名前="辰巳屋 伝兵衛", 住まい="大坂・堺筋通の町家", 趣味="囲碁")
    alts = alternatives(by_family(card)["residence"])
    assert {"堺筋通", "堺筋", "大坂"} <= set(alts)
