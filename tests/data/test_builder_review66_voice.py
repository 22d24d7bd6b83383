"""Review 66's voice and register findings: ways of speaking no dialect table gave (Henan,
Minnan-accented Mandarin, Kiwi slang, Nagoya, Gangwon and the other commonly named ones), Quaker
plain speech read as Elizabethan with its oaths, 恁 as a vocative, あなた from a タメ口 speaker, a
bare full name in greetings, and a late spouse in the present tense. Cards invented here."""

from __future__ import annotations

import re
from functools import lru_cache

import pytest

from raiden_r1.data.audit import checks_voice
from raiden_r1.data.audit.checks_voice import check_dialect_table, check_oaths, check_register
from raiden_r1.data.builder.dialect import card_dialect, dialect_greetings, dialect_rules, in_dialect
from built_records import built_records, gold_accuracy, profile

_ZHENGZHOU = profile("牛桂芝", "zh", 姓名="牛桂芝", 年龄="四十五岁", 籍贯="河南郑州", 职业="烩面馆老板", 爱好="听豫剧、打牌",
                     宠物="一条黄狗叫“大黄”", 说话风格="一口河南话，爱说“中”")
_XIAMEN = profile("陈美玲", "zh", 姓名="陈美玲", 年龄="三十一岁", 籍贯="福建厦门", 职业="茶叶店店员", 爱好="泡茶、唱歌",
                  宠物="一只橘猫叫“肉圆”", 说话风格="闽南腔普通话，句尾爱带“啦”")
_CHANGSHA = profile("刘建军", "zh", 姓名="刘建军", 年龄="五十岁", 籍贯="湖南长沙", 职业="米粉店老板", 爱好="钓鱼、打麻将",
                    宠物="一只八哥叫“来福”", 说话风格="一口长沙话，嗓门大")
_KIWI = profile("Tane Walker", "en", **{
    "Name": "Tane Walker", "Age": "38", "Hometown": "Rotorua", "Occupation": "forestry worker", "Hobbies": "fishing, touch rugby",
    "Pet": "a huntaway called Duke", "Favourite food": "pies", "Speaking style": "broad Kiwi slang, laid-back"})
_DUBLIN = profile("Siobhan Byrne", "en", **{
    "Name": "Siobhan Byrne", "Age": "52", "Hometown": "Dublin", "Occupation": "publican", "Hobbies": "hurling, crosswords",
    "Pet": "a terrier called Rocky", "Speaking style": "thick Irish brogue"})
_NAGOYA = profile("鈴木 松吉", "ja", 名前="鈴木 松吉", 年齢="二十歳", 出身地="名古屋", 職業="大工見習い", 趣味="将棋",
                  ペット="柴犬の「ゴン」", 話し方="名古屋弁で、誰にでもタメ口")
_TOSA = profile("坂本 竜二", "ja", 名前="坂本 竜二", 年齢="四十歳", 出身地="高知", 職業="漁師", 趣味="釣り",
                ペット="猫の「タマ」", 話し方="土佐弁丸出しのタメ口")
_GANGWON = profile("최순자", "ko", 이름="최순자", 나이="61세", 고향="강원도 강릉", 직업="감자떡 가게 주인", 취미="화투",
                   반려동물="바둑이라는 이름의 개", 말투="강원도 사투리를 쓰고 손님에게 존댓말을 쓴다")
_PYONGAN = profile("리정숙", "ko", 이름="리정숙", 나이="70세", 고향="평안도 신의주", 직업="냉면집 주인", 취미="뜨개질",
                   반려동물="복실이라는 이름의 개", 말투="평안도 사투리, 손님에게 존댓말")

_MARKS = {"_ZHENGZHOU": "啥|咋|恁|中|可[好多大香美]|嘞|哩", "_XIAMEN": "啦|厚|好[多大厉漂可]", "_CHANGSHA": "么子|么样|何解|冇得|蛮|咯|啰",
          "_KIWI": r"\b(?:Yeah|Sweet as|mate|arvo|Kia ora)\b", "_DUBLIN": r"\b(?:Sure|Ah|ye|grand|Howya)\b",
          "_NAGOYA": "だで|だがや|だがね|でかん|おみゃあ|どえりゃあ", "_TOSA": "ぜよ|じゃ|やき|おまん|やね",
          "_GANGWON": "드래요|아이래요|드래|나\\?", "_PYONGAN": "네다|네까|일없"}


@lru_cache(maxsize=None)
def _records(card_name: str) -> tuple:
    return tuple(built_records(globals()[card_name], cm=4))


def _said(records) -> list[str]:
    return [t for r in records for t in [r.answer, *(m.content for m in r.conversation_history if m.role == "assistant")]]


def test_each_named_dialect_has_a_table_with_rules():
    for card_name in _MARKS:
        card = globals()[card_name]
        entry = card_dialect(dict(card.fields), card.language)
        assert entry and entry["rules"], card_name


def test_the_character_says_some_of_its_dialect_marks():
    for card_name, marks in _MARKS.items():
        assert [t for t in _said(_records(card_name)) if re.search(marks, t)], card_name


def test_every_gold_in_dialect_is_credited():
    for card_name in _MARKS:
        assert all(gold_accuracy(r, r.answer) == 1.0 for r in _records(card_name)), card_name


@pytest.mark.parametrize("card_name, text, expected", [
    ("_ZHENGZHOU", "你在做什么？怎么不说话？", "恁在做啥？咋不说话？"),
    ("_CHANGSHA", "你在做什么？怎么不说话？", "你在做么子？么样不说话？"),
])
def test_the_new_zh_rules_rewrite_question_words(card_name, text, expected):
    card = globals()[card_name]
    assert in_dialect(text, dialect_rules(dict(card.fields), "zh"), [], "zh") == expected


def test_gangwon_says_deuraeyo_after_a_polite_past():
    rules = dialect_rules(dict(_GANGWON.fields), "ko")
    assert in_dialect("강릉에서 태어났어요.", rules, [], "ko") == "강릉에서 태어났드래요."


def test_nagoya_plain_speech_says_dagaya():
    rules = dialect_rules(dict(_NAGOYA.fields), "ja")
    assert in_dialect("ゴンは柴犬だよ。", rules, [], "ja") == "ゴンは柴犬だがや。"


# Quaker plain speech: "thee is", never the courtly "thou art" nor an oath
_FRIEND = profile("Abigail Starbuck", "en", **{
    "Name": "Abigail Starbuck", "Age": "47", "Hometown": "Nantucket", "Occupation": "candle maker", "Hobbies": "quilting, reading",
    "Pet": "a cat called Patience", "Favorite food": "cod chowder",
    "Speaking style": "a Quaker: uses plain speech (\"thee is kind\"), never swears"})
# the Elizabethan table for a card that says it never swears: no "Marry", "In faith"
_CLERIC = profile("Brother Anselm", "en", **{
    "Name": "Brother Anselm", "Age": "60", "Hometown": "Canterbury", "Occupation": "monk and copyist", "Hobbies": "illumination",
    "Pet": "a goose called Gideon", "Speaking style": "speaks with thee and thou, prithee and verily; a holy man who never swears"})


def test_quaker_plain_speech_is_its_own_register():
    rules = dialect_rules(dict(_FRIEND.fields), "en")
    assert in_dialect("Are you well? Your cat is here, and you know it.", rules, [], "en") == \
        "Is thee well? Thy cat is here, and thee knows it."


def test_a_quaker_never_says_thou_or_an_oath():
    said = _said(built_records(_FRIEND, cm=4))
    assert not [t for t in said if re.search(r"(?i)\bthou\b|\bmarry\b|\bin faith\b|\bgood morrow\b", t)]
    assert [t for t in said if re.search(r"\bthee\b|\bthy\b", t)]


def test_a_card_that_never_swears_gets_no_oath_from_its_dialect():
    fields = dict(_CLERIC.fields)
    assert not [r for r in dialect_rules(fields, "en") if "Marry" in r[1]]
    assert not [g for g in dialect_greetings(fields, "en") or () if re.search("(?i)marry|in faith", " ".join(g))]
    assert not [t for t in _said(built_records(_CLERIC)) if re.search(r"\bMarry\b|\bIn faith\b", t)]


def test_the_audit_fails_an_oath_from_a_card_that_never_swears():
    record = built_records(_CLERIC)[0]
    record.answer = "Marry, " + record.answer
    assert check_oaths(record, dict(_CLERIC.fields))
    assert not check_oaths(built_records(_CLERIC)[0], dict(_CLERIC.fields))


def test_the_audit_fails_the_courtly_thou_from_a_quaker():
    record = built_records(_FRIEND)[0]
    assert not check_register(record, dict(_FRIEND.fields))
    record.answer = "Aye, thou art kind to ask."
    assert check_register(record, dict(_FRIEND.fields))


@pytest.mark.parametrize("card, manner", [
    (_XIAMEN, "闽南腔普通话，句尾爱带“啦”"), (_KIWI, "broad Kiwi slang, laid-back"), (_NAGOYA, "名古屋弁で、誰にでもタメ口")])
def test_the_audit_names_an_untabled_dialect(monkeypatch, card, manner):
    monkeypatch.setattr(checks_voice, "card_dialect", lambda fields, language: None)
    assert check_dialect_table(built_records(card)[0], dict(card.fields))


# a pronoun quoted as what the character calls everyone is said where 你 is, never as a vocative
_HENAN_YOU = profile("马翠兰", "zh", 姓名="马翠兰", 年龄="四十岁", 籍贯="河南商丘", 职业="卖胡辣汤", 爱好="唱豫剧",
                     宠物="一只花猫叫“咪咪”", 说话风格="爽快热情，自称“俺”，管别人叫“恁”")


def test_en_as_a_pronoun_is_no_vocative_and_replaces_ni():
    said = _said(built_records(_HENAN_YOU, cm=6))
    assert not [t for t in said if t.startswith("恁，") or "你" in t]
    assert [t for t in said if "恁" in t]


def test_a_plain_speaking_japanese_character_never_says_anata():
    card = profile("森 大吉", "ja", 名前="森 大吉", 年齢="十六歳", 出身地="東京", 職業="新聞配達", 趣味="野球",
                   ペット="犬の「ポチ」", 性格="元気でせっかち", 話し方="誰にでもタメ口")
    assert not [t for t in _said(built_records(card, cm=8)) if "あなた" in t]


def test_a_korean_user_greets_an_adult_with_ssi():
    hellos = [r.conversation_history[0].content for r in _records("_GANGWON") + _records("_PYONGAN")
              if r.conversation_history and r.conversation_history[0].role == "user"]
    named = [h for h in hellos if "최순자" in h or "리정숙" in h]
    assert all(re.search("(?:최순자|리정숙) 씨", h) for h in named)


def test_a_japanese_user_calls_a_character_by_the_family_name():
    card = profile("田中花子", "ja", 名前="田中 花子（たなか はなこ）", 年齢="三十歳", 出身地="大阪", 職業="花屋", 趣味="生け花",
                   ペット="猫の「ミケ」", 性格="おっとり")
    said = [m.content for r in built_records(card, cm=8) for m in r.conversation_history if m.role == "user"]
    assert not [t for t in said if "田中花子" in t]


@pytest.mark.parametrize("card, family_field, past", [
    (profile("김영희", "ko", 이름="김영희", 나이="65세", 가족="남편 이정호(1990년 병으로 세상을 떠남), 딸 이수진"), "가족", "돌아가신|세상을 떠난|였어요"),
    (profile("王秀英", "zh", 姓名="王秀英", 年龄="六十岁", 家人="丈夫张德福（已故），儿子张明"), "家人", "过世|已故"),
    (profile("山田 菊", "ja", 名前="山田 菊", 年齢="七十歳", 家族="夫・山田 茂（故人）、娘・山田 京子"), "家族", "亡くなった"),
])
def test_a_late_spouse_is_spoken_of_as_gone(card, family_field, past):
    spouse = [r for r in built_records(card) if r.metadata.family.startswith("relation:") and
              any(w in r.metadata.family for w in ("남편", "丈夫", "夫"))]
    assert spouse and all(re.search(past, r.question + r.answer) for r in spouse)
