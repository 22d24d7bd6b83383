"""The character naming itself through what others call it ("They call me Pumpernickel", "다들 순자라고
불러") answers a name question in the first person (called_me.py); calling someone else, a report of
the calling, or a calling taken back later in the sentence stays others' words."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

CAT = GroundTruth(answer="Pumpernickel.", keywords=(("Pumpernickel",),), language="en", question="What's your name?",
                  subject="self")
EARL = GroundTruth(answer="I'm Dusty McCready.", keywords=(("Dusty McCready", "Dusty"),), language="en",
                   question="Who are you, exactly?", subject="self")
GRAN = GroundTruth(answer="박순자다.", keywords=(("박순자", "순자"),), language="ko", question="누구세요?", subject="self")
ZHU = GroundTruth(answer="我叫赵铁柱。", keywords=(("赵铁柱", "铁柱"),), language="zh", question="能告诉我你的名字吗？",
                  subject="self")
SEIMEI = GroundTruth(answer="賀茂晴明でございます。", keywords=(("賀茂晴明", "晴明"),), language="ja",
                     question="あなたは誰ですか？", subject="self")


@pytest.mark.parametrize("truth,answer", [
    (CAT, "They call me Pumpernickel, the shop cat of the Crooked Kettle."),
    (CAT, "People call me Pumpernickel."),
    (CAT, "Folks always call me Pumpernickel."),
    (EARL, "Folks call me Dusty."),
    (GRAN, "다들 순자라고 불러."),
    (GRAN, "다들 내를 순자라고 부른다 아이가."),
    (ZHU, "人呼我铁柱。"),
    (SEIMEI, "みんなは晴明って呼ぶ。"),
])
def test_naming_itself_through_others_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (CAT, "They call him Pumpernickel."),
    (CAT, "People call me Pumpernickel, but my name is Tom."),
    (CAT, "People say they call me Pumpernickel."),
    (CAT, "They call me Pumpernickel, but that's not my name."),
    (GRAN, "동생을 다들 순자라고 불러."),
    (GRAN, "다들 순자라고 하더라."),
])
def test_calling_someone_else_or_taking_it_back_earns_nothing(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer
