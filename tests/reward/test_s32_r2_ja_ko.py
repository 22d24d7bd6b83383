"""Session 32 (r2, the blind twenty-first suite, Japanese and Korean): dislike said in kana or as 不得手,
a topic's denial in a later clause (and a new topic that stops it), a self-doubting question after a pause,
the truth of one's words doubted, the speaker's own claim of the wrong value that is no concession, the
keyword handed over as another's share, a profile person "also" sharing the value, a vocative kin word
that asks about no one, the keyword quoted as others' words, and "character acting" as stepping out."""

from __future__ import annotations

import dataclasses

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import evaluate
from reward_records import profile_truth


def _acc(answer: str, truth: GroundTruth) -> float:
    return evaluate(answer, truth).accuracy


FOOD_JA = GroundTruth(answer="いちごがいちばんすき！", keywords=(("いちご", "苺"),), negative_keywords=("ピーマン",),
                      language="ja", question="いちばん好きな食べものはなあに？", subject="self")
SKILL_JA = GroundTruth(answer="わたくしは箏の琴を得手としております。", keywords=(("箏", "琴"),), negative_keywords=("琵琶",),
                       language="ja", question="そなたの得意とする楽器は何であるか？", subject="self")
MOUNTAIN_KO = GroundTruth(answer="북한산이요.", keywords=(("북한산",),), negative_keywords=("관악산",), language="ko",
                          question="주말마다 어느 산에 가세요?", subject="self")
GAME_KO = GroundTruth(answer="가야금을 제일 잘 타요.", keywords=(("가야금",),), negative_keywords=("거문고",), language="ko",
                      question="가장 잘 다루는 악기가 뭐예요?", subject="self")
SKILL_EN = GroundTruth(answer="The koto is my instrument.", keywords=(("koto",),), negative_keywords=("biwa",), language="en",
                       question="Which instrument do you play best?", subject="self")


# --- dislike in kana, 不得手 and a topic denied in a later clause ----------------------------------

@pytest.mark.parametrize("truth,answer", [
    (FOOD_JA, "ももか、いちごきらい！すっぱいもん。"),
    (FOOD_JA, "いちごはね、だいきらいなの。"),
    (FOOD_JA, "いちごは、きらい。"),
    (SKILL_JA, "箏の琴は、わたくしのもっとも不得手とするところにございます。"),
    (SKILL_JA, "箏は不得意でございます。"),
    (GAME_KO, "가야금은, 서툴러요."),
    (GAME_KO, "가야금은 영 서툴러서요."),
    (SKILL_EN, "Koto? I'm hopeless at the koto."),
])
def test_the_keyword_disliked_or_called_a_weakness_is_not_the_answer(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


# (without negatives: a bare "ピーマンは," clause is a second value by the negative rules, a separate matter)
def _plain(truth: GroundTruth) -> GroundTruth:
    return dataclasses.replace(truth, negative_keywords=())


@pytest.mark.parametrize("truth,answer", [
    (FOOD_JA, "いちごがすき！ピーマンは、きらい。"),
    (FOOD_JA, "いちごはね、いちばんすき！ピーマンは、きらい。"),
    (FOOD_JA, "いちご、きらいじゃないよ！いちばんすき！"),
    (SKILL_JA, "箏の琴にございます。琵琶は、わたくしのもっとも不得手とするところ。"),
    (SKILL_JA, "箏の琴は、わたくしのもっとも得手とするところにございます。"),
    (GAME_KO, "가야금이요. 거문고는, 서툴러요."),
    (SKILL_EN, "The koto. I'm hopeless at the biwa, though."),
])
def test_a_dislike_of_another_topic_keeps_the_keyword(truth, answer):
    assert _acc(answer, _plain(truth)) == 1.0, answer


# --- a self-doubting question after a pause --------------------------------------------------------

COMMUTE_JA = GroundTruth(answer="片道1時間半ですね。", keywords=(("1時間半", "90分"),), negative_keywords=("15分",),
                         language="ja", question="毎日の通勤ってどれくらいかかってるんですか？", subject="self")


@pytest.mark.parametrize("truth,answer", [
    (COMMUTE_JA, "片道1時間半……になるのかな？ちゃんと測ったことないんで。"),
    (COMMUTE_JA, "片道1時間半……くらいでしょうか？"),
    (COMMUTE_JA, "1時間半……だったかな？"),
    (MOUNTAIN_KO, "북한산…… 이었던가요?"),
    (MOUNTAIN_KO, "북한산...이었나?"),
    (MOUNTAIN_KO, "북한산... 인가요?"),
])
def test_a_doubting_question_after_a_pause_asks_the_keyword_back(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (COMMUTE_JA, "片道1時間半……って、長いと思います？"),
    (COMMUTE_JA, "片道1時間半ですね……長いでしょう？"),
    (COMMUTE_JA, "片道1時間半……毎朝きついですよ。どう思います？"),
    (MOUNTAIN_KO, "북한산이요... 가 보셨어요?"),
    (MOUNTAIN_KO, "북한산이요. 좋죠?"),
])
def test_a_question_to_the_user_after_a_pause_keeps_the_keyword(truth, answer):
    assert _acc(answer, truth) == 1.0, answer


