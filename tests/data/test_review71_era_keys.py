"""Review 71: a pre-modern card whose era is said only by a reign-year, an old province, a dynasty
or a period first person (天文二十一年, 伊賀国, 拙者; 贞观九年, 妾身; 숙종 12년, 주막; Sengoku,
Tokugawa) is historical: its conversations hold period scenes, and the audit flags modern things
(a pet shop, an exam, a room number) in such a card's history."""

from __future__ import annotations

import pytest

from raiden_r1.data.audit.checks_build import check_era
from raiden_r1.data.builder.setting import detect_setting, out_of_setting
from built_records import built_records, profile

_OLD = {
    "ja": profile("風早小六", "ja", 名前="風早小六", 年齢="三十歳", 誕生日="永禄三年 一月十日", 出身="甲斐国 府中",
                  職業="武田家に仕える忍び", 一人称="拙者", 趣味="釣り、将棋", 好きな食べ物="干し柿"),
    "zh": profile("孟青禾", "zh", 姓名="孟青禾", 年龄="二十八岁", 生日="贞观九年二月初二", 籍贯="洛阳",
                  职业="私塾先生", 自称="在下", 爱好="下棋、抚琴", 喜欢的食物="胡饼"),
    "ko": profile("오덕배", "ko", 이름="오덕배", 나이="마흔 살", 생일="숙종 12년 3월 5일", 고향="전주",
                  직업="주막 주인", 말투="손님에게 사또라 부르며 굽신거림", 취미="장기, 활쏘기", 좋아하는_음식="국밥"),
    "en": profile("Hanzo Oda", "en", Name="Hanzo Oda", Age="41", Hometown="Kai province, in the Sengoku period",
                  Occupation="spearman serving the Tokugawa", Hobbies="fishing, go", **{"Favourite food": "rice balls"}),
}


@pytest.mark.parametrize("lang", sorted(_OLD))
def test_a_card_dated_by_reign_province_or_period_words_is_historical(lang):
    assert detect_setting(_OLD[lang].fields) == "historical"


@pytest.mark.parametrize("lang, fields", [
    ("ja", {"職業": "浪人生", "趣味": "城下町の散歩"}),
    ("ko", {"취미": "개나리 구경", "직업": "나리 꽃집 주인"}),
    ("zh", {"职业": "淘宝掌柜", "爱好": "逛庙会"}),
    ("en", {"Hometown": "Benin City, Edo State", "Occupation": "teacher"}),
])
def test_present_day_words_that_look_old_keep_a_card_modern(lang, fields):
    assert detect_setting(fields) == "modern"


@pytest.mark.parametrize("lang", sorted(_OLD))
def test_a_pre_modern_cards_conversations_hold_no_modern_thing(lang):
    cm = [r for r in built_records(_OLD[lang], cm=4) if r.metadata.focus == "conversation_memory"]
    assert cm
    for r in cm:
        assert check_era(r, _OLD[lang].fields) == []
        assert not out_of_setting(" ".join(t.content for t in r.conversation_history), "historical")


@pytest.mark.parametrize("lang, modern_turn", [
    ("ja", "新しいペットショップで猫を見ました。"), ("ja", "明日は試験があるんです。"),
    ("ja", "コンサートの席81番でした。"), ("zh", "我下周要考试。"), ("ko", "새로 옮긴 방은 473호실이에요."),
    ("en", "I booked seat 81 at the theatre."),
])
def test_the_audit_flags_a_modern_thing_in_a_pre_modern_cards_history(lang, modern_turn):
    r = next(r for r in built_records(_OLD[lang], cm=4) if r.metadata.focus == "conversation_memory")
    turn = r.conversation_history[0].model_copy(update={"content": modern_turn})
    spoiled = r.model_copy(update={"conversation_history": [turn, *r.conversation_history[1:]]})
    assert check_era(spoiled, _OLD[lang].fields)


@pytest.mark.parametrize("lang, family, term, head", [
    ("ja", "skills", "鎖鎌術", "鎖鎌"), ("ja", "skills", "火遁の術", "火遁"), ("zh", "skills", "易容术", "易容"),
    ("ja", "residence", "川沿いの炭焼き小屋", "炭焼き小屋"), ("ko", "dislikes", "비싼 담뱃값", "담뱃값"),
    ("en", "food", "smoked river trout", "river trout"),
])
def test_a_compound_or_phrase_is_keyed_by_its_head_too(lang, family, term, head):
    from raiden_r1.data.builder.head_words import head_forms
    assert head in head_forms(term, lang, family)


@pytest.mark.parametrize("lang, family, term", [
    ("ko", "dislikes", "추운 날씨"), ("en", "dislikes", "crowded places"), ("ja", "skills", "美術"),
    ("ja", "residence", "山の中"), ("ko", "food", "부산 어묵"),
])
def test_a_head_is_never_a_bare_generic_word(lang, family, term):
    from raiden_r1.data.builder.head_words import head_forms
    assert head_forms(term, lang, family) == []


@pytest.mark.parametrize("lang, family, term", [
    ("en", "dislikes", "burnt toast"), ("ja", "dislikes", "牛車の揺れ"), ("ko", "dislikes", "매운 고추"),
])
def test_a_dislike_keeps_the_modifier_that_is_its_point(lang, family, term):
    from raiden_r1.data.builder.head_words import head_forms
    assert head_forms(term, lang, family) == []


def _brusque_problems(tmp_path, manner: str):
    import json

    from raiden_r1.data.audit import audit_records
    card = {"이름": "강두식", "말투": manner}
    rec = {"character_name": "강두식", "character_profile": card,
           "conversation_history": [{"role": "user", "content": "우리 개 이름은 바둑이예요."},
                                    {"role": "assistant", "content": "바둑이, 이름 좋네."}],
           "question": "우리 개 이름이 뭐였죠?", "answer": "그걸 왜 까먹어. 바둑이잖아.", "keywords": ["바둑이"],
           "negative_keywords": [], "question_type": "what", "validation_method": "single_term_validation",
           "difficulty": "easy", "metadata": {"language": "ko", "focus": "conversation_memory", "family": "cm:pet_name"}}
    path = tmp_path / "records.json"
    path.write_text(json.dumps([rec], ensure_ascii=False), encoding="utf-8")
    return audit_records(path).results[0].problems.get("brusque_lead")


def test_a_blunt_plain_cards_brusque_lead_is_no_audit_failure(tmp_path):
    # 무뚝뚝 also has a polite entry: no gentler manner of the same card's plain answers
    assert not _brusque_problems(tmp_path, "무뚝뚝한 사투리 반말")


def test_a_brusque_lead_from_a_card_with_a_gentler_plain_manner_is_still_flagged(tmp_path):
    assert _brusque_problems(tmp_path, "무뚝뚝하지만 다정한 반말")


@pytest.mark.parametrize("value, whole, head", [
    ("Warden of the Drowned Vaults", "Warden of the Drowned Vaults", "Warden"),
    ("Keeper of the Ember Gate", "Keeper of the Ember Gate", "Keeper"),
])
def test_a_title_held_of_a_named_thing_is_keyed_whole_and_by_its_head(value, whole, head):
    from built_records import field_keys
    keys = field_keys("Occupation", value)
    assert keys[0] == whole and head in keys


def test_a_title_held_of_a_named_thing_reads_whole_in_the_gold():
    card = profile("Morwen Vale", "en", Name="Morwen Vale", Age="300", Occupation="Warden of the Drowned Vaults")
    job = next(r for r in built_records(card) if r.metadata.family == "occupation")
    assert "the Warden of the Drowned Vaults" in job.answer


@pytest.mark.parametrize("value, whole, parent", [
    ("University of Tasmania School of Marine Science", "University of Tasmania", "University of Tasmania"),
    ("Leeds University School of Law", "Leeds University School of Law", "Leeds University"),
])
def test_a_school_named_over_a_second_of_is_never_cut_after_its_kind(value, whole, parent):
    from built_records import field_keys
    keys = field_keys("Education", value)
    assert keys[0] == whole and parent in keys
    assert not any(k.endswith(("School", "Faculty")) for k in keys)


def test_a_named_school_of_a_place_is_said_without_the_place_too():
    from built_records import field_keys
    keys = field_keys("Education", "Stormhaven Naval Academy of Dun Carrow")
    assert keys[0] == "Stormhaven Naval Academy of Dun Carrow" and "Stormhaven Naval Academy" in keys
