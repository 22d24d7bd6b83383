"""Correct answers an outside review (rev77) wrote and the reward refused with right keys (session 36, lead):
praise by a negated comparison said of whoever tries ("Can't beat a bit of pie 'n' mash"), the decade the
value is in beside it ("26살, 20대 중반이야", "二十多岁的人了"), a Korean (이)라니 of disbelief on another word of the
sentence, and "you said so, right?" (-다며?) recalling the user's words. Each with the attacks it must not pay."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

FOOD = GroundTruth(answer="Pie and mash, if you ask me!", keywords=(("pie and mash",),), language="en",
                   question="What do you love to eat most?")
AGE = {lang: GroundTruth(answer=a, keywords=(("26",),), language=lang, question=q) for lang, a, q in (
    ("en", "I'm 26.", "How old are you?"), ("zh", "我26岁。", "你多大了？"), ("ja", "26歳です。", "何歳ですか？"),
    ("ko", "올해 26살이야.", "몇 살이야?"))}
TRIP = GroundTruth(answer="이번 주말에 지유와 안동에 가잖아.", keywords=(("안동",),), language="ko",
                   question="내가 이번 주말에 지유와 어디에 간다고 했지?", focus="conversation_memory", subject="user")


@pytest.mark.parametrize("answer", ["Can't beat a bit of pie 'n' mash from Manze's, guv.", "Nuffink beats pie and mash, me.",
                                    "Cannot beat pie and mash.", "I can't get enough of pie and mash.",
                                    "Can't go wrong with pie and mash, mate."])
def test_praise_by_a_negated_comparison_is_paid(answer):
    assert keyword_accuracy(answer, FOOD) == 1.0, answer


@pytest.mark.parametrize("answer", ["I can't eat pie and mash.", "I can't stand pie and mash.",
                                    "I can't abide pie and mash, never could.", "I cannot bear pie and mash."])
def test_a_negated_verb_of_eating_or_liking_stays_refused(answer):
    assert keyword_accuracy(answer, FOOD) == 0.0, answer


@pytest.mark.parametrize("lang,answer", [("en", "I'm 26, in my 20s."), ("zh", "26岁，二十多岁的人了。"),
                                         ("ja", "26歳、もう二十代後半です。"), ("ko", "26살, 20대 중반이야."),
                                         ("ko", "26살ㅋㅋ 벌써 이십대 후반이라니 킹받네."), ("zh", "26岁了，二十来岁嘛。")])
def test_the_decade_the_value_is_in_is_no_second_value(lang, answer):
    assert keyword_accuracy(answer, AGE[lang]) == 1.0, answer


@pytest.mark.parametrize("lang,answer", [("en", "I'm 26, in my 30s."), ("zh", "26岁，三十多岁的人了。"),
                                         ("ja", "26歳、もう三十代です。"), ("ko", "26살, 30대야."), ("ko", "26살, 아니 27살."),
                                         ("ko", "26살이라니, 말도 안 돼."), ("zh", "26岁，二十七岁。")])
def test_another_decade_or_value_still_hedges(lang, answer):
    assert keyword_accuracy(answer, AGE[lang]) == 0.0, answer


@pytest.mark.parametrize("answer", ["지유랑 안동 놀러 간다며?", "안동 간다며?", "안동 간다면서요?"])
def test_you_said_so_right_recalls_the_users_words(answer):
    assert keyword_accuracy(answer, TRIP) == 1.0, answer


@pytest.mark.parametrize("answer", ["누가 안동 간다며?", "안동 간다고?", "안동이야?"])
def test_a_rumour_or_a_plain_question_back_stays_refused(answer):
    assert keyword_accuracy(answer, TRIP) == 0.0, answer


TEACHER = GroundTruth(answer="제 스승은 한도윤 의원이십니다.", keywords=(("한도윤",),), language="ko", question="스승이 누구십니까?")


@pytest.mark.parametrize("answer", ["한도윤 의원이 제 스승이라니요, 당치 않습니다.", "한도윤이 내 스승이라니, 말도 안 돼.",
                                    "한도윤 선생님은 스승이라니요? 아닙니다."])
def test_disbelief_of_a_predicate_about_the_keyword_stays_refused(answer):
    assert keyword_accuracy(answer, TEACHER) == 0.0, answer
