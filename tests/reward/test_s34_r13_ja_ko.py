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
