"""Review 65, think text and world slips: the monologue follows whose fact is asked (the user's,
a relative's, the character's own) and varies by record; a card's year keeps out what its world had
not yet (a railway town, a three-digit flat, a numbered concert seat) or no longer had (a household
rickshaw), and what an inland river city lacks (a harbour); a relation's wrong names are names of
the card's time. Cards invented here, in every language a rule applies to."""

from __future__ import annotations

import re

import pytest

from raiden_r1.data.audit.checks_build import check_anachronism
from raiden_r1.data.audit.checks_think import check_era_names, check_think_subject
from raiden_r1.data.builder.story_year import too_new
from raiden_r1.data.cot import compose_cot
from raiden_r1.text import keyword_in
from built_records import built_records, profile

_CARDS = {
    "en": profile("Hattie Crane", "en", Name="Hattie Crane", Gender="female", Age="thirty-four", Era="1871",
                  Residence="a room above the feed store on Vine Street, Cincinnati", Occupation="laundress",
                  Personality="stubborn, warm", **{"Speaking style": "Ohio river twang, slow and dry"},
                  Relationships="husband Walt Crane; daughter Minnie Crane", Hobbies="quilting"),
    "zh": profile("尹秋菊", "zh", 姓名="尹秋菊", 性别="女", 年龄="四十一岁", 时代="1975年", 居住地="太原市迎泽区纺织厂宿舍",
                  职业="纺织厂挡车工", 性格="爽快、热心", 说话风格="一口太原话", 人物关系="丈夫：郭振山；女儿：郭小红", 爱好="织毛衣"),
    "ja": profile("森田 すみ", "ja", 名前="森田 すみ", 性別="女性", 年齢="四十五歳", 時代="昭和四十一年（1966年）",
                  住まい="長野県松本市の団地", 職業="食堂のおかみ", 性格="世話好き、せっかち", 話し方="信州弁",
                  家族="夫の森田 孝（大工）、娘の森田 節子", 趣味="編み物"),
    "ko": profile("변옥례", "ko", 이름="변옥례", 성별="여성", 나이="쉰여덟 살", 시대="1966년", 거주지="청주 남주동 시장 골목",
                  직업="떡집 주인", 성격="억척스럽고 정 많다", 말투="충청도 사투리", 인간관계="아들 김석구; 손자 김동수", 취미="화투"),
}
LANGS = sorted(_CARDS)


def _records(lang: str) -> list:
    return built_records(_CARDS[lang], cm=8)


def _said_by_user(r) -> bool:
    alts = [a for k in r.keywords for a in ([k] if isinstance(k, str) else k)]
    return any(m.role == "user" and any(keyword_in(m.content, a) for a in alts) for m in r.conversation_history)


@pytest.mark.parametrize("lang", LANGS)
def test_the_think_of_a_users_own_fact_never_calls_it_my_life(lang):
    user_facts = [r for r in _records(lang) if r.metadata.focus == "conversation_memory" and _said_by_user(r)]
    assert user_facts
    bad = [(seed, c) for r in user_facts for seed in range(6)
           if check_think_subject(r.model_copy(update={"cot": (c := compose_cot(r, seed))}), {})]
    assert bad == []


@pytest.mark.parametrize("lang, old_line", [
    ("en", "Someone as stubborn as me won't dodge a question about my own life."),
    ("zh", "我是尹秋菊，自己的事我最清楚。"),
    ("ja", "私は森田すみ。自分のことなら私が一番よく知っている。"),
    ("ko", "내 이름은 변옥례, 내 삶에 대해서라면 헷갈릴 게 없어."),
])
def test_the_audit_flags_a_think_that_calls_the_users_fact_my_life(lang, old_line):
    r = next(r for r in _records(lang) if r.metadata.focus == "conversation_memory" and _said_by_user(r))
    assert check_think_subject(r.model_copy(update={"cot": old_line}), {})


@pytest.mark.parametrize("lang, own_life", [("en", r"my own life|how my life has gone"), ("zh", "人生"),
                                            ("ja", "自分の人生"), ("ko", "삶의 일부|삶에 대해서")])
def test_the_think_of_a_relatives_fact_speaks_of_family_not_my_life(lang, own_life):
    kin = [r for r in _records(lang) if r.metadata.family.startswith("relation:")]
    assert kin
    assert [c for r in kin for seed in range(6) if re.search(own_life, c := compose_cot(r, seed))] == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_think_varies_from_record_to_record(lang):
    cots = [compose_cot(r, 0) for r in _records(lang)]
    sentences = [re.split(r"(?<=[.。!！?？])\s*", c) for c in cots]
    # no one outline: the second sentences and the last but one differ over a character's records
    assert len({s[1] for s in sentences if len(s) > 2}) >= 3
    assert len({s[-3] for s in sentences if len(s) > 3}) >= 3


def test_an_english_think_keeps_the_capital_of_a_place_or_people_word():
    card = profile("Abel Stroud", "en", Name="Abel Stroud", Birthplace="Dayton, Ohio", Hobbies="fishing",
                   **{"Speaking style": "Ohio farm twang"})
    cot = compose_cot(built_records(card)[0])
    assert "Ohio farm twang" in cot
    card = profile("Ruth Abney", "en", Name="Ruth Abney", Hobbies="darts", **{"Speaking style": "Yorkshire, blunt"})
    assert "Yorkshire" in compose_cot(built_records(card)[0])
    card = profile("Ruth Abney", "en", Name="Ruth Abney", Hobbies="darts", **{"Speaking style": "Gruff and slow"})
    assert "gruff and slow" in compose_cot(built_records(card)[0])


