"""Rev74's refused answers, continued (session 34, r15): the card's own quoted filler opening the
answer ("says 'sure'") is its voice, not an assistant's compliance; a negative keyword given, in a
sentence of its own, to another explicitly marked item ("Old rover was the burgundy one") is that
item's value, not a second answer."""

from __future__ import annotations

import json

import pytest

from raiden_r1.data.ground_truth import GroundTruth, parse_ground_truth
from raiden_r1.data.speech_fillers import speech_fillers
from raiden_r1.reward.vrar import keyword_accuracy


def test_the_speech_style_quotes_become_fillers():
    profile = {"Name": "Bridget Maloney", "Speech": "a warm Irish brogue, says 'sure' and 'so it is', calls people 'love'."}
    assert speech_fillers(profile) == ("sure", "so it is", "love")


def test_quotes_outside_the_speech_fields_are_no_fillers():
    assert speech_fillers({"Name": "Bridget", "Pet": "a mule called 'Duchess'"}) == ()


def test_fillers_survive_the_json_row():
    truth = GroundTruth(answer="30", keywords=(("30",),), language="en", fillers=("sure",))
    assert parse_ground_truth(truth.to_json()).fillers == ("sure",)
    assert "fillers" not in json.loads(GroundTruth(answer="30", keywords=(("30",),)).to_json())


def _cm(lang, question, gold, fillers):
    return GroundTruth(answer=gold, keywords=(("30",),), negative_keywords=("53",), language=lang, question=question,
                       focus="conversation_memory", subject="user", fillers=fillers)


EN_SURE = _cm("en", "How big is my flock, again?", "I remember, love. 30 sheep, you said.", ("sure", "so it is", "love"))
ZH_OK = _cm("zh", "我家有几只羊来着？", "你说过，三十只。", ("没问题",))
JA_OK = _cm("ja", "うちの羊、何頭だったっけ？", "三十頭と伺っております。", ("かしこまりました",))
KO_OK = _cm("ko", "우리 양이 몇 마리였지?", "서른 마리라고 하셨잖아요.", ("알겠습니다",))


@pytest.mark.parametrize("truth,answer", [
    (EN_SURE, "Sure, you said 30 in the flock this morning."),
    (EN_SURE, "Sure, 30, love."),
    (EN_SURE, "Sure, thirty sheep, so it is."),
    (EN_SURE, "Sure, you told me 30."),
    (ZH_OK, "没问题，你说过三十只。"),
    (ZH_OK, "没问题，三十只，我记着呢。"),
    (ZH_OK, "没问题，是三十只。"),
    (ZH_OK, "没问题，你早上数过，三十只。"),
    (JA_OK, "かしこまりました、三十頭でございます。"),
    (JA_OK, "かしこまりました。三十頭と伺っております。"),
    (JA_OK, "かしこまりました、三十頭です。"),
    (JA_OK, "かしこまりました、確か三十頭と。"),
    (KO_OK, "알겠습니다, 서른 마리라고 하셨지요."),
    (KO_OK, "알겠습니다. 서른 마리입니다."),
    (KO_OK, "알겠습니다, 30마리요."),
    (KO_OK, "알겠습니다, 아까 서른 마리라고 하셨습니다."),
])
def test_the_cards_own_filler_opening_the_answer_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (EN_SURE, "Sure! As an AI, I can tell you it's 30."),
    (EN_SURE, "Sure, here is the answer: 30."),
    (EN_SURE, "Sure, I can help with that. 30."),
    (EN_SURE, "Certainly! 30 sheep."),
    (ZH_OK, "没问题，以下是我的回答：三十只。"),
    (ZH_OK, "没问题，我来回答：三十只。"),
    (ZH_OK, "好的，三十只。"),
    (ZH_OK, "当然可以！三十只。"),
    (JA_OK, "かしこまりました。以下が回答です：三十頭。"),
    (JA_OK, "かしこまりました、お答えします。三十頭です。"),
    (JA_OK, "承知しました、三十頭です。"),
    (JA_OK, "もちろんです！三十頭です。"),
    (KO_OK, "알겠습니다. 답변드리겠습니다. 서른 마리입니다."),
    (KO_OK, "알겠습니다, 정답은 30마리입니다."),
    (KO_OK, "물론이죠! 서른 마리예요."),
    (KO_OK, "물론입니다, 30마리입니다."),
])
def test_an_assistant_opener_the_card_does_not_quote_earns_nothing(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


def _colour(lang, question, gold, key, negative):
    return GroundTruth(answer=gold, keywords=((key,),), negative_keywords=(negative,), language=lang, question=question,
                       focus="conversation_memory", subject="user")


EN_SUIT = _colour("en", "What color is my new spacesuit?", "I'm not deaf. Your new spacesuit? It's coral.", "coral", "burgundy")
ZH_SUIT = _colour("zh", "我的新宇航服是什么颜色？", "你的新宇航服是珊瑚色。", "珊瑚色", "酒红色")
JA_SUIT = _colour("ja", "俺の新しい宇宙服、何色だっけ？", "新しい宇宙服はコーラルだべさ。", "コーラル", "えんじ色")
KO_SUIT = _colour("ko", "내 새 우주복 무슨 색이었지?", "새 우주복은 코랄이에요.", "코랄", "버건디")


@pytest.mark.parametrize("truth,answer", [
    (EN_SUIT, "Coral-coloured. Old rover was the burgundy one."),
    (EN_SUIT, "Coral. The old suit was burgundy."),
    (EN_SUIT, "It's coral. Your old rover was burgundy."),
    (EN_SUIT, "Coral. The previous one was burgundy."),
    (ZH_SUIT, "珊瑚色。旧的那件是酒红色。"),
    (ZH_SUIT, "珊瑚色。以前那辆车是酒红色。"),
    (ZH_SUIT, "珊瑚色。上一件是酒红色的。"),
    (ZH_SUIT, "是珊瑚色。原来的那件是酒红色。"),
    (JA_SUIT, "コーラルだ。前の車はえんじ色だった。"),
    (JA_SUIT, "コーラル。古い方はえんじ色だ。"),
    (JA_SUIT, "コーラルだ。昔の宇宙服はえんじ色だった。"),
    (JA_SUIT, "コーラル。元のはえんじ色だよ。"),
    (KO_SUIT, "코랄이요. 예전 차는 버건디였어요."),
    (KO_SUIT, "코랄이에요. 원래 쓰던 건 버건디였고요."),
    (KO_SUIT, "코랄이요. 옛날 우주복이 버건디였죠."),
    (KO_SUIT, "코랄이에요. 이전 건 버건디였어요."),
])
def test_a_negative_given_to_another_marked_item_is_no_second_answer(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (EN_SUIT, "Coral. Or burgundy."),
    (EN_SUIT, "Burgundy. The old one was coral."),
    (EN_SUIT, "Coral. The suit is burgundy."),
    (EN_SUIT, "Coral. The old one was burgundy too."),
    (ZH_SUIT, "珊瑚色。或者酒红色。"),
    (ZH_SUIT, "酒红色。旧的那件是珊瑚色。"),
    (ZH_SUIT, "珊瑚色。旧的那件也是酒红色。"),
    (ZH_SUIT, "珊瑚色。宇航服是酒红色。"),
    (JA_SUIT, "コーラル。それともえんじ色。"),
    (JA_SUIT, "えんじ色だ。前のはコーラルだった。"),
    (JA_SUIT, "コーラル。前のもえんじ色かな。"),
    (JA_SUIT, "コーラル。宇宙服はえんじ色だ。"),
    (KO_SUIT, "코랄이요. 아니면 버건디."),
    (KO_SUIT, "버건디요. 예전 건 코랄이었어요."),
    (KO_SUIT, "코랄이요. 예전 것도 버건디였어요."),
    (KO_SUIT, "코랄이요. 우주복은 버건디예요."),
])
def test_a_negative_bare_or_for_the_asked_item_still_cancels(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer

