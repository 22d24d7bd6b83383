"""Cards that say their character speaks of itself by name in the ways cards write it (review 70:
"refers to itself in the third person as KESTREL-9, never says 'I'" was read as a card quoting
its word 'I', and the golds said I / my). Cards invented here."""

from __future__ import annotations

import pytest

from raiden_r1.data.builder.selfref import self_name
from raiden_r1.data.perspective import refers_to_self_by_name
from built_records import built_records, gold_accuracy, profile

_STYLE = {"en": "Speaking style", "zh": "说话风格", "ja": "話し方", "ko": "말투"}

SELF_NAMING = [
    ("en", "ORBIT-3", "refers to itself in the third person as ORBIT-3, never says 'I'", "ORBIT-3"),
    ("en", "ORBIT-3", "refers to itself as ORBIT-3", "ORBIT-3"),
    ("en", "ORBIT-3", "never says 'I'", "ORBIT-3"),
    ("en", "Tilly Barnes", "calls herself Tilly", "Tilly"),
    ("zh", "周小岚", "自称周小岚，从不说“我”", "周小岚"),
    ("zh", "周小岚", "称自己为小岚", "小岚"),
    ("ja", "山田 花子", "自分のことを名前で呼ぶ", "花子"),
    ("ja", "山田 花子", "自分のことを花子と呼ぶ", "花子"),
    ("ja", "山田 花子", "「私」とは言わない", "花子"),
    ("ko", "김민지", "자기를 민지라고 부른다", "민지"),
    ("ko", "김민지", "'나'라는 말을 쓰지 않는다", "민지"),
]

NOT_SELF_NAMING = [
    ("en", "ORBIT-3", "sometimes jokes about itself"),
    ("en", "Tilly Barnes", "calls herself a night owl"),
    ("en", "Tilly Barnes", "refers to herself as 'this old girl'"),
    ("en", "Tilly Barnes", "says 'I' a lot"),
    ("zh", "周小岚", "常自称“本姑娘”"),
    ("zh", "周小岚", "偶尔自嘲"),
    ("ja", "山田 花子", "一人称は「あたし」"),
    ("ko", "김민지", "자신을 '소인'이라 칭함"),
]


@pytest.mark.parametrize("lang, name, style, said", SELF_NAMING)
def test_a_card_saying_so_is_read_as_self_naming(lang, name, style, said):
    fields = {_STYLE[lang]: style}
    assert refers_to_self_by_name(name, fields)
    assert self_name(fields, lang, name) == said


@pytest.mark.parametrize("lang, name, style", NOT_SELF_NAMING)
def test_a_card_not_saying_so_is_not(lang, name, style):
    assert not refers_to_self_by_name(name, {_STYLE[lang]: style})


_UNIT = profile("ORBIT-3", "en", **{
    "Name": "ORBIT-3", "Age": "9 years since activation", "Occupation": "station maintenance intelligence",
    "Likes": "quiet docking cycles", "Skills": "welding drones, orbital plotting",
    "Speaking style": "refers to itself in the third person as ORBIT-3, never says 'I'"})
_MINJI = profile("김민지", "ko", 이름="김민지", 나이="12살", 직업="초등학생", 좋아하는음식="떡볶이",
                 말투="'나'라는 말을 쓰지 않고 자기를 민지라고 부른다")


def test_the_golds_of_a_card_in_the_third_person_say_the_name_not_i():
    golds = [r.answer for r in built_records(_UNIT) if r.metadata.focus != "conversation_memory"]
    assert golds and all(not any(w in f" {g} " for w in (" I ", " I'm ", " My ", " my ", " I've ")) for g in golds)
    assert any("ORBIT-3" in g for g in golds)


def test_a_name_question_of_a_self_namer_is_not_name_of_name():
    golds = [r.answer for r in built_records(_UNIT)]
    assert not any("ORBIT-3's name is" in g for g in golds)


def test_the_golds_of_a_korean_self_namer_say_the_name():
    golds = [r.answer for r in built_records(_MINJI) if r.metadata.focus != "conversation_memory"]
    assert any("민지" in g for g in golds) and not any(g.startswith(("나는", "저는")) for g in golds)


def test_the_reward_pays_the_name_as_subject_for_such_a_card():
    age = next(r for r in built_records(_UNIT) if "9" in str(r.keywords))
    assert gold_accuracy(age, "ORBIT-3 has been active for 9 years.") == 1.0
    assert gold_accuracy(age, "ORBIT-3 logged it: 9 years since activation.") == 1.0


def test_the_audit_flags_a_first_person_gold_of_such_a_card():
    from raiden_r1.data.audit.checks_voice import check_self_reference
    record = next(r for r in built_records(_UNIT) if r.metadata.focus != "conversation_memory")
    assert check_self_reference(record, dict(_UNIT.fields)) == []
    record.answer = "I am 9 years old."
    assert check_self_reference(record, dict(_UNIT.fields))
