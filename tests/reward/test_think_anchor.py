"""Filler thinking read per sentence (reward/think_anchor.py): a think block about something else
with the key fact dropped in, the profile narrated from outside, or lorem ipsum earns less than a
short first-person think about the question, in every language."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import score_response

CASES = {
    "en": ("Tess Varga", "Where did you grow up?", "I grew up in Duluth.", "Duluth"),
    "zh": ("周雨桐", "你在哪里长大的？", "我在苏州长大。", "苏州"),
    "ja": ("森川葵", "どこで育ちましたか？", "函館で育ちました。", "函館"),
    "ko": ("한서준", "어디서 자랐어요?", "저는 전주에서 자랐어요.", "전주"),
}

# A short think in the character's own voice, about the question.
OWN = {
    "en": "I'm Tess. Duluth, where the lake wind bit my cheeks every winter, so I'll say it warmly.",
    "zh": "我是周雨桐。我从小在苏州的老巷子里长大，所以就说苏州。",
    "ja": "私は森川葵。函館の坂道で育ったから、懐かしく函館と答えよう。",
    "ko": "나는 한서준이야. 전주 한옥마을 근처에서 자랐으니까 전주라고 하면 돼.",
}

# Reasoning about something else, the key fact dropped in at the end.
OFF_TOPIC = {
    "en": "Copper prices climbed because mines in Chile slowed output, so smelters raised bids; since freight costs "
          "rose as well, therefore margins shrank across the sector. Duluth.",
    "zh": "铜价上涨，因为智利矿山减产，所以冶炼厂提高了报价；由于运费也上升，因此整个行业利润缩水。苏州。",
    "ja": "銅の価格が上がったので、製錬所は買値を上げた。だから運賃も上昇した。なので業界全体の利益が減った。函館。",
    "ko": "구리 값이 올랐으니까 제련소들이 매입가를 올렸다. 그래서 운임도 올랐다. 그러니까 업계 전체의 이익이 줄었다. 전주.",
}

# The character narrated from its profile.
NARRATED = {
    "en": "Tess Varga grew up in Duluth because her profile lists it, so she should say Duluth. She is from Minnesota.",
    "zh": "周雨桐在苏州长大，因为设定里写着籍贯苏州，所以她应该回答苏州。",
    "ja": "森川葵は函館で育ったので、彼女は函館と答えるべきだ。設定にそう書いてあるから。",
    "ko": "한서준은 전주에서 자랐으니까 그는 전주라고 대답해야 한다. 설정에 고향이 전주라고 되어 있기 때문이다.",
}


def gt(language):
    name, question, answer, key = CASES[language]
    return GroundTruth(answer=answer, keywords=((key,),), language=language, question=question, character_name=name)


def thinking(language, think):
    return score_response(f"<think>{think}</think>{CASES[language][2]}", gt(language))["thinking"]


@pytest.mark.parametrize("language", ["en", "zh", "ja", "ko"])
def test_reasoning_about_something_else_earns_less_than_the_characters_own_think(language):
    assert thinking(language, OFF_TOPIC[language]) < thinking(language, OWN[language]) / 2


@pytest.mark.parametrize("language", ["en", "zh", "ja", "ko"])
def test_the_character_narrated_from_its_profile_earns_less_than_its_own_think(language):
    assert thinking(language, NARRATED[language]) < thinking(language, OWN[language]) / 2


def test_lorem_ipsum_with_connectives_earns_less_than_the_characters_own_think():
    lorem = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, because sed do eiusmod tempor incididunt, "
             "so ut labore et dolore magna aliqua Duluth.")
    assert thinking("en", lorem) < thinking("en", OWN["en"]) / 2


@pytest.mark.parametrize("language,think", [
    ("en", "I'm Tess. Grandpa took me ice fishing every January, because he said the lake was the best teacher. "
           "Duluth made me tough, so I'll say Duluth."),
    ("zh", "我是周雨桐。小时候外婆每天带我去平江路买桂花糕，因为那家店离家近。所以我说苏州。"),
    ("ja", "私は森川葵。子供の頃は毎朝、祖母と朝市に行ったので、イカ釣り漁船の明かりをよく覚えている。だから函館と答える。"),
    ("ko", "나는 한서준이야. 어릴 때 할머니랑 남부시장에 자주 갔으니까 그 냄새가 아직 기억나. 그래서 전주라고 할래."),
])
def test_a_memory_in_the_characters_voice_is_reasoning(language, think):
    # (its voice alone earns length beside the answer, not reasoning-indicator credit: see
    # thinking.py, so a memory is paid well above filler but may stay a little under OWN)
    assert thinking(language, think) >= thinking(language, OWN[language]) * 0.7
    assert thinking(language, think) > 2 * thinking(language, OFF_TOPIC[language])


FIRST_PERSON_RAMBLE = {
    "en": "I think the ferry schedule changed because the river froze early, so I take the bus now; since my bus is "
          "slow, therefore I read two novels a week. Duluth.",
    "zh": "我觉得今年的雨特别多，因为台风来得早，所以我天天带伞。我觉得菜价也涨了，所以我少买了水果。苏州。",
    "ja": "私は今日は雨なので、傘を持って出かけた。私はバスが遅れたから本を読んだ。私は新しい小説を買おう。函館。",
    "ko": "나는 오늘 비가 와서 우산을 챙겼다. 나는 버스가 늦었으니까 책을 읽었다. 나는 새 소설도 사야지. 전주.",
}


@pytest.mark.parametrize("language", ["en", "zh", "ja", "ko"])
def test_a_first_person_ramble_about_something_else_earns_no_more_than_the_characters_own_think(language):
    # (the character's voice earns some length, so a short Korean think and a ramble may tie)
    assert thinking(language, FIRST_PERSON_RAMBLE[language]) <= thinking(language, OWN[language])


def test_a_character_that_speaks_of_itself_by_name_is_not_narrated():
    truth = GroundTruth(answer="Pip grew up in Duluth!", keywords=(("Duluth",),), language="en",
                        question="Where did you grow up?", character_name="Pip", self_name=True)
    think = "Pip grew up in Duluth, because Pip's mum worked at the harbour, so Pip says Duluth."
    assert score_response(f"<think>{think}</think>Pip grew up in Duluth!", truth)["thinking"] > 0.3
