"""Review 74 (session 34, b9): a possessive phrase key ("X의 Y", "X的Y", "XのY", "the Y of the X")
is said with the owner's honorific, the verbal noun's short form and the head alone; a form another
fact of the card says is left out; a long any-of list keeps every item's first forms."""
from raiden_r1.data.builder.alternatives import any_of
from raiden_r1.data.builder.possessive_heads import possessive_forms


def test_ko_title_takes_honorific_and_short_verbal_noun():
    forms = possessive_forms("사장의 욕설", "ko", "dislikes")
    assert "사장님 욕" in forms and "욕설" in forms


def test_zh_owner_and_short_verb():
    assert "师傅骂" in possessive_forms("师傅的辱骂", "zh", "dislikes")


def test_ja_honored_owner():
    assert "部長さんの小言" in possessive_forms("部長の小言", "ja", "dislikes")


def test_en_of_phrase_said_with_apostrophe_and_head():
    forms = possessive_forms("the shouting of the captain", "en", "dislikes")
    assert "captain's shouting" in forms and "shouting" in forms


def test_short_form_another_fact_says_is_left_out():
    forms = possessive_forms("사장의 욕설", "ko", "dislikes", ("욕 한마디에 울던 날",))
    assert not any(f.endswith(" 욕") for f in forms)


def test_non_possessive_has_no_forms():
    assert possessive_forms("비 오는 날", "ko", "dislikes") == []


def test_any_of_keeps_every_item_when_one_has_many_forms():
    many = [f"a{i}" for i in range(12)]
    merged = any_of([many, ["b", "b2"], ["c"]])[0]
    assert {"b", "c"} <= set(merged) and len(merged) == 10
