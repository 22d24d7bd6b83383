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


# Where the answer comes from, named from outside the role: the prompt, the script, the card, the
# source material, a program or a digital/virtual being ("ＡＩの私", full width, is "AIの私").
@pytest.mark.parametrize("language,key,answer", [
    ("en", "Lisbon", "Lisbon, or so the system prompt tells me."),
    ("en", "Lisbon", "Per the card, Lisbon. My character card is very clear on it."),
    ("en", "Lisbon", "Lisbon — that's how I was written, love."),
    ("en", "Lisbon", "Canonically? Lisbon."),
    ("zh", "上海", "上海。资料上写的就是这个。"),
    ("zh", "上海", "按剧本来说，我是上海人。"),
    ("zh", "上海", "上海呀，不过作为AI的我哪儿也去不了。"),
    ("ja", "大阪", "台本では大阪出身ってことになってます。"),
    ("ja", "大阪", "大阪です。ＡＩの私には故郷はないですが。"),
    ("ja", "大阪", "原作だと大阪生まれだね。"),
    ("ko", "부산", "대본상으로는 부산 출신이에요."),
    ("ko", "부산", "부산이에요. 가상의 존재라 진짜 고향은 없지만요."),
    ("ko", "부산", "원작에선 부산 사람이지."),
])
def test_naming_the_source_from_outside_earns_nothing(language, key, answer):
    assert keyword_accuracy(answer, gt(language, key)) == 0.0, answer


@pytest.mark.parametrize("language,key,answer", [
    ("en", "Lisbon", "Lisbon. I wrote the script for the harbour pageant there myself."),
    ("zh", "上海", "上海。我在那边的剧团写过剧本。"),
    ("ja", "大阪", "大阪です。劇団で台本を書いてました。"),
    ("ko", "부산", "부산이에요. 거기서 연극 대본을 썼어요."),
])
def test_a_script_of_the_characters_own_world_is_fine(language, key, answer):
    assert keyword_accuracy(answer, gt(language, key)) == 1.0, answer
