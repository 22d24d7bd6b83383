""""Didn't you say X?" recalls X as said (standard Japanese 言ったじゃない, 不是说了X吗, "didn't I hear you
say X"), with a question mark or a full stop; a real "I did not say X" (Korean 는 singling the keyword
out: "X라고는 하지 않았소") and a plain negation stay refused. The character's own reminder of its fact
("Didn't I tell you it's X?") is paid; a relative's saying stays hearsay."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy
from reward_records import user_memory_truth


cm = user_memory_truth


KO = cm("ko", "강릉", "제가 어디로 간다 했소?")
JA = cm("ja", "金沢", "私、どこ行くって言うてたっけ？")
ZH = cm("zh", "大理", "我说我要去哪儿来着？")
EN = cm("en", "Galway", "Where did I say I was heading?")


@pytest.mark.parametrize("truth,answer", [
    (KO, "강릉이라 하지 않았소."),
    (KO, "강릉으로 간다고 하지 않았소?"),
    (JA, "金沢って言ったじゃない。"),
    (JA, "金沢って言ってたじゃん。"),
    (JA, "金沢やって言うとったやろ。"),
    (ZH, "不是说了大理吗？"),
    (ZH, "不是讲过要去大理嘛。"),
    (EN, "Didn't I hear you say Galway?"),
    (EN, "Did you not say Galway?"),
])
def test_didnt_you_say_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (KO, "강릉이라고는 하지 않았소."),
    (KO, "강릉이 아니오."),
    (JA, "金沢とは言ってへんよ。"),
    (JA, "金沢じゃない。"),
    (ZH, "你没说过大理。"),
    (ZH, "不是大理。"),
    (EN, "You never said Galway."),
    (EN, "Not Galway."),
])
def test_a_real_denial_stays_refused(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


def sbk(language, key, question):
    return GroundTruth(answer=key, keywords=((key,),), language=language, question=question)


@pytest.mark.parametrize("truth,answer", [
    (sbk("zh", "泉州", "你是哪里人？"), "不是说了泉州吗？"),
    (sbk("en", "Kansas", "Where are you from?"), "Didn't I tell you it's Kansas?"),
    (sbk("ko", "상주", "고향이 어디요?"), "상주라 하지 않았소."),
])
def test_the_characters_own_reminder_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (sbk("zh", "泉州", "你是哪里人？"), "我妈不是说了泉州吗？"),
    (sbk("en", "Kansas", "Where are you from?"), "Didn't my pa tell you it's Kansas?"),
    (sbk("ko", "상주", "고향이 어디요?"), "어머니가 상주라 하지 않았소?"),
])
def test_a_relatives_saying_stays_attributed(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer
