"""Keys and coverage from the 60th review (six unseen cards): values with an internal space or a
second date, fragments cut at a suffix or a conjugation, readings and quoted names, two-item
lists, fields the mapping dropped, forms of address taken as catch-phrases, and wrong names of
another age. One test per cause, on cards written for these tests."""

from __future__ import annotations

from raiden_r1.data.builder.dates import date_keys
from raiden_r1.data.builder.fields import classify_field
from raiden_r1.data.profiles_relations import parse_relationships
from built_records import (
    profile as _profile, by_family as _by_family, alternatives as _alternatives,
    gold_accuracy as _accuracy, field_keys as _keys)


# 1. a value with an internal space: its last part where that is a complete value
def test_an_era_date_with_a_space_is_keyed_by_its_day():
    alts = date_keys("寛政元年 皐月五日")[0]
    assert alts[0] == "皐月五日" and "寛政元年 皐月五日" in alts
    rec = _by_family(_profile("早瀬 弥市", "ja", 名前="早瀬 弥市", 誕生日="寛政元年 皐月五日"))["birthday"]
    assert _accuracy(rec, "皐月五日でござる。") == 1.0 and _accuracy(rec, "皐月の五日生まれです。") == 1.0


def test_an_old_province_and_town_with_a_space_give_the_town():
    alts = _keys("出身地", "越後国 長岡")
    assert "長岡" in alts and "越後" in alts and "越後国 長岡" in alts
    rec = _by_family(_profile("早瀬 弥市", "ja", 名前="早瀬 弥市", 出身地="越後国 長岡"))["hometown"]
    assert _accuracy(rec, "長岡でござる。") == 1.0


# 2. whole words, never a fragment
def test_a_korean_metropolitan_city_gives_its_bare_name_never_a_cut_word():
    alts = _keys("고향", "광주광역시 북구")
    assert "광주" in alts and "광주광역" not in alts
    assert "세종" in _keys("고향", "세종특별자치시") and "세종특별자치" not in _keys("고향", "세종특별자치시")


def test_a_japanese_goal_cut_at_a_continuative_is_keyed_by_its_verb_noun():
    alts = _keys("夢", "再び上洛し、母に家を建てること")
    assert "上洛" in alts and not any(a.endswith("上洛し") for a in alts)
    rec = _by_family(_profile("早瀬 弥市", "ja", 名前="早瀬 弥市", 夢="再び上洛し、母に家を建てること"))["dream"]
    assert "上洛し" not in rec.answer.replace("上洛した", "")
    assert _accuracy(rec, "もう一度上洛することでござる。") == 1.0


# 3. readings, second dates, quoted names, short forms of a long place
def test_a_reading_in_brackets_is_an_equal_key():
    assert "오르빗" in _keys("소속", "걸그룹 'ORBIT'(오르빗), 리드보컬")
    assert "オービット" in _keys("所属", "アイドルグループ「ORBIT」（オービット）")
    assert "故人" not in _keys("所属", "劇団「ORBIT」（故人）")


def test_a_second_date_in_brackets_is_an_equal_key():
    alts = date_keys("光绪十年正月初八（1884年2月4日）")[0]
    assert "正月初八" in alts and "2月4日" in alts
    assert date_keys("1990年3月4日（农历二月初八）")[0][:2] == ["3月4日", "农历二月初八"]
    assert date_keys("May 3 (the Feast of the Cross)") == [["May 3"]]  # a note, no second date


def test_a_quoted_name_inside_a_value_is_a_key():
    rec = _by_family(_profile("苏慕白", "zh", 姓名="苏慕白", 随身法器="玉笛“听澜”"))
    asked = [r for r in rec.values() if "听澜" in _alternatives(r)]
    assert asked and _accuracy(asked[0], "听澜。") == 1.0


def test_a_chain_of_named_places_gives_each_link():
    alts = _keys("居住地", "云梦山青霞宗落雁峰")
    assert alts[0] == "云梦山青霞宗落雁峰" and {"落雁峰", "青霞宗", "云梦山"} <= set(alts)
    assert "雪松村" in _keys("籍贯", "西岭雪松村")
    assert _keys("居住地", "青城山") == ["青城山"]  # one place, never 青城 + 山


# 4. lists
def test_a_korean_food_after_a_relative_clause_is_its_noun():
    rec = _by_family(_profile("한도윤", "ko", 이름="한도윤", **{"좋아하는 음식": "할머니가 끓여 준 된장찌개, 딸기우유"}))["food"]
    assert {"된장찌개", "딸기우유"} <= set(_alternatives(rec))
    assert _accuracy(rec, "된장찌개요!") == 1.0
    assert not any(a.endswith("가기") and a != "주말마다 동네 영화관 가기" for a in _keys("취미", "주말마다 동네 영화관 가기, 보드게임"))


