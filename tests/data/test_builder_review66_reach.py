"""Review 66, the setting of CM chats: a place the user names can be reached from the card's place
and year (builder/reach.yaml), in every language: no sea harbour for an inland town, no boat to
or from a landlocked place, no city the borders of the card's year closed; and an era field
written "时代背景" is the era, not a story. Cards invented here."""

from __future__ import annotations

import re

from raiden_r1.data.audit.checks_places import check_reach
from raiden_r1.data.builder.checks import profile_text
from raiden_r1.data.builder.cm import cm_drafts
from raiden_r1.data.builder.reach import out_of_reach
from raiden_r1.data.builder.story_year import story_year
from raiden_r1.data.profiles import profile_from_fields
from raiden_r1.data.schema import Record


def _chats(name: str, fields: dict[str, str], seeds: int = 10) -> list[str]:
    p = profile_from_fields(name, fields)
    return [m["content"] for seed in range(seeds) for d in cm_drafts(p, seed, 8, profile_text(p.name, p.fields))
            for m in d.history]


def test_an_era_background_field_gives_the_story_year():
    assert story_year({"时代背景": "民国二十年（1931年），太原"}) == 1931
    assert story_year({"時代背景": "昭和三年、松本"}) == 1928
    assert story_year({"시대 배경": "1972년, 강원도 태백"}) == 1972


ZH_INLAND = {"姓名": "郝玉梅", "性别": "女", "年龄": "二十岁", "时代背景": "民国二十年（1931年），太原",
             "职业": "绸缎庄学徒", "爱好": "剪纸"}
JA_INLAND = {"名前": "小松ハル", "性別": "女", "年齢": "十九歳", "時代": "昭和三年、松本", "職業": "製糸工場の女工"}
KO_INLAND = {"이름": "정말순", "성별": "여자", "나이": "45세", "시대": "1972년, 강원도 태백", "사는 곳": "태백 철암 광산촌",
             "직업": "구멍가게 주인"}
EN_INLAND = {"Name": "Clara Boyd", "Gender": "Female", "Age": "34", "Residence": "Santa Fe, New Mexico",
             "Occupation": "potter"}


def test_an_inland_card_is_told_of_no_sea_harbour_or_lighthouse_in_any_language():
    for name, fields, sea in (("郝玉梅", ZH_INLAND, r"灯塔|海边|海港|渔港|港口"), ("小松ハル", JA_INLAND, r"灯台|港|浜辺"),
                              ("정말순", KO_INLAND, r"항구|등대|바닷가|포구"),
                              ("Clara Boyd", EN_INLAND, r"(?i)harbou?r|lighthouse|beach")):
        chats = _chats(name, fields)
        assert chats and not [t for t in chats if re.search(sea, t)], name


ZH_1930S_PORT = {"姓名": "顾兰芝", "性别": "女", "年龄": "二十二岁", "时代背景": "民国二十四年（1935年），上海",
                 "职业": "纱厂女工"}
EN_1900S_PORT = {"Name": "Nora Quinn", "Gender": "Female", "Age": "28", "Era": "1905, Boston",
                 "Occupation": "seamstress"}


def test_no_boat_goes_to_a_landlocked_city():
    zh = [t for t in _chats("顾兰芝", ZH_1930S_PORT, 16) if re.search("船", t)]
    assert not [t for t in zh if re.search("大理|西安|敦煌|喀什|丽江|拉萨", t)]
    en = [t for t in _chats("Nora Quinn", EN_1900S_PORT, 16) if re.search(r"(?i)passage", t)]
    assert not [t for t in en if re.search(r"Prague|Marrakesh|Oaxaca", t)]


def test_a_boat_leaving_a_landlocked_home_is_out_of_reach_but_one_to_a_port_is_not():
    home = {"时代背景": "民国十八年（1929年），西安"}
    assert out_of_reach("我已经买好了下个月去青岛的船票。", home, "zh")
    assert out_of_reach("来月、船で長崎へ参ります。", {"時代": "大正十年、長野"}, "ja")
    assert out_of_reach("다음 달 배편으로 안동에 가요.", {"사는 곳": "부산"}, "ko")
    assert out_of_reach("I've arranged passage to Denver.", {"Residence": "Boston"}, "en")
    assert not out_of_reach("我已经买好了下个月去青岛的船票。", {"时代背景": "民国十八年（1929年），上海"}, "zh")


def test_a_1930s_card_hears_of_no_trip_into_manchukuo():
    chats = _chats("顾兰芝", ZH_1930S_PORT, 16)
    assert not [t for t in chats if re.search("哈尔滨|大连|长春|沈阳", t)]


def test_closed_borders_in_every_language_and_the_cards_own_places_stay():
    assert out_of_reach("过几天我要去哈尔滨。", {"时代背景": "1936年，开封"}, "zh")
    assert not out_of_reach("过几天我要去长春。", {"时代背景": "1936年，哈尔滨"}, "zh")
    assert not out_of_reach("过几天我要去哈尔滨。", {"时代背景": "1925年，开封"}, "zh")
    assert out_of_reach("다음 달 평양에 가요.", {"시대": "1968년, 서울"}, "ko")
    assert out_of_reach("来月、樺太へ参ります。", {"時代": "昭和三十年、札幌"}, "ja")
    assert out_of_reach("We're off to Havana next month.", {"Era": "1975, Chicago, United States"}, "en")
    assert not out_of_reach("We're off to Havana next month.", {"Era": "1955, Chicago, United States"}, "en")


def _cm(lang: str, card: dict[str, str], turns: list[str], key: str, negatives: list[str]) -> Record:
    history = [{"role": "user" if i % 2 == 0 else "assistant", "content": t} for i, t in enumerate(turns)]
    return Record.model_validate({
        "character_name": "c", "character_profile": card, "conversation_history": history, "question": "q?",
        "answer": key, "keywords": [key], "negative_keywords": negatives, "question_type": "where",
        "validation_method": "single_term_validation", "difficulty": "easy",
        "metadata": {"focus": "conversation_memory", "language": lang, "family": "cm:trip"}})


def test_the_audit_flags_a_harbour_inland_a_boat_to_a_landlocked_city_and_a_closed_border():
    harbour = _cm("ko", KO_INLAND, ["내일 항구에 갈 생각이에요.", "항구요?", "지난주에 서점에 갔어요.", "서점이군요."], "항구", ["서점"])
    boat = _cm("zh", ZH_1930S_PORT, ["我买好了下个月去西安的船票。", "西安啊。", "我表兄刚从苏州回来。", "苏州啊。"], "西安", ["苏州"])
    border = _cm("zh", ZH_1930S_PORT, ["我下个月去杭州。", "杭州啊。", "我表兄刚从大连回来。", "大连啊。"], "杭州", ["大连"])
    for rec in (harbour, boat, border):
        assert check_reach(rec, rec.character_profile), rec.conversation_history[0].content
    fine = _cm("zh", ZH_1930S_PORT, ["我下个月去杭州。", "杭州啊。", "我表兄刚从苏州回来。", "苏州啊。"], "杭州", ["苏州"])
    assert not check_reach(fine, fine.character_profile)


# Coverage (review 66): a relative written "母・はる" and a room inside a place of a spaced town.

def test_a_relative_after_a_nakaguro_is_asked_and_a_particle_name_is_not():
    from built_records import by_family, gold_accuracy, profile
    card = profile("森ゲン", "ja", 名前="森ゲン", 家族="父・森源一（五十歳）、母・はる（四十歳）、姉・よね（二十歳）")
    records = by_family(card)
    assert records["relation:母"].keywords == ["はる"]
    assert gold_accuracy(records["relation:母"], "はるだがや。") == 1.0
    # "よね" would pay every answer that ends "…だったよね"
    assert "relation:姉" not in records


def test_a_room_inside_a_place_of_a_spaced_town_is_keyed_by_the_place_and_the_town():
    from built_records import field_keys
    assert field_keys("住まい", "神戸 元町の喫茶店「ミナト」の二階の部屋")[:2] == ["元町", "神戸"]
    assert "ミナト" in field_keys("住まい", "神戸 元町の喫茶店「ミナト」の二階の部屋")
    assert field_keys("사는 곳", "철암 시장 안 국밥집 '순이네' 뒷방")[:2] == ["철암 시장", "철암"]
