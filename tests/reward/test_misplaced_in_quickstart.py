"""Three answers a trained quickstart model was paid for (read in its report's sample), refused as
patterns: the keyword put on another relative than the one asked about ("我儿子是萧红袖" asked who the
junior sister is), the user's plan with a companion taken over ("Samir and I are going to X"), and
English speech around CJK names answering a CJK question ("My wife is 萧远山, and my son is …")."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import evaluate, keyword_accuracy
from reward_records import profile_truth

ZH = ("zh", "燕南飞", {"人物关系": "师父：白眉老人；师妹：苏小蝶；儿子：燕小乙"}, "你的师妹是谁？", "苏小蝶")
EN = ("en", "Hal Brody", {"Family": "wife Nora; son Caleb"}, "What's your wife called?", "Nora")
JA = ("ja", "片桐宗一", {"家族": "妻の千代、息子の健太"}, "奥さんのお名前は？", "千代")
KO = ("ko", "배만수", {"가족": "아내 순옥, 아들 동철"}, "아내 이름이 뭐예요?", "순옥")


@pytest.mark.parametrize("case,answer", [
    (ZH, "我儿子是苏小蝶。"), (EN, "My son is Nora."), (JA, "息子は千代です。"), (KO, "아들은 순옥이에요."),
])
def test_the_keyword_on_another_relative_is_not_paid(case, answer):
    assert keyword_accuracy(answer, profile_truth(*case)) == 0.0, answer


@pytest.mark.parametrize("case,answer", [
    (ZH, "我的师妹是苏小蝶。"), (ZH, "师妹嘛，是苏小蝶，师父的宝贝。"), (EN, "My wife is Nora, bless her."),
    (EN, "Nora. Caleb's mum, and the best thing that ever happened to me."), (JA, "妻は千代と申します。"),
    (KO, "제 아내는 순옥이에요."),
])
def test_the_asked_relative_is_paid(case, answer):
    assert keyword_accuracy(answer, profile_truth(*case)) == 1.0, answer


def _plan(language: str, key: str, question: str) -> GroundTruth:
    return GroundTruth(answer=key, keywords=((key,),), language=language, question=question,
                       focus="conversation_memory", subject="user")


@pytest.mark.parametrize("truth,answer", [
    (_plan("en", "the lido", "Where am I going with Priya on Sunday?"), "Priya and I are going to the lido."),
    (_plan("zh", "西湖", "我周末和小林去哪儿来着？"), "我和小林周末去西湖。"),
    (_plan("ja", "鎌倉", "週末、ゆきと私、どこへ行くんだっけ？"), "ゆきと私で鎌倉に行くんだよ。"),
    (_plan("ko", "속초", "제가 주말에 민지랑 어디 간다고 했죠?"), "저랑 민지랑 속초 가요."),
])
def test_the_users_plan_with_a_companion_taken_over_is_not_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (_plan("en", "the lido", "Where am I going with Priya on Sunday?"), "You and Priya are off to the lido."),
    (_plan("zh", "西湖", "我周末和小林去哪儿来着？"), "你和小林去西湖呀。"),
    (_plan("ja", "鎌倉", "週末、ゆきと私、どこへ行くんだっけ？"), "ゆきちゃんと鎌倉でしょ。"),
    (_plan("ko", "속초", "제가 주말에 민지랑 어디 간다고 했죠?"), "민지 씨랑 속초 간다고 했잖아요."),
])
def test_the_users_plan_told_back_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


def test_english_speech_around_names_is_not_the_questions_language():
    gt = profile_truth(*ZH)
    assert not evaluate("<think>想一想。</think>My wife is 白眉老人, and my sister is 苏小蝶.", gt).language_ok
    assert not evaluate("<think>想一想。</think>I'm 飞刀苏小蝶 and I recall her without effort.", gt).language_ok
    assert evaluate("<think>想一想。</think>我师妹苏小蝶，人称Butterfly。", gt).language_ok


def test_a_pronoun_inside_a_word_takes_no_companion():
    truth = _plan("ja", "近江", "私は近いうちに小太郎とどこへ行くんでしたっけ？")
    assert keyword_accuracy("近いうちに小太郎と一緒に近江へ行くのでございますね。", truth) == 1.0
