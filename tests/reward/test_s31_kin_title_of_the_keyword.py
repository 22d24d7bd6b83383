"""Session 31 (r2, s19ko-025): a kin word the gold answer itself says of the keyword is the keyword's
title ("박만석 할아버지": Grandpa Park Manseok), not another owner: "백구는 만석 할아버지 개야" names the
owner. A kin word the gold answer does not use after the keyword still makes it a relative's."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

OWNER = GroundTruth(answer="백구 주인은 박만석 할아버지야! 경운기 소리만 들려도 꼬리가 흔들려.", keywords=(("박만석", "만석"),),
                    language="ko", question="백구야, 너 주인이 누구야?", subject="other")
OWNER_AUNT = GroundTruth(answer="우리 주인은 순자 이모야.", keywords=(("순자",),), language="ko",
                         question="너 주인이 누구니?", subject="other")


@pytest.mark.parametrize("truth,answer", [
    (OWNER, "백구는 만석 할아버지 개야! 백구가 제일 좋아하는 사람이야!"),
    (OWNER, "만석 할아버지가 주인이야!"),
    (OWNER_AUNT, "순자 이모 고양이야."),
])
def test_the_gold_answers_title_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (OWNER, "백구는 만석 삼촌 개야!"),
    (OWNER, "백구는 만석 아들 개야!"),
    (OWNER_AUNT, "순자 딸 고양이야."),
])
def test_another_kin_word_still_makes_it_a_relatives(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer
