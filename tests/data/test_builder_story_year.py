"""The card's year gates its conversations and wrong answers (builder/story_year.py, review 64's
world slips): a card that writes its period as a reign year ("순조 5년"), a year glued to 年/년,
or a birth year and an age hears of nothing newer than that year (no hamster, gym locker or
team leader for a Joseon potter, no fitness club or roommate in 1970s Shanghai, no Hanoi trip in
1970), in every language. Cards written for these tests."""

from __future__ import annotations

import random

import pytest

from raiden_r1.data.audit.checks_build import check_anachronism
from raiden_r1.data.builder.decoys import decoys
from raiden_r1.data.builder.setting import cm_setting, detect_setting
from raiden_r1.data.builder.story_year import story_year, too_new
from raiden_r1.data.builder.tables import table
from raiden_r1.data.schema import CM, Record
from built_records import built_records, profile

_POTTER = profile("억쇠", "ko", 이름="억쇠", 성별="남성", 나이="서른여섯", 시대="순조 5년 을축년, 전주 부성 밖 옹기촌",
                  직업="옹기장이", 거주지="전주 남문 밖 옹기 가마 옆 초가", 말투="느릿한 전라도 사투리",
                  인간관계="아내 끝례(서른둘), 맞수 박칠복, 장터의 사내로 옹기를 판다")
_TEA = profile("冯茂源", "zh", 姓名="冯茂源", 性别="男", 年龄="五十一岁", 所处时代="道光二十年的广州十三行",
               职业="茶叶行的掌柜", 居住地="广州西关", 人物关系="妻子-何氏;对手-郑七，怡和行隔壁那家的账房先生")
_SEAMSTRESS = profile("葛秀珍", "zh", 姓名="葛秀珍", 性别="女", 年龄="四十岁", 所处时代="1975年的上海",
                      职业="里弄生产组的缝纫工", 居住地="上海虹口区的石库门")
_INNKEEPER = profile("岡部 とよ", "ja", 名前="岡部 とよ", 性別="女性", 年齢="四十五歳", 時代="昭和四十三年の別府",
                     職業="温泉宿の女将", 住まい="別府の旅館「松葉屋」")
_WEAVER = profile("Hepzibah Crowther", "en", Name="Hepzibah Crowther", Gender="Female", Age="30",
                  Birthday="12 May 1821", Birthplace="Heptonstall, Yorkshire", Occupation="hand-loom weaver",
                  Residence="a weaver's cottage above Hebden Bridge")
_BARTENDER = profile("Vincenzo Russo", "en", Name="Vincenzo Russo", Gender="Male", Age="38",
                     Era="the 1920s, a Chicago speakeasy", Occupation="bartender", Residence="a rooming house on Taylor Street")
_DRILLER = profile("Royce Dupree", "en", Name="Royce Dupree", Gender="Male", Age="44", Era="1970, the Permian Basin oil patch",
                   Birthplace="Odessa, Texas", Occupation="roughneck on a drilling rig")


def test_a_reign_year_is_the_story_year_in_each_script():
    assert story_year(_POTTER.fields) == 1805  # 순조 원년 1801
    assert story_year(_TEA.fields) == 1840  # 道光元年 1821
    assert story_year({"時代": "明治二十三年の横浜"}) == 1890
    assert story_year(_INNKEEPER.fields) == 1968
    assert story_year({"Era": "the 1960s, a Liverpool cellar club"}) == 1969


def test_without_an_era_field_the_birth_year_plus_the_age_is_the_story_year():
    assert story_year(_WEAVER.fields) == 1851
    assert story_year({"생일": "1901년 3월 초닷새", "나이": "스물다섯"}) == 1926
    assert story_year({"Birthday": "June 2", "Age": "30"}) is None


def test_an_era_field_of_the_present_day_names_past_years_not_the_story_year():
    assert story_year({"Era": "present day, eighty years after the 1945 armistice"}) is None
    assert story_year({"时代": "现代，距1949年已七十多年"}) is None


def test_a_card_dated_only_by_a_reign_year_gets_the_period_material():
    assert detect_setting(_POTTER.fields) == "historical"
    assert detect_setting(_TEA.fields) == "historical"
    assert cm_setting(_SEAMSTRESS.fields) == "recent"


def test_a_year_never_moves_a_card_forward():
    wizard = {"Name": "Aldric", "Era": "1993", "Occupation": "court wizard of the kingdom of Vel", "Background": "a knight's squire"}
    assert detect_setting(wizard) == "historical"


def test_the_word_table_gates_by_year_and_by_gap_in_each_language():
    assert too_new("My cousin got a hamster.", "en", 1930) == ("hamster", 1945)
    assert too_new("My cousin got a hamster.", "en", 1960) is None
    assert too_new("Next month I'm off to Hanoi.", "en", 1970) == ("Hanoi", 1995)
    assert too_new("Next month I'm off to Hanoi.", "en", 2001) is None
    assert too_new("我们老板姓吴。", "zh", 1970) is not None
    assert too_new("我们老板姓吴。", "zh", 1930) is None
    assert too_new("ジムのロッカー", "ja", 1958) is not None
    assert too_new("새 자전거를 샀어요.", "ko", 1805) == ("자전거", 1899)


def test_a_word_the_card_itself_says_belongs_to_its_world():
    assert too_new("He rides a bicycle.", "en", 1869, card="Hobbies: riding his new bicycle") is None


def _cm(card) -> list:
    return [r for r in built_records(card, cm=8) if r.metadata.focus == CM]


# What each card's conversations must not say (written here, not read from the builder's table)
_LATER = {"억쇠": ["햄스터", "헬스장", "사물함", "팀장", "룸메이트", "자전거", "펫숍", "예매", "버스", "월 "],
          "冯茂源": ["健身房", "演唱会", "室友", "仓鼠", "宠物店", "自行车", "公交", "月1", "月2", "月3"],
          "葛秀珍": ["健身房", "演唱会", "室友", "仓鼠", "宠物店", "手机", "网上"],
          "岡部 とよ": ["ハムスター", "コンビニ", "ジム", "スマホ", "ペットショップ", "ルームメイト"],
          "Hepzibah Crowther": ["bike", "bicycle", "hamster", "bus", "phone", "car ", "cinema", "teal"],
          "Vincenzo Russo": ["smartphone", "internet", "online", "computer", "gym", "hamster", "roommate", "texted", "apps"],
          "Royce Dupree": ["Hanoi", "internet", "computer", "laptop", "smartphone", "online"]}


@pytest.mark.parametrize("card", [_POTTER, _TEA, _SEAMSTRESS, _INNKEEPER, _WEAVER, _BARTENDER, _DRILLER],
                         ids=lambda c: c.name)
def test_conversations_of_a_dated_card_name_nothing_newer_in_each_language(card):
    records = _cm(card)
    assert len(records) >= 4
    for rec in records:
        said = "\n".join([*(t.content for t in rec.conversation_history), rec.answer, *rec.negative_keywords])
        assert not [w for w in _LATER[card.name] if w.casefold() in said.casefold()], said
        assert check_anachronism(rec, card.fields) == [], said


def test_wrong_answers_of_a_dated_card_are_of_its_time():
    for card in (_POTTER, _TEA, _SEAMSTRESS, _INNKEEPER, _WEAVER, _BARTENDER, _DRILLER):
        for rec in built_records(card):
            assert check_anachronism(rec, card.fields) == [], (card.name, rec.negative_keywords)


def test_a_joseon_wife_gets_names_of_her_age():
    wife = next(r for r in built_records(_POTTER) if r.metadata.family == "relation:아내")
    modern = set(table("decoys.yaml", "GIVEN")["female"]["ko"])
    assert wife.negative_keywords and not modern & set(wife.negative_keywords)


def test_a_rival_the_card_calls_a_man_gets_mens_names():
    card = "\n".join(_TEA.fields.values())
    names = decoys("relation:对手", None, "郑七", "zh", "historical", card, False, random.Random(0))
    women = table("decoys.yaml", "GIVEN")["female"]
    female_given = {g for key, pool in women.items() if key.startswith("zh") for g in pool}
    assert names and not any(n[1:] in female_given for n in names)
    card = "\n".join(_POTTER.fields.values())  # "맞수 박칠복, 장터의 사내로…"
    names = decoys("relation:맞수", None, "박칠복", "ko", "historical", card, False, random.Random(0))
    ko_women = {g for key, pool in women.items() if key.startswith("ko") for g in pool}
    assert names and not any(n[1:] in ko_women for n in names)


def test_a_pronoun_in_the_note_is_no_gender_cue():
    # "她" is the card's own character here, not the rival
    card = "竞争对手-韩子墨（学生会主席，总跟她抢第一名）"
    men = decoys("relation:竞争对手", None, "韩子墨", "zh", "modern", card, False, random.Random(0))
    women = table("decoys.yaml", "GIVEN")["female"]["zh"]
    assert any(n[1:] in women for n in men)


def test_a_relation_label_read_by_its_head_word():
    names = decoys("relation:twin sister", None, "Loveday", "en", "modern", "twin sister Loveday", False, random.Random(0))
    assert names and set(names) <= set(table("decoys.yaml", "GIVEN")["female"]["en"])


def test_a_card_naming_a_state_not_a_city_gets_that_countrys_cities():
    card = "\n".join(_DRILLER.fields.values())
    places = decoys("hometown", None, "Odessa", "en", "modern", card, False, random.Random(0))
    us = next(g for g in table("decoys.yaml", "POOLS")["place"]["en"] if g[0] == "Boston")
    assert places and set(places) <= set(us)


def _record(history: list[str], answer: str, negatives: list[str]) -> Record:
    return Record.model_validate({
        "character_name": "억쇠", "character_profile": _POTTER.fields, "question": "제 동물 이름이 뭐라고 했죠?",
        "answer": answer, "keywords": ["방울이"], "negative_keywords": negatives, "question_type": "what",
        "validation_method": "single_term_validation", "difficulty": "easy",
        "conversation_history": [{"role": "user" if i % 2 == 0 else "assistant", "content": t} for i, t in enumerate(history)],
        "metadata": {"language": "ko", "focus": CM}})


def test_the_audit_flags_a_thing_newer_than_the_card_and_passes_one_of_its_time():
    bad = _record(["우리 햄스터 이름은 방울이예요.", "방울이유?", "헬스장 사물함은 12번이에요.", "12유."],
                  "햄스터 이름은 방울이잖아유.", ["호두"])
    good = _record(["우리 송아지 이름은 방울이예요.", "방울이유?", "옆집 개는 흰둥이예요.", "흰둥이유."],
                   "송아지 이름은 방울이잖아유.", ["흰둥이"])
    problems = check_anachronism(bad, _POTTER.fields)
    assert any("햄스터" in p and "1805" in p for p in problems)
    assert any(p.startswith("conversation_history.2:") for p in problems)  # the gym locker
    assert check_anachronism(good, _POTTER.fields) == []


def test_the_audit_flags_a_wrong_answer_of_a_later_time():
    rec = _record(["우리 송아지 이름은 방울이예요.", "방울이유?"], "방울이잖아유.", ["자전거"])
    assert any(p.startswith("negative_keywords.0") for p in check_anachronism(rec, _POTTER.fields))
