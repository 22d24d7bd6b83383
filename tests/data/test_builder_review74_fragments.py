"""Review 74 (session 34, b9): a Korean skill key cut as a noun glued to its manner adverb
("가래떡 빨리" of "가래떡 빨리 썰기") pays no answer that puts a particle after the noun
("가래떡을 빨리 써는 거요"); the noun is the key."""
from raiden_r1.data.builder.equivalents import ko_phrase_forms
from raiden_r1.data.builder.goals import ko_verb_noun_object


def test_verb_noun_object_leaves_out_manner_adverb():
    assert ko_verb_noun_object("칼로 가래떡 빨리 썰기") == "가래떡"


def test_verb_noun_object_of_adverb_alone_is_none():
    assert ko_verb_noun_object("빨리 달리기") is None


def test_phrase_forms_never_end_in_manner_adverb():
    forms = ko_phrase_forms("칼로 가래떡 빨리 썰기")
    assert forms and not any(f.endswith("빨리") for f in forms)
