"""The audit checks added after review 72 flag what the reviewer found (records of cards written
for these tests, spoiled the way the old builder made them), and pass the fixed build; the
self_reference check reads a self-word that holds the default 我 as the card's own word."""

from __future__ import annotations

from raiden_r1.data.audit.checks_everyday import EVERYDAY_CHECKS
from raiden_r1.data.audit.checks_voice import VOICE_CHECKS
from raiden_r1.data.schema import Profile
from built_records import built_records as _records

_ZH = Profile(name="梁伯", language="zh", source="test", fields={
    "姓名": "梁伯", "年龄": "六十岁", "现居": "明州府城南坊", "爱好": "抄录药方、养鱼",
    "说话风格": "自称“我哋梁伯”"})
_KO = Profile(name="윤하람", language="ko", source="test", fields={
    "이름": "윤하람", "생일": "음력 삼월 삼일 (삼짇날)", "스승님": "수방 상궁 박씨"})


def _family(records, family):
    return next(r for r in records if r.metadata.family == family)


def _spoil(record, **update):
    return record.model_copy(update=update)


def test_the_fixed_build_passes_the_new_checks():
    for profile in (_ZH, _KO):
        for r in _records(profile):
            for name, check in EVERYDAY_CHECKS.items():
                if name != "cut_unit_key":  # a place key: not this change's builder
                    assert check(r, profile.fields) == [], (name, r.keywords)


def test_a_whole_phrase_key_without_its_everyday_form_fails():
    rec = _family(_records(_ZH), "hobbies")
    assert EVERYDAY_CHECKS["everyday_form_keys"](_spoil(rec, keywords=[["抄录药方", "养鱼"]]), _ZH.fields)


def test_a_birthday_without_the_cards_day_name_fails():
    rec = _family(_records(_KO), "birthday")
    assert EVERYDAY_CHECKS["day_name_key"](_spoil(rec, keywords=[["음력 삼월 삼일"]]), _KO.fields)


def test_a_person_field_asked_what_fails():
    rec = _family(_records(_KO), "generic")
    assert EVERYDAY_CHECKS["who_question"](_spoil(rec, question="스승님은 뭐예요?"), _KO.fields)


def test_a_key_cut_at_an_address_unit_fails():
    rec = _family(_records(_ZH), "age")
    assert EVERYDAY_CHECKS["cut_unit_key"](_spoil(rec, keywords=[["明州府城南坊", "府城南坊"]]), _ZH.fields)


def test_the_default_i_inside_the_cards_self_word_is_no_self_reference_fault():
    rec = _family(_records(_ZH), "age")
    assert VOICE_CHECKS["self_reference"](_spoil(rec, answer="我哋梁伯今年六十岁。"), _ZH.fields) == []
    assert VOICE_CHECKS["self_reference"](_spoil(rec, answer="我今年六十岁。"), _ZH.fields)
