"""Session 36 (p3a): the keyword named without being asserted, read from its clause's shape
(reward/likened.py, lexicon/likened.yaml): a likeness, a name said as a measure, an English question
without its mark. Attacks refused, nearest correct answers paid (our own strings)."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def _truth(lang: str, answer: str, key: str, question: str, focus: str = "script_knowledge",
           subject: str = "self") -> GroundTruth:
    return GroundTruth(answer=answer, keywords=((key,),), language=lang, question=question, focus=focus, subject=subject)


EN_RIVAL = _truth("en", "My rival is Lucien Marrow.", "Lucien Marrow", "Who is your rival?")
EN_GOAT = _truth("en", "Your goat is called Blaze.", "Blaze", "What did I name my goat?", "conversation_memory", "user")
EN_LOOKS = _truth("en", "I look like my mother, Amara.", "Amara", "Who do you look like?")
ZH_FOE = _truth("zh", "我的仇人是厉无咎。", "厉无咎", "你的仇人是谁？")
ZH_LOOKS = _truth("zh", "我长得像我娘。", "我娘", "你长得像谁？")


def _refused(truth: GroundTruth, text: str) -> None:
    assert keyword_accuracy(text, truth) == 0.0, text


def _paid(truth: GroundTruth, text: str) -> None:
    assert keyword_accuracy(text, truth) == 1.0, text


@pytest.mark.parametrize("truth,text", [(EN_RIVAL, "You put me in mind of Lucien Marrow."), (EN_RIVAL, "Sounds a lot like Lucien Marrow."),
                                        (EN_RIVAL, "That fellow resembles Lucien Marrow."), (EN_GOAT, "Your hat makes me think of Blaze."),
                                        (EN_GOAT, "Reminiscent of Blaze, honestly."), (ZH_FOE, "你让我想起厉无咎。"),
                                        (ZH_FOE, "这人活像厉无咎。"), (ZH_FOE, "听起来像厉无咎。")])
def test_keyword_as_what_is_likened_is_refused(truth: GroundTruth, text: str) -> None:
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [(EN_RIVAL, "Lucien Marrow — he looks like a weasel."), (EN_RIVAL, "My rival, just as I said: Lucien Marrow."),
                                        (EN_LOOKS, "I look like Amara, my mother."), (ZH_FOE, "厉无咎，长得像只狐狸。"), (ZH_LOOKS, "像我娘。")])
def test_likeness_of_something_else_or_asked_likeness_is_paid(truth: GroundTruth, text: str) -> None:
    _paid(truth, text)


@pytest.mark.parametrize("truth,text", [(EN_RIVAL, "Lucien Marrow kilos."), (EN_RIVAL, "Lucien Marrow dollars"), (EN_GOAT, "Blaze metres."),
                                        (ZH_FOE, "厉无咎公斤。"), (ZH_FOE, "厉无咎英里")])
def test_name_said_as_a_measure_is_refused(truth: GroundTruth, text: str) -> None:
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [(EN_GOAT, "Blaze, forty kilos of mischief."), (EN_RIVAL, "Lucien Marrow, miles ahead of me, curse him."),
                                        (ZH_FOE, "厉无咎，离这儿三百里。")])
def test_a_measure_in_another_clause_is_paid(truth: GroundTruth, text: str) -> None:
    _paid(truth, text)


@pytest.mark.parametrize("truth,text", [(EN_RIVAL, "So, have you met Lucien Marrow"), (EN_RIVAL, "Tell me, can you beat Lucien Marrow"),
                                        (EN_GOAT, "Did you name it Blaze"), (EN_GOAT, "Well, do ya mean Blaze."),
                                        (EN_RIVAL, "Don't you know Lucien Marrow")])
def test_inverted_question_without_mark_is_refused(truth: GroundTruth, text: str) -> None:
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [(EN_RIVAL, "Do you know who my rival is? Lucien Marrow."), (EN_GOAT, "You named it Blaze."),
                                        (EN_GOAT, "Did you forget? Blaze."), (EN_RIVAL, "Lucien Marrow, do you know him")])
def test_a_question_beside_the_asserted_keyword_is_paid(truth: GroundTruth, text: str) -> None:
    _paid(truth, text)


# --- the user's question restated word for word before the answer: its "my" is the user's
EN_FRIEND = _truth("en", "Your best friend is Beatrice.", "Beatrice", "Who did I say my best friend is?", "conversation_memory", "user")
ZH_CAPE = _truth("zh", "你的新披风是天蓝色的。", "天蓝色", "我刚才说我的新披风是什么颜色？", "conversation_memory", "user")


@pytest.mark.parametrize("truth,text", [(EN_FRIEND, "Who did I say my best friend is? Beatrice."), (ZH_CAPE, "我刚才说我的新披风是什么颜色？天蓝色。")])
def test_restated_question_then_the_value_is_paid(truth: GroundTruth, text: str) -> None:
    _paid(truth, text)


@pytest.mark.parametrize("truth,text", [(EN_FRIEND, "I remember my best friend. Beatrice."), (ZH_CAPE, "我记得我的新披风。天蓝色。")])
def test_own_thing_in_the_sentence_before_is_still_claimed(truth: GroundTruth, text: str) -> None:
    _refused(truth, text)


ZH_SHOES = _truth("zh", "在鞋柜。", "鞋柜", "我的钥匙放哪儿了？", "conversation_memory", "user")


@pytest.mark.parametrize("text", ["在鞋柜里。", "鞋柜里", "鞋柜块"])
def test_one_character_word_after_a_chinese_keyword_is_no_measure(text: str) -> None:
    _paid(ZH_SHOES, text)
