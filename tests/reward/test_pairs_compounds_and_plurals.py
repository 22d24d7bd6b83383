"""The keyword beside a second value or inside another word: two bare names on a name question
("美琪，佳怡。") and two plain words for a keyword written in lower case ("Oboe, flute.") are a
hedge; a Japanese one-kanji keyword at the end of a compound that reads without its own word
(爆竹 for 竹, 佐藤 for 藤) is not the keyword; a name found only in the plural ("biscuits" for
Biscuit) is the common noun; the name asked for called not worth mentioning is declined. Each
attack refused, the nearest honest answer paid."""

from __future__ import annotations

import pytest

from raiden_r1.reward.vrar import keyword_accuracy
from reward_records import profile_truth

ZH = ("zh", "周建国", {"女儿": "美琪"}, "您女儿叫什么名字？", "美琪")
KO = ("ko", "박정호", {"아들": "영수"}, "아드님 이름이 뭐예요?", "영수")
JA = ("ja", "高木恵", {"娘": "かえで"}, "娘さんのお名前は？", "かえで")
EN = ("en", "Ada Pell", {"instrument": "oboe"}, "What instrument do you play?", "oboe")
EN_PLACE = ("en", "Ada Pell", {"hometown": "Penmoor"}, "Where did you grow up?", "Penmoor")


@pytest.mark.parametrize("case,answer", [
    (ZH, "美琪，佳怡。"),
    (ZH, "美琪，可心。"),  # (可 is a function character elsewhere, not in a name)
    (KO, "영수, 영호."),  # (영호 is no number "0호" here)
    (JA, "かえで、さくら。"),
    (EN, "Oboe, flute."),
])
def test_two_bare_values_for_one_are_a_hedge(case, answer):
    assert keyword_accuracy(answer, profile_truth(*case)) == 0.0, answer


@pytest.mark.parametrize("case,answer", [
    (ZH, "美琪。"),
    (ZH, "美琪，乖得很。"),
    (ZH, "哎哟，美琪嘛！"),
    (KO, "영수예요."),
    (KO, "영수, 우리 막내."),
    (JA, "かえでです。"),
    (JA, "かえで、そうそう。"),
    (EN, "Oboe, mostly."),
    (EN, "Oboe, lad."),
    (EN, "Oboe, remember?"),
    (EN, "Oboe, since I was nine."),
    (EN_PLACE, "Penmoor, by the sea."),
    (EN_PLACE, "Penmoor, Cornwall."),
])
def test_one_value_with_a_remark_is_paid(case, answer):
    assert keyword_accuracy(answer, profile_truth(*case)) == 1.0, answer


def ja(key: str, question: str) -> tuple:
    return ("ja", "森陽子", {"好み": key}, question, key)


@pytest.mark.parametrize("case,answer", [
    (ja("竹", "好きな植物は？"), "爆竹がうるさいのです。"),
    (ja("藤", "好きな花は？"), "佐藤さんにもらった花が好きです。"),
    (ja("月", "好きなものは？"), "満月の夜が好きです。"),
])
def test_a_compound_read_without_the_keywords_word_is_another_word(case, answer):
    assert keyword_accuracy(answer, profile_truth(*case)) == 0.0, answer


@pytest.mark.parametrize("case,answer", [
    (ja("竹", "好きな植物は？"), "青竹が好きです。"),
    (ja("藤", "好きな花は？"), "山藤が好きです。"),
    (ja("月", "好きなものは？"), "三日月が好き。"),
    (ja("柿", "好物は？"), "渋柿を干すのが好き。"),
    (ja("犬", "ペットは？"), "愛犬のコロです。"),
    (ja("犬", "ペットは？"), "柴犬を飼っています。"),
])
def test_a_kind_of_the_keyword_is_paid(case, answer):
    assert keyword_accuracy(answer, profile_truth(*case)) == 1.0, answer


EN_PET = ("en", "Lottie Birch", {"pet": "a corgi named Biscuit"}, "What's your dog called?", "Biscuit")


def test_a_name_only_in_the_plural_is_the_common_noun():
    assert keyword_accuracy("I had biscuits with my tea! The dog's name escapes me.", profile_truth(*EN_PET)) == 0.0


@pytest.mark.parametrize("answer", ["Biscuit! She's my corgi.", "Biscuit's her name, and she loves a walk."])
def test_the_name_itself_is_paid(answer):
    assert keyword_accuracy(answer, profile_truth(*EN_PET)) == 1.0, answer


@pytest.mark.parametrize("case,answer", [
    (("zh", "燕南飞", {"佩剑": "青霜"}, "你的剑叫什么？", "青霜"), "青霜满地，剑名不值一提。"),
    (("ko", "한도윤", {"검": "청풍"}, "검의 이름이 뭐요?", "청풍"), "청풍이 불어오는구려. 이름은 말할 것도 없소."),
    (("en", "Brannoc", {"sword": "Frostbite"}, "What's your sword called?", "Frostbite"),
     "Frostbite took my toes one winter. The blade's name isn't worth mentioning."),
])
def test_the_name_called_not_worth_mentioning_is_declined(case, answer):
    assert keyword_accuracy(answer, profile_truth(*case)) == 0.0, answer


@pytest.mark.parametrize("case,answer", [
    (("zh", "燕南飞", {"佩剑": "青霜"}, "你的剑叫什么？", "青霜"), "青霜。区区薄名，不足挂齿。"),
    (("en", "Brannoc", {"sword": "Frostbite"}, "What's your sword called?", "Frostbite"),
     "Frostbite, though the name is hardly grand."),
])
def test_a_modest_remark_after_the_name_is_paid(case, answer):
    assert keyword_accuracy(answer, profile_truth(*case)) == 1.0, answer
