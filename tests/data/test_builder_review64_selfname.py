"""A self-name quoted with an apostrophe inside it (review 64: 'Ol' Boots' read as 'Ol', and
"Ol weighs 142 pounds" in twenty golds), and the card's own first-person word counted as first
person by the audit (自称“阿拉”). Cards invented here."""

from __future__ import annotations

import re
from functools import lru_cache

from raiden_r1.data.audit.checks import Context, check_voice
from raiden_r1.data.audit.checks_voice import check_self_name
from raiden_r1.data.builder.selfref import card_self_word, cut_self_names, self_name
from raiden_r1.data.perspective import profile_names
from raiden_r1.data.quotes import quoted
from built_records import built_records, gold_accuracy, profile

_DEL = profile("Jody Mayhew", "en", **{
    "Name": "Jody Mayhew", "Nickname": "Lil' Jody, Dusty", "Age": "29", "Hometown": "Tulsa", "Weight": "131 lbs",
    "Occupation": "trick roper", "Pets": "a mare named Clementine", "Family": "sister June, 31",
    "Speaking style": "Oklahoma drawl; calls himself 'Lil' Jody' and says 'rock 'n' roll' about anything he likes"})
_PEG = profile("Margaret Doherty", "en", **{
    "Name": "Margaret Doherty", "Age": "64", "Hometown": "Dingle", "Occupation": "ferrywoman",
    "Speaking style": "soft Kerry lilt; talks about herself in the third person as 'Peg o' the Ferry'"})
_SHEA = profile("Siobhan O'Shea", "en", **{
    "Name": "Siobhan O'Shea", "Age": "37", "Hometown": "Boston", "Occupation": "union organiser",
    "Speaking style": "refers to herself as 'Big O'Shea' and says 'darlin' and 'sugar' to strangers"})
_OKSUN = profile("박옥순", "ko", 이름="박옥순", 나이="58세", 고향="목포", 직업="김 장수",
                 말투="전라도 사투리. 자기를 '옥순이'라고 부르며 'O'Neil 씨'라는 단골 얘기를 자주 한다")
_MEIFENG = profile("顾美凤", "zh", 姓名="顾美凤", 年龄="五十二岁", 出生地="上海南市", 居住地="上海虹口石库门", 职业="老虎灶老板娘",
                   说话风格及口头禅="上海话，自称“阿拉”，称对方“侬”，常说“覅”")


@lru_cache(maxsize=None)
def _sbk(card_name: str) -> tuple:
    return tuple(r for r in built_records(globals()[card_name], cm=4) if r.metadata.focus != "conversation_memory")


# --- reading the quotes ---

def test_an_elision_apostrophe_inside_a_single_quote_closes_no_quote():
    assert quoted("calls himself 'Lil' Jody' and says 'rock 'n' roll' a lot") == ["Lil' Jody", "rock 'n' roll"]
    assert quoted("talks of herself as 'Peg o' the Ferry'") == ["Peg o' the Ferry"]


def test_an_apostrophe_between_letters_closes_no_quote():
    assert quoted("refers to herself as 'Big O'Shea', says 'y'all'") == ["Big O'Shea", "y'all"]


def test_a_dropped_g_closes_its_quote_when_the_next_quote_opens():
    assert quoted("says 'darlin' and 'sugar' to strangers") == ["darlin", "sugar"]
    assert quoted("says 'fixin' to' and 'partner'") == ["fixin' to", "partner"]


def test_a_korean_card_single_quote_with_an_inner_apostrophe():
    assert quoted(_OKSUN.fields["말투"]) == ["옥순이", "O'Neil 씨"]


# --- the self-name ---

def test_the_self_name_keeps_its_elided_word():
    assert self_name(_DEL.fields, "en", _DEL.name) == "Lil' Jody"
    assert self_name(_PEG.fields, "en", _PEG.name) == "Peg o' the Ferry"
    assert self_name(_SHEA.fields, "en", _SHEA.name) == "Big O'Shea"


def test_a_by_name_quoted_after_talks_about_herself_is_the_self_name_not_the_given_name():
    card = {"Name": "Ada Quill", "Speaking style": "talks about herself in the third person as 'Birdie'"}
    assert self_name(card, "en", "Ada Quill") == "Birdie"


def test_the_reward_reads_the_same_quoted_self_name():
    assert "Peg o' the Ferry" in profile_names(_PEG.name, _PEG.fields)
    assert "Peg o" not in profile_names(_PEG.name, _PEG.fields)


def test_a_korean_self_name_in_single_quotes_is_unchanged():
    assert self_name(_OKSUN.fields, "ko", _OKSUN.name) == "옥순이"


def test_no_gold_says_a_name_cut_at_its_apostrophe_and_each_is_credited():
    sbk = _sbk("_DEL")
    assert sum("Lil' Jody" in r.answer for r in sbk) >= len(sbk) // 2
    assert not any(re.search(r"\bLil(?!' )", r.answer) for r in sbk)
    assert all(gold_accuracy(r, r.answer) == 1.0 for r in sbk)


# --- the audit ---

def test_the_card_cut_names_are_the_words_before_an_elision_it_never_writes_whole():
    assert cut_self_names(_DEL.fields, _DEL.name) == ["Lil"]
    assert cut_self_names(_SHEA.fields, _SHEA.name) == []  # ('darlin' alone is no self-name cut: no space after)


def test_the_audit_flags_a_gold_with_the_cut_self_name():
    record = _sbk("_DEL")[0].model_copy(update={"answer": "Lil weighs 131 pounds."})
    assert check_self_name(record, dict(_DEL.fields))
    contracted = record.model_copy(update={"answer": "Lil's a trick roper."})
    assert check_self_name(contracted, dict(_DEL.fields))


def test_the_audit_passes_the_built_golds():
    assert not [p for r in _sbk("_DEL") for p in check_self_name(r, dict(_DEL.fields))]


def test_the_cards_own_regional_first_person_counts_as_first_person():
    assert card_self_word(_MEIFENG.fields, "zh", _MEIFENG.name) == "阿拉"
    record = _sbk("_MEIFENG")[0].model_copy(update={"answer": "阿拉今年五十二岁。"})
    assert not [p for p in check_voice(record, Context(card=dict(_MEIFENG.fields))) if "first person" in p]


def test_the_cards_word_for_the_listener_is_no_first_person():
    record = _sbk("_MEIFENG")[0].model_copy(update={"answer": "侬今年五十二岁。"})
    assert any("first person" in p for p in check_voice(record, Context(card=dict(_MEIFENG.fields))))


def test_the_catch_phrase_filter_reads_the_whole_quoted_self_name():
    from raiden_r1.data.builder.coverage import card_self_references
    assert card_self_references("calls himself 'Lil' Jody' and says 'y'all'") == {"lil jody"}  # (normalised)
    assert card_self_references("自称“小的”或“奴才”，常说“喳”") == {"小的", "奴才"}
