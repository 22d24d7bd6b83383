"""Right answers an outside reviewer wrote that the reward refused: Korean traditional day names
("오월 초닷새", "사월 초아흐레"), "you named that little fella X" recalling the user's pet, "didn't you
say X?" confirmations ("你不是说…吗", "…라 하지 않았소?", "言うてたやん"), しかない ("only") read as a
"no", a plan asked about answered with つもり. And the character described as somebody's relative from
outside ("林家小妹今年28岁", "佐藤家の娘は", "민수 동생은 25살이에요") is third person."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy
from reward_records import user_memory_truth


cm = user_memory_truth


def sbk(language, key, question, **kw):
    return GroundTruth(answer=key, keywords=((key,),), language=language, question=question, **kw)


@pytest.mark.parametrize("truth,answer", [
    (sbk("ko", "6월 5일", "생일이 언제요?"), "음력 유월 초닷새에 났소."),
    (sbk("ko", "3월 9일", "생일이 언제요?"), "삼월 초아흐레요."),
    (cm("en", "Pip", "What's my gerbil called?"), "You named that little fella Pip."),
    (cm("zh", "杭州", "我下周去哪儿来着？"), "你不是说去杭州吗？"),
    (cm("ko", "대구", "내 고향이 어디라 했소?"), "대구라 하지 않았소?"),
    (cm("en", "Lisbon", "Where am I flying?"), "Didn't you say Lisbon?"),
    (sbk("ja", "150cm", "背、高いほう？"), "150cmしかないねん。"),
    (sbk("ja", "花市場", "明日の予定は？"), "花市場へ行くつもりどす。"),
])
def test_right_answers_are_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (sbk("zh", "28岁", "你多大了？", character_name="林小梅", subject="self"), "林家小妹今年28岁。"),
    (sbk("ja", "ひなた", "娘さんの名前は？", character_name="佐藤健太", subject="other"), "佐藤家の娘はひなたです。"),
    (sbk("ko", "25살", "몇 살이에요?", character_name="김지훈", subject="self", others=("김민수",)), "민수 동생은 25살이에요."),
    (sbk("ja", "花市場", "昨日どこ行った？"), "花市場に行きたいな。"),
])
def test_wrong_ones_are_not(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer
