"""Review 67's key, negative, decoy and late-relative findings: a relative dead by a note after a
comma ("father Lim Boon Huat, passed away in 2008"), a negative inside the character's trade
(swimming for a pearl diver), short forms of the card's own wording (象棋 of 下象棋, 土手鍋 of
牡蠣の土手鍋, 溶接 of 溶接工), and wrong answers of the card's own country (no Brighton or "Ada
Ellison" for a Singaporean). Cards invented here."""

from __future__ import annotations

import re

import pytest

from built_records import alternatives, built_records, gold_accuracy, profile


def _relation(card, word):
    return [r for r in built_records(card) if r.metadata.family.startswith("relation:") and word in r.metadata.family]


@pytest.mark.parametrize("card, word, past", [
    (profile("Lim Siew Hua", "en", Name="Lim Siew Hua", Age="40",
             Family="mother Goh Bee Lian, 66, a seamstress; father Lim Boon Huat, passed away in 2008"),
     "father", r"\bwas\b"),
    (profile("Mary Quinn", "en", Name="Mary Quinn", Age="70", Family="husband Patrick Quinn, died at sea in 1961, son Sean, 40"),
     "husband", r"\bwas\b"),
    (profile("周桂兰", "zh", 姓名="周桂兰", 年龄="六十岁", 家人="丈夫李国强，2001年病故；女儿李丽，二十岁"), "丈夫", "过世|已故"),
    (profile("中村 トメ", "ja", 名前="中村 トメ", 年齢="七十歳", 家族="夫・中村 正一、昭和二十年に戦死\n娘・中村 花子"), "夫", "亡くなった"),
    (profile("박순자", "ko", 이름="박순자", 나이="65세", 가족="남편 김영길, 1970년 바다에서 세상을 떠남\n딸 김미경"), "남편", "돌아가신|세상을 떠난"),
])
def test_a_relative_dead_by_a_note_after_a_comma_is_asked_in_the_past(card, word, past):
    records = _relation(card, word)
    assert records and all(re.search(past, r.question + r.answer) for r in records)


def test_a_relative_after_a_dead_one_stays_alive():
    card = profile("Mary Quinn", "en", Name="Mary Quinn", Age="70", Family="daughter Aoife Byrne, 40, a nurse; husband Patrick Quinn, died at sea in 1961")
    sons = _relation(card, "daughter")
    assert sons and not any(re.search(r"\bwas\b", r.question + r.answer) for r in sons)


_DIVERS = [
    profile("오춘자", "ko", 이름="오춘자", 나이="50세", 직업="해녀", 특기="전복 따기, 미역 베기", 취미="민요 부르기"),
    profile("Kiri Nathan", "en", Name="Kiri Nathan", Age="30", Occupation="pearl diver", Skills="shucking oysters, net mending",
            Hobbies="mending nets"),
    profile("林阿珠", "zh", 姓名="林阿珠", 年龄="三十岁", 职业="采珠女", 擅长="憋气", 爱好="织网"),
    profile("浜田 しず", "ja", 名前="浜田 しず", 年齢="四十歳", 職業="海女", 特技="アワビ採り", 趣味="盆踊り"),
]
_SWIM = re.compile(r"수영|헤엄|잠수|游泳|潜水|水泳|泳ぎ|\b(?:swimming|diving)\b", re.IGNORECASE)


@pytest.mark.parametrize("card", _DIVERS, ids=lambda c: c.language)
def test_a_divers_wrong_skill_is_never_swimming(card):
    # the wrong answers are drawn by a seed of the name: several names, so that a pool's 수영 comes up
    cards = [profile(card.name + tail, card.language, **card.fields) for tail in ("", "一", "二", "三", "四")]
    negatives = [n for r in built_records(*cards) for n in r.negative_keywords
                 if r.metadata.family in ("skills", "hobbies", "specialty", "talent")]
    assert not [n for n in negatives if _SWIM.search(n)]


@pytest.mark.parametrize("lang, job, negative", [
    ("ko", "상군 해녀", "수영"), ("en", "pearl diver", "swimming"), ("zh", "潜水员", "游泳"), ("ja", "海女", "水泳"),
    ("en", "ferryman", "rowing"), ("zh", "司机", "开车"), ("ja", "芸者", "踊り"), ("ko", "사냥꾼", "사냥"),
])
def test_the_audit_flags_a_negative_implied_by_the_trade(lang, job, negative):
    from raiden_r1.data.audit.checks_places import check_own_trade_negative
    from raiden_r1.data.schema import Record
    occupation = {"ko": "직업", "en": "Occupation", "zh": "职业", "ja": "職業"}[lang]
    skill = {"ko": "특기", "en": "Skills", "zh": "擅长", "ja": "特技"}[lang]
    r = Record.model_validate({
        "character_name": "c", "character_profile": {occupation: job, skill: "x"}, "question": "q?", "answer": "x",
        "keywords": ["x"], "negative_keywords": [negative], "question_type": "what",
        "validation_method": "single_term_validation", "difficulty": "easy",
        "metadata": {"focus": "script_knowledge", "language": lang, "family": "skills", "field": skill}})
    assert check_own_trade_negative(r, r.character_profile)


def _asked(card, family):
    return [r for r in built_records(card) if r.metadata.family == family]


@pytest.mark.parametrize("card, family, answer", [
    (profile("方志远", "zh", 姓名="方志远", 年龄="五十岁", 爱好="下象棋、听评书"), "hobbies", "闲时下几盘象棋。"),
    (profile("杜大山", "zh", 姓名="杜大山", 年龄="四十岁", 爱好="打麻将"), "hobbies", "我麻将打得可好了。"),
    (profile("岡本 勝", "ja", 名前="岡本 勝", 年齢="六十歳", 好きな食べ物="穴子の押し寿司"), "food", "やっぱり押し寿司じゃのう。"),
    (profile("岡本 勝", "ja", 名前="岡本 勝", 年齢="六十歳", 職業="鉄工所の旋盤工"), "occupation", "鉄工所で旋盤をやっとる。"),
    (profile("강철수", "ko", 이름="강철수", 나이="45세", 직업="조선소 용접공"), "occupation", "조선소에서 용접 일 해."),
    (profile("Joe Bragg", "en", Name="Joe Bragg", Age="52", Occupation="shipyard welder"), "occupation",
     "I do welding down at the shipyard."),
])
def test_the_short_form_in_the_cards_own_wording_is_a_key(card, family, answer):
    records = _asked(card, family)
    assert records and all(gold_accuracy(r, answer) == 1.0 for r in records)


def test_a_japanese_bare_head_after_no_is_no_key():
    card = profile("岡本 勝", "ja", 名前="岡本 勝", 年齢="六十歳", 好きな食べ物="母の味")
    assert not [a for r in _asked(card, "food") for a in alternatives(r) if a == "味"]


@pytest.mark.parametrize("lang, spot, said", [
    ("zh", "寺庙", "庙里"), ("zh", "集市", "赶集"), ("en", "blacksmith's forge", "forge"), ("ko", "장터", "장날"), ("ja", "市", "市場"),
])
def test_a_cm_spot_is_keyed_by_the_forms_people_say(lang, spot, said):
    from raiden_r1.data.builder.cm import said_forms
    assert said in said_forms(spot, "tomorrow", lang, [])


_SINGAPOREAN = profile("Goh Mei Hua", "en", **{
    "Name": "Goh Mei Hua", "Age": "41", "Hometown": "Ang Mo Kio, Singapore", "Residence": "Bedok",
    "Occupation": "hawker", "Family": "mother Lim Siew Lan, 70; younger brother Goh Wei Ming, 35",
    "Speaking style": "Singlish, ends sentences with lah"})
_NEWFOUNDLANDER = profile("Patrick Foley", "en", **{
    "Name": "Patrick Foley", "Age": "58", "Hometown": "Twillingate, Newfoundland", "Occupation": "lobster fisherman"})


def test_a_singaporeans_wrong_relatives_are_names_of_singapore():
    relatives = [r for r in built_records(_SINGAPOREAN) if r.metadata.family.startswith("relation:")]
    surnames = {"Tan", "Lim", "Lee", "Ng", "Wong", "Goh", "Chua", "Chan", "Koh", "Teo", "Ang", "Yeo", "Tay", "Ho", "Low",
                "Toh", "Sim", "Chong", "Chia", "Ong", "Foo", "Seah", "Heng", "Quek"}
    negatives = [n for r in relatives for n in r.negative_keywords]
    assert negatives and all(n.split()[0] in surnames for n in negatives)


@pytest.mark.parametrize("card", [_SINGAPOREAN, _NEWFOUNDLANDER], ids=["sg", "nl"])
def test_wrong_towns_are_of_the_cards_own_country(card):
    uk = {"Manchester", "Leeds", "Liverpool", "Sheffield", "Newcastle", "Cardiff", "Brighton", "Norwich", "Plymouth",
          "Exeter", "York", "Bath", "Bristol", "Birmingham", "Nottingham", "Leicester", "Southampton", "Oxford",
          "Cambridge", "Coventry", "Toronto", "Ottawa", "Montreal", "Vancouver"}
    homes = [r for r in built_records(card) if r.metadata.family in ("hometown", "residence")]
    assert homes and not [n for r in homes for n in r.negative_keywords if n in uk]


def test_the_audit_flags_decoys_of_another_culture():
    from raiden_r1.data.audit.checks_places import check_decoy_culture
    from raiden_r1.data.schema import Record

    def record(family, field, keys, negatives):
        return Record.model_validate({
            "character_name": "Goh Mei Hua", "character_profile": dict(_SINGAPOREAN.fields), "question": "q?", "answer": "x",
            "keywords": keys, "negative_keywords": negatives, "question_type": "who",
            "validation_method": "single_term_validation", "difficulty": "easy",
            "metadata": {"focus": "script_knowledge", "language": "en", "family": family, "field": field}})
    assert check_decoy_culture(record("relation:mother", "Family", ["Lim Siew Lan"], ["Ada Ellison"]), _SINGAPOREAN.fields)
    assert check_decoy_culture(record("residence", "Residence", ["Bedok"], ["Brighton"]), _SINGAPOREAN.fields)
    assert not check_decoy_culture(record("residence", "Residence", ["Bedok"], ["Yishun"]), _SINGAPOREAN.fields)
    assert not check_decoy_culture(record("relation:mother", "Family", ["Lim Siew Lan"], ["Tan Bee Choo"]), _SINGAPOREAN.fields)


@pytest.mark.parametrize("term, lang, family, wrong", [
    ("听雨阁", "zh", "organization", "雨阁"), ("种植草药", "zh", "hobbies", "植草药"),
    ("尾道市立坂の上小学校", "ja", "education_level", "上小学校"), ("打零工", "zh", "occupation", "打零"),
])
def test_no_short_form_outside_activities_and_dishes(term, lang, family, wrong):
    from raiden_r1.data.builder.heads import short_forms
    assert wrong not in short_forms(term, lang, family)
