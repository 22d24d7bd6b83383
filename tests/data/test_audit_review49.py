"""The audit checks added after review 49 catch what the reviewer found (on records of cards
written for these tests, spoiled the way the old builder spoiled them), and pass the fixed build."""

from __future__ import annotations

from raiden_r1.data.audit.checks_build import CARD_CHECKS, opening_problems
from raiden_r1.data.schema import Profile
from built_records import built_records as _records


_ZH = Profile(name="魏听澜", language="zh", source="test", fields={
    "姓名": "魏听澜", "性别": "男", "年龄": "41岁", "所处时代": "民国十六年（1927年）", "身高": "1.72m",
    "人物关系": "1. 学徒：小石头（本名孙石生），讨饭出身，手脚勤快\n2. 好友：大夫钱守义"})


def _spoiled(record, **changes):
    return record.model_copy(update=changes)


def test_the_fixed_build_passes_the_new_checks():
    for r in _records(_ZH, cm=6):
        for name, check in CARD_CHECKS.items():
            assert check(r, _ZH.fields) == [], (name, r.question, r.answer)


def test_notes_taken_for_people_fail_people():
    rel = next(r for r in _records(_ZH) if r.metadata.family == "relation:学徒")
    bad = _spoiled(rel, keywords=["小石头", "讨饭出身", "手脚勤快"], answer="我学徒是小石头、讨饭出身和手脚勤快。")
    problems = CARD_CHECKS["people"](bad, _ZH.fields)
    assert len(problems) == 2 and "讨饭出身" in problems[0]


def test_a_copied_notation_fails_wording_and_a_cut_word_fails_cut_keys():
    height = next(r for r in _records(_ZH) if r.metadata.family == "height")
    assert CARD_CHECKS["wording"](_spoiled(height, answer="我身高1.72m。"), _ZH.fields)
    ko = Profile(name="강판석", language="ko", source="test", fields={"이름": "강판석", "고향": "전라남도 완도"})
    home = next(r for r in _records(ko) if r.metadata.family == "hometown")
    assert CARD_CHECKS["cut_keys"](_spoiled(home, keywords=[["전라남도 완도", "완도", "전라남"]]), ko.fields)
    ja = Profile(name="小夜子", language="ja", source="test", fields={"名前": "小夜子", "年齢": "二十歳"})
    name = next(r for r in _records(ja) if r.metadata.family == "name")
    assert CARD_CHECKS["cut_keys"](_spoiled(name, keywords=[["小夜子", "小夜"]]), ja.fields)


def test_present_day_material_in_an_early_card_fails_era():
    cm = next(r for r in _records(_ZH, cm=6) if r.metadata.focus == "conversation_memory")
    turns = [t.model_copy(update={"content": "我表妹的新室友叫陈思琪。"}) if i == 0 else t
             for i, t in enumerate(cm.conversation_history)]
    assert len(CARD_CHECKS["era"](_spoiled(cm, conversation_history=turns), _ZH.fields)) == 2


def test_one_opening_over_most_cm_answers_fails_openings():
    cm = [r for r in _records(_ZH, cm=6) if r.metadata.focus == "conversation_memory"]
    assert len(cm) >= 4 and not opening_problems(list(enumerate(cm)))
    same = [_spoiled(r, answer="我又不聋。" + r.answer) for r in cm]
    assert len(opening_problems(list(enumerate(same)))) == len(same)
