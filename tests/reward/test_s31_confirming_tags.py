"""Session 31 (r2): confirming questions that assert. Every ending on the contracted Korean -잖- ("you
know it is") asserts in every register and dialect even with a question mark ("북청이잖소?", "캤잖아예?"),
so does the Gyeongsang "아이가" and the Japanese plain "じゃないか" ("why, it's X"). The formal and Jeju
"isn't it?" (아닙니까, 아니꽈) asks like 아니에요: paid only when a clause after it vouches for it (the
user said so, the speaker cannot forget). A real asking-back ("북청이냐고?", "大阪？") stays refused, and
so does a doubtful recall ("会津じゃなかったっけ？") or a confirming question followed by doubt."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def _gold(language, key):
    # a gold sentence, not the bare keyword: an answer equal to the gold answer is paid as an exact match
    return f"{key}だよ。覚えてる。" if language == "ja" else f"{key}이오. 잘 알지."


def mem(language, key, question):
    return GroundTruth(answer=_gold(language, key), keywords=((key,),), language=language, question=question,
                       focus="conversation_memory", subject="user")


def own(language, key, question):
    return GroundTruth(answer=_gold(language, key), keywords=((key,),), language=language, question=question, subject="self")


HOME_KO = own("ko", "북청", "고향이 어디심까?")
DAUGHTER = mem("ko", "서윤", "제 딸 이름 기억하세요?")
HOME_JA = mem("ja", "会津", "僕の故郷、どこだと言ったか覚えてる？")
CITY_JA = own("ja", "大阪", "生まれはどこ？")


@pytest.mark.parametrize("truth,answer", [
    (HOME_KO, "북청이잖소? 북청 물장수 몰라?"),
    (HOME_KO, "북청이잖습니까?"),
    (DAUGHTER, "서윤이잖아예? 이름 이쁘다 캤잖아예."),
    (DAUGHTER, "서윤이 아이가?"),
    (DAUGHTER, "서윤이잖여유?"),
    (HOME_JA, "会津じゃないか？君が言ったんだよ。"),
    (HOME_JA, "会津じゃねえか？"),
    (CITY_JA, "大阪やないか？"),
])
def test_an_asserting_confirmation_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (HOME_KO, "북청 아니꽈? 내 고향을 어찌 잊겠슴."),
    (HOME_KO, "북청 아닙니까? 제가 말했잖소."),
    (DAUGHTER, "서윤이 아니에요? 이름 이쁘다 캤잖아예."),
])
def test_an_isnt_it_question_vouched_for_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (HOME_KO, "제 고향이 북청이냐고?"),
    (HOME_KO, "북청 아니꽈?"),
    (HOME_KO, "북청 아니꽈? 모르쿠다."),
    (HOME_KO, "북청 아닙니까?"),
    (DAUGHTER, "서윤이요?"),
    (CITY_JA, "大阪？"),
    (HOME_JA, "会津？"),
    (HOME_JA, "会津じゃなかったっけ？"),
    (CITY_JA, "大阪かい？"),
])
def test_a_real_asking_back_is_refused(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (HOME_KO, "북청은 아니잖소?"),
    (HOME_JA, "会津なわけないじゃないか？"),
])
def test_a_confirmation_that_denies_is_refused(truth, answer):
    # the tag confirms what it is said of: a denial confirmed is a denial
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("answer", ["북청? 내 고향은 북청이 아이오.", "내 고향은 북청이 아이오, 흥남이오.", "북청은 아이요."])
def test_the_dialect_is_not_after_the_keyword_denies_it(answer):
    # 아이오 / 아이요 is 아니오 in 하오체 dialect speech (s19ko-063), where 아이가 asks "isn't it?"
    assert keyword_accuracy(answer, HOME_KO) == 0.0, answer


@pytest.mark.parametrize("answer", ["북청이오. 흥남은 아이오.", "북청 아이가? 내 고향 북청이지비."])
def test_a_denial_of_another_place_is_paid(answer):
    assert keyword_accuracy(answer, HOME_KO) == 1.0, answer
