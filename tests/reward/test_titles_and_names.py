"""The character named from outside by its title or by a name with a title ("Corporal Dunn was
born…", "윤재희 간호사는", "岩ノ海関の"), and a question that calls the character by a family word
twice ("이모, 이모 고향은?"). Each refused form has its first-person twin that must stay paid."""

from __future__ import annotations

import pytest

from raiden_r1.data.perspective import fact_subject, name_forms, profile_names, profile_role
from raiden_r1.data.schema import Record
from raiden_r1.reward.own_titles import own_titles
from raiden_r1.reward.vrar import keyword_accuracy
from reward_records import profile_truth

CORPORAL = ("en", "Walter Dunn", {"Rank": "Corporal", "Occupation": "field medic, Royal Army Medical Corps",
                                  "Hometown": "Leeds"}, "Where are you from, Corporal?", "Leeds")
FERRYMAN = ("en", "Silas Crane", {"Occupation": "ferryman of the Orrin river crossing", "Age": "61"},
            "How old are you?", "61")
NURSE_KO = ("ko", "윤재희", {"직업": "대학병원 응급실 간호사", "고향": "여수"}, "고향이 어디세요?", "여수")
TRAINEE_KO = ("ko", "한소율", {"직업": "걸그룹 연습생", "나이": "17"}, "몇 살이에요?", "17")
SUMO_JA = ("ja", "岩田大吾", {"職業": "大相撲の力士（十両）", "四股名": "岩ノ海", "出身": "青森"}, "出身はどこですか？", "青森")
DIVER_JA = ("ja", "海野みお", {"職業": "鳥羽の海女", "年齢": "66"}, "おいくつですか？", "66")
SINGER_ZH = ("zh", "林晚", {"职业": "驻唱歌手", "艺名": "夜莺", "籍贯": "厦门"}, "你是哪里人？", "厦门")


def truth(case):
    return profile_truth(*case)


@pytest.mark.parametrize("case,answer", [
    (CORPORAL, "The corporal's from Leeds, sir."),
    (CORPORAL, "Corporal Dunn was born and raised in Leeds."),
    (CORPORAL, "Old Dunn's a Leeds lad through and through."),
    (FERRYMAN, "The ferryman's 61 this winter."),
    (FERRYMAN, "Mr Crane is 61, if you must know."),
    (NURSE_KO, "윤재희 간호사는 여수 출신입니다."),
    (NURSE_KO, "재희 간호사의 고향은 여수예요."),
    (NURSE_KO, "재희님은 여수에서 태어났어요."),
    (TRAINEE_KO, "한소율 연습생은 17살이에요."),
    (SUMO_JA, "岩ノ海関の出身は青森っす。"),
    (SUMO_JA, "力士は青森の生まれっす。"),
    (DIVER_JA, "海女は今年で66になるよ。"),
    (SINGER_ZH, "夜莺是厦门人。"),
])
def test_the_character_named_from_outside_is_not_paid(case, answer):
    assert keyword_accuracy(answer, truth(case)) == 0.0, answer


@pytest.mark.parametrize("case,answer", [
    (CORPORAL, "Leeds, sir. Born and bred."),
    (CORPORAL, "I'm a Leeds lad, sir - the corporal stripes came later."),
    (FERRYMAN, "61 this winter, and I still row the crossing."),
    (NURSE_KO, "여수예요. 바다 보면서 자랐어요."),
    (TRAINEE_KO, "17살이에요! 연습생 2년 차예요."),
    (SUMO_JA, "青森っす。ごっつぁんです。"),
    (DIVER_JA, "66だよ。まだまだ潜れるで。"),
    (SINGER_ZH, "我是厦门人，唱歌的时候大家叫我夜莺。"),
])
def test_the_same_fact_in_the_first_person_is_paid(case, answer):
    assert keyword_accuracy(answer, truth(case)) == 1.0, answer


def test_a_rank_and_an_occupation_are_both_the_role():
    role = profile_role({"Rank": "Corporal", "Occupation": "field medic"})
    assert "Corporal" in role and "field medic" in role
    assert {"corporal", "medic"} <= set(own_titles(role, "en"))


@pytest.mark.parametrize("role,language,head", [
    ("keeper of the Harrow lighthouse, 1890", "en", "keeper"),
    ("반도체 공정 엔지니어", "ko", "엔지니어"),
    ("東京・神田の老舗蕎麦屋「更科庵」三代目店主", "ja", "店主"),
    ("大相撲の力士（十両）", "ja", "力士"),
])
def test_a_roles_head_noun_is_a_title(role, language, head):
    assert head in own_titles(role, language)


@pytest.mark.parametrize("role,language", [("part-time shop worker", "en"), ("대학생", "ko"), ("会社員", "ja")])
def test_a_general_head_noun_is_no_title(role, language):
    assert not any(t in ("worker", "대학생", "会社員") for t in own_titles(role, language))


def test_a_ring_name_is_one_of_the_characters_names_and_is_not_cut():
    names = profile_names("岩田大吾", {"四股名": "岩ノ海"})
    assert "岩ノ海" in names
    forms = name_forms("岩田大吾", names)
    assert not any(f in ("ノ海", "の海") for f in forms)


