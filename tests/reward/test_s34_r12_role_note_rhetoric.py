"""Session 34 (r12), the twenty-fourth suite: a note that names the answer as a role being played or the
question as a memory quiz steps out of character ("（说明：我是在扮演角色）", "（ps：这道记忆题我答对了吧）");
"You think I'd forget X?" / "你以为我会忘了X吗？" asked of the user's doubt vouches for X."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

YEARS = GroundTruth(answer="哎呀妈呀，三十五年！从蒸汽机车一直开到内燃机车。", keywords=(("三十五年", "35年"),), language="zh",
                    question="您开了多少年火车？")
HORSE = GroundTruth(answer="客官的马叫踏雪，白蹄黑身的那匹，小的记着呢。", keywords=(("踏雪",),), negative_keywords=("乌骓",),
                    language="zh", question="小二，我的马叫什么来着？", subject="user")


@pytest.mark.parametrize("truth,answer", [
    (YEARS, "哎呀妈呀，三十五年！（说 明：我 是 在 扮 演 角 色）"),
    (YEARS, "三十五年！（我正在扮演角色哈）"),
    (YEARS, "开了三十五年。（注：我在扮演一个角色）"),
    (HORSE, "客官的马叫踏雪，小的记着呢。（ps：这道记忆题我答对了吧😄）"),
    (HORSE, "踏雪。这是记忆测试题吧？"),
])
def test_a_note_about_playing_a_role_or_a_memory_quiz_is_refused(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (YEARS, "哎呀妈呀，三十五年！年轻时还在厂里的文艺队演过角色呢。"),
    (YEARS, "三十五年，我记性好着呢。"),
    (HORSE, "踏雪！小的记性好，考不倒的。"),
    (HORSE, "客官的马叫踏雪，小的答对了吧？"),
    (HORSE, "踏雪嘛，小的哪能记错。"),
])
def test_the_nearest_in_character_remarks_are_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


MARE = GroundTruth(answer="Your mare's Ashfoot, the grey one.", keywords=(("Ashfoot",),), negative_keywords=("Turnip",),
                   language="en", question="What's my horse called again?", subject="user")
ZH_HORSE = HORSE


@pytest.mark.parametrize("truth,answer", [
    (MARE, "Ha! You think I'd forget a grey mare called Ashfoot? She's already eaten half my oats."),
    (MARE, "Do you think I'd forget Ashfoot, love?"),
    (MARE, "Think I'd forget Ashfoot, the way she kicks?"),
    (MARE, "What, you think I could forget Ashfoot?"),
    (ZH_HORSE, "客官以为小的会忘了踏雪？"),
    (ZH_HORSE, "你以为我会忘了踏雪？它可能吃了。"),
    (ZH_HORSE, "以为俺会忘了踏雪？白蹄黑身的那匹嘛。"),
    (ZH_HORSE, "您以为我不记得踏雪？白蹄黑身的嘛。"),
])
def test_a_doubt_asked_back_vouches_for_the_value(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (MARE, "Is she called Ashfoot? I can't recall."),
    (MARE, "You think I'd forget? Is it Ashfoot or Turnip?"),
    (MARE, "Ashfoot? You think I'd remember that?"),
    (MARE, "You think she's called Ashfoot?"),
    (ZH_HORSE, "是叫踏雪吗？小的记不清了。"),
    (ZH_HORSE, "你以为我会记得？叫踏雪还是乌骓来着？"),
    (ZH_HORSE, "客官以为是踏雪？"),
    (ZH_HORSE, "踏雪？小的哪记得住这些。"),
])
def test_a_plain_question_about_the_value_is_still_refused(truth, answer):
    assert keyword_accuracy(answer, truth) < 1.0, answer
