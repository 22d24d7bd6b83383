""""Only" said with a negation: Xしか…ない, X밖에 안/없/못, "none other than X" / "nothing but X" make X the
one value, while a plain negation of X ("Xじゃない", "X가 아니오", "not X") stays refused. And a question
asking what once was ("你住过哪儿？") is answered in the same past form."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def sbk(language, key, question):
    return GroundTruth(answer=key, keywords=((key,),), language=language, question=question)


@pytest.mark.parametrize("truth,answer", [
    (sbk("ja", "139cm", "背丈は？"), "139cmしかあらへんのよ。"),
    (sbk("ja", "139cm", "背丈は？"), "139センチしかございません。"),
    (sbk("ja", "2匹", "犬は何匹？"), "2匹しかおらへん。"),
    (sbk("ja", "名古屋", "どこに住んだことある？"), "名古屋しか住んだことあらへん。"),
    (sbk("ko", "139cm", "키가 얼마요?"), "139cm밖에 안 되오."),
    (sbk("ko", "2마리", "개가 몇 마리요?"), "2마리밖엔 없소."),
    (sbk("ko", "광주", "어디 살아 봤소?"), "광주밖에 못 살아 봤소."),
    (sbk("en", "Marigold", "Who taught you to sew?"), "None other than Marigold."),
    (sbk("en", "Marigold", "Who do you trust?"), "Nothing but Marigold, these days."),
])
def test_only_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (sbk("ja", "139cm", "背丈は？"), "139cmじゃあらへん。"),
    (sbk("ja", "139cm", "背丈は？"), "139cmもあらへん。"),
    (sbk("ja", "名古屋", "どこに住んだことある？"), "名古屋には住んだことあらへん。"),
    (sbk("ko", "139cm", "키가 얼마요?"), "139cm가 아니오."),
    (sbk("ko", "139cm", "키가 얼마요?"), "139cm도 안 되오."),
    (sbk("ko", "광주", "어디 살아 봤소?"), "광주엔 못 살아 봤소."),
    (sbk("en", "Marigold", "Who taught you to sew?"), "Not Marigold."),
    (sbk("en", "Marigold", "Who taught you to sew?"), "Anyone but Marigold."),
    (sbk("en", "Marigold", "Who taught you to sew?"), "Someone older than Marigold."),
])
def test_a_plain_negation_stays_refused(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (sbk("zh", "苏州", "你住过哪儿？"), "我住过苏州。"),
    (sbk("zh", "鹦鹉", "你养过什么？"), "养过一只鹦鹉。"),
])
def test_a_past_question_takes_a_past_answer(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


def test_a_past_answer_to_a_question_about_now_stays_refused():
    assert keyword_accuracy("我以前住过苏州。", sbk("zh", "苏州", "你现在住哪儿？")) == 0.0
