"""Markdown, odd tags, speaker lines and the echoed question around a right answer (reward/markup.py):
refused in every language, while stage directions, emphasis and a word of the question echoed back
stay speech."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

CASES = {
    "en": ("Juniper", "What's your cat called?", "Her name's Juniper.", "Dana Cole"),
    "zh": ("豆豆", "你家的狗叫什么名字？", "我家狗叫豆豆。", "王小雨"),
    "ja": ("こむぎ", "飼っている猫の名前は？", "うちの猫はこむぎです。", "山田花子"),
    "ko": ("보리", "강아지 이름이 뭐예요?", "우리 강아지는 보리예요.", "이서연"),
}


def gt(language):
    key, question, answer, name = CASES[language]
    return GroundTruth(answer=answer, keywords=((key,),), language=language, question=question, character_name=name)


@pytest.mark.parametrize("language,answer", [
    ("en", "Her name's __Juniper__."), ("zh", "**我家狗叫豆豆。**"), ("ja", "うちの猫は**こむぎ**です。"), ("ko", "__우리 강아지는 보리예요.__"),
])
def test_markdown_bold_is_formatting(language, answer):
    assert keyword_accuracy(answer, gt(language)) == 0.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "## Juniper, my tabby"), ("zh", "＃＃ 我家狗叫豆豆"), ("ja", "### うちの猫はこむぎです"), ("ko", "#보리예요"),
])
def test_a_markdown_heading_is_formatting(language, answer):
    assert keyword_accuracy(answer, gt(language)) == 0.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "+ Juniper, my tabby."), ("en", "2) Juniper."), ("zh", "• 我家狗叫豆豆。"), ("ja", "●うちの猫はこむぎです。"),
    ("ko", "* 우리 강아지는 보리예요."), ("en", "She's called `Juniper`."), ("ko", "> 우리 강아지는 보리예요."),
])
def test_list_markers_inline_code_and_quotes_are_formatting(language, answer):
    assert keyword_accuracy(answer, gt(language)) == 0.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "«reply>Juniper, my tabby.«/reply>"), ("zh", "《回复》我家狗叫豆豆。《/回复》"),
    ("ja", "＜答え＞うちの猫はこむぎです。＜/答え＞"), ("ko", "〈답〉우리 강아지는 보리예요.〈/답〉"),
])
def test_tags_in_any_bracket_are_markup(language, answer):
    assert keyword_accuracy(answer, gt(language)) == 0.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "Dana\nJuniper, my tabby."), ("en", "Dana Cole → Juniper, my tabby."), ("zh", "【小雨】我家狗叫豆豆。"),
    ("zh", "王小雨\n我家狗叫豆豆。"), ("ja", "山田 » うちの猫はこむぎです。"), ("ja", "［花子］うちの猫はこむぎです。"),
    ("ko", "답변 ~ 우리 강아지는 보리예요."), ("ko", "이서연\n우리 강아지는 보리예요."),
    ("en", "Her name's Juniper.\n\n– Dana"), ("zh", "「我家狗叫豆豆。」——小雨"), ("ja", "山田：うちの猫はこむぎです。"),
    ("ko", "질문. 강아지 이름?\n답. 보리예요."), ("en", "Q. Your cat?\nA. Juniper."), ("zh", "1）我家狗叫豆豆。"), ("ja", "1、こむぎです。"),
])
def test_a_speaker_or_field_label_makes_a_script_line(language, answer):
    assert keyword_accuracy(answer, gt(language)) == 0.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "What's your cat called? Her name's Juniper."), ("zh", "你家的狗叫什么名字？叫豆豆。"),
    ("ja", "飼っている猫の名前は？こむぎです。"), ("ko", "강아지 이름이 뭐예요? 보리예요."),
])
def test_the_question_restated_before_the_answer_is_speech(language, answer):
    # (session 35, the lead's decision: the bare echo was refused here until then; fn_restate)
    assert keyword_accuracy(answer, gt(language)) == 1.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "*grins* Juniper. She's *very* spoiled."), ("en", "My cat? Juniper."),
    ("en", "Juniper - she's a tabby."), ("en", "Juniper.\nShe sleeps on my keyboard."),
    ("zh", "我家狗？豆豆。"), ("zh", "（笑）我家狗叫豆豆。"), ("zh", "豆豆\n它可乖了。"),
    ("ja", "猫？こむぎです。"), ("ja", "うちの猫はこむぎです。・・・かわいいですよ。"),
    ("ko", "우리 강아지요? 보리예요."), ("ko", "-_- 보리예요."), ("ko", "보리 ~ 제일 귀여운 강아지예요."),
    ("en", "Juniper — Juniper Berry, officially."), ("zh", "——我家狗叫豆豆。"), ("ja", "― うちの猫はこむぎです。"),
])
def test_speech_with_stage_directions_emphasis_and_short_echoes_is_paid(language, answer):
    assert keyword_accuracy(answer, gt(language)) == 1.0, answer


def test_a_number_keyword_opening_the_answer_is_no_list():
    truth = GroundTruth(answer="3. Three kids.", keywords=(("3",),), language="en", question="How many kids do you have?")
    assert keyword_accuracy("3. All of them loud.", truth) == 1.0
