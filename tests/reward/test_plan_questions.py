"""A question that asks for a plan (a day ahead, "later", "this Saturday", 予定, 打算, 계획) is answered by
the plan ("つもり", "打算", "갈 생각이오", "I intend to"); a plan given for what is, or for what is usual,
stays "not yet"."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def sbk(language, key, question):
    return GroundTruth(answer=key, keywords=((key,),), language=language, question=question)


@pytest.mark.parametrize("truth,answer", [
    (sbk("en", "the rodeo", "What are you up to on Saturday?"), "I'm planning to catch the rodeo."),
    (sbk("en", "the rodeo", "Where are you headed later?"), "I intend to swing by the rodeo."),
    (sbk("zh", "灯会", "你周六干嘛？"), "打算去看灯会。"),
    (sbk("zh", "灯会", "你今晚要去哪？"), "准备去灯会转转。"),
    (sbk("ja", "盆踊り", "このあとどこ行くん？"), "盆踊りに寄るつもりやねん。"),
    (sbk("ja", "盆踊り", "土曜日は何するん？"), "盆踊りに行くつもりや。"),
    (sbk("ko", "씨름판", "토요일에 뭐 하오?"), "씨름판에 갈 생각이오."),
    (sbk("ko", "씨름판", "이따가 어디 가오?"), "씨름판에 가려 하오."),
])
def test_a_plan_answers_a_plan_question(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (sbk("en", "Tulsa", "Where do you live?"), "I intend to move to Tulsa."),
    (sbk("en", "the rodeo", "What do you usually do on Saturday?"), "I'm planning to catch the rodeo."),
    (sbk("zh", "灯会", "你周六一般干嘛？"), "打算去看灯会。"),
    (sbk("ja", "盆踊り", "土曜日はいつも何するん？"), "盆踊りに行くつもりや。"),
    (sbk("ko", "전주", "어디 사오?"), "전주에 살 생각이오."),
    (sbk("ko", "씨름판", "어제 어디 갔소?"), "씨름판에 갈 생각이었소."),
    (sbk("ko", "씨름판", "보통 토요일에 뭐 하오?"), "씨름판에 갈 생각이오."),
])
def test_a_plan_for_what_is_or_what_is_usual_is_not_yet(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer
