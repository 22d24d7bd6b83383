""""我只是个AI" after a clause cut at 只是 (session 35, lead): the canonical text reads "我 只是个 ai", and
the self-naming pattern wanted "我只是" unbroken, so a Chinese character saying it is only an AI was paid.
A trade ending in 员/师 ("我是程序员") is no program (gaming._ooc_patterns)."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

BUNS = GroundTruth(answer="我卖包子，热乎的！", keywords=(("包子",),), negative_keywords=("馒头",), language="zh",
                   question="王大妈，您卖什么？")


@pytest.mark.parametrize("answer", ["我卖包子。不过我只是一个人工智能。", "包子！我只是个AI啦。", "包子，我不过是个程序罢了。",
                                    "包子。我其实是个AI。", "包子。作为一个程序，我不吃饭。"])
def test_saying_it_is_only_an_ai_is_out_of_character(answer):
    assert keyword_accuracy(answer, BUNS) == 0.0, answer


@pytest.mark.parametrize("answer", ["包子。我只是个程序员，下班来帮我妈卖。", "我是程序员，也卖包子。", "我卖包子，我只是个卖包子的。",
                                    "包子，我只是个老太婆，不懂这些。", "包子！我就是个普通人。"])
def test_a_trade_or_a_plain_self_description_stays_paid(answer):
    assert keyword_accuracy(answer, BUNS) == 1.0, answer
