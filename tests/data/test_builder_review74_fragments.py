"""Review 74 (session 34, b9): a Korean skill key cut as a noun glued to its manner adverb
("가래떡 빨리" of "가래떡 빨리 썰기") pays no answer that puts a particle after the noun
("가래떡을 빨리 써는 거요"); the noun is the key."""
from raiden_r1.data.audit.checks_heads import check_head_keys, check_missing_forms
from raiden_r1.data.builder.equivalents import ko_phrase_forms
from raiden_r1.data.builder.goals import ko_verb_noun_object
from raiden_r1.data.schema import Record
from built_records import alternatives, by_family, gold_accuracy, profile

_SEAMSTRESS = profile("김말순", "ko", 이름="김말순", 나이="40세", 직업="떡집 주인", 특기="칼로 가래떡 빨리 썰기",
                      취미="뜨개질", **{"싫어하는 것": "사장의 욕설, 비 오는 날"}, 말투="존댓말을 쓴다")


def _with(rec, **changes):
    return Record.model_validate({**rec.model_dump(), **changes})


def test_verb_noun_object_leaves_out_manner_adverb():
    assert ko_verb_noun_object("칼로 가래떡 빨리 썰기") == "가래떡"


def test_verb_noun_object_of_adverb_alone_is_none():
    assert ko_verb_noun_object("빨리 달리기") is None


def test_phrase_forms_never_end_in_manner_adverb():
    forms = ko_phrase_forms("칼로 가래떡 빨리 썰기")
    assert forms and not any(f.endswith("빨리") for f in forms)


def test_built_ko_skill_keys_never_end_in_adverb():
    rec = by_family(_SEAMSTRESS)["skills"]
    assert "가래떡" in alternatives(rec) and not any(a.endswith("빨리") for a in alternatives(rec))
    assert gold_accuracy(rec, "가래떡을 빨리 써는 거요.") == 1.0


def test_audit_flags_a_key_glued_to_its_adverb():
    rec = by_family(_SEAMSTRESS)["skills"]
    assert check_head_keys(_with(rec, keywords=[["칼로 가래떡 빨리 썰기", "가래떡 빨리"]]), _SEAMSTRESS.fields)
    assert not check_head_keys(rec, _SEAMSTRESS.fields)


def test_audit_flags_a_possessive_without_its_head():
    rec = by_family(_SEAMSTRESS)["dislikes"]
    assert check_missing_forms(_with(rec, keywords=[["사장의 욕설", "사장 욕설"]]), _SEAMSTRESS.fields)
    assert not check_missing_forms(rec, _SEAMSTRESS.fields)
    assert gold_accuracy(rec, "사장님 욕하시는 게 제일 싫어요.") == 1.0
