"""The audit checks added after review 55 catch what the reviewer found (on records of cards
written for these tests, spoiled the way the old builder spoiled them), and pass the fixed build."""

from __future__ import annotations

from raiden_r1.data.audit.checks_build import CARD_CHECKS
from raiden_r1.data.audit.checks_voice import VOICE_CHECKS
from raiden_r1.data.schema import Profile
from built_records import built_records as _records


_JA = Profile(name="大西 スエ", language="ja", source="test", fields={
    "名前": "大西 スエ", "年齢": "71歳", "身長": "145cm", "職業": "銭湯の番台", "口癖": "なんでやねん",
    "話し方": "河内弁で、誰にでもタメ口"})
_EN = Profile(name="Hank Ollie Pruitt", language="en", source="test", fields={
    "Name": "Hank Ollie Pruitt", "Age": "38", "Era": "1933, Kansas City", "Height": "5 ft 11 in",
    "Occupation": "radio repairman"})
_ZH = Profile(name="顾晚晴", language="zh", source="test", fields={"姓名": "顾晚晴", "年龄": "26岁", "身高": "163cm"})


def test_the_fixed_build_passes_the_new_checks():
    for profile in (_JA, _EN, _ZH):
        for r in _records(profile, cm=6):
            for name, check in {**VOICE_CHECKS, "wording": CARD_CHECKS["wording"], "era": CARD_CHECKS["era"]}.items():
                assert check(r, profile.fields) == [], (name, r.question, r.answer)


def test_an_impossible_japanese_verb_fails_conjugation():
    catch = next(r for r in _records(_JA) if r.metadata.family == "catchphrase")
    spoiled = catch.model_copy(update={"answer": "よく「なんでやねん」って言いる。"})
    assert VOICE_CHECKS["conjugation"](spoiled, _JA.fields) == ["answer: '言いる' is no Japanese verb form"]


def test_latin_units_in_cjk_speech_and_written_abbreviations_fail_wording():
    zh = next(r for r in _records(_ZH) if r.metadata.family == "height")
    assert CARD_CHECKS["wording"](zh.model_copy(update={"answer": "我身高163cm。"}), _ZH.fields)
    ja = next(r for r in _records(_JA) if r.metadata.family == "height")
    assert CARD_CHECKS["wording"](ja.model_copy(update={"answer": "身長は145cmや。"}), _JA.fields)
    en = next(r for r in _records(_EN) if r.metadata.family == "height")
    assert CARD_CHECKS["wording"](en.model_copy(update={"answer": "I'm 5 ft 11 in tall."}), _EN.fields)


def test_a_scots_word_from_a_kansas_city_card_fails_region():
    cm = next(r for r in _records(_EN, cm=6) if r.metadata.focus == "conversation_memory")
    history = [t.model_copy(update={"content": "A moment, aye. Go on."}) if t.role == "assistant" else t
               for t in cm.conversation_history]
    assert VOICE_CHECKS["region"](cm.model_copy(update={"conversation_history": history}), _EN.fields)


def test_a_pet_hamster_in_an_early_card_fails_era():
    cm = next(r for r in _records(_EN, cm=6) if r.metadata.focus == "conversation_memory")
    history = [t.model_copy(update={"content": "My cousin has a hamster named Biscuit."}) if t.role == "user" else t
               for t in cm.conversation_history]
    assert CARD_CHECKS["era"](cm.model_copy(update={"conversation_history": history}), _EN.fields)
