"""Session 32 (r4, the blind twenty-second suite, Japanese and Korean): a demonstrative phrase that names
the thing the question points at ("이 전차는 어디까지 가오?" - "이 전차는 청량리까지 가오") is that thing,
not the character seen from outside."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import evaluate


def _acc(answer: str, truth: GroundTruth) -> float:
    return evaluate(answer, truth).accuracy


def _truth(answer: str, keyword: str, negative: str, lang: str, question: str) -> GroundTruth:
    return GroundTruth(answer=answer, keywords=((keyword,),), negative_keywords=(negative,), language=lang,
                       question=question, subject="self")


TRAM_KO = _truth("이 전차는 청량리까지 가오.", "청량리", "서대문", "ko", "이보시오, 이 전차는 어디까지 가오?")
SHOP_KO = _truth("이 가게는 2010년에 열었어요.", "2010", "2015", "ko", "사장님, 이 가게는 언제 문을 열었어요?")
SHIP_KO = _truth("저 배는 부산으로 가요.", "부산", "인천", "ko", "저 배는 어디로 가나요?")
SWORD_KO = _truth("청풍검이오.", "청풍검", "묵룡검", "ko", "그 칼 이름이 뭐요?")
TRAM_JA = _truth("この電車は清涼里まで参ります。", "清涼里", "西大門", "ja", "この電車はどこまで行きますか？")


# --- the asked thing named with a demonstrative ------------------------------------------------------

@pytest.mark.parametrize("truth,answer", [
    (TRAM_KO, "이 전차는 청량리까지 가지요."),
    (TRAM_KO, "이 전차는 종로를 지나 청량리까지 간다오."),
    (SHOP_KO, "이 가게는 2010년에 열었어요."),
    (SHIP_KO, "저 배는 부산으로 가요."),
    (SWORD_KO, "그 칼은 청풍검이오."),
    (TRAM_JA, "この電車は清涼里まで参ります。"),
])
def test_the_thing_the_question_points_at_is_not_the_character_narrated(truth, answer):
    assert _acc(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (TRAM_KO, "이 운전수는 청량리까지 가오."),
    (TRAM_KO, "이 사람은 청량리까지 가오."),
    (TRAM_KO, "이 전차는 청량리까지 안 가오."),
    (SHOP_KO, "이 사장은 2010년에 문을 열었어요."),
    (SHIP_KO, "저 선장은 부산으로 가요."),
    (TRAM_JA, "この運転手は清涼里まで行きます。"),
])
def test_a_person_noun_after_the_demonstrative_still_narrates_the_character(truth, answer):
    assert _acc(answer, truth) == 0.0, answer
