"""Keys and questions the 72nd review found wrong: a whole-phrase key without the form people say
(a verb's everyday character, a dish named before its staple, the object of a skill, a titled
person by surname and title), a date the card also names or writes in Korean words, and a person
field asked with "what". Cards written for these tests."""

from __future__ import annotations

from raiden_r1.data.builder.dates import date_keys
from raiden_r1.data.builder.everyday_forms import everyday_forms
from built_records import alternatives, by_family, gold_accuracy, profile


def test_a_chinese_two_character_verb_is_said_by_its_everyday_character():
    rec = by_family(profile("苏晚晴", "zh", 姓名="苏晚晴", 爱好="誊写家谱、养鱼"))["hobbies"]
    assert "抄家谱" in alternatives(rec)
    assert gold_accuracy(rec, "抄家谱，一抄就是一下午。") == 1.0


def test_a_chinese_verb_keeps_its_object_whole():
    assert everyday_forms("种植兰花", "zh", "hobbies") == ["种兰花"]
    assert everyday_forms("种植", "zh", "hobbies") == []  # no object: nothing to shorten


def test_an_english_dish_is_named_by_the_word_before_its_staple():
    rec = by_family(profile("Kofi Mensah", "en", Name="Kofi Mensah", **{"Favorite food": "waakye rice"}))["food"]
    assert "waakye" in alternatives(rec)
    assert gold_accuracy(rec, "A plate of waakye, every time.") == 1.0


def test_an_ingredient_or_a_cooking_word_is_no_dish_name():
    for dish in ("fried rice", "chicken curry", "egg noodles", "steamed rice"):
        assert everyday_forms(dish, "en", "food") == [], dish


def test_an_english_skill_is_keyed_by_what_it_handles_and_its_act():
    rec = by_family(profile("Lena Ward", "en", Name="Lena Ward", Skills="protein folding, drone motor repair"))["skills"]
    assert {"folding", "drone motor"} <= set(alternatives(rec))
    assert gold_accuracy(rec, "I fold proteins and fix a drone motor.") == 1.0


def test_a_bare_act_or_a_bare_watching_is_no_key():
    assert everyday_forms("bird watching", "en", "hobbies") == []
    assert everyday_forms("car repair", "en", "skills") == []  # "car" is too short to stand alone


def test_a_korean_titled_person_is_named_by_surname_and_title():
    rec = by_family(profile("윤하람", "ko", 이름="윤하람", 스승="수방 상궁 박씨 (일흔, 엄격하다)"))["generic"]
    assert {"박 상궁", "박씨"} <= set(alternatives(rec))
    assert gold_accuracy(rec, "수방의 박 상궁께 배웠소.") == 1.0


def test_a_korean_full_name_after_a_title_gives_no_bare_surname_with_ssi():
    assert everyday_forms("훈장 김만복", "ko", "generic") == ["김 훈장", "김훈장", "김만복"]


def test_a_person_field_is_asked_who_in_each_language():
    for name, lang, field, value, word in (("윤하람", "ko", "스승님", "훈장 김만복", "누구"),
                                           ("Ada Vale", "en", "Patron", "Lady Imogen Hale", "Who")):
        assert word in by_family(profile(name, lang, Name=name, **{field: value}))["generic"].question, lang
    for name, lang, field, value, word in (("윤하람", "ko", "스승", "훈장 김만복", "누구"),
                                           ("林素", "zh", "师父", "陈一鹤", "谁"),
                                           ("杉本 凛", "ja", "師匠", "大野 宗一", "誰|名前"),
                                           ("Ada Vale", "en", "Mentor", "Dr. Omar Hale", "Who")):
        records = by_family(profile(name, lang, Name=name, **{field: value}))
        rec = records.get("generic") or records[f"relation:{field}"]  # a known kin word is a relation
        assert any(w in rec.question for w in word.split("|")), (lang, rec.question)


def test_a_date_with_the_days_name_in_brackets_has_both_forms():
    assert "Lady Day" in date_keys("March 25 (Lady Day)")[0]
    assert "上巳节" in date_keys("三月初三（上巳节）")[0]
    assert "こどもの日" in date_keys("5月5日（こどもの日）")[0]


def test_a_korean_date_in_words_is_said_without_its_lunar_marker_and_in_digits():
    keys = date_keys("음력 시월 삼일 (개천절)")[0]
    assert {"음력 시월 삼일", "시월 삼일", "음력 10월 3일", "개천절"} <= set(keys)


def test_a_korean_lunar_birthday_in_words_brings_its_festival():
    rec = by_family(profile("윤하람", "ko", 이름="윤하람", 생일="음력 오월 오일"))["birthday"]
    assert "단오" in alternatives(rec)
    assert gold_accuracy(rec, "오월 오일에 났소.") == 1.0
