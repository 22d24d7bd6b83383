"""Templates a drifting policy converges on (session 33, r9; docs/reward.md "Session 33 (r9): templates a
policy converges on"): the keyword said, then taken back by a short mark after it (a joke, a verdict label,
a strike-out, a correction, sarcasm, a guess owned up to, dismissive negation), or framed by the whole of
its sentence before it (a guess, fiction, hearsay, someone else's answer). Per kind: attacks refused and
the nearest correct answers paid, in English and Chinese (our own cases, not the suite's strings). Plus a
segment that only vouches for the value ("certainly", "确定") is no second candidate."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def _truth(lang: str, answer: str, key: str, question: str, focus: str = "script_knowledge",
           subject: str = "self") -> GroundTruth:
    return GroundTruth(answer=answer, keywords=((key,),), language=lang, question=question, focus=focus,
                       subject=subject)


EN_JOB = _truth("en", "I'm a blacksmith.", "blacksmith", "What's your job?")
EN_TOWN = _truth("en", "I grew up in Tacoma.", "Tacoma", "Where are you from?")
EN_NAME = _truth("en", "My sister is Maren Holt.", "Maren Holt", "What's your sister's name?")
ZH_JOB = _truth("zh", "我是个铁匠。", "铁匠", "你是做什么的？")
ZH_TOWN = _truth("zh", "我是苏州人。", "苏州", "你是哪里人？")
ZH_PET = _truth("zh", "你的猫叫豆豆。", "豆豆", "我刚才说我的猫叫什么？", "conversation_memory", "user")


def _refused(truth: GroundTruth, text: str) -> None:
    assert keyword_accuracy(text, truth) == 0.0, text


def _paid(truth: GroundTruth, text: str) -> None:
    assert keyword_accuracy(text, truth) == 1.0, text


@pytest.mark.parametrize("truth,text", [
    (EN_JOB, "Blacksmith. Only kidding!"), (EN_TOWN, "Tacoma (j/k)"), (EN_NAME, "Maren Holt - gotcha!"),
    (EN_TOWN, "Tacoma. I'm pulling your leg."), (ZH_JOB, "铁匠，逗你玩的。"), (ZH_TOWN, "苏州，骗你的！"),
    (ZH_PET, "豆豆，说着玩的。"),
])
def test_a_joke_owned_up_to_after_the_value_is_refused(truth, text):
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [
    (EN_JOB, "Kidding aside, I'm a blacksmith."), (EN_JOB, "A blacksmith, no kidding."),
    (EN_TOWN, "Tacoma, and I'm not joking."), (EN_TOWN, "Tacoma. Only kidding! Tacoma, truly."),
    (ZH_JOB, "不开玩笑，我是铁匠。"), (ZH_JOB, "铁匠，不骗你。"), (ZH_TOWN, "说真的，苏州。"),
])
def test_the_nearest_no_joke_answers_stay_paid(truth, text):
    _paid(truth, text)


@pytest.mark.parametrize("truth,text", [
    (EN_JOB, "Blacksmith: untrue."), (EN_TOWN, "Tacoma (incorrect)"), (EN_NAME, "Maren Holt - scratch that."),
    (EN_JOB, "✘ blacksmith"), (EN_TOWN, "Tacoma ❎"), (EN_NAME, "<del>Maren Holt</del>"),
    (ZH_JOB, "铁匠（错误）"), (ZH_TOWN, "苏州（作废）"), (ZH_PET, "~~豆豆~~"), (ZH_TOWN, "苏州，当我没说。"),
])
def test_a_verdict_label_or_strike_out_on_the_value_is_refused(truth, text):
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [
    (EN_JOB, "Blacksmith ✓"), (EN_TOWN, "✅ Tacoma"), (EN_TOWN, "Tacoma: true."), (EN_JOB, "A blacksmith (correct)."),
    (ZH_JOB, "铁匠，没错。"), (ZH_TOWN, "苏州（对）"), (ZH_PET, "豆豆呀，不是吗？"),
])
def test_a_mark_that_confirms_the_value_stays_paid(truth, text):
    _paid(truth, text)


@pytest.mark.parametrize("truth,text", [
    (EN_TOWN, "Tacoma -> Boise"), (EN_JOB, "Blacksmith (edit: carpenter)"), (EN_NAME, "Maren Holt (correction: Ida Holt)"),
    (EN_TOWN, "Tacoma was years ago; now it's Boise."), (ZH_TOWN, "苏州 → 杭州"), (ZH_JOB, "铁匠（更正：木匠）"),
    (ZH_TOWN, "苏州是以前的事了，现在是杭州。"),
])
def test_the_value_corrected_to_another_is_refused(truth, text):
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [
    (EN_TOWN, "Boise -> Tacoma"), (EN_TOWN, "Boise (correction: Tacoma)"), (ZH_TOWN, "杭州 → 苏州"),
    (EN_TOWN, "Tacoma -> Tacoma, Washington."), (EN_TOWN, "Tacoma -> the rainy one!"),
])
def test_a_correction_to_the_value_stays_paid(truth, text):
    _paid(truth, text)


@pytest.mark.parametrize("truth,text", [
    (EN_JOB, "Blacksmith. Said nobody ever."), (EN_TOWN, "Tacoma, yeah right."), (EN_NAME, "Maren Holt, whatever you say."),
    (ZH_JOB, "行行行，铁匠，你开心就好。"), (ZH_TOWN, "苏州，随你怎么说。"), (ZH_PET, "豆豆，你说是就是吧。"),
])
def test_sarcasm_after_the_value_is_refused(truth, text):
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [
    (EN_JOB, "Blacksmith, as everyone knows."), (EN_TOWN, "Tacoma, right you are."), (ZH_JOB, "对对对，就是铁匠！"),
    (ZH_PET, "是是是，豆豆，你说过的。"),
])
def test_eager_agreement_stays_paid(truth, text):
    _paid(truth, text)


@pytest.mark.parametrize("truth,text", [
    (ZH_JOB, "铁匠个大头鬼。"), (ZH_TOWN, "苏州个毛线！"), (ZH_PET, "豆豆个锤子"), (ZH_TOWN, "苏州个球。"),
])
def test_dismissive_negation_glued_to_the_value_is_refused(truth, text):
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [
    (ZH_JOB, "铁匠，个头不高。"), (ZH_TOWN, "苏州，我个头小时候就长高了。"), (ZH_PET, "豆豆，个头可小了。"),
    (ZH_JOB, "我是铁匠，个鬼故事都不信。"),
])
def test_the_same_characters_elsewhere_stay_paid(truth, text):
    _paid(truth, text)


@pytest.mark.parametrize("truth,text", [
    (EN_JOB, "Wild guess: blacksmith."), (EN_TOWN, "Coin toss - Tacoma."), (EN_NAME, "Maren Holt, I'm just guessing."),
    (ZH_JOB, "盲猜：铁匠。"), (ZH_TOWN, "掷硬币，苏州。"), (ZH_PET, "豆豆，我随便猜的。"),
])
def test_a_guess_frame_is_refused(truth, text):
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [
    (EN_JOB, "No guessing needed: blacksmith."), (EN_TOWN, "Guess what? Tacoma!"),
    (ZH_PET, "猜对了，是豆豆。"), (ZH_TOWN, "猜猜看？苏州！"),
])
def test_the_nearest_no_guess_answers_stay_paid(truth, text):
    _paid(truth, text)


@pytest.mark.parametrize("truth,text", [
    (EN_JOB, "In an alternate reality, blacksmith."), (EN_TOWN, "In another life, it's Tacoma."),
    (EN_NAME, "Once upon a time, Maren Holt."), (ZH_JOB, "在平行宇宙里，是铁匠。"), (ZH_TOWN, "上辈子，苏州。"),
    (ZH_PET, "在梦里，是豆豆。"),
])
def test_a_fiction_or_counterfactual_frame_is_refused(truth, text):
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [
    (EN_JOB, "In this world, a blacksmith."), (EN_TOWN, "In real life, Tacoma."), (ZH_JOB, "在这个世界上，我是铁匠。"),
    (ZH_TOWN, "现实里，苏州。"),
    (_truth("en", "In my dreams I ride with Ember.", "Ember", "What do you see in your dreams?"), "In my dreams, Ember."),
])
def test_a_real_world_frame_or_an_asked_frame_stays_paid(truth, text):
    _paid(truth, text)


@pytest.mark.parametrize("truth,text", [
    (EN_JOB, "Rumor has it: blacksmith."), (EN_TOWN, "Word on the street is Tacoma."), (EN_NAME, "Allegedly, Maren Holt."),
    (ZH_JOB, "江湖传言，铁匠。"), (ZH_TOWN, "据传是苏州。"), (ZH_PET, "道听途说：豆豆。"),
])
def test_a_hearsay_frame_is_refused(truth, text):
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [
    (EN_JOB, "Straight from me: blacksmith."), (ZH_JOB, "不是传闻，我就是铁匠。"), (ZH_TOWN, "传闻没错，是苏州。"),
    (ZH_PET, "听你说过，叫豆豆。"),
])
def test_the_nearest_first_hand_answers_stay_paid(truth, text):
    _paid(truth, text)


@pytest.mark.parametrize("truth,text", [
    (EN_JOB, "My uncle's guess: blacksmith."), (EN_TOWN, "Grandpa's answer: Tacoma."), (ZH_JOB, "我表哥的答案：铁匠。"),
    (ZH_TOWN, "邻居的说法：苏州。"),
])
def test_someone_elses_answer_is_refused(truth, text):
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [
    (EN_JOB, "My answer: blacksmith."), (EN_TOWN, "My own answer: Tacoma."), (ZH_JOB, "要我说，铁匠。"),
])
def test_ones_own_answer_stays_paid(truth, text):
    _paid(truth, text)


@pytest.mark.parametrize("truth,text", [
    (EN_JOB, "Blacksmith, formerly."), (EN_TOWN, "Tacoma, not anymore."), (ZH_JOB, "铁匠，曾经。"), (ZH_TOWN, "苏州，那是以前。"),
])
def test_a_past_mark_on_a_present_question_is_refused(truth, text):
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [
    (_truth("en", "I grew up in Tacoma.", "Tacoma", "Where did you live when you were young?"), "Tacoma, back then."),
    (_truth("zh", "小时候住苏州。", "苏州", "你小时候住哪儿？"), "苏州，以前。"),
    (EN_JOB, "Blacksmith, now and always."), (ZH_JOB, "铁匠，一直都是。"),
])
def test_a_past_mark_answering_the_past_or_a_lasting_mark_stays_paid(truth, text):
    _paid(truth, text)


@pytest.mark.parametrize("truth,text", [
    (EN_JOB, "Blacksmith, surely."), (EN_JOB, "Blacksmith, of course."), (EN_TOWN, "Tacoma, definitely."),
    (ZH_JOB, "铁匠，肯定。"), (ZH_TOWN, "苏州，千真万确。"), (ZH_PET, "豆豆，错不了。"),
])
def test_a_word_vouching_for_the_value_is_no_second_candidate(truth, text):
    _paid(truth, text)


@pytest.mark.parametrize("truth,text", [
    (EN_JOB, "Blacksmith, carpenter."), (ZH_JOB, "铁匠，木匠。"),
])
def test_a_second_value_beside_the_keyword_is_still_refused(truth, text):
    _refused(truth, text)


# A catchphrase of two clauses as the keyword: found across the answer's clause break, its own 不 no cue.
ZH_SAYING = GroundTruth(answer="我的口头禅是“剑不出鞘，便是慈悲”。", keywords=(("剑不出鞘，便是慈悲",),), language="zh",
                        question="你平时最常挂在嘴边的话是什么？", focus="script_knowledge", subject="self")


@pytest.mark.parametrize("text", ["不是剑不出鞘，便是慈悲。", "才不是剑不出鞘，便是慈悲呢。", "我不会告诉你是剑不出鞘，便是慈悲的。",
                                  "要是撒谎的话，我会说剑不出鞘，便是慈悲。", "昨晚梦见是剑不出鞘，便是慈悲。"])
def test_a_negated_or_framed_two_clause_saying_is_refused(text):
    _refused(ZH_SAYING, text)


@pytest.mark.parametrize("text", ["剑不出鞘，便是慈悲。", "我常说：剑不出鞘，便是慈悲。", "“剑不出鞘，便是慈悲”——这是我常挂在嘴边的。",
                                  "剑不出鞘便是慈悲。", "我总爱说一句：剑不出鞘，便是慈悲。"])
def test_the_two_clause_saying_said_plainly_stays_paid(text):
    _paid(ZH_SAYING, text)


@pytest.mark.parametrize("truth,text", [
    (EN_JOB, "Blacksmith? Not a chance."), (EN_TOWN, "Tacoma is a lie."), (EN_NAME, "Maren Holt, or so I heard."),
    (ZH_JOB, "铁匠？别逗了。"), (ZH_TOWN, "苏州，听来的。"), (ZH_PET, "豆豆，估计是吧。"),
    (ZH_SAYING, "剑不出鞘，便是慈悲？哪能呢。"), (ZH_SAYING, "剑不出鞘，便是慈悲是假的。"), (ZH_SAYING, "剑不出鞘，便是慈悲，听说的。"),
])
def test_a_dismissal_report_or_doubt_right_after_the_value_is_refused(truth, text):
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [
    (EN_JOB, "Blacksmith, no doubt about it."), (EN_TOWN, "Tacoma, as I told you."), (ZH_JOB, "铁匠！没错！"),
    (ZH_PET, "豆豆，你亲口说的。"), (ZH_SAYING, "剑不出鞘，便是慈悲，这是我师父教的。"),
])
def test_a_confirmation_right_after_the_value_stays_paid(truth, text):
    _paid(truth, text)


EN_FLOCK = _truth("en", "Your flock has 93 sheep.", "93", "How many sheep did I say are in my flock?", "conversation_memory", "user")


@pytest.mark.parametrize("text", ["93, I'm sure.", "93, I'm certain.", "93, of course."])
def test_vouching_after_the_users_value_claims_nothing(text):
    _paid(EN_FLOCK, text)


@pytest.mark.parametrize("text", ["93, me too.", "93, like me."])
def test_the_speaker_taking_the_users_value_is_still_refused(text):
    _refused(EN_FLOCK, text)
