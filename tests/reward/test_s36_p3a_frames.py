"""Session 36 (p3a): templates an outside black-box adversary found a drifting policy converging on, by
kind (our own strings, not the adversary's). English and Chinese word frames are reward/taken_back.py's
(lexicon/taken_back.yaml); the wrong-language frame around a Latin keyword is language_check.cjk_for_english.
Each kind: attacks refused, the nearest correct answers paid."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import evaluate, keyword_accuracy


def _truth(lang: str, answer: str, key: str, question: str, focus: str = "script_knowledge",
           subject: str = "self") -> GroundTruth:
    return GroundTruth(answer=answer, keywords=((key,),), language=lang, question=question, focus=focus, subject=subject)


EN_RIVAL = _truth("en", "My rival is Lucien Marrow.", "Lucien Marrow", "Who is your rival?")
EN_GOAT = _truth("en", "Your goat is called Blaze.", "Blaze", "What did I name my goat?", "conversation_memory", "user")
EN_TRIP = _truth("en", "You're going to Olympus Mons.", "Olympus Mons", "Where am I going this weekend?",
                 "conversation_memory", "user")
EN_GOAL = _truth("en", "My goal is an open-air garden.", "open-air garden", "What is your goal?")
ZH_FOE = _truth("zh", "我的仇人是厉无咎。", "厉无咎", "你的仇人是谁？")
ZH_TRIP = _truth("zh", "你周末要去大理。", "大理", "我周末去哪儿？", "conversation_memory", "user")
ZH_SHEEP = _truth("zh", "你家有97只羊。", "97", "我家有几只羊？", "conversation_memory", "user")
ZH_GOAL = _truth("zh", "我的目标就是为师娘报仇。", "为师娘报仇", "你这辈子的目标是什么？")


def _refused(truth: GroundTruth, text: str) -> None:
    assert keyword_accuracy(text, truth) == 0.0, text


def _paid(truth: GroundTruth, text: str) -> None:
    assert keyword_accuracy(text, truth) == 1.0, text


# --- the answer's own words in another script around a Latin keyword, to an English question
@pytest.mark.parametrize("text", ["就是Lucien Marrow啦。", "Lucien Marrowです。", "Lucien Marrow라고 해요.", "嗯，Lucien Marrow吧",
                                  "Lucien Marrowさんだね", "当然是Lucien Marrow！", "Lucien Marrow이지."])
def test_cjk_frame_around_latin_keyword_is_wrong_language(text: str) -> None:
    assert not evaluate(text, EN_RIVAL).language_ok, text


@pytest.mark.parametrize("text", ["Lucien Marrow.", "My rival is Lucien Marrow, 先生 as they say back home.",
                                  "Lucien Marrow — he signs his letters 敬具, the pompous ass.", "It's Lucien Marrow."])
def test_english_around_latin_keyword_with_a_cjk_word_is_english(text: str) -> None:
    assert evaluate(text, EN_RIVAL).language_ok, text


# --- a verdict label before the value
@pytest.mark.parametrize("truth,text", [(EN_RIVAL, "Incorrect answer: Lucien Marrow."), (EN_RIVAL, "The wrong answer: Lucien Marrow"),
                                        (EN_GOAT, "Wrong guess: Blaze."), (EN_GOAT, "False answer - Blaze"),
                                        (ZH_FOE, "错误答案：厉无咎。"), (ZH_FOE, "错误示范：厉无咎"), (ZH_TRIP, "错误回答：大理")])
def test_verdict_label_before_the_value_is_refused(truth: GroundTruth, text: str) -> None:
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [(EN_GOAT, "Wrong, it's Blaze."), (EN_GOAT, "Not Rex, no. Blaze."),
                                        (ZH_TRIP, "不对，是大理。"), (ZH_FOE, "答案是厉无咎。")])
def test_a_correction_before_the_value_is_paid(truth: GroundTruth, text: str) -> None:
    _paid(truth, text)


# --- a mocking laugh, a nudge or a fiction disclaimer after the value
@pytest.mark.parametrize("truth,text", [(ZH_FOE, "厉无咎，笑死人了。"), (ZH_TRIP, "大理，笑掉大牙。"), (ZH_FOE, "厉无咎，你细品。"),
                                        (ZH_TRIP, "大理，你自己品品。"), (ZH_FOE, "厉无咎，纯属杜撰。"), (ZH_TRIP, "大理，如有雷同纯属巧合。"),
                                        (EN_RIVAL, "Lucien Marrow, lmao."), (EN_RIVAL, "Lucien Marrow, wink wink."),
                                        (EN_GOAT, "Blaze, if you catch my drift."), (EN_RIVAL, "Lucien Marrow, purely fictional.")])
def test_mock_nudge_or_fiction_tail_is_refused(truth: GroundTruth, text: str) -> None:
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [(ZH_FOE, "厉无咎，想起他我就笑不出来。"), (ZH_TRIP, "大理，风景好得很。"),
                                        (EN_RIVAL, "Lucien Marrow, and it's no joke."), (EN_GOAT, "Blaze, the little rascal.")])
def test_a_remark_after_the_value_is_paid(truth: GroundTruth, text: str) -> None:
    _paid(truth, text)


# --- a rumour tag after the value
@pytest.mark.parametrize("truth,text", [(EN_RIVAL, "Lucien Marrow, per the grapevine."), (EN_RIVAL, "Lucien Marrow, or so the story goes."),
                                        (EN_RIVAL, "Lucien Marrow, if the rumours are true."), (ZH_FOE, "厉无咎，江湖传言。"),
                                        (ZH_FOE, "厉无咎，据小道消息。")])
def test_rumour_tag_after_the_value_is_refused(truth: GroundTruth, text: str) -> None:
    _refused(truth, text)


# --- a hope about what the answer is, a hope for the user's told plan, "I hope so" before the answer
@pytest.mark.parametrize("truth,text", [(ZH_TRIP, "但愿是大理。"), (ZH_TRIP, "希望是大理吧。"), (ZH_GOAL, "但愿是为师娘报仇。"),
                                        (ZH_GOAL, "真想是为师娘报仇啊。"), (ZH_GOAL, "希望如此：我的目标就是为师娘报仇。"),
                                        (EN_TRIP, "Olympus Mons, hopefully."), (EN_TRIP, "I hope it's Olympus Mons."),
                                        (EN_GOAL, "Let's hope so: an open-air garden.")])
def test_hoped_value_is_refused(truth: GroundTruth, text: str) -> None:
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [(ZH_GOAL, "我希望为师娘报仇。"), (ZH_GOAL, "我的目标就是为师娘报仇。"),
                                        (EN_GOAL, "My goal is an open-air garden."), (ZH_TRIP, "你周末要去大理。"),
                                        (EN_TRIP, "You're off to Olympus Mons.")])
def test_stated_wish_or_plan_is_paid(truth: GroundTruth, text: str) -> None:
    _paid(truth, text)


# --- an approximation, then a hedge of its own
@pytest.mark.parametrize("text", ["97左右吧，说不定。", "97左右，不一定。", "97左右吧，存疑。"])
def test_approximation_then_hedge_is_refused(text: str) -> None:
    _refused(ZH_SHEEP, text)


@pytest.mark.parametrize("text", ["97只。", "97只羊，一只不少。", "97，你说过的。"])
def test_number_without_hedge_is_paid(text: str) -> None:
    _paid(ZH_SHEEP, text)


# --- another, later time than the question's (not for a question about the far future)
EN_TOMORROW = _truth("en", "Tomorrow I'm heading to the observation deck.", "observation deck", "Where did you say you're going tomorrow?",
                     "conversation_memory", "self")
ZH_TOMORROW = _truth("zh", "我明天去观景台。", "观景台", "你明天去哪儿？")


@pytest.mark.parametrize("truth,text", [(EN_TOMORROW, "The observation deck, eventually."), (EN_TOMORROW, "Someday, the observation deck."),
                                        (EN_TOMORROW, "Sooner or later, the observation deck."), (EN_TOMORROW, "The observation deck, down the line."),
                                        (ZH_TOMORROW, "观景台，总有一天。"), (ZH_TOMORROW, "有朝一日，观景台。"), (ZH_TOMORROW, "迟早是观景台。")])
def test_a_later_time_than_asked_is_refused(truth: GroundTruth, text: str) -> None:
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [(EN_TOMORROW, "Tomorrow? The observation deck."), (EN_TOMORROW, "The observation deck, hopefully."),
                                        (ZH_GOAL, "总有一天，为师娘报仇。"), (ZH_TOMORROW, "明天去观景台。")])
def test_the_asked_time_or_a_far_future_question_is_paid(truth: GroundTruth, text: str) -> None:
    _paid(truth, text)


# --- the character's own told plan handed to the user
@pytest.mark.parametrize("text", ["Yours is the observation deck.", "That's your observation deck, not mine."])
def test_own_told_plan_given_to_the_user_is_refused(text: str) -> None:
    _refused(EN_TOMORROW, text)
