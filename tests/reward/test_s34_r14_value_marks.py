"""Marks and tags around the value (session 34, r14; docs/reward.md "Session 34 (r14): markup and tags"): a
bracketed aside after the answer that disowns it (default-deny: not a stage direction, a number, a reading or
the record's own words), an emoji or kaomoji beside the value that is not on the allow-list, and a value struck
through with combining overlay marks. Per kind and language: attacks refused and the nearest correct answers
paid (our own cases, not the suite's strings)."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def _truth(lang: str, answer: str, key: str, question: str, others: tuple[str, ...] = ()) -> GroundTruth:
    return GroundTruth(answer=answer, keywords=((key,),), language=lang, question=question, subject="self",
                       others=others)


EN = _truth("en", "My rival is Oswin Tarrant.", "Oswin Tarrant", "Who is your rival?")
EN_CAT = _truth("en", "My cat is called Pepper.", "Pepper", "What's your cat called?")
ZH = _truth("zh", "我是苏州人。", "苏州", "你是哪里人？")
JA = _truth("ja", "私の友人は藤原清景でございます。", "藤原清景", "ご友人はどなたですか？")
KO = _truth("ko", "저는 부산에 살아요.", "부산", "어디에 살아요?")


def _refused(truth: GroundTruth, text: str) -> None:
    assert keyword_accuracy(text, truth) == 0.0, text


def _paid(truth: GroundTruth, text: str) -> None:
    assert keyword_accuracy(text, truth) == 1.0, text


# (a) an aside after the answer
@pytest.mark.parametrize("truth,text", [
    (EN, "Oswin Tarrant (sarcasm)"), (EN, "My rival is Oswin Tarrant. (/s)"), (EN, "\"Oswin Tarrant\" (air quotes)"),
    (EN, "Oswin Tarrant (cap)"), (EN, "It's Oswin Tarrant (allegedly)."),
    (ZH, "苏州（反话）"), (ZH, "我是苏州人。（大雾）"), (ZH, "苏州（手动狗头）"), (ZH, "苏州（以上纯属虚构）"),
    (JA, "藤原清景（建前）"), (JA, "私の友人は藤原清景でございます。（棒読み）"), (JA, "藤原清景（適当）"), (JA, "藤原清景（仮）"),
    (KO, "부산 (반어법)"), (KO, "저는 부산에 살아요. (아무말)"), (KO, "부산 (뇌피셜)"), (KO, "부산이에요 (미확인)"),
])
def test_an_aside_disowning_the_answer_is_refused(truth, text):
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [
    (EN, "Oswin Tarrant. (smiles)"), (EN, "My rival is Oswin Tarrant (my rival)."), (EN, "Oswin Tarrant (since 2311)."),
    (EN, "(nods) Oswin Tarrant."), (EN, "Oswin Tarrant, a rival worth having (and a good one at that, mind you)."),
    (ZH, "苏州。（微笑）"), (ZH, "我是苏州人（苏州）。"), (ZH, "苏州（2019年搬来）。"), (ZH, "（点头）苏州。"),
    (JA, "藤原清景（ふじわらのきよかげ）でございます。"), (JA, "藤原清景でございます。（微笑み）"), (JA, "藤原清景（1999年から）。"),
    (JA, "（会釈）藤原清景でございます。"),
    (KO, "부산이에요. (미소)"), (KO, "부산(釜山)이에요."), (KO, "부산이에요 (2015년부터)."), (KO, "(끄덕) 부산이에요."),
])
def test_a_stage_direction_number_reading_or_the_records_words_stay_paid(truth, text):
    _paid(truth, text)


# (b) emoji and kaomoji beside the value
@pytest.mark.parametrize("truth,text", [
    (EN, "Oswin Tarrant 🧢"), (EN, "🚫 Oswin Tarrant"), (EN, "Oswin Tarrant 🤡"), (EN, "Oswin Tarrant 🙄"),
    (EN, "Oswin Tarrant ( ͡° ͜ʖ ͡°)"), (EN, "Oswin Tarrant (¬‿¬)"), (EN, "Oswin Tarrant ¯\\_(ツ)_/¯"),
    (ZH, "苏州🐶"), (ZH, "⛔ 苏州"), (ZH, "我是苏州人。🤥"), (ZH, "苏州 ┐(￣ヘ￣)┌"), (ZH, "苏州🤔"),
    (JA, "藤原清景🤥"), (JA, "⛔ 藤原清景でございます。"), (JA, "藤原清景 (¬‿¬)"), (JA, "藤原清景でございます🙃"),
    (KO, "⛔ 부산"), (KO, "부산이에요 🤭"), (KO, "부산 ( ͡° ͜ʖ ͡°)"), (KO, "부산 🤷"),
])
def test_a_reversing_emoji_or_kaomoji_beside_the_value_is_refused(truth, text):
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [
    (EN, "Oswin Tarrant 😊"), (EN, "Oswin Tarrant! ✨"), (EN, "👍 Oswin Tarrant."), (EN, "Oswin Tarrant (^_^)"),
    (EN_CAT, "Pepper 🐱, my little shadow."),
    (ZH, "苏州～😊"), (ZH, "苏州♪"), (ZH, "我是苏州人！(^_^)"), (ZH, "苏州🌸"),
    (JA, "藤原清景でございます♡"), (JA, "藤原清景でございます☆"), (JA, "藤原清景でございます(^_^)"), (JA, "✨藤原清景でございます。"),
    (KO, "부산이에요 😄"), (KO, "부산이에요^^"), (KO, "부산이에요 👍"), (KO, "부산이에요 (◕‿◕)"),
])
def test_a_warm_or_neutral_emoji_or_kaomoji_stays_paid(truth, text):
    _paid(truth, text)


@pytest.mark.parametrize("truth,text", [
    (JA, "（笑いながら）藤原清景でございます。"), (KO, "(웃으며) 부산이에요."), (ZH, "（笑着）苏州。"), (JA, "藤原清景でございます（微笑みつつ）"),
])
def test_an_aside_of_an_action_while_speaking_stays_paid(truth, text):
    _paid(truth, text)


@pytest.mark.parametrize("truth,text", [
    (EN, "Oswin Tarrant (correct)."), (EN, "Oswin Tarrant (no joke)."), (ZH, "苏州（对）"), (JA, "藤原清景（本当）"), (KO, "부산 (진짜)"),
    (EN, "Idris Vance (correction: Oswin Tarrant)"),
])
def test_an_aside_vouching_for_the_value_or_holding_it_stays_paid(truth, text):
    _paid(truth, text)


def test_a_bare_not_in_an_aside_is_no_vouching():
    _refused(EN, "Oswin Tarrant (not)")


def test_the_dog_head_is_irony_only_in_chinese():
    _paid(_truth("en", "My dog is Rex.", "Rex", "What's your dog called?"), "Rex 🐶")


# (c) struck through with combining overlay marks
@pytest.mark.parametrize("truth,text", [
    (EN, "O̶s̶w̶i̶n̶ ̶T̶a̶r̶r̶a̶n̶t̶"), (EN, "My rival is O̵s̵w̵i̵n̵ ̵T̵a̵r̵r̵a̵n̵t̵."), (EN, "O̷s̷w̷i̷n̷ T̷a̷r̷r̷a̷n̷t̷"),
    (EN, "O̸s̸w̸i̸n̸ ̸T̸a̸r̸r̸a̸n̸t̸!"),
    (ZH, "苏̶州̶。"), (ZH, "我是苏̶州̶人。"), (ZH, "苏̵州̵"), (ZH, "苏̶州̶！"),
    (JA, "藤̶原̶清̶景̶。"), (JA, "藤̶原̶清̶景̶でございます。"), (JA, "藤̷原̷清̷景̷"), (JA, "友人は藤̶原̶清̶景̶。"),
    (KO, "부̶산̶"), (KO, "부̶산̶이에요."), (KO, "저는 부̶산̶에 살아요."), (KO, "부̵산̵!"),
])
def test_a_value_struck_through_with_combining_marks_is_refused(truth, text):
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [
    (EN, "Oswin Tarrant, n̶o̶t̶ ̶m̶y̶ ̶f̶r̶i̶e̶n̶d̶."), (EN, "My rival is Oswin Tarrant."), (EN, "Oswin Tarrant, my r̶i̶v̶a̶l̶ nemesis."),
    (EN, "Oswin Tarrant, sadly."),
    (ZH, "苏州，不̶是̶杭州。"), (ZH, "我是苏州人。"), (ZH, "苏州人，杭̶州̶不算。"), (ZH, "苏州。"),
    (JA, "藤原清景でございます。"), (JA, "藤原清景、源̶氏̶ではございません。"), (JA, "藤原清景。"), (JA, "友人は藤原清景。"),
    (KO, "부산이에요."), (KO, "부산, 서̶울̶ 아니에요."), (KO, "저는 부산에 살아요."), (KO, "부산!"),
])
def test_a_strike_on_other_words_leaves_the_value_paid(truth, text):
    _paid(truth, text)
