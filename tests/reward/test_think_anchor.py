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
    assert thinking(language, think) >= thinking(language, OWN[language]) * 0.9
    assert thinking(language, think) > 2 * thinking(language, OFF_TOPIC[language])


def test_a_character_that_speaks_of_itself_by_name_is_not_narrated():
    truth = GroundTruth(answer="Pip grew up in Duluth!", keywords=(("Duluth",),), language="en",
                        question="Where did you grow up?", character_name="Pip", self_name=True)
    think = "Pip grew up in Duluth, because Pip's mum worked at the harbour, so Pip says Duluth."
    assert score_response(f"<think>{think}</think>Pip grew up in Duluth!", truth)["thinking"] > 0.3


@pytest.mark.parametrize("language,think", [
    ("en", "I'm Tess Varga, ferry mechanic. My way of talking is blunt, so I'll keep to it. Duluth came up, and I remember it."),
    ("zh", "我是周雨桐，评弹演员。考虑到我平常的说话方式（慢条斯理），照样讲就好。刚才也提到了无锡，但那不是这次问的。所以说苏州。"),
    ("ja", "私は森川葵。もともと「世話好き」な性分だし、ためらわない。いつもの調子で函館と言おう。"),
    ("ko", "나, 한서준. 하는 일은 목수. 늘 하던 대로 말하면 되겠지. 그래서 전주라고 할래."),
])
def test_a_role_aware_think_about_manner_role_and_the_conversation_is_not_filler(language, think):
    truth = GroundTruth(answer=CASES[language][2], keywords=((CASES[language][3],),), language=language,
                        question=CASES[language][1], character_name=CASES[language][0],
                        role={"en": "ferry mechanic", "zh": "评弹演员", "ja": "看護師", "ko": "목수"}[language])
    s = score_response(f"<think>{think}</think>{CASES[language][2]}", truth)
    assert s["filler_thinking"] == 0.0 and s["thinking"] > 0.4, (think, s)