def test_a_four_character_trait_of_two_traits_gives_each_half():
    alts = _keys("性格", "沉稳少言、记仇")
    assert {"沉稳少言", "沉稳", "少言", "记仇"} <= set(alts)
    assert _keys("性格", "一丝不苟") == ["一丝不苟"]  # an idiom is one trait


# 5. fields the mapping dropped
def test_a_spirit_pet_field_is_a_pet():
    assert classify_field("灵宠").name == "pets" and classify_field("灵兽").name == "pets"
    rec = _by_family(_profile("苏慕白", "zh", 姓名="苏慕白", 灵兽="一头白泽幼兽，名叫“团雪”"))["pets"]
    assert _accuracy(rec, "团雪。") == 1.0


def test_a_second_name_field_joins_the_first_one_question():
    rec = _by_family(_profile("서하람", "ko", 이름="서하람", 예명="하루(HARU)", 별명="솜사탕, 부산 공주"))["nickname"]
    assert {"하루", "솜사탕", "부산 공주"} <= set(_alternatives(rec))
    assert _accuracy(rec, "다들 솜사탕이라고 불러요.") == 1.0


def test_a_japanese_relation_list_of_no_and_dot_entries_is_parsed():
    pairs = parse_relationships("兄の新之助（二十歳、大工）、碁の師匠・村井道伯（故人）、宿敵・黒田左門（元同門）")
    assert pairs == [("兄", "新之助"), ("碁の師匠", "村井道伯"), ("宿敵", "黒田左門")]


def test_a_relation_named_with_an_honorific_is_also_its_bare_name():
    ja = _by_family(_profile("早瀬 弥市", "ja", 名前="早瀬 弥市", **{"家族・関係": "長屋の大家・おとよ婆さん（世話焼き）"}))
    rec = next(r for f, r in ja.items() if f.startswith("relation:"))
    assert "おとよ" in _alternatives(rec) and _accuracy(rec, "おとよでござる。") == 1.0
    ko = _by_family(_profile("한도윤", "ko", 이름="한도윤", 인간관계="스승 제니 쌤(보컬 트레이너)"))
    assert any("제니" in _alternatives(r) for f, r in ko.items() if f.startswith("relation:"))


def test_a_short_job_with_a_note_after_it_is_asked():
    zh = _by_family(_profile("蓝巧云", "zh", 姓名="蓝巧云", 职业="“巧云米粉”老板娘，店开在码头边"))
    assert "老板娘" in _alternatives(zh["occupation"])
    en = _by_family(_profile("Ishbel Rae", "en", Name="Ishbel Rae", Occupation="ferrywoman; she also mends nets"))
    assert "occupation" in en


def test_a_japanese_job_said_after_a_time_and_an_employer():
    alts = _keys("職業", "浪人。夜は米問屋「越前屋」の用心棒")
    assert "用心棒" in alts and "浪人" in alts


def test_a_residence_near_a_landmark_keeps_the_address():
    alts = _keys("居住地", "成都市锦江区春熙路附近")
    assert "成都" in alts and "春熙路" in alts


# 6. forms of address
def test_a_form_of_address_is_never_a_catch_phrase():
    zh = _keys("说话风格及口头禅", "自称“为师”，称徒弟为“汝等”，生气时只说“放肆”")
    rec = _by_family(_profile("苏慕白", "zh", 姓名="苏慕白",
                              说话风格及口头禅="自称“为师”，称徒弟为“汝等”，生气时只说“放肆”"))["catchphrase"]
    assert "放肆" in zh and _alternatives(rec) == ["放肆"]
    ja = _by_family(_profile("早瀬 弥市", "ja", 名前="早瀬 弥市", 口癖="「貴様」「南無三」"))["catchphrase"]
    assert _alternatives(ja) == ["南無三"]
    ko = _by_family(_profile("한도윤", "ko", 이름="한도윤", 말버릇="'여러분', '대박이다'"))["catchphrase"]
    assert _alternatives(ko) == ["대박이다"]


# 7. wrong names of the card's own age
def test_a_samurai_age_card_takes_wrong_names_of_its_age():
    heian = {"藤原", "源", "平", "橘", "菅原", "清原", "大江", "在原", "小野", "紀"}
    rec = _by_family(_profile("早瀬 弥市", "ja", 名前="早瀬 弥市", 時代="元禄年間の江戸", 職業="浪人"))["name"]
    assert rec.negative_keywords and not any(n.startswith(tuple(heian)) for n in rec.negative_keywords)
