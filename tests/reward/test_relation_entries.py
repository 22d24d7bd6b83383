"""Relation fields written without a separator between what a person is and their name ("女儿孙小蕙",
"妻・坂口房江", "남동생 억쇠", "나무꾼 돌쇠 할아버지"), or under a field named for that relation
("友達", "제자", "colleague"), still name people the character is not: "我是小蕙" speaks as the
daughter. A character introducing itself by its own name with a Korean copula ("저는 월선이에요")
is not narrating itself ("월선이 서른한 살이오" is)."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import record_ground_truth
from raiden_r1.data.people import profile_others
from raiden_r1.data.schema import Record
from raiden_r1.reward.vrar import keyword_accuracy


@pytest.mark.parametrize("name,profile,expected", [
    ("王桂香", {"人物关系": "丈夫李建国；女儿李小梅（护士）；邻居老陈"}, {"李建国", "李小梅", "老陈"}),
    ("松本大吾", {"家族": "妻・松本千秋、息子・松本翔"}, {"松本千秋", "松本翔"}),
    ("덕순", {"가족": "남동생 만복(머슴)", "친구": "방앗간 칠성 아저씨, 까마귀 까순이"}, {"만복", "칠성", "까순이"}),
    ("ミミ", {"友達": "こびとのチッチ、たぬきのポン太"}, {"チッチ", "ポン太"}),
    ("박장인", {"제자": "어린 제자 돌이"}, {"돌이"}),
    ("Rosa Vega", {"Colleagues": "dispatcher - Marty Kline; partner - Dee Okafor"}, {"Marty Kline", "Dee Okafor"}),
])
def test_relation_entries_give_the_name(name, profile, expected):
    assert expected <= set(profile_others(name, profile))


def truth(language, name, profile, question, answer, key):
    return record_ground_truth(Record.model_validate({
        "character_name": name, "character_profile": {"name": name, **profile}, "conversation_history": [],
        "question": question, "answer": answer, "keywords": [key], "negative_keywords": [],
        "question_type": "what", "validation_method": "single_term_validation", "difficulty": "easy",
        "metadata": {"language": language, "focus": "script_knowledge"}}))


_ZH = ("zh", "王桂香", {"年龄": "52岁", "人物关系": "丈夫李建国；女儿李小梅（护士）"}, "您今年多大了？", "我今年五十二岁。", "52岁")
_JA = ("ja", "松本大吾", {"年齢": "45歳", "家族": "妻・松本千秋"}, "おいくつですか？", "45歳です。", "45歳")
_KO = ("ko", "덕순", {"나이": "28살", "가족": "남동생 만복(머슴)", "친구": "까마귀 까순이"}, "몇 살이오?", "스물여덟 살이오.", "28살")
_KO2 = ("ko", "박장인", {"직업": "옹기장이", "제자": "어린 제자 돌이"}, "무슨 일을 하시오?", "옹기장이요.", "옹기장이")
_JA2 = ("ja", "ミミ", {"好物": "いちご", "友達": "こびとのチッチ"}, "好きな食べ物は？", "いちごだよ！", "いちご")


@pytest.mark.parametrize("case,answer", [
    (_ZH, "我是小梅，我妈今年五十二岁。"),
    (_ZH, "我是李小梅。五十二岁，我娘的岁数。"),
    (_JA, "千秋です。主人は45歳なんですよ。"),
    (_KO, "난 만복이요. 우리 누이는 스물여덟 살이오."),
    (_KO, "나는 까순이다. 덕순이는 스물여덟 살이다."),
    (_KO2, "저는 돌이입니다. 스승님이 옹기장이시죠."),
    (_JA2, "ぼくはチッチだよ。ミミはいちごが好きなんだ。"),
])
def test_speaking_as_a_person_of_a_relation_entry_is_not_paid(case, answer):
    assert keyword_accuracy(answer, truth(*case)) == 0.0, answer


@pytest.mark.parametrize("case,answer", [
    (_KO, "저는 덕순이에요. 올해 스물여덟 살이에요."),
    (_KO, "난 덕순이오. 스물여덟 살이오."),
    (_KO, "덕순이야. 스물여덟 살!"),
    (_ZH, "我是王桂香，今年五十二岁。"),
])
def test_introducing_oneself_by_name_is_paid(case, answer):
    assert keyword_accuracy(answer, truth(*case)) == 1.0, answer


@pytest.mark.parametrize("case,answer", [
    (_KO, "덕순이 올해 스물여덟 살이오."),
    (_KO, "덕순이는 스물여덟 살이지."),
])
def test_the_own_name_as_a_korean_subject_still_narrates(case, answer):
    assert keyword_accuracy(answer, truth(*case)) == 0.0, answer


# The other names of a relation-field person become alternatives of a keyword naming them: they must
# be that person's names, never a word of the entry ("까마귀" of "까마귀 '먹물'", "地魔" of "伏地魔").
@pytest.mark.parametrize("profile,language,person,present,absent", [
    ({"人物关系": "宿敌-伏地魔"}, "zh", "伏地魔", {"伏地魔"}, {"地魔"}),
    ({"친구": "까마귀 '먹물', 대장장이 아들 마루"}, "ko", "까마귀 '먹물'", {"먹물"}, {"까마귀"}),
    ({"친구": "대장장이 아들 마루"}, "ko", "마루", {"마루"}, {"대장장이", "아들"}),
    ({"라이벌": "불 계열 견습생 강태오"}, "ko", "강태오", {"강태오", "태오"}, {"계열", "견습생"}),
    ({"人物关系": "4）宿敌铁面判官雷震，黑水帮帮主"}, "zh", "宿敌铁面判官雷震", {"雷震"}, set()),
    ({"人物关系": "同学-赫敏 • 格兰杰"}, "zh", "赫敏 • 格兰杰", {"赫敏"}, set()),
    ({"人物关系": "恩人-香克斯-使路飞踏上海贼之路的关键人物"}, "zh", "香克斯", {"香克斯"}, set()),
    ({"Crew": "co-pilot - Felix Ambrose"}, "en", "Felix Ambrose", {"felix ambrose", "felix"}, {"pilot"}),
])
def test_other_names_are_names_of_that_person(profile, language, person, present, absent):
    from raiden_r1.data.people import other_name_forms
    # (a Crew field lists people of the profile as a relation field does: session 32)
    people = dict(other_name_forms(profile, language))
    assert person in people, people
    assert present <= set(people[person]) and not absent & set(people[person]), people[person]


def test_a_word_of_another_persons_entry_is_not_the_answer():
    rec = Record.model_validate({
        "character_name": "哈利", "character_profile": {"name": "哈利", "人物关系": "宿敌-伏地魔"}, "conversation_history": [],
        "question": "你的宿敌是谁？", "answer": "伏地魔。", "keywords": ["伏地魔"], "negative_keywords": [],
        "question_type": "who", "validation_method": "single_term_validation", "difficulty": "easy",
        "metadata": {"language": "zh", "focus": "script_knowledge"}})
    assert keyword_accuracy("天地魔物我都不怕。", record_ground_truth(rec)) == 0.0
    assert keyword_accuracy("当然是伏地魔。", record_ground_truth(rec)) == 1.0


def _zh(profile, question, answer, key):
    return record_ground_truth(Record.model_validate({
        "character_name": "顾清远", "character_profile": {"姓名": "顾清远", **profile}, "conversation_history": [],
        "question": question, "answer": answer, "keywords": [key], "negative_keywords": [],
        "question_type": "what", "validation_method": "single_term_validation", "difficulty": "easy",
        "metadata": {"language": "zh", "focus": "script_knowledge"}}))


def test_where_a_related_person_is_from_is_not_a_name():
    # "同事周婉，宁波人": 宁波人 is no person, and no "波人" of it is one either
    gt = _zh({"籍贯": "绍兴", "人物关系": "同事周婉，宁波人；主编老孙"}, "顾先生是哪里人？", "在下是绍兴人。", "绍兴")
    assert keyword_accuracy("在下是绍兴人，在杭州教书。", gt) == 1.0
    assert keyword_accuracy("我是周婉，顾先生是绍兴人。", gt) == 0.0


def test_what_the_speaker_owns_is_not_a_claim_to_be_it():
    # a relation entry "师弟沈鹤，佩刀“断水”": "在下的佩刀" is mine, not "I am 佩刀"
    gt = _zh({"武器": "名为“惊鸿”的长刀", "人物关系": "师弟沈鹤，佩刀“断水”"}, "你的刀叫什么？", "在下的佩刀名叫“惊鸿”。", "惊鸿")
    assert keyword_accuracy("在下的佩刀叫惊鸿，跟了我十年。", gt) == 1.0
    assert keyword_accuracy("在下沈鹤，师兄的刀叫惊鸿。", gt) == 0.0
