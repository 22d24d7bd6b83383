"""Session 34 (r12): a name keyword glued to a venue word names the venue, not the one asked about
("I play at the Winifred Hotel" asked a sister's name, "在下常去听雪楼喝酒" a sword's, "阿福面馆" a parrot's);
the name said on its own, or the venue the gold answer names itself, is paid."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

SISTER = GroundTruth(answer="My sister? Winifred, bless her.", keywords=(("Winifred",),), negative_keywords=("Mabel",),
                     language="en", question="Do you have a sister, Tilly? What's her name?")
SWORD = GroundTruth(answer="在下的佩剑名叫听雪。", keywords=(("听雪",),), language="zh", question="萧掌门，你的佩剑叫什么名字？")
PUB = GroundTruth(answer="I run the Winifred Arms, love, the Winifred Hotel as was.", keywords=(("Winifred",),), language="en",
                  question="What's the name of your pub?")
MASTER = GroundTruth(answer="跟马万山师父学的。", keywords=(("马万山",),), language="zh", question="您这身功夫是跟谁学的？")


@pytest.mark.parametrize("truth,answer", [
    (SISTER, "I play at the Winifred Hotel on Tuesdays. Family? Let's not."),
    (SISTER, "Winifred Street, that's where I grew up."),
    (SISTER, "We met at the Winifred Tavern, years ago."),
    (SISTER, "The Winifred Bakery does lovely buns."),
    (SWORD, "在下常去听雪楼喝酒。"),
    (SWORD, "听雪阁的茶不错。"),
    (MASTER, "马万山镖局门口学了两招，拜师的事就别提了。"),
    (MASTER, "在马万山武馆门口看过几眼。"),
])
def test_a_name_glued_to_a_venue_is_another_sense(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (SISTER, "Winifred. She's at the hotel most days."),
    (SISTER, "My sister's Winifred, and she loves the street fair."),
    (PUB, "The Winifred Hotel, love, as it was."),
    (SISTER, "Winifred, Winnie to us."),
    (SWORD, "听雪。在下常去楼下喝酒。"),
    (SWORD, "佩剑名唤听雪，楼外楼的酒倒是常喝。"),
    (MASTER, "跟马万山学的，他开着一家镖局。"),
    (MASTER, "马万山师父，路上捡的缘分。"),
])
def test_the_name_on_its_own_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer
