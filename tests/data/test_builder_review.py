"""Fixes from a review of the built dataset: one test per problem found (articles, 会, 等, Japanese
places, pet names, spaced names, Korean and Japanese phrasing, CM settings, goal keywords)."""

from __future__ import annotations

import random

import pytest

from raiden_r1.data.builder import build_dataset
from raiden_r1.data.builder.checks import profile_text
from raiden_r1.data.builder.cm import cm_draft, material
from raiden_r1.data.builder.grammar import indefinite_article, ja_traits, with_article
from raiden_r1.data.builder.keys import extract_keys, goal_key
from raiden_r1.data.builder.sbk import relation_drafts, sbk_drafts
from raiden_r1.data.builder.setting import detect_setting
from raiden_r1.data.builder.terms import is_clause, strip_etc, term_in
from raiden_r1.data.builder.fields import BY_NAME
from raiden_r1.data.schema import CM, Profile
from raiden_r1.text import contains_term, normalize, normalize_term
from built_records import profile as _profile


def _sbk(profile: Profile, family: str):
    drafts, _ = sbk_drafts(profile, 0)
    return [d for d in drafts if d.family == family]


def _answers(profile: Profile, family: str, seeds=range(6)) -> set[str]:
    return {d.answer for seed in seeds for d in sbk_drafts(profile, seed)[0] if d.family == family}


# 1. English articles -------------------------------------------------------------------------------

@pytest.mark.parametrize("word, article", [("accountant", "an"), ("forensic", "a"), ("university", "a"),
                                           ("one-eyed", "a"), ("hour", "an"), ("MRI", "an"), ("UN", "a"),
                                           ("European", "a"), ("umbrella", "an"), ("8-year-old", "an")])
def test_indefinite_article_follows_the_sound(word, article):
    assert indefinite_article(word) == article


def test_english_job_answers_have_an_article():
    p = _profile("Priya V", "en", Name="Priya V", Occupation="forensic accountant")
    assert all("as a forensic accountant" in a or "I'm a forensic accountant" in a for a in _answers(p, "occupation"))


def test_english_jobs_that_are_titles_or_states_stay_bare():
    assert with_article("Chief Inspector", "occupation") == "Chief Inspector"
    assert with_article("retired", "occupation") == "retired"
    assert with_article("a nurse", "occupation") == "a nurse"


def test_institution_named_x_of_y_takes_the_and_a_proper_name_does_not():
    p = _profile("Priya V", "en", Name="Priya V", Education="University of Toronto")
    assert all("the University of Toronto" in a for a in _answers(p, "school"))
    assert with_article("Lakeview High School", "school") == "Lakeview High School"


# 2. 会 in a noun ------------------------------------------------------------------------------------

def test_hui_inside_a_noun_is_not_a_clause_but_the_modal_is():
    assert not is_clause("开会") and not is_clause("音乐会")
    assert is_clause("我会游泳") and is_clause("不会做饭")
    assert extract_keys("香菜、开会、下雨天", BY_NAME["dislikes"]) == [["香菜"], ["开会"], ["下雨天"]]


# 3. 等 of a grade -----------------------------------------------------------------------------------

def test_deng_of_a_grade_is_kept_and_etc_is_stripped():
    assert strip_etc("普通话一级甲等") == "普通话一级甲等"
    assert strip_etc("橡胶手枪等") == "橡胶手枪"
    assert extract_keys("普通话一级甲等", BY_NAME["skills"]) == [["普通话一级甲等"]]
    assert extract_keys("英语六级、普通话一级甲等", BY_NAME["skills"]) == [["英语六级"], ["普通话一级甲等"]]
    assert extract_keys("冰雕、扭秧歌、冬泳等", BY_NAME["hobbies"]) == [["冰雕"], ["扭秧歌"], ["冬泳"]]


# 4. Japanese place with 和 ------------------------------------------------------------------------

def test_japanese_place_is_not_split_at_wa():
    assert extract_keys("祖母の和菓子屋の二階", BY_NAME["residence"]) == [["祖母の和菓子屋の二階"]]
    assert extract_keys("北京和上海", BY_NAME["residence"]) == [["北京"], ["上海"]]


# 5. Pet name before the bracket --------------------------------------------------------------------

def test_pet_name_outside_brackets_beats_a_quoted_term_inside():
    assert extract_keys('Dizzy (a parrot that whistles "Tiger Rag")', BY_NAME["pets"]) == [["Dizzy"]]
    assert extract_keys("a tabby (named 'Whiskers')", BY_NAME["pets"]) == [["Whiskers"]]
    assert extract_keys("橘猫“螺旋桨”", BY_NAME["pets"]) == [["螺旋桨"]]


# 6. Spaced CJK names ---------------------------------------------------------------------------------

def test_spaced_japanese_name_gets_its_spaceless_form():
    p = _profile("星野 灯", "ja", 名前="星野 灯", 家族="祖母 - 星野 ハツ；父 - 星野 誠")
    assert ["星野 灯", "星野灯"] == _sbk(p, "name")[0].keywords[0][:2]
    father = next(d for d in relation_drafts(p, "家族", p.fields["家族"], 0) if d.family == "relation:父")
    assert "星野誠" in father.keywords[0]
    assert term_in(normalize("父 - 星野 誠"), normalize_term("星野誠"))


def test_spaced_name_records_survive_the_keyword_filter():
    profiles = [_profile("星野 灯", "ja", 名前="星野 灯", 年齢="16歳", 家族="父 - 星野 誠"),
                _profile("大川 ふみ", "ja", 名前="大川 ふみ", 年齢="58歳", 家族="父 - 大川 茂")]
    records = [r for split in build_dataset(profiles, seed=0).splits.values() for r in split]
    names = [r for r in records if r.metadata.model_extra["family"] == "name"]
    assert {r.character_name for r in names} == {"星野 灯", "大川 ふみ"}


# 7. Korean relationship questions ------------------------------------------------------------------

def test_korean_relation_questions_are_natural():
    p = _profile("박도현", "ko", 이름="박도현", 가족="아버지: 박수근; 절친: 최무진")
    questions = {d.question for seed in range(8) for d in relation_drafts(p, "가족", p.fields["가족"], seed)}
    assert not any("당신" in q for q in questions)
    assert questions & {"아버님 성함이 어떻게 되세요?", "아버지는 누구세요?"}
    assert questions & {"절친은 누구예요?", "절친 이름이 뭐예요?"}


# 8. Japanese personality ---------------------------------------------------------------------------

def test_japanese_traits_conjugate_with_the_i_adjective_last():
    assert ja_traits(["世話好き", "涙もろい", "せっかち"]) == "世話好きで、せっかちで、涙もろい"
    assert ja_traits(["冷静", "お人好し"]) == "冷静で、お人好しな"
    assert ja_traits(["優しい", "涙もろい"]) is None


def test_japanese_personality_answers_are_grammatical():
    p = _profile("大川ふみ", "ja", 名前="大川ふみ", 性格="世話好き、せっかち、涙もろい")
    answers = _answers(p, "personality", range(10))
    assert answers <= {"私は世話好きで、せっかちで、涙もろい性格です。", "よく世話好き、せっかち、涙もろいと言われます。"}
    two_i = _profile("X", "ja", 名前="X", 性格="優しい、涙もろい")
    assert _answers(two_i, "personality", range(10)) == {"よく優しい、涙もろいと言われます。"}


# 9. CM settings and reactions ----------------------------------------------------------------------

def test_setting_is_read_from_era_and_genre_words():
    assert detect_setting({"时代": "北宋元祐年间", "职业": "坐堂女医（汴梁回春堂）"}) == "historical"
    assert detect_setting({"시대": "조선 세종 시대 (1438년)", "직업": "천문관"}) == "historical"
    assert detect_setting({"Occupation": "chief xenobotanist (Kestrel-9 space station)", "Home": "Mars colony"}) == "future"
    assert detect_setting({"職業": "高校二年生", "夢": "宇宙飛行士（国際宇宙ステーションから金沢を見ること）"}) == "modern"
    assert detect_setting({"职业": "程序员", "对手": "宋子航"}) == "modern"


