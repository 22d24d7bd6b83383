"""Conversation-memory recall that rules read as someone else's (session 36, lead, from the outside review
rev76): the asked relation as the topic of the user's words given back ("親友はキヨだって言ってたじゃねえか"
asked who the user's best friend is) is no relative speaking (frames.relative_speaks), and a boat taken
to travel is no one the user's trip moves to ("下个月坐船去明州嘛", owner_shift.conveyance). The readings
they narrow keep refusing the relative who speaks and the trip given to a relative."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def _cm(q: str, a: str, key: str, lang: str, negatives: tuple[str, ...] = ()) -> GroundTruth:
    return GroundTruth(answer=a, keywords=((key,),), negative_keywords=negatives, language=lang, question=q,
                       focus="conversation_memory", subject="user")


FRIEND_JA = _cm("私の親友は誰だと言いましたか？", "おめえの親友はキヨだよな。", "キヨ", "ja", ("千代",))
SISTER_JA = _cm("私の妹の名前、覚えてますか？", "妹さんはハナだったね。", "ハナ", "ja")
FRIEND_KO = _cm("내 제일 친한 친구가 누구라고 했지?", "네 친구는 수아잖아.", "수아", "ko")
FRIEND_ZH = _cm("我刚才说我最好的朋友是谁？", "你最好的朋友是柳如烟。", "柳如烟", "zh")
TRIP_ZH = _cm("我刚才说下个月去哪儿来着？", "你下个月要去明州。", "明州", "zh", ("岳州",))
TRIP_EN = _cm("Where did I say I'm going next month?", "You're off to Lisbon next month.", "Lisbon", "en")
TRIP_JA = _cm("来月どこへ行くって言いましたっけ？", "来月は函館でしたね。", "函館", "ja")


@pytest.mark.parametrize("answer,t", [
    ("親友はキヨだって言ってたじゃねえか。", FRIEND_JA), ("親友はキヨだって言ってたな。", FRIEND_JA),
    ("親友はキヨって言ってましたよね。", FRIEND_JA), ("妹さんはハナだって言ってたよね。", SISTER_JA),
    ("친구는 수아라고 했잖아.", FRIEND_KO), ("最好的朋友是柳如烟，你说的嘛。", FRIEND_ZH),
])
def test_the_asked_relation_as_the_topic_of_the_users_words_is_paid(answer, t):
    assert keyword_accuracy(answer, t) == 1.0, answer


@pytest.mark.parametrize("answer,t", [
    ("弟がキヨだって言ってたじゃねえか。", FRIEND_JA), ("親友はキヨだって誰かが言ってた。", FRIEND_JA),
    ("親友はキヨだったって千代が言ってたぞ。", FRIEND_JA), ("姉はハナだって言ってた。", SISTER_JA),
    ("親友がキヨだって言ってた。", FRIEND_JA), ("친구가 수아라고 하더라.", FRIEND_KO),
])
def test_a_relative_or_a_rumour_as_the_source_is_still_refused(answer, t):
    assert keyword_accuracy(answer, t) == 0.0, answer


@pytest.mark.parametrize("answer,t", [
    ("下个月坐船去明州嘛，船都雇好了。", TRIP_ZH), ("下个月坐船去明州。", TRIP_ZH), ("你下个月乘船去明州。", TRIP_ZH),
    ("You're taking a boat to Lisbon next month.", TRIP_EN), ("By boat to Lisbon, you said.", TRIP_EN),
    ("船で函館へ行くんでしたね。", TRIP_JA),
])
def test_a_boat_taken_to_travel_is_no_one_the_trip_moves_to(answer, t):
    assert keyword_accuracy(answer, t) == 1.0, answer


@pytest.mark.parametrize("answer,t", [
    ("我哥下个月去明州。", TRIP_ZH), ("我下个月坐船去明州。", TRIP_ZH), ("船长下个月去明州。", TRIP_ZH),
    ("My brother's boat goes to Lisbon next month.", TRIP_EN), ("I'm taking a boat to Lisbon next month.", TRIP_EN),
])
def test_the_trip_given_to_someone_else_or_claimed_is_still_refused(answer, t):
    assert keyword_accuracy(answer, t) == 0.0, answer