# --- the truth of one's own words doubted -----------------------------------------------------------

YEAR_JA = GroundTruth(answer="1978年に父が開いたんですよ。", keywords=(("1978", "昭和53"),), negative_keywords=("1995",),
                      language="ja", question="このお店って、いつからやってるんですか？", subject="self")


@pytest.mark.parametrize("truth,answer", [
    (YEAR_JA, "1978年って書いてある看板があるけど、本当かどうかは私も知らないんですよ。"),
    (YEAR_JA, "1978年ですかねえ、でも本当かどうかはわかりません。"),
    (YEAR_JA, "昭和53年って話です。正しいかどうかは知りませんけど。"),
    (MOUNTAIN_KO, "북한산이에요. 진짜인지는 저도 몰라요."),
    (MOUNTAIN_KO, "북한산이라던데, 정말인지는 잘 모르겠어요."),
])
def test_a_keyword_whose_truth_the_speaker_doubts_is_not_asserted(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (YEAR_JA, "1978年ですよ。本当かどうか、看板を見てくださいな。"),
    (YEAR_JA, "1978年ですよ。あの噂が本当かどうかは知りませんけど。"),
    (YEAR_JA, "1978年です。本当ですよ、父が開いたんですから。"),
    (MOUNTAIN_KO, "북한산이에요. 진짜예요, 거짓말 아니에요."),
    (MOUNTAIN_KO, "북한산이요. 믿기 어려우시면 사진 보여 드릴게요."),
])
def test_a_doubt_about_something_else_keeps_the_keyword(truth, answer):
    assert _acc(answer, truth) == 1.0, answer


# --- the wrong value claimed as one's own, with a concessive ending --------------------------------

BIRTH_JA = GroundTruth(answer="深川よ！生まれも育ちも深川でい。", keywords=(("深川",),), negative_keywords=("神田",),
                       language="ja", question="お生まれはどこなんだい？", subject="self")
GOODS_KO = GroundTruth(answer="소금을 팔고 다니오.", keywords=(("소금",),), negative_keywords=("비단",), language="ko",
                       question="자네는 무엇을 팔고 다니는가?", subject="self")


@pytest.mark.parametrize("truth,answer", [
    (BIRTH_JA, "うちの人は深川の生まれですよ。あたしは神田ですけどね。"),
    (BIRTH_JA, "深川でい。おいらは神田だけどな、なんてな。"),
    (BIRTH_JA, "深川って言やあ粋だろ？私は神田ですけど。"),
    (GOODS_KO, "소금을 팔고 다니오. 나는 비단이지만."),
])
def test_the_wrong_value_the_speaker_calls_its_own_is_no_concession(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (BIRTH_JA, "深川よ！あっしは神田じゃねえけどな。"),
    (BIRTH_JA, "深川でい。女房は神田だけどな。"),
    (BIRTH_JA, "深川でい。おいらは神田も好きだけどな。"),
    (GOODS_KO, "소금을 팔고 다니오. 비단도 좋지만."),
])
def test_a_concession_or_another_persons_value_keeps_the_keyword(truth, answer):
    assert _acc(answer, truth) == 1.0, answer


# --- the keyword handed over as another's share -----------------------------------------------------

@pytest.mark.parametrize("truth,answer", [
    (GOODS_KO, "비단을 팔고 다니오. 소금은 칠복이 몫이고."),
    (GOODS_KO, "소금은 칠복이 몫이오."),
    (GOODS_KO, "소금은 칠복이 차지요."),
    (BIRTH_JA, "深川は女房の担当でい。"),
])
def test_the_keyword_given_as_another_persons_share_is_not_the_characters(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (GOODS_KO, "소금은 내 몫이고 비단은 칠복이 몫이오."),
    (GOODS_KO, "소금이오. 비단은 칠복이 담당이고."),
    (GOODS_KO, "소금이오. 한몫 단단히 챙기지요."),
    (GOODS_KO, "소금을 팔고 다니오. 비단은 칠복이 몫이고."),
    (BIRTH_JA, "深川でい。神田は女房の担当よ。"),
    (BIRTH_JA, "深川はおいらの領分よ。"),
])
def test_ones_own_share_or_the_wrong_value_given_away_keeps_the_keyword(truth, answer):
    assert _acc(answer, truth) == 1.0, answer


# --- a profile person "also", a vocative kin word --------------------------------------------------

MOMOKA = profile_truth("ja", "ももか", {"好きな食べ物": "いちご", "ペット": "しろ", "話し方": "自分のことを「ももか」と呼ぶ"},
                       "ももかちゃん、いちばん好きな食べものはなあに？", "いちご")
GRANDPA = profile_truth("ko", "정만복", {"고향": "안동", "반려견": "백구"}, "할아버지, 고향이 어디세요?", "안동")


@pytest.mark.parametrize("truth,answer", [
    (MOMOKA, "えっとね、ももかのいちばんはいちご！しろもいちごのはっぱたべるんだよ。"),
    (MOMOKA, "いちご！しろもいちごだいすきなの。"),
    (GRANDPA, "내 고향은 안동이다 아이가. 백구도 안동에서 데려왔제."),
    (GRANDPA, "안동이다. 지금은 백구랑 해운대 산다."),
])
def test_a_profile_person_who_shares_the_value_leaves_it_the_characters(truth, answer):
    assert _acc(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (GRANDPA, "멍! 백구는 주인 할아버지 따라 안동에서 왔다멍."),
    (GRANDPA, "백구는 안동에서 왔어요."),
    (GRANDPA, "백구가 안동 출신이지."),
    (MOMOKA, "しろはいちごがすき！"),
])
def test_a_vocative_kin_word_does_not_stop_the_profile_person_owning_the_value(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


# --- the keyword quoted as others' words ------------------------------------------------------------

POST_JA = GroundTruth(answer="郵便ポストに化けることよ。", keywords=(("郵便ポスト", "ポスト"),), language="ja",
                      question="いちばん得意な化け方はなんじゃ？", subject="self")
FAVE_KO = GroundTruth(answer="허허, 메밀묵이지!", keywords=(("메밀묵",),), negative_keywords=("팥죽",), language="ko",
                      question="도깨비님은 뭘 제일 좋아하세요?", subject="self")


@pytest.mark.parametrize("truth,answer", [
    (FAVE_KO, "메밀묵을 좋아한다고 인간들이 떠들더라만, 그거야 옛날이야기에 나오는 말이지."),
    (FAVE_KO, "메밀묵을 좋아한다고 다들 말하지."),
    (FAVE_KO, "메밀묵이라고 마을 사람들이 수군거리더군."),
    (FOOD_JA, "いちごがすきって、みんながいうよ。"),
    (FOOD_JA, "いちごがすきってママがいってた。"),
])
def test_a_keyword_quoted_as_others_words_is_not_asserted(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (FAVE_KO, "허허, 메밀묵이지! 인간들이 뭐라 떠들든 메밀묵이로다."),
    (FAVE_KO, "메밀묵이라고 내가 말했지!"),
    (FOOD_JA, "いちご！ママもすきだって。"),
    (FOOD_JA, "いちごがすきって、わたしがいったの！"),
    (POST_JA, "ほうよ、ポストに化けるんがいっちゃん得意よ。"),  # (ポスト ends in と; いっちゃん is 一番)
])
def test_the_speakers_own_words_or_a_report_about_another_keep_the_keyword(truth, answer):
    assert _acc(answer, truth) == 1.0, answer


# --- "character acting" as stepping out ------------------------------------------------------------

@pytest.mark.parametrize("truth,answer", [
    (MOUNTAIN_KO, "북한산이요. (캐 릭 터 연 기 끝)"),
    (MOUNTAIN_KO, "북한산이요. (캐릭터 연기 종료)"),
    (COMMUTE_JA, "1時間半です。（キャラ演技終了）"),
    (SKILL_EN, "The koto. (end of character acting)"),
])
def test_ending_the_character_acting_steps_out_of_the_role(truth, answer):
    assert evaluate(answer, truth).ooc_phrase is not None, answer


@pytest.mark.parametrize("truth,answer", [
    (MOUNTAIN_KO, "북한산이요. 남편은 드라마 연기 끝나고 관악산 가요."),
    (COMMUTE_JA, "1時間半です。演技の練習は週末だけ。"),
    (SKILL_EN, "The koto. My acting days are over."),
])
def test_acting_in_the_world_stays_in_character(truth, answer):
    assert evaluate(answer, truth).ooc_phrase is None, answer
