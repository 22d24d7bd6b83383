"""The question's premise echoed and then denied ("Married? Goodness no.", "…Married, though? Never
saw the need.", "猫？おらんで", "형제는 무슨요"), Kansai negations ("飼うてへん"), and a written value
the answer then calls wrong ("書類には…ってありますけど、実際は違う"): the keyword elsewhere in the
answer is not the answer. A "no" that its sentence turns into a yes is a filler."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def gt(language, key, question, answer):
    return GroundTruth(answer=answer, keywords=((key,),), language=language, question=question)


EN = ("en", "Beatrix", "Are you married, Captain?", "I am. Beatrix and I wed in '09.")
ZH = ("zh", "阿黄", "你家养狗吗？叫什么？", "养啊，叫阿黄。")
JA = ("ja", "こむぎ", "猫飼うてはるん？名前は？", "飼うてるで。こむぎっていうねん。")
KO = ("ko", "수민", "형제 있어요?", "네, 여동생 수민이가 있어요.")


@pytest.mark.parametrize("case,answer", [
    (EN, "Married? Heavens, no. Beatrix is my first mate."),
    (EN, "Beatrix and I share the cabin. Married, though? Never saw the point."),
    (ZH, "养狗？没有。阿黄是邻居家的。"),
    (JA, "猫は飼うてへん。こむぎはパンの名前や。"),
    (JA, "猫？おらんで。こむぎは隣の子や。"),
    (KO, "형제는 무슨요. 수민이는 옆집 애예요."),
])
def test_an_echoed_premise_denied_is_not_the_answer(case, answer):
    assert keyword_accuracy(answer, gt(*case)) == 0.0, answer


@pytest.mark.parametrize("case,answer", [
    (EN, "Married? Oh yes. Beatrix, these fifteen years."),
    (EN, "Married? No doubt about it — Beatrix."),
    (JA, "猫？いや、飼うてるで。こむぎや。"),
    (ZH, "狗？有啊，阿黄。"),
    (KO, "형제요? 네, 여동생 수민이 있어요."),
])
def test_an_echoed_premise_confirmed_is_paid(case, answer):
    assert keyword_accuracy(answer, gt(*case)) == 1.0, answer


@pytest.mark.parametrize("language,key,answer", [
    ("ja", "172cm", "名簿には172cmってありますけど、実際は違うんです。"),
    ("zh", "172厘米", "档案上写的是172厘米，其实不是。"),
    ("ko", "172cm", "서류에는 172cm라고 적혀 있는데 사실은 아니에요."),
])
def test_a_written_value_called_wrong_is_not_the_answer(language, key, answer):
    assert keyword_accuracy(answer, GroundTruth(answer=key, keywords=((key,),), language=language, question="?")) == 0.0, answer


MARRIED = GroundTruth(answer="Yes, I'm married. My wife is Odile.", keywords=(("married", "Odile"),), language="en",
                      question="Are you married?", character_name="Tom Reed",
                      others=("Odile", "Wren"))


@pytest.mark.parametrize("answer", [
    "I'm widowed. Odile passed.",
    "Odile's married — to someone else.",
    "Married to the job, ha.",
    "I'm engaged to Odile; the wedding's next spring.",
    "Wren got married last year; I'm still waiting.",
])
def test_not_married_in_other_words(answer):
    assert keyword_accuracy(answer, MARRIED) == 0.0, answer


@pytest.mark.parametrize("answer", ["I'm married. Odile and I wed in '09.", "Married, yes — to Odile."])
def test_married_is_paid(answer):
    assert keyword_accuracy(answer, MARRIED) == 1.0, answer
