"""Session 31 (r5): asked a relative's name ("what did you say your husband's name was?"), "his name was
Albert" names the relative asked about, not the character narrated (Japanese "彼の名前は…" is
refused by another gate, speaks as another person, and is left); the character's own name, or a
relative of "her", given so is still third person."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def truth(language, question, key):
    return GroundTruth(answer=key, keywords=((key,),), language=language, question=question, focus="conversation_memory")


EN = truth("en", "Sorry Ruth, what did you say your husband's name was again?", "Albert")
ZH = truth("zh", "奶奶，您老伴叫什么名字来着？", "德福")
KO = truth("ko", "할머니, 남편분 이름이 뭐였죠?", "만석")
OWN = truth("en", "Sorry, what's your name again?", "Ruth")


@pytest.mark.parametrize("t,answer", [
    (EN, "His name was Albert Abernathy. We were married in 1962."), (EN, "His name was Albert, dear."),
    (ZH, "他的名字叫德福，是个老实人。"), (KO, "그의 이름은 만석이었어요."),
])
def test_the_relatives_name_by_pronoun_is_paid(t, answer):
    assert keyword_accuracy(answer, t) == 1.0, answer


@pytest.mark.parametrize("t,answer", [
    (OWN, "Her name is Ruth, dear."), (EN, "Her husband's name was Albert."), (OWN, "Her name's Ruth."),
])
def test_the_character_narrated_is_refused(t, answer):
    assert keyword_accuracy(answer, t) == 0.0, answer
