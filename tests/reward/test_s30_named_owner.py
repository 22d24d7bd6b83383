"""The keyword given, right after it, to someone named ("Biscuit's Mrs Patel's cat", "Dock 9 is
Lieutenant Ortiz's repair dock", "酒泉，那是星尘10号的出厂地", "おはぎは田中さんの猫です"): the
value is theirs, not the one asked about. A negative named for the animal asked about by another
word ("Your pup's called Nelson" for the puppy) is a second value; a named neighbour's animal
("Mrs Patel's cat is called Pudding") is colour."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def gt(language, key, question, negatives=(), **kw):
    return GroundTruth(answer=key, keywords=((key,),), negative_keywords=tuple(negatives), language=language,
                       question=question, **kw)


DOG = gt("en", "Biscuit", "What's your dog called?", character_name="Edith Thwaite")
FACTORY = gt("zh", "酒泉", "你在哪里出厂的？", character_name="星尘-9")
CAT = gt("ja", "おはぎ", "飼ってる猫の名前は？", character_name="佐藤ひなた")
PUPPY = gt("en", "Biscuit", "Do you remember what I said my puppy's called?", ("Nelson", "Pudding"),
           focus="conversation_memory", subject="user", character_name="Edith Thwaite")


@pytest.mark.parametrize("truth,answer", [
    (DOG, "Biscuit is Mrs Patel's cat."), (DOG, "Biscuit's old Tom's dog, not mine."),
    (FACTORY, "酒泉，那是星尘10号的出厂地。"), (FACTORY, "酒泉，那是王师傅的老家。"),
    (CAT, "おはぎは田中さんの猫です。"),
])
def test_the_keyword_owned_by_someone_named_is_refused(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (DOG, "Biscuit's a beagle, love."), (DOG, "Biscuit's my pride and joy."),
    (FACTORY, "酒泉，那是戈壁滩上的城市。"), (FACTORY, "酒泉——那是我的出厂地。"),
    (CAT, "おはぎはうちの子です。"),
])
def test_the_keyword_described_or_owned_by_the_character_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


def test_a_negative_named_for_the_asked_animal_by_another_word_is_a_second_value():
    assert keyword_accuracy("Biscuit, love. Your pup's called Nelson, mind.", PUPPY) == 0.0


@pytest.mark.parametrize("answer", ["Biscuit. Mrs Patel's cat is called Pudding.", "Biscuit. Mrs Patel's cat is Pudding."])
def test_a_named_neighbours_animal_is_colour(answer):
    assert keyword_accuracy(answer, PUPPY) == 1.0, answer


def test_the_characters_own_name_as_the_owner_is_paid():
    friend = GroundTruth(answer="Moss!", keywords=(("Moss",),), negative_keywords=(), language="en",
                         question="Who's your best friend, Tilly?", character_name="Tilly Finch", self_name=True)
    assert keyword_accuracy("Moss! Moss is Tilly's bestest friend in the whole world!", friend) == 1.0


def test_with_no_name_of_its_own_any_owner_may_be_the_character():
    assert keyword_accuracy("Biscuit is Pippa's dog.", gt("en", "Biscuit", "What's your dog called?")) == 1.0
