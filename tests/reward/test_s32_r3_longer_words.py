"""Session 32 (r3): a Chinese keyword inside a fixed longer word (a compound or a four-character idiom,
lexicon/longer_words.yaml) is that word, not the value: "灰色地带" names no grey coat, "望穿秋水" no sword,
"小黑屋" no bird. The keyword standing as its own word beside the same characters is still paid."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def truth(answer, key, neg, question):
    return GroundTruth(answer=answer, keywords=((key,),), negative_keywords=(neg,), language="zh", question=question,
                       subject="self")


COAT = truth("灰色风衣。", "灰色", "黑色", "那个人穿的什么颜色的风衣？")
SWORD = truth("此剑名曰秋水。", "秋水", "断岳", "你的佩剑叫什么名字？")
BIRD = truth("小黑呗！八哥。", "小黑", "花花", "您那只鸟叫啥名儿？")
HORSE = truth("它叫春风。", "春风", "踏雪", "你的马叫什么？")


@pytest.mark.parametrize("t,answer", [
    (COAT, "这案子灰色地带太多，我回头再核对。"), (COAT, "他那点灰色收入，谁不知道。"),
    (SWORD, "在下望穿秋水，只盼重逢。"), (SWORD, "秋水伊人，在水一方罢了。"),
    (BIRD, "老被我关小黑屋里反省。"), (HORSE, "我这些年春风得意，马嘛，不提也罢。"),
])
def test_a_keyword_inside_an_idiom_or_compound_is_not_said(t, answer):
    assert keyword_accuracy(answer, t) == 0.0, answer


@pytest.mark.parametrize("t,answer", [
    (COAT, "灰色，风衣是灰色的。"), (COAT, "是灰色，这事没有灰色地带。"), (SWORD, "秋水。家师所赐。"),
    (SWORD, "剑名秋水，取望穿秋水之意。"), (BIRD, "小黑，在屋里睡觉呢。"), (HORSE, "春风，跑得可快了。"),
])
def test_the_keyword_as_its_own_word_is_still_paid(t, answer):
    assert keyword_accuracy(answer, t) == 1.0, answer


def test_the_gold_answers_own_longer_word_is_paid():
    t = truth("我住小黑屋。", "小黑", "大白", "你住哪个房间？")
    assert keyword_accuracy("小黑屋呗。", t) == 1.0
