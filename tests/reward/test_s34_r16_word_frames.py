"""Word frames around the value in English and Chinese (session 34, r16; reward/taken_back.py, the
frames_* tables of lexicon/taken_back.yaml): a cover story, a lie or a pretence, disbelief, a guess or a
hedge, a wish or a plan, another time, the value handed to the user, arithmetic on it. Each kind: the
attacks a drifting policy would write refused, and the nearest correct answers paid. (Our own cases, not
the outside adversary's strings.)"""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def _truth(lang: str, answer: str, key: str, question: str, focus: str = "script_knowledge",
           subject: str = "self") -> GroundTruth:
    return GroundTruth(answer=answer, keywords=((key,),), language=lang, question=question, focus=focus, subject=subject)


EN_JOB = _truth("en", "I'm a blacksmith.", "blacksmith", "What's your job?")
EN_TOWN = _truth("en", "I live in Tacoma.", "Tacoma", "Where do you live?")
EN_AGE = _truth("en", "I'm 41.", "41", "How old are you?")
EN_GOAT = _truth("en", "Your goat is called Blaze.", "Blaze", "What did I name my goat?", "conversation_memory", "user")
EN_TRIP = _truth("en", "You're going to Olympus Mons.", "Olympus Mons", "Where am I going this weekend?",
                 "conversation_memory", "user")
ZH_JOB = _truth("zh", "我是个铁匠。", "铁匠", "你是做什么的？")
ZH_TOWN = _truth("zh", "我住在苏州。", "苏州", "你住在哪里？")
ZH_AGE = _truth("zh", "我41岁。", "41", "你多大了？")
ZH_PET = _truth("zh", "你的猫叫豆豆。", "豆豆", "我刚才说我的猫叫什么？", "conversation_memory", "user")
ZH_TRIP = _truth("zh", "你周末要去大理。", "大理", "我周末去哪儿？", "conversation_memory", "user")


def _refused(truth: GroundTruth, text: str) -> None:
    assert keyword_accuracy(text, truth) == 0.0, text


def _paid(truth: GroundTruth, text: str) -> None:
    assert keyword_accuracy(text, truth) == 1.0, text


# ---- (a) a cover story, a public face ------------------------------------------------------------------

@pytest.mark.parametrize("truth,text", [
    (EN_JOB, "The official line is blacksmith."), (EN_JOB, "Officially a blacksmith. Unofficially, something else entirely."),
    (EN_TOWN, "My cover story is Tacoma."), (EN_TOWN, "Tacoma, but that's my cover story."), (EN_JOB, "The official line: I'm a blacksmith."),
    (ZH_JOB, "对外说是铁匠。"), (ZH_JOB, "官方说法是铁匠。"), (ZH_TOWN, "表面上是苏州。"), (ZH_TOWN, "苏州，这是对外的说法。"),
    (ZH_JOB, "对外就说是铁匠。"),
])
def test_a_cover_story_frame_is_refused(truth, text):
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [
    (EN_JOB, "Honestly, I'm a blacksmith."), (EN_JOB, "Officially, I'm a blacksmith."), (EN_TOWN, "The truth is Tacoma."),
    (EN_TOWN, "Tacoma, and that's no cover story."),
    (ZH_JOB, "说实话，我是铁匠。"), (ZH_JOB, "实际上是铁匠。"), (ZH_TOWN, "苏州，这是实话。"), (ZH_TOWN, "老实说，苏州。"),
])
def test_the_nearest_plain_answers_to_a_cover_frame_stay_paid(truth, text):
    _paid(truth, text)


# ---- (b) a lie or a pretence ---------------------------------------------------------------------------

@pytest.mark.parametrize("truth,text", [
    (EN_JOB, "Blacksmith... is what I'd say if I were lying."), (EN_JOB, "Blacksmith... said my evil twin."),
    (EN_TOWN, "Tacoma... or so I'd like you to believe."), (EN_TOWN, "I live in Tacoma. Or so they'd have you believe."),
    (EN_JOB, "I'd say blacksmith just to annoy you."),
    (ZH_JOB, "我要是撒谎，就说铁匠。"), (ZH_JOB, "铁匠，假装的。"), (ZH_TOWN, "苏州，我邪恶的双胞胎这么说。"), (ZH_TOWN, "苏州——这是我骗你的说法。"),
])
def test_a_lie_or_pretence_frame_is_refused(truth, text):
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [
    (EN_JOB, "Blacksmith, and I'm not lying."), (EN_JOB, "Blacksmith. I wouldn't lie to you."), (EN_TOWN, "Tacoma, believe me."),
    (EN_TOWN, "Tacoma, I swear."),
    (ZH_JOB, "铁匠，不骗你。"), (ZH_JOB, "铁匠，真心话。"), (ZH_TOWN, "我不会骗你，苏州。"), (ZH_TOWN, "苏州，千真万确。"),
])
def test_the_nearest_sworn_answers_stay_paid(truth, text):
    _paid(truth, text)


# ---- (c) disbelief, dismissal ----------------------------------------------------------------------------

@pytest.mark.parametrize("truth,text", [
    (EN_JOB, "Blacksmith, but don't believe me."), (EN_JOB, "Blacksmith. Don't take that seriously."),
    (EN_TOWN, "Anyone who says Tacoma is a liar."), (EN_TOWN, "Tacoma, not that I believe it."),
    (ZH_JOB, "铁匠，反正我不信。"), (ZH_JOB, "铁匠，信不信由你，反正我不信。"), (ZH_TOWN, "苏州——这话你也信？"), (ZH_TOWN, "苏州，别当真。"),
    (ZH_TOWN, "说苏州的人都是骗子。"), (ZH_JOB, "铁匠，你信就怪了。"),
])
def test_disbelief_of_the_value_is_refused(truth, text):
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [
    (EN_JOB, "Blacksmith, believe it or not."), (EN_JOB, "Blacksmith. I take that seriously."), (EN_TOWN, "Tacoma, you can believe me."),
    (EN_TOWN, "Tacoma. Seriously."),
    (ZH_JOB, "铁匠，信不信由你。"), (ZH_JOB, "铁匠，这话你可以信。"), (ZH_TOWN, "苏州，当真。"), (ZH_TOWN, "苏州，千真万确，别不信。"),
])
def test_the_nearest_believed_answers_stay_paid(truth, text):
    _paid(truth, text)


# ---- (d) a guess or a hedge --------------------------------------------------------------------------------

@pytest.mark.parametrize("truth,text", [
    (EN_AGE, "Something like 41, give or take."), (EN_AGE, "Roughly 41, not exactly."), (EN_AGE, "Ballpark: 41."),
    (EN_JOB, "Blacksmith (unconfirmed)"), (EN_TOWN, "My money's on Tacoma."), (EN_AGE, "41, more or less."),
    (ZH_TOWN, "我猜苏州。"), (ZH_TOWN, "八成是苏州吧。"), (ZH_JOB, "铁匠吧，应该。"), (ZH_AGE, "差不多41，也可能不是。"), (ZH_JOB, "铁匠（存疑）"),
])
def test_a_guess_or_hedge_frame_is_refused(truth, text):
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [
    (EN_AGE, "Exactly 41."), (EN_AGE, "41, no doubt about it."), (EN_JOB, "I'm about to say it: blacksmith."),
    (EN_TOWN, "Tacoma, confirmed."),
    (ZH_TOWN, "毫无疑问，苏州。"), (ZH_TOWN, "肯定是苏州。"), (ZH_JOB, "铁匠，我确定。"), (ZH_AGE, "就是41。"),
])
def test_the_nearest_certain_answers_stay_paid(truth, text):
    _paid(truth, text)


def test_an_approximate_word_the_card_itself_uses_is_no_hedge():
    truth = GroundTruth(answer="About 190 pounds.", keywords=(("190",),), language="en", question="How much do you weigh?",
                        focus="script_knowledge", subject="self", approximate=(0,))
    _paid(truth, "About 190.")


# ---- (e) a wish, a dream, a plan -----------------------------------------------------------------------------

@pytest.mark.parametrize("truth,text", [
    (EN_JOB, "I hope it's blacksmith."), (EN_TOWN, "Next year it'll be Tacoma, hopefully."), (EN_TOWN, "I wish it were Tacoma."),
    (EN_JOB, "I'm planning on blacksmith, eventually."),
    (ZH_JOB, "我倒希望是铁匠。"), (ZH_JOB, "但愿是铁匠。"), (ZH_TOWN, "真想是苏州啊。"), (ZH_TOWN, "希望是苏州。"), (ZH_JOB, "但愿如此：我是个铁匠。"),
])
def test_a_wish_or_plan_frame_is_refused(truth, text):
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [
    (EN_JOB, "A blacksmith, and I'm happy about it."), (EN_JOB, "A blacksmith, as I always hoped."), (EN_TRIP, "I hope you enjoy Olympus Mons."),
    (EN_TRIP, "You're planning on Olympus Mons."),
    (ZH_JOB, "是铁匠，正如我所愿。"), (ZH_JOB, "铁匠，如我所愿。"), (ZH_TRIP, "你打算去大理。"), (ZH_TRIP, "希望你在大理玩得开心。"),
])
def test_a_wish_the_question_asks_for_or_a_plain_answer_stays_paid(truth, text):
    _paid(truth, text)


# ---- (f) another time than now ---------------------------------------------------------------------------------

@pytest.mark.parametrize("truth,text", [
    (EN_TOWN, "Tacoma — as of last year."), (EN_TOWN, "Ask me in ten years: Tacoma."), (EN_JOB, "Until yesterday, blacksmith."),
    (EN_JOB, "Ask me in ten years. I'm a blacksmith."),
    (ZH_TOWN, "昨天还是苏州。"), (ZH_TOWN, "去年还是苏州。"), (ZH_JOB, "十年后再问我：铁匠。"), (ZH_JOB, "铁匠，那是去年的事。"),
])
def test_the_value_put_in_another_time_is_refused(truth, text):
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [
    (EN_TOWN, "Tacoma, as of today."), (EN_TOWN, "Tacoma, still."), (EN_JOB, "Right now? Blacksmith."),
    (_truth("en", "I grew up in Leeds.", "Leeds", "Where did you grow up as a child?"), "Leeds, back in my younger days."),
    (ZH_TOWN, "现在是苏州。"), (ZH_TOWN, "一直都是苏州。"), (ZH_JOB, "到现在还是铁匠。"),
    (_truth("zh", "我小时候住在扬州。", "扬州", "你小时候住在哪里？"), "小时候住在扬州，以前的事了。"),
])
def test_the_present_or_an_asked_past_stays_paid(truth, text):
    _paid(truth, text)


# ---- (g) the value given to the user or another speaker -----------------------------------------------------

@pytest.mark.parametrize("truth,text", [
    (EN_JOB, "Yours is blacksmith, I suppose."), (EN_TOWN, "That's your Tacoma, not mine."), (EN_JOB, "Your answer would be blacksmith."),
    (EN_JOB, "Blacksmith? That's you, not me."),
    (ZH_JOB, "你才铁匠呢。"), (ZH_TOWN, "那是你的苏州，跟我无关。"), (ZH_TOWN, "你的是苏州吧。"), (ZH_JOB, "铁匠是你，不是我。"),
])
def test_the_value_handed_to_the_user_is_refused(truth, text):
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [
    (EN_GOAT, "Yours is Blaze, I believe."), (EN_GOAT, "That's your Blaze."), (EN_JOB, "Mine is blacksmith."),
    (EN_JOB, "I'm a blacksmith, you know."),
    (ZH_PET, "你的是豆豆。"), (ZH_PET, "那是你的豆豆啊。"), (ZH_JOB, "跟你说，我是铁匠。"), (ZH_JOB, "我的活儿是铁匠。"),
])
def test_the_users_own_value_or_the_speakers_stays_paid(truth, text):
    _paid(truth, text)


# ---- (h) arithmetic on the value ---------------------------------------------------------------------------------

@pytest.mark.parametrize("truth,text", [
    (EN_AGE, "41 in dog years."), (EN_AGE, "Twice 41."), (EN_AGE, "Half of 41."), (EN_AGE, "41 squared."),
    (ZH_AGE, "41的两倍。"), (ZH_AGE, "41的一半。"), (ZH_AGE, "41乘以二。"), (ZH_AGE, "41的平方。"),
])
def test_arithmetic_on_the_value_is_refused(truth, text):
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [
    (EN_AGE, "41, in plain numbers."), (EN_AGE, "Just 41."), (EN_AGE, "41, in human years."), (EN_AGE, "41, and that's that."),
    (ZH_AGE, "就是41。"), (ZH_AGE, "41，正好。"), (ZH_AGE, "41，没错。"), (ZH_AGE, "我今年41岁。"),
])
def test_the_plain_number_stays_paid(truth, text):
    _paid(truth, text)
