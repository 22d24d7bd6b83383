"""Fixes from the 46th review, keys and negatives: a height in feet and inches, the place (not
"deck 14") of a home, the catch-phrase the card names, a place or person said the short way, the
equal forms of a value, and wrong answers of the card's world. Cards written for these tests."""

from __future__ import annotations

from functools import partial

from raiden_r1.data.builder.alternatives import relation_alternatives
from raiden_r1.data.builder.fields import classify_field
from raiden_r1.data.builder.keys import extract_keys
from raiden_r1.data.ground_truth import record_ground_truth
from raiden_r1.data.profiles_relations import parse_relationships
from raiden_r1.reward.vrar import evaluate
from built_records import built_records, profile as _profile

_records = partial(built_records, cm=4)


def _family(records, family: str):
    return next(r for r in records if r.metadata.model_extra["family"] == family)


def _credited(record, answer: str) -> bool:
    return evaluate("<think>x</think>" + answer, record_ground_truth(record)).accuracy == 1.0


def _keys(value: str, field: str) -> set[str]:
    return {a for alts in extract_keys(value, classify_field(field)) for a in alts}


def test_a_height_in_feet_and_inches_is_never_the_feet_in_centimetres():
    card = _profile("Odile Marsh", "en", Name="Odile Marsh", Height="6'1\"", Occupation="lighthouse keeper")
    height = _family(_records(card), "height")
    assert "cm" not in height.answer and "6'1" in height.answer
    assert _credited(height, "About 185 cm.") and _credited(height, "6 foot 1.")
    assert not _credited(height, "I'm 6 cm tall.")


def test_a_home_is_its_named_place_not_a_detail_within_it():
    keys = _keys("a cramped cabin aboard Tycho Ring Station, level 9", "Residence")
    assert {"Tycho Ring Station"} <= keys and not any("level" in k for k in keys)
    assert "Tycho" in _keys("Tycho Station", "Hometown")
    # (the area the card names after the district answers too, review 70; the clause of whom with does not)
    assert _keys("北京市朝阳区望京，跟表姐同住", "居住地") == {"北京市朝阳区望京", "北京市", "北京", "朝阳区", "朝阳", "望京"}
    assert "滨海" in _keys("天津市滨海新区", "居住地") and "滨海新" not in _keys("天津市滨海新区", "居住地")


def test_a_catchphrase_is_what_the_card_quotes_after_its_mark_never_an_interjection():
    value = '语气平淡，句末常带"哦"或"算了"。口头禅："山高水长。"、"酒要温着喝。"'
    assert _keys(value, "说话风格及口头禅") == {"山高水长", "酒要温着喝"}


def test_a_place_after_a_larger_one_is_said_alone():
    assert {"扬州府", "扬州"} <= _keys("江南道扬州府", "籍贯")
    old = _keys("浙江绍兴府山阴县", "籍贯")
    assert {"绍兴", "山阴县", "山阴"} <= old and not any(k.startswith("府") for k in old)
    assert "津市" in _keys("三重県津市", "出身地") and "県津市" not in _keys("三重県津市", "出身地")
    assert {"堺市", "堺"} <= _keys("大阪府堺市", "出身地")  # a city of one kanji after its prefecture
    assert {"豊中市", "豊中"} <= _keys("大阪府豊中市", "出身地")
    assert "哈尔滨道里区" in _keys("哈尔滨道里区", "籍贯") and "里区" not in _keys("哈尔滨道里区", "籍贯")
    assert "갈매포" in _keys("남쪽 항구 마을 갈매포", "고향")


def test_a_person_after_a_description_is_named_by_the_name():
    assert "石破天" in relation_alternatives("黑风寨寨主石破天", "x", set(), "zh")
    assert "林小鹿" in relation_alternatives("插画师林小鹿", "x", set(), "zh")
    assert "孙掌柜" in relation_alternatives("对门药铺的孙掌柜", "x", set(), "zh")
    assert {"서하준", "하준"} <= set(relation_alternatives("물 계열 수련생 서하준", "x", set(), "ko"))
    assert "PM" not in relation_alternatives("PM经理林小鹿", "x", set(), "zh")
    assert parse_relationships("祖父・永井源蔵（漁師）") == [("祖父", "永井源蔵")]


def test_equal_forms_of_a_value_are_answers():
    card = _profile("沈砚秋", "zh", 姓名="沈砚秋", 星座="摩羯座", 恋爱状态="单身", 出生日期="腊月初八", 职业="海贼")
    records = _records(card, cm=0)
    assert _credited(_family(records, "zodiac"), "摩羯。")
    assert _credited(_family(records, "marital"), "没对象呢。")
    assert _credited(_family(records, "birthday"), "腊八那天。")
    assert _credited(_family(records, "occupation"), "我是个海盗。")
    soldier = _profile("严铁山", "zh", 姓名="严铁山", 职业="军人（上校）")
    assert _credited(_family(_records(soldier, cm=0), "occupation"), "当兵的！")


def test_wrong_answers_fit_the_card_world_and_an_instrument_question():
    pilot = _profile("Juno Achterberg", "en", Name="Juno Achterberg", Hometown="Hygiea Deep habitat",
                     Era="23rd century; people live on asteroid stations and orbital rings",
                     Occupation="ice hauler pilot on a Belt freighter")
    home = _family(_records(pilot, cm=0), "hometown")
    uk = {"Manchester", "Leeds", "Liverpool", "Cardiff", "Sheffield", "Plymouth", "Bath", "York"}
    assert home.negative_keywords and not uk & set(home.negative_keywords)
    song = _profile("赵听澜", "zh", 姓名="赵听澜", 所处时代="北宋", 籍贯="江南东路江宁府", 擅长乐器="古琴、琵琶")
    records = _records(song, cm=0)
    assert not {"宜宾", "武汉", "郑州", "绵阳"} & set(_family(records, "hometown").negative_keywords)
    instrument = _family(records, "skills")
    assert instrument.negative_keywords
    assert not {"修电脑", "开车", "算账", "做饭", "木工"} & set(instrument.negative_keywords)


def test_a_conversation_place_or_colour_is_also_said_the_short_way():
    from raiden_r1.data.builder.cm import said_forms

    assert said_forms("Tycho Station", "weekend", "en", ["Callisto"]) == ["Tycho"]
    assert said_forms("Tycho Station", "weekend", "en", ["Tycho Outpost"]) == []  # another value says it
    assert set(said_forms("粉红色", "colour", "zh", ["墨绿色"])) == {"粉色", "粉红"}
    assert said_forms("Cape Town", "trip", "en", ["Lisbon"]) == []  # the kind is part of a city's name


def test_the_gold_says_traits_not_dislikes_nor_secrets_which_still_answer():
    card = _profile("Odile Marsh", "en", Name="Odile Marsh", Personality="wry, stubbornly loyal, hates small talk")
    traits = _family(_records(card, cm=0), "personality")
    assert "hates" not in traits.answer and _credited(traits, "Loyal to a fault, and wry.")
    knit = _profile("문하람", "ko", 이름="문하람", 취미="연날리기, 조개껍데기 모으기, 자수(비밀)")
    hobbies = _family(_records(knit, cm=0), "hobbies")
    assert "자수" not in hobbies.answer and _credited(hobbies, "자수... 아무한테도 말하지 마.")