@pytest.mark.parametrize("text, lang, year, newer", [
    ("明年我想去大连看看。", "zh", 1880, True), ("明年我想去大连看看。", "zh", 1925, False),
    ("以前那辆人力车是红的。", "zh", 1978, True), ("以前那辆人力车是红的。", "zh", 1930, False),
    ("前の人力車は黒でした。", "ja", 1970, True), ("前の人力車は黒でした。", "ja", 1925, False),
    ("지금 312호에 살아요.", "ko", 1966, True), ("지금 312호에 살아요.", "ko", 1990, False),
    ("콘서트 좌석이 12번이었어요.", "ko", 1966, True), ("예전 인력거는 검은색이었어요.", "ko", 1970, True),
])
def test_the_story_year_keeps_out_what_the_world_had_not_yet_or_no_longer(text, lang, year, newer):
    assert (too_new(text, lang, year) is not None) is newer


def test_the_audit_says_a_thing_given_up_went_out_of_use():
    r = next(r for r in _records("ja") if r.metadata.focus == "conversation_memory")
    turn = r.conversation_history[0].model_copy(update={"content": "前の人力車の幌は茶色でした。"})
    spoiled = r.model_copy(update={"conversation_history": [turn, *r.conversation_history[1:]]})
    assert any("went out of use around 1955" in p for p in check_anachronism(spoiled, _CARDS["ja"].fields))


@pytest.mark.parametrize("lang", LANGS)
def test_no_built_record_names_a_thing_of_another_time(lang):
    assert [p for r in _records(lang) for p in check_anachronism(r, _CARDS[lang].fields)] == []


def test_an_inland_river_city_has_no_harbour_in_its_talk():
    talk = " ".join(m.content for r in _records("en") for m in r.conversation_history)
    assert not re.search(r"(?i)harbou?r|lighthouse|beach", talk)


@pytest.mark.parametrize("lang, later", [("ko", "민준|서준|도윤|지훈|시우|서연|하은|민서|예린|다은"),
                                         ("zh", "子轩|浩然|佳怡|欣怡|婷婷"), ("ja", "悠真|陽翔|蒼|結衣|咲良|凛|翔太")])
def test_a_relations_wrong_names_are_names_of_the_cards_time(lang, later):
    kin = [r for r in _records(lang) if r.metadata.family.startswith("relation:")]
    assert kin
    assert [n for r in kin for n in r.negative_keywords if re.search(later, n)] == []
    assert [p for r in kin for p in check_era_names(r, _CARDS[lang].fields)] == []


def test_the_audit_flags_a_wrong_name_of_a_later_time():
    r = next(r for r in _records("ko") if r.metadata.family.startswith("relation:"))
    assert check_era_names(r.model_copy(update={"negative_keywords": ["김도윤"]}), _CARDS["ko"].fields)


@pytest.mark.parametrize("lang, label, family_line", [("en", "neighbor", r"my own family|my kin|my own people"),
                                                      ("zh", "邻居", "家里|自家人|一家人"),
                                                      ("ja", "隣人", "身内|家族|家の者"),
                                                      ("ko", "이웃", "식구|가족|우리 집 사람")])
def test_a_neighbour_is_not_thought_of_as_family(lang, label, family_line):
    r = next(r for r in _records(lang) if r.metadata.family.startswith("relation:"))
    r = r.model_copy(update={"metadata": r.metadata.model_copy(update={"family": f"relation:{label}"})})
    assert [c for seed in range(8) if re.search(family_line, c := compose_cot(r, seed))] == []


@pytest.mark.parametrize("lang, label", [("ko", "손녀"), ("zh", "阿妈"), ("ja", "孫娘")])
def test_a_granddaughters_or_a_mothers_wrong_names_are_womens_names(lang, label):
    from raiden_r1.data.builder.decoys import is_kin
    assert is_kin(label)
    card = profile("변옥례", "ko", 이름="변옥례", 시대="1966년", 인간관계="손녀 김미순") if lang == "ko" else \
        profile("韦月娥", "zh", 姓名="韦月娥", 时代="1985年", 人物关系="阿妈：黄桂兰") if lang == "zh" else \
        profile("森田 すみ", "ja", 名前="森田 すみ", 時代="昭和四十一年（1966年）", 家族="孫娘の森田 和子")
    kin = [r for r in built_records(card) if r.metadata.family == f"relation:{label}"]
    assert kin
    men = {"ko": "영수|상훈|동철|광수|병철|상철", "zh": "志强|德胜|卫东|建军|浩然|国华", "ja": "和夫|浩二|茂|博|修|誠"}[lang]
    assert [n for r in kin for n in r.negative_keywords if re.search(men, n)] == []


def test_an_english_think_line_that_opens_with_a_value_starts_with_a_capital():
    cm = [r for r in _records("en") if r.metadata.focus == "conversation_memory"]
    cots = [compose_cot(r, seed) for r in cm for seed in range(4)]
    assert [s for c in cots for s in re.split(r"(?<=[.!?])\s+", c) if s[:1].islower()] == []
