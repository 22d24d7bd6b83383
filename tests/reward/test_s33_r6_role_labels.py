"""A role opening the answer as a speaker label ("小二：…", "Barman: …", "店員：…", "점원: …") makes it a
line of a script; a label that is the value asked for ("Guard: the north gate") and a colon later in a
sentence are speech."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def gt(language, key, question, answer):
    return GroundTruth(answer=answer, keywords=((key,),), language=language, question=question)


ZH = gt("zh", "柳青", "掌柜的，你还记得我要找的那个姑娘叫什么吗？", "记得记得，客官要找的是柳青姑娘。")
EN = gt("en", "Ruby", "What's the name of your ship, skipper?", "The Ruby, and she's a grand old boat.")
JA = gt("ja", "さくら", "お店の看板猫の名前は？", "さくらです。")
KO = gt("ko", "보리", "가게 고양이 이름이 뭐예요?", "보리예요.")
JOB = gt("en", "guard", "What's your job here?", "I'm a guard at the north gate.")


@pytest.mark.parametrize("truth,answer", [
    (ZH, "小二：掌柜的出门进货去了，客官找的柳青姑娘，小的倒是记得。"),
    (EN, "Barman: The skipper's out back, but her boat's the Ruby."),
    (JA, "店員：さくらですよ。"),
    (KO, "점원: 보리예요."),
])
def test_a_role_as_a_speaker_label_earns_nothing(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (ZH, "记得，客官要找的是柳青姑娘：穿青衣、背琵琶的那位。"),
    (EN, "The Ruby. Here's the thing, lad: she's older than me."),
    (JOB, "Guard: the north gate, nights mostly."),
    (KO, "보리예요. 손님들이 다 좋아해요."),
])
def test_speech_with_a_colon_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer
