"""A rhetorical turn flips what it holds: "我哪会游泳" says I can't swim, "못 할 리가 있나요" says I can,
so the keyword inside one is not asserted."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def truth(language, keyword, question):
    return GroundTruth(answer=keyword, keywords=((keyword,),), language=language, question=question)


@pytest.mark.parametrize("language,keyword,question,answer", [
    ("zh", "会弹钢琴", "你会弹钢琴吗？", "我哪会弹钢琴啊，五音不全。"),
    ("zh", "会弹钢琴", "你会弹钢琴吗？", "我怎么可能会弹钢琴。"),
    ("ko", "못", "피아노 칠 줄 알아요?", "제가 못 칠 리가 있나요, 매일 쳐요."),
    ("ja", "弾けない", "ピアノは弾けますか？", "弾けないなんてことないよ。毎日弾いてる。"),
    ("ja", "弾ける", "ピアノは弾けますか？", "俺がピアノなんか弾けるわけがない。"),
    ("en", "can't", "Can you play the piano?", "As if I can't play! I play every day."),
])
def test_a_keyword_inside_a_rhetorical_turn_is_not_asserted(language, keyword, question, answer):
    assert keyword_accuracy(answer, truth(language, keyword, question)) == 0.0, answer


@pytest.mark.parametrize("language,keyword,question,answer", [
    ("zh", "会弹钢琴", "你会弹钢琴吗？", "会弹钢琴，学了十年了。"),
    ("ko", "못", "피아노 칠 줄 알아요?", "아뇨, 전혀 못 쳐요."),
    ("ja", "弾ける", "ピアノは弾けますか？", "弾けるよ。毎日練習してる。"),
])
def test_the_plain_statement_is_paid(language, keyword, question, answer):
    assert keyword_accuracy(answer, truth(language, keyword, question)) == 1.0, answer


@pytest.mark.parametrize("answer", ["結婚？してへんよ。仕事が嫁みたいなもんや。", "嫁？おらへんおらへん。", "結婚はしとらん。嫁は仕事や。"])
def test_a_kansai_or_rough_no_answers_a_yes_no_question_the_other_way(answer):
    g = GroundTruth(answer="結婚しとるで。嫁とはもう十年や。", keywords=(("結婚しとる", "嫁", "妻"),), language="ja",
                    question="結婚してはるんですか？")
    assert keyword_accuracy(answer, g) == 0.0, answer
    assert keyword_accuracy("結婚しとるで。嫁がうるさいねん。", g) == 1.0
