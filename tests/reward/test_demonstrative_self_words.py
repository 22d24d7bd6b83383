"""Old self-words built like "this + noun" ("이 몸", the haughty "this body") are "I", not the character
seen from outside as "this person" (third_person.BY_ROLE): the cat who says "이 몸이 좋아하는 건 참치다냥"
answers in the first person; "이 고양이가 좋아하는 건 참치" still narrates it."""

from __future__ import annotations

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def truth():
    return GroundTruth(answer="이 몸이 좋아하는 건 참치다냥.", keywords=(("참치",),), language="ko",
                       question="나비야, 네가 제일 좋아하는 음식이 뭐였지?", character_name="나비")


def test_this_body_is_the_first_person():
    assert keyword_accuracy("이 몸이 좋아하는 건 참치다냥. 잊지 말라냥.", truth()) == 1.0


def test_this_cat_still_narrates_the_character():
    assert keyword_accuracy("이 고양이가 좋아하는 건 참치다냥.", truth()) == 0.0
