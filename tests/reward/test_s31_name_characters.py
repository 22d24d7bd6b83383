"""Session 31: a "you" character inside the character's own name (汝 of 黎汝衡) is no second person,
and the full name said in parts ("免贵姓黎，名汝衡") is one value, not a second candidate."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def name_truth(language, question, keys, name, negatives=()):
    return GroundTruth(answer=keys[0], keywords=(tuple(keys),), negative_keywords=tuple(negatives), language=language,
                       question=question, character_name=name)


ZH = ("zh", "能告诉我你的名字吗？", ("黎汝衡", "汝衡"), "黎汝衡", ("李仲卿",))
JA = ("ja", "お名前は？", ("汝月 静", "汝月"), "汝月 静", ("佐藤 花",))


@pytest.mark.parametrize("record,answer", [
    (ZH, "免贵姓黎，名汝衡。"), (ZH, "姓黎，名汝衡。"), (ZH, "在下黎汝衡。"), (JA, "汝月と申します。"),
])
def test_a_name_holding_a_you_character_is_paid(record, answer):
    assert keyword_accuracy(answer, name_truth(*record)) == 1.0, answer


@pytest.mark.parametrize("record,answer", [
    (ZH, "李仲卿，汝衡。"), (ZH, "汝衡，李仲卿。"),
])
def test_a_second_name_beside_the_key_stays_hedged(record, answer):
    assert keyword_accuracy(answer, name_truth(*record)) == 0.0, answer


def test_a_you_outside_the_name_still_gates():
    truth = GroundTruth(answer="在下四十六。", keywords=(("四十六",),), language="zh", question="阁下今年贵庚？",
                        character_name="黎汝衡")
    assert keyword_accuracy("汝今年四十六。", truth) == 0.0