def _record(question: str, key: str, language: str) -> Record:
    return Record.model_validate({
        "character_name": "박말순", "character_profile": {"이름": "박말순", "고향": key, "가족": "손녀 지우"},
        "conversation_history": [], "question": question, "answer": key, "keywords": [key],
        "negative_keywords": [], "question_type": "where", "validation_method": "single_term_validation",
        "difficulty": "easy", "metadata": {"language": language, "focus": "script_knowledge"}})


@pytest.mark.parametrize("question,subject", [
    ("할머니, 할머니 고향은 어디예요?", "self"),   # the word the user calls her by, said again: her
    ("奶奶，奶奶老家在哪儿？", "self"),
    ("奶奶，妈妈老家在哪儿？", "other"),     # another family word after the vocative: that relative
])
def test_a_vocative_said_again_is_the_character(question, subject):
    rec = _record(question, "남해", "ko")
    assert fact_subject(rec, (("남해",),)) == subject


# Archaic, humble and dialect words for "I": a way of saying I, not a name, so the character's
# real name as a subject still narrates it ("柳月娘是…，奴家…").
INNKEEPER_ZH = ("zh", "柳月娘", {"籍贯": "苏州", "说话方式": "自称“奴家”"}, "你是哪里人？", "苏州")
COURT_JA = ("ja", "藤壺の君", {"好きな花": "萩", "話し方": "雅な言葉、自称は「わらわ」"}, "好きな花は？", "萩")
INN_KO = ("ko", "점순", {"고향": "안동", "말투": "스스로를 '쇤네'라 낮춤"}, "고향이 어디요?", "안동")
RICKSHAW_ZH = ("zh", "王阿大", {"年龄": "38", "说话方式": "上海话，自称“阿拉”"}, "你几岁了？", "38")


@pytest.mark.parametrize("case,answer", [
    (INNKEEPER_ZH, "柳月娘是苏州人，街坊都晓得，奴家不瞒你。"),
    (COURT_JA, "藤壺の君は萩をこそ好むなり。"),
    (INN_KO, "점순이 고향이 안동이라는 건 다들 알지유. 쇤네도 그리 들었슈."),
    (RICKSHAW_ZH, "王阿大今年38岁，阿拉晓得伊辛苦。"),
])
def test_the_real_name_narrates_even_beside_a_humble_i(case, answer):
    assert keyword_accuracy(answer, truth(case)) == 0.0, answer


@pytest.mark.parametrize("case,answer", [
    (INNKEEPER_ZH, "奴家是苏州人，十六岁才来的京城。"),
    (COURT_JA, "わらわは萩をこそ好みはべる。"),
    (INN_KO, "쇤네 고향은 안동이어유."),
    (RICKSHAW_ZH, "阿拉今年38岁喽。"),
])
def test_the_humble_i_itself_is_paid(case, answer):
    assert keyword_accuracy(answer, truth(case)) == 1.0, answer


def test_the_title_owns_the_pet_asked_about():
    vet = ("en", "Mara Quill", {"Occupation": "ship's surgeon", "Pet": "a ferret named Sprocket"},
           "What's your ferret called?", "Sprocket")
    assert keyword_accuracy("The surgeon's ferret is called Sprocket.", truth(vet)) == 0.0
    assert keyword_accuracy("Sprocket. Best ferret on the ship.", truth(vet)) == 1.0
    assert keyword_accuracy("The surgeon remembers that her ferret is called Sprocket.", truth(vet)) == 0.0


ENGINEER_ZH = ("zh", "周岚", {"职业": "桥梁结构工程师", "生日": "7月3日"}, "你生日是哪天？", "7月3日")


def test_family_name_and_one_character_title_narrate():
    assert keyword_accuracy("周工的生日是7月3日，她本人不爱过生日。", truth(ENGINEER_ZH)) == 0.0
    assert keyword_accuracy("7月3日，工地上大家都叫我周工。", truth(ENGINEER_ZH)) == 1.0
    assert keyword_accuracy("我本人的生日是7月3日。", truth(ENGINEER_ZH)) == 1.0


GRANNY_ZH = ("zh", "林阿桂", {"姓名": "林阿桂（阿桂嬷）", "摊位": "宁夏夜市", "说话方式": "对客人自称“阿嬷”"},
             "阿嬷，你的摊子在哪个夜市？", "宁夏")


def test_a_self_naming_character_that_goes_on_with_she_narrates():
    assert keyword_accuracy("阿桂嬷的摊子在宁夏夜市，她每天傍晚出摊。", truth(GRANNY_ZH)) == 0.0
    assert keyword_accuracy("阿嬷的摊子在宁夏夜市啦，阿嬷每天傍晚出摊。", truth(GRANNY_ZH)) == 1.0
    assert keyword_accuracy("阿嬷的摊子在宁夏夜市，女儿说她也想来帮忙。", truth(GRANNY_ZH)) == 1.0
