"""Session 31 (r2, s19ko-097): the Gyeongsang polite endings (예 for 요, 더 for 다: 캤잖아예, 했어예,
아입니더, 뭐라카는교) end a clause as 요 and 다 do, so a remark in them after a 랑/하고 is speech, not a
second candidate listed beside the keyword. A second name listed bare stays a hedge."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

DAUGHTER = GroundTruth(answer="서윤이 아입니까. 이름 이쁘다 캤잖아예.", keywords=(("서윤",),), negative_keywords=("민재",),
                       language="ko", question="기사님, 아까 제 딸 이름 뭐라고 했는지 기억하세요?",
                       focus="conversation_memory", subject="user")
DOG = GroundTruth(answer="우리 개는 누렁이다 아이가.", keywords=(("누렁이",),), language="ko",
                  question="어르신 개 이름이 뭡니까?", subject="other")


@pytest.mark.parametrize("truth,answer", [
    (DAUGHTER, "서윤이지예. 우리 민재랑 동갑이라 캤잖아예."),
    (DAUGHTER, "서윤이라예. 우리 손주하고 이름이 비슷하다 캤어예."),
    (DOG, "누렁이지예. 옆집 바둑이랑 맨날 싸운다 아입니더."),
])
def test_a_remark_in_gyeongsang_endings_is_no_candidate(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (DAUGHTER, "서윤이랑 민재예."),
    (DAUGHTER, "서윤이나 하은이 아입니꺼."),
    (DOG, "누렁이랑 바둑이, 복실이."),
])
def test_a_second_name_listed_stays_a_hedge(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer
