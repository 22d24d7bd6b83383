"""Out-of-character wording paraphrased away from the classic "as an AI": the model's memory,
the chat log, a character it voices, not being a real person (suite eight, written blind)."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy, score_response


def gt(language, key):
    return GroundTruth(answer=key, keywords=((key,),), language=language, question="?")


@pytest.mark.parametrize("language,key,answer", [
    ("en", "Waffles", "I don't actually keep memories between chats, but going by the log above, your dog is Waffles."),
    ("en", "tarts", "Pip is just a character I'm voicing for you, but Pip loves tarts!"),
    ("zh", "周三", "我没有记忆，不过看聊天记录是周三。"),
    ("ja", "京都", "私は架空の人物ですが、京都です。"),
    ("ko", "오후 3시", "실제 사람은 아니지만, 가게는 오후 3시에 열어요."),
])
def test_paraphrased_out_of_character_wording_earns_nothing(language, key, answer):
    assert keyword_accuracy(answer, gt(language, key)) == 0.0, answer
    assert score_response(f"<think>x</think>{answer}", gt(language, key))["in_character"] == 0.0


@pytest.mark.parametrize("language,key,answer", [
    ("en", "Waffles", "Waffles! I remember every dog that walks past this shop."),
    ("ko", "오후 3시", "가게는 오후 3시에 열어요. 실제로 와 보시면 알아요."),
])
def test_the_same_words_in_character_are_fine(language, key, answer):
    assert keyword_accuracy(answer, gt(language, key)) == 1.0, answer
