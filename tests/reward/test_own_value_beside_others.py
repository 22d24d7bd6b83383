"""Correct answers the thirteenth red-team suite found refused, as general rules with new cases:
an age said as a time when the question asks at what age; Japanese counts in kanji ("八つ") and
Korean native numbers before the copula's joining forms ("셋이고"); a numeric date with slashes
beside colour; a wish in the next sentence that names an object of its own or is another person's;
a negative keyword said of another person, named by the shape of the words ("老王才170"). Each
rule is checked both ways: the natural answer paid, the attack next to it still refused."""

from __future__ import annotations

import pytest

from raiden_r1.canon import canonical
from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def truth(question, gold, key, language, negatives=(), others=()):
    return GroundTruth(answer=gold, keywords=((key,),), negative_keywords=tuple(negatives), language=language,
                       question=question, focus="script_knowledge", others=tuple(others))


# --- an age said as a time answers "at what age"

AGE_AT = {"en": ("How old were you when you took up the fiddle?", "I was 9.", "9"),
          "zh": ("你几岁开始学的武术？", "9岁。", "9"),
          "ja": ("何歳から剣道を習い始めたの？", "9歳からです。", "9"),
          "ko": ("몇 살 때 바둑을 배우셨어요?", "9살이요.", "9")}
AGE_NOW = {"en": ("How old are you?", "I'm 9.", "9"), "zh": ("你几岁了？", "9岁。", "9"),
           "ja": ("何歳ですか？", "9歳です。", "9"), "ko": ("몇 살이에요?", "9살이에요.", "9")}


@pytest.mark.parametrize("language,answer", [
    ("en", "I was 9 when I first held one, in my grandmother's kitchen."),
    ("zh", "我9岁那年，跟着舅舅在河边学的。"),
    ("ja", "九つのときからです。父が道場主でしたので。"),
    ("ko", "아홉 살 때 할아버지한테 처음 배웠어요."),
    ("zh", "九岁那年跟我爸学的。"),
    ("ja", "9歳のとき、祖父に習い始めました。"),
])
def test_an_age_said_as_a_time_answers_a_question_about_when(language, answer):
    assert keyword_accuracy(answer, truth(*AGE_AT[language], language)) == 1.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "I was 9 when I moved to the coast."),
    ("zh", "我9岁那年搬的家。"),
    ("ja", "9歳のときに引っ越しました。"),
    ("ko", "9살 때 이사 왔어요."),
])
def test_an_age_said_as_a_time_still_does_not_answer_how_old_now(language, answer):
    assert keyword_accuracy(answer, truth(*AGE_NOW[language], language)) == 0.0, answer


def test_how_old_are_you_in_japanese_is_no_question_about_when():
    # ("何歳ですか" holds "何歳で": the age now, so "9歳のときに" stays a past age)
    assert keyword_accuracy("9歳のときに剣道を始めました。", truth("今何歳ですか？", "9歳です。", "9", "ja")) == 0.0


# --- numbers in words


@pytest.mark.parametrize("text,value", [("八つのとき", "8のとき"), ("三つです", "3です"), ("五つ。", "5")])
def test_japanese_counts_in_kanji_are_numbers(text, value):
    assert canonical(text) == value


@pytest.mark.parametrize("text", ["三つ編みにしてる", "一つ目の角", "二つ返事で", "一番好き"])
def test_kanji_counts_inside_other_words_stay_words(text):
    assert not canonical(text)[:1].isdigit()


def test_a_number_in_kanji_with_ban_is_a_number():
    assert keyword_accuracy("七番！キャプテンじゃないけどな。", truth("背番号は？", "7番です。", "7", "ja")) == 1.0


@pytest.mark.parametrize("answer", ["딸은 셋이고 막내가 제일 야무져요.", "셋이여, 다 시집갔어."])
def test_korean_native_numbers_before_the_joining_copula_are_numbers(answer):
    t = truth("딸이 몇이에요?", "딸은 3명이에요.", "3", "ko")
    assert keyword_accuracy(answer, t) == 1.0, answer


def test_korean_native_numbers_inside_other_words_stay_words():
    assert "3" not in canonical("셋이서 같이 왔어요") and "2" not in canonical("둘이서 왔어")


# --- a numeric date with slashes beside colour

DATE = {"en": ("When's your birthday?", "14 September.", "14 September", ("24 September", "14 May")),
        "ja": ("誕生日はいつ？", "9月14日です。", "9月14日", ("9月24日", "5月14日")),
        "zh": ("你生日哪天？", "9月14日。", "9月14日", ("9月24日", "5月14日")),
        "ko": ("생일이 언제예요?", "9월 14일이에요.", "9월 14일", ("9월 24일", "5월 14일"))}


@pytest.mark.parametrize("language,answer", [
    ("en", "14/09, the European way, mind."),
    ("ja", "9/14、覚えやすいでしょ。"),
    ("zh", "9/14，好记吧。"),
    ("ko", "9/14, 외우기 쉽죠."),
])
def test_a_slashed_date_beside_colour_is_one_value(language, answer):
    q, gold, key, neg = DATE[language]
    assert keyword_accuracy(answer, truth(q, gold, key, language, neg)) == 1.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "14/09, 24/09, one of those."),
    ("ja", "9/14、9/24、どっちか。"),
    ("zh", "9/14，9/24。"),
])
def test_two_slashed_dates_are_still_a_hedge(language, answer):
    q, gold, key, neg = DATE[language]
    assert keyword_accuracy(answer, truth(q, gold, key, language, neg)) == 0.0, answer


# --- a wish in the next sentence

HOME = {"en": ("Where did you grow up?", "In Pellham.", "Pellham"),
        "ja": ("出身はどこ？", "函館です。", "函館"),
        "ko": ("고향이 어디예요?", "목포예요.", "목포")}
NUMBER = ("背番号は？", "7番です。", "7")


@pytest.mark.parametrize("language,answer", [
    ("en", "Pellham, up on the moors. Mother kept bees there, and I still dream of the heather."),
    ("ja", "函館。いつかオーロラ見に行きたいけどね。"),
    ("ko", "목포예요. 언젠가 제주도에 살아 보고 싶긴 해요."),
])
def test_a_wish_with_an_object_of_its_own_leaves_the_value_paid(language, answer):
    assert keyword_accuracy(answer, truth(*HOME[language], language)) == 1.0, answer


def test_a_wish_for_another_number_leaves_the_number_paid():
    assert keyword_accuracy("七番！いつかキャプテンマーク付けたいな。", truth(*NUMBER, "ja")) == 1.0
    assert keyword_accuracy("七番！いつか欲しいな。", truth(*NUMBER, "ja")) == 0.0


@pytest.mark.parametrize("language,answer", [
    ("en", "Pellham's a pretty spot. I've always wanted to visit."),
    ("en", "Pellham's a pretty spot. I dream of the town."),
    ("ja", "函館はいい街ですね。いつかそこに住みたいです。"),
    ("ko", "목포는 좋은 동네죠. 언젠가 거기에 살고 싶어요."),
])
def test_a_wish_without_an_object_of_its_own_still_takes_the_value_back(language, answer):
    assert keyword_accuracy(answer, truth(*HOME[language], language)) == 0.0, answer


def test_a_wish_of_another_person_of_the_profile_leaves_the_value_paid():
    t = truth(*HOME["ko"], "ko", others=("유진",))
    assert keyword_accuracy("목포는 좋은 동네죠. 유진은 언젠가 가 보고 싶대요.", t) == 1.0


def test_being_confused_is_no_intention_in_korean():
    t = truth(*HOME["ko"], "ko")
    assert keyword_accuracy("목포예요. 다들 목표랑 헷갈려 하더라고요.", t) == 1.0
    assert keyword_accuracy("목포로 이사 가려 하고 있어요.", t) == 0.0


# --- a negative keyword said of another person

HEIGHT = {"zh": ("你多高？", "我176厘米。", "176厘米", ("170厘米", "170")),
          "ja": ("身長は？", "176センチです。", "176", ("170",)),
          "ko": ("키가 몇이에요?", "176이에요.", "176", ("170",)),
          "en": ("How tall are you?", "176 cm.", "176", ("170",))}


@pytest.mark.parametrize("language,answer", [
    ("zh", "176，老王才170。"),
    ("zh", "176厘米，李哥也就170。"),
    ("ja", "176です。佐藤さんは170ですけどね。"),
    ("ko", "176이에요. 지훈 씨는 170이고요."),
    ("en", "176. Old Harris is only 170."),
])
def test_another_persons_different_value_beside_ones_own_is_colour(language, answer):
    q, gold, key, neg = HEIGHT[language]
    assert keyword_accuracy(answer, truth(q, gold, key, language, neg)) == 1.0, answer


@pytest.mark.parametrize("language,answer", [
    ("zh", "176，或者170。"),
    ("zh", "176，不对，170。"),
    ("zh", "176，老王说170。"),
    ("zh", "176，我才170。"),
    ("ja", "176です。いや、170かな。"),
    ("ko", "176이에요. 아니, 170이요."),
    ("en", "176, no wait, 170."),
    ("en", "176. Old me was 170."),
])
def test_a_second_value_of_ones_own_or_reported_is_still_a_hedge(language, answer):
    q, gold, key, neg = HEIGHT[language]
    assert keyword_accuracy(answer, truth(q, gold, key, language, neg)) == 0.0, answer


@pytest.mark.parametrize("language,answer", [
    ("ko", "176이에요. 근데 지훈 씨는 170이라고 하더라고요."),
    ("zh", "176公分，老王说是170。"),
    ("en", "176. Old Harris reckons 170, mind."),
])
def test_another_person_reporting_a_second_value_is_still_a_hedge(language, answer):
    q, gold, key, neg = HEIGHT[language]
    assert keyword_accuracy(answer, truth(q, gold, key, language, neg)) == 0.0, answer


@pytest.mark.parametrize("language,answer", [
    ("zh", "我9岁那年，是我哥开始学的。"),
    ("ja", "9歳のときに兄が始めたんです。"),
    ("ko", "9살 때 동생이 배웠어요. 저는 나중에요."),
])
def test_an_age_at_which_someone_else_did_it_still_is_no_answer(language, answer):
    assert keyword_accuracy(answer, truth(*AGE_AT[language], language)) == 0.0, answer
