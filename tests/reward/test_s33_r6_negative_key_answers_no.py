"""A keyword that is itself a negation ("不吃辣", "never touch", "食べられない", "못 먹어요") makes the gold
answer to a yes/no question a no, whatever word the gold opens with: a plain "no" before the keyword is
the right answer, and a bare "yes" before it is the wrong one."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def gt(language, key, question, answer):
    return GroundTruth(answer=answer, keywords=((key,),), language=language, question=question)


ZH = ("zh", "不吃辣", "家俊，晚上吃川菜，你能吃辣吗？", "唔得啦，我从小不吃辣，你们去吃。")
ZH2 = ("zh", "不会游泳", "你会游泳吗？", "哎呀，我不会游泳，一下水就慌。")
EN = ("en", "never touch", "Do you take a drink, Captain?", "Lad, I never touch the stuff.")
JA = ("ja", "食べられない", "辛いもの食べられますか？", "堪忍な、辛いもんは食べられないんよ。")
KO = ("ko", "못 먹어요", "매운 거 잘 드세요?", "어휴, 저는 매운 건 못 먹어요.")


@pytest.mark.parametrize("case,answer", [
    (ZH, "不能，我不吃辣。"),
    (ZH, "不行不行，我不吃辣的。"),
    (ZH2, "不会，我不会游泳。"),
    (EN, "No. I never touch the stuff."),
    (JA, "いいえ、辛いもんは食べられないです。"),
    (KO, "아니요, 매운 건 못 먹어요."),
])
def test_a_no_before_a_negative_keyword_is_paid(case, answer):
    assert keyword_accuracy(answer, gt(*case)) == 1.0, answer


@pytest.mark.parametrize("case,answer", [
    (ZH2, "会。不会游泳的是我弟。"),
    (EN, "Yes. Never touch the stuff? Not me."),
    (ZH, "能。不吃辣的是我表弟。"),
    (KO, "네. 못 먹어요는 동생 말이에요."),
])
def test_a_bare_yes_before_a_negative_keyword_earns_nothing(case, answer):
    assert keyword_accuracy(answer, gt(*case)) == 0.0, answer


def test_a_negated_question_keeps_a_yes_gold():
    truth = gt("zh", "不吃辣", "你不吃辣吗？", "对，我从小不吃辣。")
    assert keyword_accuracy("对，我不吃辣。", truth) == 1.0


def test_a_reading_that_looks_negative_is_no_negative_keyword():
    # 家内 reads かない: the item 結婚してる/家内 is no negation, and "結婚？してへんよ" still denies
    truth = GroundTruth(answer="ああ、結婚しとる。嫁の美弥子とはもう18年や。", keywords=(("結婚してる", "嫁", "家内"),),
                        language="ja", question="久世さんって、ご結婚されてるんですか？")
    assert keyword_accuracy("結婚？してへんよ。仕事が女房みたいなもんや。", truth) == 0.0
