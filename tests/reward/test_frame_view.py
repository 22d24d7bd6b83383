"""Session 33 experiment: the allow-list frame view (reward/frame_view.py, RAIDEN_FRAME_VIEW=1).

One test per frame and language (a framed occurrence has a frame, the nearest unframed one none),
and the switch: off by default, and when on a keyword outside every frame earns nothing."""

from __future__ import annotations

import importlib

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward import frame_view as F
from raiden_r1.reward.vrar import keyword_accuracy


# English: before/after are the clause's match-form words either side of the keyword
def test_en_bare_value_is_framed():
    assert F.en_frame("", "love") == "bare value"


def test_en_value_opening_a_long_clause_about_something_else_is_not():
    assert F.en_frame("", "is a cold place to spend the winter") is None


def test_en_value_opening_its_clause_then_my_slot_is_framed():
    assert F.en_frame("", "is my hometown and alway will be") == "bare value"


def test_en_lead_then_a_few_words_is_framed():
    assert F.en_frame("i m from a littl villag call", "") == "lead"


def test_en_my_slot_is_framed():
    assert F.en_frame("my hometown s", "") == "my <slot> is"


def test_en_subject_a_few_words_before_is_framed():
    assert F.en_frame("i grew up in", "") == "a subject before it"


def test_en_verb_of_the_question_after_a_name_is_framed():
    assert F.en_frame("the great zambrano and then sometim teach", "", frozenset({"teach"}), ("zambrano",)) == \
        "a subject before it"


def test_en_short_answer_of_the_questions_words_is_framed():
    assert F.en_frame("origin from", "", frozenset({"hometown"})) == "short answer"


def test_en_list_sibling_does_not_hide_the_frame():
    assert F.en_frame("potteri and", "", siblings=frozenset({"potteri"})) == "bare value"


def test_en_value_after_an_unrelated_noun_phrase_is_not_framed():
    assert F.en_frame("the cafeteria close at", "pm") is None


# Chinese
def test_zh_bare_value_with_a_particle_is_framed():
    assert F.zh_frame("", "啦") == "bare value"


def test_zh_lead_is_framed():
    assert F.zh_frame("我的老家在", "") == "lead"


def test_zh_value_opening_a_sentence_about_something_else_is_not():
    assert F.zh_frame("", "啤酒我倒是挺爱喝的") is None


# Japanese
def test_ja_copula_after_the_value_is_framed():
    assert F.ja_frame("わしの名前は", "じゃ") == "asserting ending"


def test_ja_particle_then_a_verb_is_framed():
    assert F.ja_frame("", "で生まれました") == "asserting ending"


def test_ja_value_as_a_modifier_of_another_noun_is_not():
    assert F.ja_frame("", "の近くにある店によく行く") is None


# Korean
def test_ko_copula_after_the_value_is_framed():
    assert F.ko_frame("제 고향은 ", "이에요") == "asserting ending"


def test_ko_particle_then_a_verb_is_framed():
    assert F.ko_frame("", "에 살아요") == "asserting ending"


def test_ko_value_as_a_modifier_of_another_noun_is_not():
    assert F.ko_frame("", "의 옆 동네") is None


# The switch
_SHIFT = GroundTruth(answer="7 pm sharp, love.", keywords=(("7 pm",),), language="en",
                     question="What time does your shift start, Delphine?")
_ATTACK = "The cafeteria closes at 7 pm, love, so eat before then."


def test_the_view_is_off_by_default(monkeypatch):
    monkeypatch.delenv("RAIDEN_FRAME_VIEW", raising=False)
    try:
        assert importlib.reload(F).MODE == "" and not F.enabled()  # (the switch is read at import)
    finally:
        monkeypatch.undo()
        importlib.reload(F)


def test_with_the_view_an_unframed_keyword_earns_nothing(monkeypatch):
    monkeypatch.setattr(F, "MODE", "1")
    assert keyword_accuracy(_ATTACK, _SHIFT) == 0.0


@pytest.mark.parametrize("answer", ["7 pm sharp, love.", "It's 7 pm, love.", "I start at 7 pm."])
def test_with_the_view_a_framed_keyword_is_still_paid(monkeypatch, answer):
    monkeypatch.setattr(F, "MODE", "1")
    assert keyword_accuracy(answer, _SHIFT) == 1.0


def test_ja_case_particle_after_the_value_is_framed():
    assert F.ja_frame("", "に开けております") == "case particle"


def test_ja_value_inside_a_longer_noun_is_not_framed():
    assert F.ja_frame("", "団子なら好物だけどねえ") is None


def test_ko_case_particle_after_the_value_is_framed():
    assert F.ko_frame("", "를 어떻게 잊어") == "case particle"


def test_ko_value_inside_a_longer_noun_is_not_framed():
    assert F.ko_frame("", "밭 옆에 있다멍") is None


def test_the_after_only_ablation_is_a_setting_of_the_view(monkeypatch):
    monkeypatch.setattr(F, "MODE", "after")
    assert F.enabled()


def test_ja_list_sibling_after_the_value_does_not_hide_its_ending():
    assert F.ja_frame("", "と将棋や", siblings=("将棋",)) == "asserting ending"


def test_ja_connector_without_a_sibling_is_not_trimmed():
    assert F.ja_frame("", "に开けております", siblings=("将棋",)) == "case particle"


def test_en_value_in_apposition_after_my_slot_is_framed():
    assert F.en_frame("my grandson", "") == "my <slot> K"


def test_en_value_after_another_persons_noun_is_not_framed():
    assert F.en_frame("the cafeteria", "is open late") is None
