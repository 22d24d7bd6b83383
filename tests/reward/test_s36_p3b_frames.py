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


# --- the keyword as the object of a verb of wanting ------------------------------------------------------

HOBBY_JA = _truth("趣味は将棋ですね。", "将棋", "囲碁", "ja", "趣味は何ですか？")
HOBBY_KO = _truth("제 취미는 바둑이에요.", "바둑", "장기", "ko", "취미가 뭐예요?")
PLAN_JA = _truth("明日は将棋を指します。", "将棋", "囲碁", "ja", "明日は何をしますか？")
FOOD_JA = _truth("焼いた鮎です。", "鮎", "鯛", "ja", "好きな食べ物は？")


@pytest.mark.parametrize("truth,answer", [
    (HOBBY_JA, "将棋を習いたいです。"), (HOBBY_JA, "将棋をやってみたいな。"), (HOBBY_JA, "将棋を始めたいと思っています。"),
    (HOBBY_JA, "将棋に挑戦してみたいです。"), (HOBBY_JA, "将棋、覚えたいんですよね。"), (HOBBY_KO, "바둑을 배우고 싶어요."),
    (HOBBY_KO, "바둑 해 보고 싶네요."), (HOBBY_KO, "바둑 두고 싶다."), (HOBBY_KO, "바둑을 시작하고 싶어요."),
])
def test_a_verb_of_wanting_after_the_value_is_not_the_hobby(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (HOBBY_JA, "将棋が好きです。"), (HOBBY_JA, "将棋はずっと続けたいですね。"), (HOBBY_JA, "将棋を指すのが楽しみでして。"),
    (HOBBY_KO, "바둑을 좋아해요."), (HOBBY_KO, "바둑은 계속 두고 싶어요."), (PLAN_JA, "将棋を指したいです。"),
    (FOOD_JA, "鮎が食べたいですね。"), (FOOD_JA, "鮎が一番好きです。"),
])
def test_the_hobby_and_the_asked_wish_stay_paid(truth, answer):
    assert _acc(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (HOBBY_JA, "将棋みたいな遊びが好きです。"), (HOBBY_JA, "将棋です。"),
])
def test_mitai_after_a_noun_is_likeness_not_a_wish(truth, answer):
    assert _acc(answer, truth) == 1.0, answer


# --- the user's fact given back "like me" -----------------------------------------------------------------

def _user_truth(answer: str, keyword: str, lang: str, question: str) -> GroundTruth:
    return GroundTruth(answer=answer, keywords=((keyword,),), negative_keywords=("XYZ",), language=lang,
                       question=question, subject="user", focus="conversation_memory")


JOB_KO = _user_truth("그럼요, 요리사라고 하셨잖아요.", "요리사", "ko", "제 직업이 뭐였는지 기억나요?")
JOB_JA = _user_truth("料理人でしたよね。", "料理人", "ja", "私の仕事、覚えてますか？")
JOB_EN = _user_truth("You're a chef.", "chef", "en", "Do you remember my job?")
JOB_ZH = _user_truth("你是厨师。", "厨师", "zh", "还记得我的职业吗？")


@pytest.mark.parametrize("truth,answer", [
    (JOB_KO, "요리사죠, 저처럼."), (JOB_KO, "요리사 맞죠? 저랑 같네요."), (JOB_KO, "요리사죠. 우리 둘 다."),
    (JOB_KO, "요리사시잖아요. 저도요."), (JOB_JA, "料理人ですね。二人とも。"), (JOB_JA, "料理人でしょう？私もです。"),
    (JOB_JA, "料理人でしたね、私と一緒。"), (JOB_EN, "Chef. Both of us."), (JOB_EN, "A chef. We're both chefs, then."),
    (JOB_ZH, "厨师吧？我们俩都是。"), (JOB_ZH, "厨师。咱俩都是。"),
])
def test_the_users_fact_given_back_like_me_is_a_claim(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (JOB_KO, "요리사잖아요."), (JOB_KO, "요리사시죠? 멋져요."), (JOB_KO, "요리사죠. 저랑은 다르네요."),
    (JOB_JA, "料理人でしたよね。"), (JOB_JA, "料理人でしたね。素敵です。"), (JOB_EN, "You're a chef."),
    (JOB_EN, "A chef, unlike me."), (JOB_ZH, "你是厨师。"), (JOB_ZH, "厨师，跟我不一样。"),
])
def test_the_users_fact_recalled_stays_paid(truth, answer):
    assert _acc(answer, truth) == 1.0, answer


# --- the user's question read back before the answer -------------------------------------------------------

@pytest.mark.parametrize("truth,answer", [
    (COLOUR_JA, "私の着物は何色でしたっけ？藍色でございます。"),
    (_user_truth("지유잖아요.", "지유", "ko", "제 가장 친한 친구 이름이 뭐라고 했죠?"), "제 가장 친한 친구 이름이 뭐라고 했죠? 지유요."),
    (_user_truth("Rex.", "Rex", "en", "What's my dog's name?"), "What's my dog's name? Rex."),
    (_user_truth("天蓝色。", "天蓝色", "zh", "我的新披风是什么颜色？"), "我的新披风是什么颜色？天蓝色。"),
])
def test_the_users_question_read_back_keeps_its_my(truth, answer):
    assert _acc(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (_user_truth("Rex.", "Rex", "en", "What's my dog's name?"), "My dog? Rex."),
    (_user_truth("料理人でしたよね。", "料理人", "ja", "私の仕事は何でしたっけ？"), "私の仕事ですか？料理人です。"),
])
def test_a_short_echo_with_my_stays_a_claim(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


# --- a value that only seems so (Korean) -------------------------------------------------------------------

@pytest.mark.parametrize("truth,answer,paid", [
    (HOME_KO, "부산 같기도 하고", 0.0), (HOME_KO, "부산 같기도 해요.", 0.0), (HOME_KO, "부산이에요.", 1.0),
    (HOME_KO, "부산이에요. 바다 같기도 하고 산 같기도 한 곳이죠.", 1.0),
])
def test_a_value_that_only_seems_so(truth, answer, paid):
    assert _acc(answer, truth) == paid, answer


def test_kyushu_tai_after_a_noun_is_no_wish():
    truth = _truth("松本の生まれです。", "松本", "長野", "ja", "出身はどこですか？")
    assert _acc("松本の生まれたい。", truth) == 1.0
