"""The audit checks added after review 60 catch what the reviewer found (on records of cards
written for these tests, spoiled the way the old builder spoiled them), and pass the fixed build."""

from __future__ import annotations

from raiden_r1.data.audit.checks_places import check_reach
from raiden_r1.data.audit.checks_voice import VOICE_CHECKS
from raiden_r1.data.schema import Profile
from built_records import built_records as _records


_JA = Profile(name="桐生 兵庫", language="ja", source="test", fields={
    "名前": "桐生 兵庫", "年齢": "五十二歳", "身長": "五尺七寸", "時代": "安政二年の江戸", "職業": "用心棒",
    "話し方": "古風な侍言葉。一人称は「拙者」、語尾は「〜でござる」、相手を「お主」と呼ぶ", "夢": "道場を開くこと"})
_ZH = Profile(name="秦老栓", language="zh", source="test", fields={
    "姓名": "秦老栓", "年龄": "61岁", "身高": "一米六八", "居住地": "西安", "职业": "羊肉泡馍店老板",
    "说话风格及口头禅": "自称“老夫”，说话慢条斯理"})
_EN = Profile(name="Hamish Todd", language="en", source="test", fields={
    "Name": "Hamish Todd", "Age": "50", "Era": "1888, Dundee", "Occupation": "jute mill foreman",
    "Height": "5 feet 9 inches", "Speaking style": "broad Scots; calls people 'lad'"})


def _spoil(record, answer: str):
    return record.model_copy(update={"answer": answer})


def test_the_fixed_build_passes_the_new_checks():
    for profile in (_JA, _ZH, _EN):
        records = _records(profile, cm=6)
        assert records
        for r in records:
            for name in ("self_reference", "second_person", "dialect", "region", "conjugation"):
                assert VOICE_CHECKS[name](r, profile.fields) == [], (name, r.answer)


def test_an_sbk_gold_without_the_cards_first_person_fails_self_reference():
    age = next(r for r in _records(_JA) if r.metadata.family == "age")
    assert VOICE_CHECKS["self_reference"](_spoil(age, "五十二歳でござる。"), _JA.fields)
    assert VOICE_CHECKS["self_reference"](_spoil(age, "私は五十二歳でござる。"), _JA.fields)
    zh = next(r for r in _records(_ZH) if r.metadata.family == "age")
    assert VOICE_CHECKS["self_reference"](_spoil(zh, "我今年61岁。"), _ZH.fields)


def test_anata_from_a_card_that_says_onushi_fails_second_person():
    cm = next(r for r in _records(_JA, cm=6) if r.metadata.focus == "conversation_memory")
    assert VOICE_CHECKS["second_person"](_spoil(cm, "あなたの猫はクロでござるな。"), _JA.fields)


def test_standard_endings_from_a_de_gozaru_card_fail_dialect():
    age = next(r for r in _records(_JA) if r.metadata.family == "age")
    assert VOICE_CHECKS["dialect"](_spoil(age, "拙者、五十二歳でございます。"), _JA.fields)
    en = next(r for r in _records(_EN) if r.metadata.family == "height")
    assert VOICE_CHECKS["dialect"](_spoil(en, "I don't know, I'm 5 feet 9 inches."), _EN.fields)


def test_a_modern_filler_from_a_card_before_1900_fails_region():
    en = next(r for r in _records(_EN) if r.metadata.family == "height")
    assert VOICE_CHECKS["region"](_spoil(en, "Sure thing, lad. I'm 5 feet 9 inches."), _EN.fields)


def test_a_lighthouse_inland_fails_reach():
    # (the region check's inland rule is the reach check's since review 66: builder/reach.yaml)
    cm = next(r for r in _records(_ZH, cm=6) if r.metadata.focus == "conversation_memory")
    history = [t.model_copy(update={"content": "我明天得去一趟海边。"}) if t.role == "user" else t
               for t in cm.conversation_history]
    assert check_reach(cm.model_copy(update={"conversation_history": history}), _ZH.fields)


def test_a_verb_stem_before_a_copula_fails_conjugation():
    age = next(r for r in _records(_JA) if r.metadata.family == "age")
    assert VOICE_CHECKS["conjugation"](_spoil(age, "拙者の夢は道場を開きでござる。"), _JA.fields)
