"""Fixes from the 49th review (eight unseen cards, 22% clean, the audit caught none): one test per
cause, on cards written for these tests."""

from __future__ import annotations

from raiden_r1.data.profiles_relations import parse_relationships
from built_records import built_records as _records, profile as _profile


def _by_family(records: list) -> dict:
    return {r.metadata.family: r for r in records}


_TIANJIN = _profile(
    "魏听澜", "zh", 姓名="魏听澜", 性别="男", 年龄="41岁", 职业="码头账房先生",
    人物关系="1. 学徒：小石头（本名孙石生），讨饭出身，手脚勤快\n2. 好友：大夫钱守义，常替他看病\n3. 仇家：漕帮二当家彭九",
    恋爱状态="娶过亲，妻子早年病故")


def test_notes_after_a_relation_name_are_not_people():
    pairs = parse_relationships(_TIANJIN.fields["人物关系"])
    assert pairs == [("学徒", "小石头"), ("好友", "大夫钱守义"), ("仇家", "漕帮二当家彭九")]
    # people listed with "，" stay people when they are shaped as names
    assert parse_relationships("好友：张三，李四") == [("好友", "张三"), ("好友", "李四")]


def test_a_bracketed_real_name_is_an_alternative_and_the_gold_names_one_person():
    rel = _by_family(_records(_TIANJIN))
    assert rel["relation:学徒"].keywords == [["小石头", "孙石生"]]
    assert rel["relation:学徒"].answer.endswith("小石头。")
    assert "钱守义" in rel["relation:好友"].keywords[0]
    assert "看病" not in rel["relation:好友"].answer


def test_a_status_followed_by_a_note_is_keyed_by_its_first_clause():
    rec = _by_family(_records(_TIANJIN))["marital"]
    assert rec.keywords == ["娶过亲"] and "病故" not in rec.answer and "是娶过亲" not in rec.answer


def _place_keys(field: str, value: str) -> list:
    from raiden_r1.data.builder.fields import classify_field
    from raiden_r1.data.builder.keys import extract_keys
    return extract_keys(value, classify_field(field), "x")


def test_addresses_are_said_by_their_parts_and_never_by_a_cut_word():
    assert _place_keys("사는 곳", "전라남도 목포시 온금동") == [
        ["전라남도 목포시 온금동", "전라남도목포시온금동", "온금동", "목포시", "목포"]]
    ko = _place_keys("고향", "경상북도 안동")[0]
    assert "안동" in ko and "경상북" not in ko and "경상북도" not in ko  # a province alone pays any town in it
    assert _place_keys("고향", "울릉도") == [["울릉도", "울릉"]]
    assert {"西陣", "上京区", "上京"} <= set(_place_keys("居住地", "京都 上京区 西陣")[0])
    assert _place_keys("出身", "近江国彦根") == [["近江国彦根", "彦根", "近江国", "近江"]]
    assert _place_keys("籍贯", "河北保定") == [["河北保定", "保定", "河北"]]
    assert _place_keys("籍贯", "江苏扬州") == [["江苏扬州", "扬州", "江苏"]]
    assert _place_keys("居住地", "落霞峰栖云洞") == [["落霞峰栖云洞", "落霞峰", "栖云洞"]]


def test_an_english_home_near_a_place_is_keyed_by_the_place_and_said_with_its_preposition():
    keys = _place_keys("Residence", "the rooms above the post office at the end of Mill Lane, near Aldbury")
    assert keys == [["near Aldbury", "Aldbury"], ["Mill Lane"]]
    card = _profile("Wilhelmina Crane", "en", Name="Wilhelmina Crane", Age="52", Occupation="village postmistress",
                    Residence="the rooms above the post office at the end of Mill Lane, near Aldbury")
    assert _by_family(_records(card))["residence"].answer.endswith("near Aldbury.")


def test_a_japanese_stage_name_is_not_cut_into_a_family_name():
    from raiden_r1.data.builder.names import name_part_alternatives
    assert name_part_alternatives("豆千代", "ja") == [] and name_part_alternatives("小夜子", "ja") == []
    assert name_part_alternatives("星野航", "ja") == ["星野"]


def test_a_height_in_metres_is_said_the_way_people_say_it():
    card = _profile("魏听澜", "zh", 姓名="魏听澜", 年龄="41岁", 身高="1.72m")
    rec = _by_family(_records(card))["height"]
    assert rec.answer == "我身高一米七二。" and "1.72m" in rec.keywords[0] and "172" in rec.keywords[0]
    ja = _profile("小梅", "ja", 名前="小梅", 年齢="十九歳", 身長="1.58m")
    assert "158センチ" in _by_family(_records(ja))["height"].answer


def test_a_nickname_the_card_gives_with_its_user_is_said_with_that_user():
    card = _profile("Wilhelmina Crane", "en", Name="Wilhelmina Crane", Age="52",
                    Nickname="Minnie (to her father), the Widow Crane (to the parish)")
    assert _by_family(_records(card))["nickname"].answer == "My father calls me Minnie."


def test_the_cards_first_person_and_kyoto_speech_are_in_the_gold_answers():
    zh = _profile("季月白", "zh", 姓名="季月白", 年龄="三百岁", 居住地="落霞峰栖云洞", 爱好="煮茶",
                  说话风格="清冷，常自称“本宫”")
    answers = [r.answer for r in _records(zh, cm=4) if r.metadata.focus == "script_knowledge"]
    assert answers and all("我" not in a for a in answers) and any("本宫" in a for a in answers)
    ja = _profile("小梅", "ja", 名前="小梅", 年齢="十九歳", 出身="近江国彦根", 趣味="おはじき",
                  話し方="京言葉で話す。語尾に「〜どす」", 一人称="うち")
    recs = _records(ja, cm=4)
    # review 60: an answer about herself that names no one says her first person too
    assert "うち、今、十九歳どす。" in [r.answer for r in recs]
    # a kana key right before the ending says どす where the reward's matcher still finds it
    # (review 64: "おはじきどす" is found; "たまどす" is not, and keeps です)
    assert "うちの趣味はおはじきどす。" in [r.answer for r in recs]
    assert not any("私" in r.answer for r in recs)


def test_a_hobby_written_as_object_and_verb_noun_is_also_its_object():
    from raiden_r1.data.builder.alternatives import said_alternatives
    assert said_alternatives([["御朱印巡り"], ["料理"]], "ja") == [["御朱印巡り", "御朱印"], ["料理"]]


def test_an_open_trait_question_with_an_unkeyed_trait_is_not_asked():
    # "負けず嫌い" is a trait, not a dislike of 負けず: the phrase beside it has no key, so no question
    card = _profile("小梅", "ja", 名前="小梅", 年齢="十九歳", 性格="のんびりしているが頑固、食わず嫌い")
    assert "personality" not in _by_family(_records(card))


def test_english_traits_are_also_their_head_words():
    from raiden_r1.data.builder.alternatives import said_alternatives
    assert said_alternatives([["steady under fire"], ["privately anxious"], ["good with horses"]], "en") == [
        ["steady under fire", "steady"], ["privately anxious", "anxious"], ["good with horses"]]


def test_a_moved_ordinal_day_takes_its_own_suffix():
    import random
    from raiden_r1.data.builder.decoys import neighbour_dates
    dates = neighbour_dates("2nd February", random.Random(0)) + neighbour_dates("21st June", random.Random(1))
    assert "7th February" in dates and "24th June" in dates
    assert not any(d.startswith(("7nd", "24st", "16st", "5nd")) for d in dates)


_VICTORIAN = _profile(
    "Wilhelmina Crane", "en", Name="Wilhelmina Crane", Gender="female", Age="52", Born="3rd March 1806",
    Era="1858, Victorian England", Occupation="village postmistress", Personality="blunt, sharp-tongued",
    Catchphrase="\"Don't you dawdle, it's nearly dark.\"",
    Relationships="late husband Tobias Crane (a miller, died of fever in 1849); nephew Alfie Dunn, an apprentice cooper")


def test_a_card_before_1880_gets_period_conversations_and_greetings():
    from raiden_r1.data.builder.setting import detect_setting, out_of_setting
    assert detect_setting(_VICTORIAN.fields) == "historical"
    cm = [r for r in _records(_VICTORIAN, cm=8) if r.metadata.focus == "conversation_memory"]
    assert len(cm) >= 6
    text = "\n".join(t.content for r in cm for t in r.conversation_history)
    assert "what's on your mind" not in text and not out_of_setting(text, "early")


def test_an_early_card_hears_names_of_its_time_and_no_modern_things():
    from raiden_r1.data.builder.cm_phrases import POOLS
    card = _profile("魏听澜", "zh", 姓名="魏听澜", 性别="男", 年龄="41岁", 所处时代="民国十六年（1927年）", 职业="码头账房先生")
    cm = [r for r in _records(card, cm=8) if r.metadata.focus == "conversation_memory"]
    text = "\n".join([t.content for r in cm for t in r.conversation_history] + [r.answer for r in cm])
    assert cm and not any(name in text for name in POOLS["zh"]["friend"]) and "室友" not in text
    ja = _profile("小梅", "ja", 名前="小梅", 性別="女", 年齢="十九歳", 時代="明治四十年", 職業="舞妓")
    names = _by_family(_records(ja))["name"].negative_keywords
    assert names and not any(n.endswith(("凛", "美咲", "結衣", "葵")) for n in names)


def test_a_characters_cm_answers_do_not_all_open_the_same_way():
    from collections import Counter
    cm = [r for r in _records(_VICTORIAN, cm=8) if r.metadata.focus == "conversation_memory"]
    openings = Counter(r.answer.split(".")[0] for r in cm)
    assert openings.most_common(1)[0][1] <= 3


def test_jobs_held_once_and_jobs_with_their_place_still_get_the_question():
    zh = _profile("魏听澜", "zh", 姓名="魏听澜", 年龄="41岁", 职业="账房先生，曾任天津海关的稽查员")
    assert _by_family(_records(zh))["occupation"].keywords == ["账房先生"]
    en = _profile("Wilhelmina Crane", "en", Name="Wilhelmina Crane", Age="52",
                  Occupation="head postmistress of the Aldbury post office")
    assert _by_family(_records(en))["occupation"].keywords == [["head postmistress", "postmistress"]]


def test_a_catchphrase_with_contractions_and_plain_text_relations_are_asked():
    fams = _by_family(_records(_VICTORIAN))
    assert fams["catchphrase"].keywords == ["Don't you dawdle, it's nearly dark"]
    assert fams["relation:late husband"].keywords == [["Tobias Crane", "Tobias"]]
    assert parse_relationships("아내 정말순(국밥집을 함); 단짝 친구 윤칠복(목수)") == [("아내", "정말순"), ("단짝 친구", "윤칠복")]
    assert parse_relationships("妹分の舞妓・小鈴（十四歳）；贔屓の客・室町の呉服屋の若旦那、三好清一") == [
        ("妹分の舞妓", "小鈴"), ("贔屓の客", "三好清一")]


def test_an_old_style_korean_card_keeps_its_conversations_with_period_greetings():
    card = _profile("강도윤", "ko", 이름="강도윤", 성별="남성", 나이="30세", 시대="조선 영조 시대 (1760년)", 직업="도공",
                    말투="점잖은 옛말투를 쓴다")
    cm = [r for r in _records(card, cm=8) if r.metadata.focus == "conversation_memory"]
    assert len(cm) >= 6


def test_an_english_surname_nobody_else_bears_answers_the_name_question():
    card = _profile("Ngozi Adebayo-Cruz", "en", Name="Ngozi Adebayo-Cruz", Age="41", Relationships="wife Lena Cruz")
    assert _by_family(_records(card))["name"].keywords == [["Ngozi Adebayo-Cruz", "Adebayo-Cruz", "Ngozi"]]
    shared = _profile("Tobias Crane", "en", Name="Tobias Crane", Age="41", Relationships="brother Ezra Crane")
    assert "Crane" not in _by_family(_records(shared))["name"].keywords[0]


def test_no_boyfriend_is_single():
    card = _profile("沈予宁", "zh", 姓名="沈予宁", 年龄="22岁", 感情状况="单身")
    assert "没有男朋友" in _by_family(_records(card))["marital"].keywords[0]


def test_a_card_set_in_1985_hears_names_of_that_time_and_no_pet_shop():
    from raiden_r1.data.builder.cm_phrases import POOLS
    from raiden_r1.data.builder.setting import cm_setting
    card = _profile("강판석", "ko", 이름="강판석", 나이="쉰다섯 살", 시대="1985년", 직업="어부", 생년월일="1930년 5월 2일")
    assert cm_setting(card.fields) == "recent"
    assert cm_setting({"이름": "하윤", "생년월일": "1985년 5월 2일"}) == "modern"  # a birth year is no era
    cm = [r for r in _records(card, cm=8) if r.metadata.focus == "conversation_memory"]
    text = "\n".join(t.content for r in cm for t in r.conversation_history)
    assert cm and not any(n in text for n in POOLS["ko"]["friend"]) and "펫숍" not in text


def test_a_busan_speaker_says_the_copula_the_busan_way():
    card = _profile("박춘식", "ko", 이름="박춘식", 나이="쉰 살", 직업="어부", 키="170cm", 말투="거친 부산 사투리로 누구에게나 반말을 한다")
    answers = {r.metadata.family: r.answer for r in _records(card)}
    assert answers["name"] == "내 이름은 박춘식이다." and answers["occupation"] == "내 직업은 어부다."
    assert answers["height"] == "내 키는 170센티다."  # said, not the card's Latin "170cm" (review 55)


def test_an_early_card_gets_nearly_every_cm_kind():
    card = _profile("魏听澜", "zh", 姓名="魏听澜", 性别="男", 年龄="41岁", 所处时代="民国十六年（1927年）", 职业="账房先生")
    kinds = {r.metadata.family for r in _records(card, cm=8) if r.metadata.focus == "conversation_memory"}
    assert {"cm:colour", "cm:trip", "cm:weekend"} <= kinds and len(kinds) >= 7


def test_queen_victorias_reign_is_the_real_world():
    from raiden_r1.data.builder.plausible import invented_world
    assert not invented_world({"Era": "1866, in Queen Victoria's reign", "Residence": "a cottage near Tregarrick"},
                              "en", "historical")


def test_the_cards_first_person_is_in_the_cm_manner_lead_too():
    card = _profile("王桂香", "zh", 姓名="王桂香", 年龄="58岁", 职业="村妇女主任", 说话风格="热心，爱唠叨，自称“俺”")
    cm = [r for r in _records(card, cm=8) if r.metadata.focus == "conversation_memory"]
    assert cm and not any("我" in r.answer for r in cm)


def test_a_quoted_nickname_is_keyed_without_its_quotes():
    card = _profile("魏听澜", "zh", 姓名="魏听澜", 年龄="41岁", 别称="魏账房、“津门铁算盘”（报界称）")
    assert _by_family(_records(card))["nickname"].keywords == [["魏账房", "津门铁算盘"]]
