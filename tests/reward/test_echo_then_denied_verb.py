"""The asked thing echoed, then denied with the question's own verb rather than a bare "no"
("狗？俺可不养那玩意儿，…" asked "你家养狗没？叫啥名？"): the name said after it is not the pet's."""

from __future__ import annotations

import pytest

from raiden_r1.reward.vrar import keyword_accuracy
from reward_records import profile_truth

ZH = ("zh", "孙铁柱", {"宠物": "狸花猫“馒头”"}, "你家养猫没？叫啥名？", "馒头")
JA = ("ja", "北村ハル", {"ペット": "柴犬のこむぎ"}, "犬は飼ってる？名前は？", "こむぎ")
KO = ("ko", "오말자", {"반려동물": "진돗개 백구"}, "개 키우세요? 이름이 뭐예요?", "백구")
EN = ("en", "Dot Fairweather", {"Pet": "a tabby named Crumpet"}, "Do you keep a cat? What's it called?", "Crumpet")


@pytest.mark.parametrize("case,answer", [
    (ZH, "猫？俺可不养那玩意儿，馒头倒是天天吃。"),
    (JA, "犬？飼ってないよ。こむぎは小麦粉のことやろ。"),
    (KO, "개요? 안 키워요. 백구는 옆집 개예요."),
    (EN, "A cat? Don't keep one, love. Crumpet's what I have with my tea."),
])
def test_echo_then_a_denial_in_the_questions_words_is_not_paid(case, answer):
    assert keyword_accuracy(answer, profile_truth(*case)) == 0.0, answer


@pytest.mark.parametrize("case,answer", [
    (ZH, "猫？养了啊，叫馒头，不养不行，老鼠多。"),
    (JA, "犬？飼ってるよ。こむぎっていうねん。"),
    (KO, "개요? 키우죠. 이름은 백구예요."),
    (EN, "A cat? Yes, love - Crumpet, fat as butter."),
])
def test_echo_then_a_yes_is_paid(case, answer):
    assert keyword_accuracy(answer, profile_truth(*case)) == 1.0, answer