def test_historical_characters_hear_about_period_objects():
    p = _profile("박도현", "ko", 이름="박도현", 시대="조선 세종 시대", 직업="천문관 (관상감 소속)")
    text = profile_text(p.name, p.fields)
    d = cm_draft(p, "colour", text, random.Random(0), detect_setting(p.fields))
    history = " ".join(m["content"] for m in d.history)
    assert "자전거" not in history and "자전거" not in d.question and "도포" in d.question
    turns, pools = material("en", "number", "historical")
    assert not any("bus" in t for t in turns["distract"])


def test_cm_reactions_echo_the_fact_just_said():
    p = _profile("Mara Quill", "en", Name="Mara Quill", Occupation="lighthouse keeper")
    text = profile_text(p.name, p.fields)
    for seed in range(10):
        d = cm_draft(p, "pet_name", text, random.Random(seed))
        history = d.history[2:] if d.history[0]["content"].startswith(("Hi ", "Hey ")) else d.history
        user_turns = [m["content"] for m in history if m["role"] == "user"]
        replies = [m["content"] for m in history if m["role"] == "assistant"]
        for said, reply in zip(user_turns, replies):
            name = next(n for n in [*d.negatives, d.keywords[0][0]] if n in said)
            assert name in reply, (said, reply)


def test_greeting_uses_the_first_name():
    p = _profile("Rook Ashgrove", "en", Name="Rook Ashgrove")
    greetings = {d.history[0]["content"] for seed in range(12)
                 for d in [cm_draft(p, "trip", profile_text(p.name, p.fields), random.Random(seed))] if d}
    assert any("Rook" in g for g in greetings) and not any("Ashgrove" in g for g in greetings)


def test_cm_records_of_every_setting_pass_the_filter():
    profiles = [_profile("苏婉清", "zh", 姓名="苏婉清", 时代="北宋元祐年间", 职业="坐堂女医（汴梁回春堂）"),
                _profile("赵明轩", "zh", 姓名="赵明轩", 时代="2150年，人类已在月球建立永久基地", 职业="行星地质学家"),
                _profile("鷹宮蓮", "ja", 名前="鷹宮蓮", 時代="平安時代中期（京の都）", 職業="見習い陰陽師"),
                _profile("Rook Ashgrove", "en", Name="Rook Ashgrove", Occupation="retired dragon courier of the kingdom")]
    result = build_dataset(profiles, seed=0, cm_per_character=8)
    cm = [r for split in result.splits.values() for r in split if r.focus == CM]
    assert {r.character_name for r in cm} == {p.name for p in profiles}
    assert len(cm) >= 24, result.stats["drops"]


# 10. Goal keywords ---------------------------------------------------------------------------------

@pytest.mark.parametrize("phrase, key", [
    ("charting the Drowned Archipelago", "Drowned Archipelago"),
    ("opening an investigation firm", "investigation firm"),
    ("finding a new rider for Ember", "new rider"),
    ("考上中国传媒大学", "中国传媒大学"),
    ("编成《简便验方》", "简便验方"),
    ("陰陽頭になること", "陰陽頭"),
    ("해녀 박물관 카페 열기", "해녀 박물관 카페"),
    ("为师娘报仇", None),
])
def test_goal_key_is_the_key_noun_phrase(phrase, key):
    assert goal_key(phrase) == key


def test_goal_keyword_offers_the_whole_phrase_and_the_answer_says_it_whole():
    p = _profile("Elowen Marsh", "en", Name="Elowen Marsh", Goal="charting the Drowned Archipelago")
    (d,) = _sbk(p, "dream")
    assert d.keywords == [["Drowned Archipelago", "charting the Drowned Archipelago"]]
    assert "charting the Drowned Archipelago" in d.answer
    assert contains_term(normalize(d.answer), normalize_term("Drowned Archipelago"))
