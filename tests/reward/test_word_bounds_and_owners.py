"""Cue words read by their place in a word, and who a word stands for:
- a Korean negation adverb (안, 못) opens a word, a rhetorical ending (라니) ends one: inside a
  longer word (포메라니안, 동안, 연못) they negate nothing, nor does "X밖에 없" (nothing but X);
  Chinese and Japanese words that hold a negation character and negate nothing (别墅, 无锡,
  相変わらず) are exempt;
- 저 before the value itself is the humble "I", not "that";
- a general word for the asked animal ("the little bird" for the budgie, "your pet", "宠物") is the
  same animal, not someone else's;
- asked a relative's or a pet's name, "I walk her every morning, X" does something to the one named
  and claims nothing; "I go by X", "私がXです", "내가 X야" still make the character the one named."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth, record_ground_truth
from raiden_r1.data.schema import Record
from raiden_r1.reward.vrar import keyword_accuracy

from reward_records import profile_truth


def _gt(lang: str, question: str, key: str, gold: str) -> GroundTruth:
    return GroundTruth(answer=gold, keywords=((key,),), language=lang, question=question)


def _memory(lang: str, turns: list[str], question: str, key: str, gold: str) -> GroundTruth:
    history = []
    for t in turns:
        history += [{"role": "user", "content": t}, {"role": "assistant", "content": "!"}]
    return record_ground_truth(Record.model_validate({
        "character_name": "Ash", "character_profile": {"name": "Ash"}, "conversation_history": history,
        "question": question, "answer": gold, "keywords": [key], "negative_keywords": [],
        "question_type": "what", "validation_method": "single_term_validation", "difficulty": "easy",
        "metadata": {"language": lang, "focus": "conversation_memory", "speaker": "user"}}))


_KO_PET = ("ko", "강아지 이름이 뭐예요?", "보리", "우리 강아지 이름은 보리예요.")


@pytest.mark.parametrize("answer", ["본가에 보리라는 포메라니안이 있어요.", "보리요. 벌써 5년 동안 같이 살았어요.",
                                    "보리예요, 연못가 산책을 제일 좋아해요.", "보리라니까요!",
                                    "보리요! 하나밖에 없는 우리 보리.", "보리밖에 안 키워요."])
def test_korean_cue_syllables_inside_a_word_negate_nothing(answer):
    assert keyword_accuracy(answer, _gt(*_KO_PET)) == 1.0


@pytest.mark.parametrize("answer", ["보리는 이제 안 키워요.", "보리는 안키워요.", "보리는 요즘 못 봐요.",
                                    "보리라니, 무슨 소리예요."])
def test_korean_negation_adverbs_and_endings_still_negate(answer):
    assert keyword_accuracy(answer, _gt(*_KO_PET)) == 0.0


@pytest.mark.parametrize("gt,answer", [
    (_gt("zh", "你住在哪个城市？", "苏州", "我住在苏州。"), "我住在苏州，离无锡不远。"),
    (_gt("zh", "你家狗叫什么？", "旺财", "我家狗叫旺财。"), "旺财，天天在别墅院子里撒欢。"),
    (_gt("ja", "犬の名前は？", "こむぎ", "こむぎです。"), "こむぎです。相変わらず元気いっぱいですよ。"),
    (_gt("ja", "趣味は何ですか？", "釣り", "釣りです。"), "釣りです。毎週欠かさず行きます。"),
])
def test_words_holding_a_negation_character_are_exempt(gt, answer):
    assert keyword_accuracy(answer, gt) == 1.0


@pytest.mark.parametrize("gt,answer", [
    (_gt("zh", "你住在哪个城市？", "苏州", "我住在苏州。"), "我不住苏州。"),
    (_gt("ja", "犬の名前は？", "こむぎ", "こむぎです。"), "こむぎなんて犬は飼っていない。"),
])
def test_a_plain_negation_is_still_one(gt, answer):
    assert keyword_accuracy(answer, gt) == 0.0


_KO_DISLIKE = GroundTruth(answer="저는 가지를 싫어해요.", keywords=(("가지",),), language="ko",
                          question="싫어하는 음식이 뭐예요?", subject="self")


@pytest.mark.parametrize("answer", ["저 가지 진짜 싫어요.", "저 솔직히 가지가 제일 싫어요."])
def test_jeo_before_the_value_is_the_speaker(answer):
    assert keyword_accuracy(answer, _KO_DISLIKE) == 1.0


@pytest.mark.parametrize("answer", ["저 남자는 가지를 싫어해요.", "저 친구의 싫어하는 음식은 가지예요."])
def test_jeo_before_a_person_is_that(answer):
    assert keyword_accuracy(answer, _KO_DISLIKE) == 0.0


_BUDGIE = ("en", ["I adopted a budgie and called him Kiwi."], "What did I call my budgie?", "Kiwi", "You called your budgie Kiwi.")
_ZH_CAT = ("zh", ["我刚养了一只猫，叫咪咪。"], "还记得我的猫叫什么吗？", "咪咪", "你家猫叫咪咪。")


@pytest.mark.parametrize("case,answer", [(_BUDGIE, "You named the little bird Kiwi."), (_BUDGIE, "Your pet's called Kiwi, isn't he?"),
                                         (_ZH_CAT, "你家宠物叫咪咪。")])
def test_the_asked_animals_class_is_the_same_animal(case, answer):
    assert keyword_accuracy(answer, _memory(*case)) == 1.0


@pytest.mark.parametrize("case,answer", [(_BUDGIE, "You named your dog Kiwi."), (_BUDGIE, "Your sister's bird is Kiwi."),
                                         (_ZH_CAT, "你家狗叫咪咪。")])
def test_another_animal_or_owner_still_takes_the_fact(case, answer):
    assert keyword_accuracy(answer, _memory(*case)) == 0.0


_PETS = {"en": ("pet", "a dog called Biscuit", "What's your dog's name?", "Biscuit"),
         "ja": ("ペット", "柴犬のきなこ", "飼っている犬の名前は？", "きなこ"),
         "ko": ("반려동물", "진돗개 누리", "강아지 이름이 뭐예요?", "누리"),
         "zh": ("宠物", "一只叫来福的狗", "你家狗叫什么名字？", "来福")}


def _pet(lang: str):
    field, value, question, key = _PETS[lang]
    return profile_truth(lang, "Ash", {field: value}, question, key)


@pytest.mark.parametrize("lang,answer", [
    ("en", "I take her up the hill every evening - Biscuit."), ("en", "I got him from a farmer in Kent, Biscuit."),
    ("en", "I brush Biscuit every Sunday."), ("ja", "僕が毎晩散歩させてる子、きなこです。"), ("ja", "私がきなこを拾いました。"),
    ("ko", "제가 매일 산책시키는 누리예요!"), ("ko", "제가 시골에서 데려왔어요, 누리."), ("zh", "我从乡下抱回来的，叫来福。"),
])
def test_what_the_owner_does_to_the_named_pet_is_no_claim(lang, answer):
    assert keyword_accuracy(answer, _pet(lang)) == 1.0


@pytest.mark.parametrize("lang,answer", [("en", "I go by Biscuit."), ("en", "I answer to Biscuit."), ("ja", "私がきなこです。"),
                                         ("ko", "제가 바로 누리예요."), ("ko", "내가 누리야.")])
def test_the_owner_as_the_one_named_is_still_a_claim(lang, answer):
    assert keyword_accuracy(answer, _pet(lang)) == 0.0


def test_a_relatives_work_done_by_the_character_is_still_claimed():
    gt = profile_truth("en", "Ash", {"family": "daughter Ada, a piano teacher"}, "What does your daughter teach?", "piano")
    assert keyword_accuracy("I teach piano at the school.", gt) == 0.0
    assert keyword_accuracy("Piano, at the school on Hill Street.", gt) == 1.0
