"""A narrator's speech tag opening the answer hands the line to a speaker (session 31,
speech_tags.py): "鹦鹉小翠儿扑棱着翅膀叫道：…", "The old hob croaked: …", "ぽん太は叫んだ：…",
"보리가 외쳤다: …". The character recounting its own words, a noun ending in 道, or speech with a
colon that is no tag are paid."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

KW = {"en": "cream", "zh": "河间府", "ja": "金沢", "ko": "부산"}
Q = {"en": "What did I leave on the hearth for you?", "zh": "我老家是哪儿的？", "ja": "私の故郷はどこでしたっけ？",
     "ko": "제 고향이 어디라고 했죠?"}


def truth(language):
    return GroundTruth(answer=KW[language], keywords=((KW[language],),), language=language, question=Q[language])


@pytest.mark.parametrize("language,answer", [
    ("zh", "鹦鹉小翠儿扑棱着翅膀叫道：他是河间府的！"),
    ("zh", "老鹦鹉歪着脑袋笑道：河间府呗！"),
    ("zh", "它尖着嗓子喊道：河间府！"),
    ("en", "The old hob croaked: a bowl of cream, lass."),
    ("en", "Then the little spirit whispered: cream, and plenty of it."),
    ("ja", "ぽん太は元気よく叫んだ：金沢だよ！"),
    ("ko", "앵무새가 큰 소리로 외쳤다: 부산이에요!"),
])
def test_a_narrators_speech_tag_is_a_wrapper(language, answer):
    assert keyword_accuracy(answer, truth(language)) == 0.0, answer


@pytest.mark.parametrize("language,answer", [
    ("zh", "我当时就叫道：河间府！错不了。"),
    ("zh", "这味道：一闻就是河间府的驴肉火烧。"),
    ("zh", "河间府！小翠儿记得真真儿的！"),
    ("en", "I said it then and I'll say it now: cream, lass."),
    ("en", "Cream, lass — Hob said so and Hob means it."),
    ("ja", "私は言った：金沢やって。"),
    ("ko", "제가 말했다: 부산이라고요."),
])
def test_the_character_speaking_is_paid(language, answer):
    assert keyword_accuracy(answer, truth(language)) == 1.0, answer
