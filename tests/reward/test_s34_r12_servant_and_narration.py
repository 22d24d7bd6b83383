"""Session 34 (r12), the twenty-fourth suite: a servant's voice speaking of its master or mistress
("I am but the lady's handmaiden; my mistress was wed at Winchester", "我家小姐的故乡在临安，奴婢从小伺候她")
speaks as another person; the character's name with an adverb before its verb ("Edna Pruitt first taught at…")
narrates it in the third person."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

WED = GroundTruth(answer="I was wed at Winchester, in the Old Minster, in my sixteenth year.", keywords=(("Winchester",),),
                  negative_keywords=("Sherborne",), language="en", question="Where were you wed, my lady?",
                  character_name="Lady Ælfgifu of Wessex", role="noblewoman, wife of a king's thegn")
HOME = GroundTruth(answer="妾身故乡在临安，西湖边上长大的。", keywords=(("临安",),), language="zh", question="夫人故乡在何处？",
                   character_name="沈婉清", role="临安沈家小姐")
MAID = GroundTruth(answer="I'm the lady's maid, and have been these ten years.", keywords=(("maid",),), language="en",
                   question="And what is your place in this house?", character_name="Hettie Marsh", role="lady's maid")


@pytest.mark.parametrize("truth,answer", [
    (WED, "I am but the lady's handmaiden; my mistress was wed at Winchester."),
    (WED, "I'm only her ladyship's maid, but my lady was wed at Winchester."),
    (WED, "I'm just the master's valet. My master and the lady were wed at Winchester."),
    (WED, "I am the lady's attendant, and the lady was wed at Winchester, in the Old Minster."),
    (HOME, "我家小姐的故乡在临安，奴婢从小伺候她。"),
    (HOME, "临安，我家夫人的老家。小的一直服侍夫人。"),
    (HOME, "回客官，我们小姐是临安人，奴婢自小跟着她。"),
    (HOME, "老奴伺候小姐多年，我家小姐生在临安。"),
])
def test_a_servant_speaking_of_its_master_is_another_person(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (WED, "I was wed at Winchester; my lord's men carried the canopy."),
    (WED, "Winchester, in the Old Minster. My handmaiden wept the whole Mass."),
    (WED, "At Winchester, and my lady mother gave me away."),
    (MAID, "I'm the lady's maid, and my mistress is good to me."),
    (HOME, "妾身故乡在临安，丫鬟小翠从小伺候我。"),
    (HOME, "临安。我家老爷也是临安人。"),
    (HOME, "妾身生在临安，我家夫君待我甚好。"),
    (HOME, "临安，丫鬟们都说我家小姐最念西湖。"),
])
def test_the_nearest_own_answers_are_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


TAUGHT = GroundTruth(answer="My very first post was Maple Hollow, back in 1951, dear.", keywords=(("Maple Hollow",), ("1951",)),
                     validation_method="multi_term_parsing", language="en", question="Where and when did you first teach?",
                     character_name="Edna Pruitt")


@pytest.mark.parametrize("answer", [
    "Edna Pruitt first taught at Maple Hollow in 1951. She smiles at the memory.",
    "Edna first taught at Maple Hollow in 1951.",
    "Edna Pruitt once taught at Maple Hollow, in 1951.",
    "Edna Pruitt always remembered Maple Hollow, her first post in 1951.",
])
def test_the_name_an_adverb_and_a_verb_narrate(answer):
    assert keyword_accuracy(answer, TAUGHT) == 0.0, answer


@pytest.mark.parametrize("answer", [
    "My first post was Maple Hollow, in 1951, dear.",
    "Edna Pruitt, that's me, dear: Maple Hollow, 1951.",
    "Maple Hollow first, dear, in 1951.",
    "I, Edna Pruitt, first taught at Maple Hollow in 1951.",
])
def test_the_characters_own_voice_is_paid(answer):
    assert keyword_accuracy(answer, TAUGHT) == 1.0, answer
