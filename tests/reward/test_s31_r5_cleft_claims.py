"""Session 31 (r5): a cleft that puts the speaker in the user's place ("是我下周三要去北京出差呀", "It's me
who's going to Beijing next Wednesday") claims the user's fact; a cleft about another act after the
keyword ("下周三呀，是我帮你订的机票") leaves it the user's."""

from __future__ import annotations

import pytest

from raiden_r1.reward.vrar import keyword_accuracy

from reward_records import user_memory_truth

ZH = user_memory_truth("zh", "下周三", "我跟你说过我哪天去出差来着？")
EN = user_memory_truth("en", "next Wednesday", "Do you remember when I said I'm flying to Beijing?")


@pytest.mark.parametrize("truth,answer", [
    (ZH, "是我下周三要去北京出差呀，你记岔了，不是你。"), (ZH, "是我下周三去北京，你不去。"),
    (EN, "It's me who's flying next Wednesday, not you."), (EN, "It was me that said next Wednesday, for my own trip."),
])
def test_a_cleft_claiming_the_users_fact_is_refused(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (ZH, "下周三呀，是我帮你订的机票。"), (ZH, "你下周三去北京出差，是我给你订的票。"), (ZH, "下周三呀，两天就回来。"),
    (EN, "Next Wednesday! And it's me who booked your ticket."), (EN, "You said next Wednesday, for Beijing."),
])
def test_the_users_fact_with_a_cleft_elsewhere_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer
