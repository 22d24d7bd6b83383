"""A third-person pronoun before a keyword stands for the character narrated, unless the question itself
speaks of someone with a pronoun of the same kind ("his lordship"), or another keyword person is named
before it in its own part of a list ("Anika's glued to her phone and Dev…")."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def gt(language, keys, question, answer, name=""):
    return GroundTruth(answer=answer, keywords=tuple((k,) for k in keys), language=language, question=question,
                       character_name=name)


KIDS_EN = ("en", ("Anika", "Dev"), "What are your kids called?", "Anika and Dev.", "Priya Nair")
LORD_EN = ("en", ("mutton",), "What was it his lordship wanted again?", "Saddle of mutton, love.", "Mrs Hobbs")
KIDS_ZH = ("zh", ("小雨", "小军"), "你家两个孩子叫什么？", "小雨和小军。", "陈姐")
ORDER_ZH = ("zh", ("红烧肉",), "掌柜的，他刚才点了什么菜？", "红烧肉，客官。", "王掌柜")


@pytest.mark.parametrize("case,answer", [
    (KIDS_EN, "Anika and Dev. Anika's glued to her phone and Dev only talks about football."),
    (KIDS_EN, "Dev and Anika. Dev lives on his bike while Anika reads all day."),
    (LORD_EN, "Gooseberry fool for his pudding and the mutton before it."),
    (LORD_EN, "For his supper, the mutton, saddle not leg."),
    (KIDS_ZH, "小雨和小军。小雨天天抱着她的手机，而小军只爱踢球。"),
    (ORDER_ZH, "他点的是红烧肉，客官。"),
])
def test_a_pronoun_for_someone_else_keeps_the_keyword_paid(case, answer):
    assert keyword_accuracy(answer, gt(*case)) == 1.0, answer


@pytest.mark.parametrize("case,answer", [
    (KIDS_EN, "Her kids are Anika and Dev."),
    (KIDS_EN, "Anika is her eldest and Dev is her youngest."),
    (LORD_EN, "Mrs Hobbs says his lordship wants the mutton."),
    (KIDS_ZH, "她家的孩子是小雨和小军。"),
    (ORDER_ZH, "王掌柜记得，他点的是红烧肉。"),
])
def test_the_character_in_the_third_person_still_earns_less(case, answer):
    assert keyword_accuracy(answer, gt(*case)) < 1.0, answer
