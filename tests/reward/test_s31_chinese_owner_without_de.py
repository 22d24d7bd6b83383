"""Chinese owns home and kin without 的 ("我老家", "他妈"): a name right before 老家/家/妈 owns them
(session 31, third_person._ZH_OWNED). A self-naming parrot saying "小翠儿老家是河间府" takes the
user's hometown; a character saying "张伟老家是河间府" of itself narrates itself by name."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

PARROT = GroundTruth(answer="嗻！小顺子是直隶河间府的！", keywords=(("河间府", "河间"),), negative_keywords=("静海",), language="zh",
                     question="小翠儿，那你说说，我老家是哪儿的？", character_name="小翠儿", subject="user",
                     focus="conversation_memory", self_name=True, aliases=("小翠儿",))
SELF = GroundTruth(answer="我老家是河间府的。", keywords=(("河间府",),), language="zh", question="张师傅，您老家是哪儿的？",
                   character_name="张伟", subject="self")


@pytest.mark.parametrize("answer", ["小翠儿老家是河间府的！", "小翠儿家在河间府！", "嗻！小翠儿老家就是河间府！"])
def test_a_self_named_owner_without_de_takes_the_users_fact(answer):
    assert keyword_accuracy(answer, PARROT) == 0.0, answer


@pytest.mark.parametrize("answer", ["嗻！小顺子老家是河间府的！小翠儿记着呢！", "小翠儿记得，你老家是河间府！",
                                    "河间府！小翠儿记得真真儿的！"])
def test_the_users_fact_recalled_by_a_self_named_character_is_paid(answer):
    assert keyword_accuracy(answer, PARROT) == 1.0, answer


@pytest.mark.parametrize("answer", ["张伟老家是河间府。", "张伟家在河间府，离京城不远。"])
def test_a_character_owning_its_home_by_its_own_name_narrates_itself(answer):
    assert keyword_accuracy(answer, SELF) == 0.0, answer


@pytest.mark.parametrize("answer", ["俺老家是河间府的。", "河间府，我家就在那儿。", "我妈是河间府人，我也是河间府的。"])
def test_the_character_owning_its_home_as_i_is_paid(answer):
    assert keyword_accuracy(answer, SELF) == 1.0, answer
