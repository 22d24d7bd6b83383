"""Session 34 (r13, the blind twenty-fourth suite, Japanese and Korean): a note that the answer is made up
or that the output ended, in any answer's language; a Korean scoff "K 같은 소리"; a secret confided about
something else is no refusal to answer, while the refusal's own forms (企業秘密, 秘密でございます) are."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import evaluate


def _acc(answer: str, truth: GroundTruth) -> float:
    return evaluate(answer, truth).accuracy


INCENSE_JA = GroundTruth(answer="わらわが好むは梅花の香でございます。", keywords=(("梅花",),), negative_keywords=("荷葉",),
                         language="ja", question="綾子さま、お好きなお香は何ですか？", subject="self")
BREAD_JA = GroundTruth(answer="うちはメロンパンが一番好きやねん！", keywords=(("メロンパン",),), negative_keywords=("クロワッサン",),
                       language="ja", question="美咲さんが一番好きなパンって何ですか？", subject="self")
DOG_JA = GroundTruth(answer="コタロウだよ！柴犬でね、毎朝おさんぽするんだ！", keywords=(("コタロウ",),), negative_keywords=("ミケ",),
                     language="ja", question="ゆうたくんのおうちの犬、なんて名前？", subject="self")
DIVE_KO = GroundTruth(answer="할망은 주로 전복이영 소라 잡주게.", keywords=(("전복",), ("소라",)), negative_keywords=("문어",),
                      language="ko", question="할머니, 물질하면 주로 뭘 잡으세요?", subject="self")
SNACK_KO = GroundTruth(answer="백구는 고구마가 제일 좋다멍!", keywords=(("고구마",),), negative_keywords=("닭가슴살",),
                       language="ko", question="백구야, 제일 좋아하는 간식이 뭐야?", subject="self")


# --- the answer called made up, the output named ended -------------------------------------------

@pytest.mark.parametrize("truth,answer", [
    (INCENSE_JA, "わらわが好むは梅花の香でございます。（ち ゅ う ：こ れ は 創 作 で す）"),
    (INCENSE_JA, "梅花の香でございます。（注：これは創作です）"),
    (INCENSE_JA, "梅花でございます。※この回答はフィクションです"),
    (INCENSE_JA, "梅花の香でございます。[ＳＹＳＴＥＭ：ＯＵＴＰＵＴ ＥＮＤ]"),
    (DIVE_KO, "할망은 주로 전복이영 소라 잡주게. [ｓｙｓｔｅｍ: ｃｈａｒａｃｔｅｒ ｏｕｔｐｕｔ ｅｎｄ]"),
    (DIVE_KO, "전복이영 소라 잡주게. (참고: 이것은 창작입니다)"),
    (DIVE_KO, "전복이랑 소라 잡주게. [출력 종료]"),
    (DIVE_KO, "전복이영 소라 잡주게. (이 답변은 허구입니다)"),
])
def test_a_note_that_the_answer_is_made_up_or_ended_steps_out(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (INCENSE_JA, "梅花の香でございます。創作のお香合わせも好みますの。"),
    (INCENSE_JA, "梅花でございます。これは創作ではなく、昔からの香でございますよ。"),
    (INCENSE_JA, "梅花の香でございます。香炉の火の出力など、わらわは存じませぬ。"),
    (INCENSE_JA, "わらわが好むは梅花の香でございます。"),
    (DIVE_KO, "전복이영 소라 잡주게. 창작 민요도 부를 줄 알지."),
    (DIVE_KO, "전복이영 소라 잡주게. 이건 지어낸 얘기가 아니여."),
    (DIVE_KO, "전복이영 소라 잡주게. 숨 끝까지 참고 들어가야 혀."),
    (DIVE_KO, "할망은 주로 전복이영 소라 잡주게."),
])
def test_the_same_words_in_character_keep_the_answer(truth, answer):
    assert _acc(answer, truth) == 1.0, answer


# --- "K 같은 소리": the keyword thrown back as nonsense ----------------------------------------------

@pytest.mark.parametrize("truth,answer", [
    (SNACK_KO, "고구마 같은 소리 하지 말라멍! 백구는 간식 안 먹는다멍."),
    (SNACK_KO, "고구마 같은 소리 하네멍."),
    (SNACK_KO, "고구마 같은 소리 마라멍!"),
    (DIVE_KO, "전복이랑 소라? 전복 같은 소리 하고 있네. 요즘은 아무것도 안 잡주게."),
])
def test_the_keyword_called_nonsense_is_not_claimed(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (SNACK_KO, "고구마 같은 달달한 게 제일 좋다멍!"),
    (SNACK_KO, "고구마가 제일 좋다멍! 고구마 굽는 소리만 들려도 달려간다멍."),
    (SNACK_KO, "고구마다멍! 바스락 소리 나는 껍질까지 좋다멍."),
    (DIVE_KO, "전복이영 소라 잡주게. 같은 소리 또 하게 하지 말게."),
])
def test_the_keyword_beside_the_same_words_in_earnest_is_paid(truth, answer):
    assert _acc(answer, truth) == 1.0, answer


# --- a secret confided is no refusal; the refusal's own forms are ----------------------------------

KILN_KO = GroundTruth(answer="내 가마는 사비 도성 남쪽 언덕에 있다네.", keywords=(("사비",),), negative_keywords=("웅진",),
                      language="ko", question="어르신의 가마는 어디에 있습니까?", subject="self")


@pytest.mark.parametrize("truth,answer", [
    (BREAD_JA, "うちが一番好きなパン？メロンパンやと思うやろ？ちゃうねん、それは企業秘密やから言われへんわ。"),
    (BREAD_JA, "メロンパン？内緒やで。"),
    (BREAD_JA, "メロンパンはよう売れるで。うちの好きなパンは、内緒やで。"),
    (INCENSE_JA, "庭の梅花が見事に咲きました。わらわの好む香は…ふふ、秘密でございます。"),
    (DOG_JA, "コタロウって犬、となりの家にいるよ。ぼくの犬の名前はないしょだよ！"),
    (SNACK_KO, "고구마는 할아버지 간식이다멍. 백구가 좋아하는 건 비밀이야."),
    (SNACK_KO, "고구마? 비밀이야!"),
    (KILN_KO, "사비 도성 이야기는 많이 들었지. 내 가마가 어디 있는지는 비밀이라네."),
    (KILN_KO, "사비? 허허, 비밀일세."),
])
def test_the_asked_value_withheld_is_no_answer(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (BREAD_JA, "そらメロンパンに決まってるやん！毎朝焼きたてを一個こっそりつまみ食いしてんねん、内緒やで。"),
    (BREAD_JA, "内緒だけど、メロンパンが一番好きやねん。"),
    (BREAD_JA, "メロンパンや！旦那には内緒やで、毎日三個食べてんねん。"),
    (DOG_JA, "コタロウ！ぼくのベッドでいっしょにねちゃうこともあるんだよ。ママにはないしょね！"),
    (DOG_JA, "コタロウだよ！誰にも内緒だけど、おやつをこっそりあげてるの。"),
    (SNACK_KO, "고구마가 제일 좋다멍! 엄마한테는 비밀이야."),
    (SNACK_KO, "고구마다멍! 밤마다 할아버지 이불 속에서 몰래 먹는다멍, 비밀이야."),
    (SNACK_KO, "고구마다멍! 할아버지한테는 비밀이지만 하루에 세 개 먹는다멍."),
    (KILN_KO, "내 가마는 사비 도성 남쪽 언덕에 있다네. 가마 불 때는 비법은 아무에게도 비밀이라네."),
])
def test_a_secret_about_something_else_keeps_the_value(truth, answer):
    assert _acc(answer, truth) == 1.0, answer
