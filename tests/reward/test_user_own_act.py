"""Asked what the user did ("What did I name my hamster?"), telling the user what they did is the answer
("You picked Biscuit", "콩떡이라 부르지 않았소?"); asked what the user's relative does, "You teach piano"
still gives the relative's fact to the user, and the character naming the pet itself still claims it."""

from __future__ import annotations

import pytest

from raiden_r1.reward.vrar import keyword_accuracy
from reward_records import user_memory_truth


cm = user_memory_truth


@pytest.mark.parametrize("truth,answer", [
    (cm("en", "Pumpernickel", "What did I name my hamster?"), "You picked Pumpernickel."),
    (cm("en", "Pumpernickel", "What did I call my guinea pig?"), "You went with Pumpernickel for the little critter."),
    (cm("zh", "豆包", "我给仓鼠取了什么名字？"), "你管它叫豆包。"),
    (cm("ko", "인절미", "제 햄스터 이름 기억나요?"), "인절미라 부르지 않았소?"),
    (cm("ko", "인절미", "제가 햄스터 이름을 뭐라고 지었죠?"), "당신이 인절미라 지었소."),
])
def test_the_users_own_act_told_back_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (cm("en", "cello", "What does my brother teach?"), "You teach cello, don't you?"),
    (cm("en", "cello", "What did I say my brother teaches?"), "You teach cello."),
    (cm("en", "Pumpernickel", "What did I name my hamster?"), "I picked Pumpernickel."),
    (cm("zh", "大提琴", "我哥哥教什么？"), "你教大提琴。"),
    (cm("ko", "인절미", "제가 햄스터 이름을 뭐라고 지었죠?"), "내가 인절미라 지었소."),
    (cm("ko", "인절미", "제 햄스터 이름 기억나요?"), "인절미라고는 부르지 않았소."),
])
def test_someone_elses_fact_stays_refused(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer
