"""A word of address in a bare list is speech, not a candidate ("Down South, daddy-o, Louisiana"), and a
date written in its parts (a year, an era's year, then the month and day) is one value, not "two numbers",
while a second value for the slot stays refused in every language."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def sbk(language, keys, question, answer=None):
    keys = (keys,) if isinstance(keys, str) else keys
    return GroundTruth(answer=answer or keys[0], keywords=(keys,), language=language, question=question)


WHERE = {"en": sbk("en", ("Georgia", "Savannah"), "Where did you grow up?"),
         "zh": sbk("zh", "扬州", "你老家在哪儿？"), "ja": sbk("ja", "神戸", "どこの生まれ？"),
         "ko": sbk("ko", "안동", "어디서 났소?")}


@pytest.mark.parametrize("language,answer", [
    ("en", "Lowcountry, sugar, Georgia."),
    ("en", "Way out east, old chap, Savannah."),
    ("zh", "江北，小兄弟，扬州。"),
    ("ja", "港のほう、嬢ちゃん、神戸や。"),
    ("ko", "경상도, 여보게, 안동이라네."),
])
def test_a_word_of_address_is_no_candidate(language, answer):
    assert keyword_accuracy(answer, WHERE[language]) == 1.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "Ohio, Georgia, Maine."),
    ("zh", "镇江，扬州，泰州。"),
    ("ja", "姫路、神戸、明石。"),
    ("ko", "예천, 안동, 영주."),
])
def test_three_places_stay_a_dump(language, answer):
    assert keyword_accuracy(answer, WHERE[language]) == 0.0, answer


def test_a_capitalised_address_word_inside_the_list_is_a_name():
    truth = sbk("en", "Muffin", "What's your dog called?")
    assert keyword_accuracy("Pepper, Honey, Muffin.", truth) == 0.0


def test_address_words_are_candidates_when_the_slot_holds_one():
    # the servants call the daughter 아씨: the other words of address are rival values here
    truth = sbk("ko", "아씨", "하인들이 그 아이를 뭐라 부르오?")
    assert keyword_accuracy("도련님, 마님, 아씨.", truth) == 0.0
    assert keyword_accuracy("아씨라 부르오.", truth) == 1.0


def test_a_word_of_address_does_not_excuse_a_second_value():
    truth = sbk("en", "fiddle", "What do you play?")
    assert keyword_accuracy("banjo, kiddo, fiddle.", truth) == 0.0


@pytest.mark.parametrize("truth,answer", [
    (sbk("zh", "五月初三", "你生辰是哪天？"), "小女生于天宝五年五月初三。"),
    (sbk("zh", "5月3日", "你生日哪天？"), "2001年5月3日生的。"),
    (sbk("ja", "5月3日", "誕生日いつ？"), "昭和六十年五月三日に生まれたんよ。"),
    (sbk("ja", "5月3日", "誕生日いつ？"), "2001年5月3日生まれです。"),
    (sbk("ko", "5월 3일", "생일이 언제요?"), "숙종 20년 5월 3일에 태어났소."),
    (sbk("ko", "5월 3일", "생일이 언제요?"), "2001년 5월 3일생이에요."),
    (sbk("en", "May 3", "When were you born?"), "3 May 2001."),
    (sbk("zh", "2001年", "你哪年出生？"), "2001年5月3日。"),
    (sbk("zh", "5月", "你几月生的？"), "5月3日。"),
    (sbk("zh", "23", "你是几号生的？"), "腊月二十三。"),
    (sbk("ja", "23", "何日生まれ？"), "5月23日生まれや。"),
])
def test_a_date_in_its_parts_is_one_value(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (sbk("zh", "5月3日", "你生日哪天？"), "5月3日或5月4日。"),
    (sbk("zh", "5月3日", "你生日哪天？"), "5月3日，5月4日。"),
    (sbk("ja", "5月3日", "誕生日いつ？"), "5月3日か4日やね。"),
    (sbk("ko", "5월 3일", "생일이 언제요?"), "5월 3일이나 4일이오."),
    (sbk("en", "May 3", "When were you born?"), "May 3 or 4."),
    (sbk("zh", "2001年", "你哪年出生？"), "2001年或2002年。"),
    (sbk("zh", "23", "你是几号生的？"), "5月23号或24号。"),
])
def test_two_dates_stay_hedged(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("answer", ["Married on 3 May 1950, ma'am.", "1950年5月3日。"])
def test_a_year_the_gold_answer_contradicts_is_another_event(answer):
    gold = "3 May, ma'am, in 1921." if answer.isascii() else "1921年5月3日。"
    truth = sbk("en" if answer.isascii() else "zh", "3 May" if answer.isascii() else "5月3日",
                "When's your birthday?" if answer.isascii() else "你生日是哪天？", answer=gold)
    assert keyword_accuracy(answer, truth) == 0.0, answer
    assert keyword_accuracy(answer.replace("1950", "1921"), truth) == 1.0
