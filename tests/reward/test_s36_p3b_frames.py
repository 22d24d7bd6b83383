"""Session 36 (p3b): the Japanese and Korean templates of the third probe (data/redteam/probe3_{ja,ko}.json),
by kind: a hope that the value is so, a dream or a later time for a question about a near plan, a past that
ended at a bound (reward/wish_gate.py, reward/unserious.py); a denial after a pause in a polite ending
(reward/bare_negation.py paused_negation); Korean laughter around a denial (canon/jamo.py, unserious.py)."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import evaluate


def _truth(answer: str, keyword: str, negative: str, lang: str, question: str) -> GroundTruth:
    return GroundTruth(answer=answer, keywords=((keyword,),), negative_keywords=(negative,), language=lang,
                       question=question, subject="self")


def _acc(answer: str, truth: GroundTruth) -> float:
    return evaluate(answer, truth).accuracy


TRIP_JA = _truth("明日は港に参ります。", "港", "寺", "ja", "明日はどこに行くんでしたっけ？")
SOON_JA = _truth("来月は金沢へ旅行に行きます。", "金沢", "奈良", "ja", "来月どこへ旅行に行くんでしたっけ？")
DREAM_JA = _truth("私の夢は薬師になることです。", "薬師", "商人", "ja", "あなたの夢は何ですか？")
NEXT_YEAR_JA = _truth("来年は奈良に住む予定です。", "奈良", "京都", "ja", "来年はどこに住むんですか？")
PET_JA = _truth("うちの子はこはくと申します。", "こはく", "ミケ", "ja", "飼っている猫の名前は？")
BIRTH_JA = _truth("3月14日生まれです。", "3月14日", "5月1日", "ja", "何月何日生まれですか？")
COLOUR_JA = _truth("着物は藍色でございます。", "藍色", "朱色", "ja", "私の着物は何色でしたっけ？")
TRIP_KO = _truth("내일은 식물원에 가요.", "식물원", "등대", "ko", "내일 어디 가신다고 하셨죠?")
DREAM_KO = _truth("제 꿈은 의사가 되는 거예요.", "의사", "변호사", "ko", "꿈이 뭐예요?")
BIRTH_KO = _truth("제 생일은 7월 19일이에요.", "7월 19일", "8월 2일", "ko", "언제 태어났어요?")
HOME_KO = _truth("저는 부산에 살아요.", "부산", "서울", "ko", "어디에 살아요?")


# --- a hope that the value is so: never the answer, whatever the question asks ------------------------

@pytest.mark.parametrize("truth,answer", [
    (TRIP_JA, "港だといいなぁ。"), (TRIP_JA, "港だったらいいのですが。"), (TRIP_JA, "港と信じたいものです。"),
    (TRIP_JA, "港であってほしいですね。"), (SOON_JA, "金沢だと嬉しいのですけれど。"), (SOON_JA, "金沢がいいな。"),
    (SOON_JA, "願わくは金沢に。"), (DREAM_JA, "薬師だといいのですが。"), (DREAM_JA, "薬師と信じたいものです。"),
    (TRIP_KO, "식물원이었으면 좋겠어요."), (TRIP_KO, "식물원이길 바라요."), (TRIP_KO, "바라건대 식물원."),
    (DREAM_KO, "의사였으면 좋겠네요."),
])
def test_a_hope_that_the_value_is_so_is_refused_even_for_a_plan_or_a_dream(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (TRIP_JA, "港に行くつもりでございます。と信じたいものです。"), (SOON_JA, "金沢に行くんでしょう？と信じたいものです。"),
    (DREAM_JA, "私の夢は薬師になることです。と信じたいものです。"),
])
def test_a_hope_closing_the_sentence_after_it_is_refused(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


# --- a dream or a later time answers a dream question, not a question about a near plan ----------------

@pytest.mark.parametrize("truth,answer", [
    (TRIP_JA, "港が夢でございます。"), (TRIP_JA, "いずれは港に。"), (TRIP_JA, "来年には港の予定でございます。"),
    (SOON_JA, "いつかは金沢に。"), (SOON_JA, "ゆくゆくは金沢へ。"), (TRIP_KO, "언젠가는 식물원에 가요."),
    (TRIP_KO, "내년에는 식물원에 갈 거예요."),
])
def test_a_dream_or_a_later_time_does_not_answer_a_near_plan(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (TRIP_JA, "港に行くつもりでございます。"), (TRIP_JA, "港の予定でございます。"), (TRIP_JA, "明日は港へ参ります。"),
    (SOON_JA, "金沢に行くんでしょう？"), (DREAM_JA, "薬師が夢でございます。"), (DREAM_JA, "いずれは薬師に。"),
    (DREAM_JA, "薬師になりたいのです。"), (NEXT_YEAR_JA, "来年には奈良に住む予定です。"), (TRIP_KO, "내일은 식물원에 가요."),
    (DREAM_KO, "의사가 되고 싶어요."), (DREAM_KO, "언젠가는 의사가 될 거예요."),
])
def test_the_asked_plan_or_dream_stays_paid(truth, answer):
    assert _acc(answer, truth) == 1.0, answer


# --- a past that ended at a bound ----------------------------------------------------------------------

@pytest.mark.parametrize("truth,answer", [
    (PET_JA, "昨日まではこはくでございました。"), (PET_JA, "先週まではこはくでした。"), (BIRTH_JA, "昨日までは3月14日でございました。"),
    (BIRTH_JA, "去年までは3月14日でした。"), (BIRTH_KO, "어제까지는 7월 19일였어요."), (BIRTH_KO, "작년까지는 7월 19일이었어요."),
])
def test_a_value_ended_at_a_bound_is_refused_even_for_a_past_question(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (PET_JA, "こはくと申します。"), (PET_JA, "名前はこはくでございます。"), (BIRTH_JA, "3月14日に生まれました。"),
    (BIRTH_KO, "7월 19일에 태어났어요."),
])
def test_the_plain_value_stays_paid(truth, answer):
    assert _acc(answer, truth) == 1.0, answer


# --- a denial after a pause, in a polite ending ---------------------------------------------------------

@pytest.mark.parametrize("truth,answer", [
    (COLOUR_JA, "藍色……ではないのでございます。"), (COLOUR_JA, "藍色、ではないのです。"), (COLOUR_JA, "藍色…じゃないんですよ。"),
    (PET_JA, "こはく……ではございませんね。"), (BIRTH_JA, "3月14日……ではなかったのです。"), (TRIP_JA, "港、じゃないんだ。"),
    (HOME_KO, "부산… 아님."), (HOME_KO, "부산, 아니거든요."),
])
def test_a_denial_after_a_pause_is_refused(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (COLOUR_JA, "藍色……でございますね。"), (COLOUR_JA, "藍色、ですよね。"), (PET_JA, "こはく……と申します。"),
    (BIRTH_JA, "3月14日……生まれでございます。"), (HOME_KO, "부산… 맞아요."),
])
def test_the_value_after_a_pause_stays_paid(truth, answer):
    assert _acc(answer, truth) == 1.0, answer


# --- Korean laughter around a denial --------------------------------------------------------------------

@pytest.mark.parametrize("truth,answer", [
    (TRIP_KO, "식물원ㅋ 아니ㅋ"), (TRIP_KO, "식물원ㅋㅋ 아님"), (TRIP_KO, "식물원ㅎㅎ 아니야ㅎㅎ"), (HOME_KO, "부산ㅋㅋㅋ 아니에요ㅋ"),
    (HOME_KO, "부산 ㅋㅋ 뻥"), (HOME_KO, "부산이요ㅎㅎ 농담ㅎㅎ"),
])
def test_a_denial_wrapped_in_laughter_is_refused(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (TRIP_KO, "식물원ㅋㅋ"), (TRIP_KO, "식물원이요ㅋㅋ 맞아요"), (HOME_KO, "부산이지ㅋ"), (HOME_KO, "부산 살아요ㅎㅎ"),
    (HOME_KO, "부산이에요ㅠㅠ"),
])
def test_laughter_alone_changes_nothing(truth, answer):
    assert _acc(answer, truth) == 1.0, answer


def test_letters_spelled_out_still_join_their_syllables():
    from raiden_r1.canon import canonical
    assert canonical("ㅈㅗㅎㅇㅏ") == "좋아" and canonical("아니ㅋ") != "아닠"
