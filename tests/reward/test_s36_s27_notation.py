"""Session 36, s27: notation classes the canonicaliser missed, so a correct answer lost its value: a thousands
separator before a CJK counter or a unit letter ("3,200人", "1,200m"), the spoken Japanese メーター, tonnes in
every script ("8t", "8톤", "8トン", "8吨"), and the day's closing hour for midnight ("24시", "24時", "24点")."""

from __future__ import annotations

import pytest

from raiden_r1.canon import canonical
from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def _gt(keys, lang, question, answer, negatives=()):
    return GroundTruth(answer=answer, keywords=(tuple(keys),), negative_keywords=tuple(negatives), language=lang,
                       question=question)


PEOPLE = {
    "en": _gt(["3200", "3,200"], "en", "How many people live on the station?", "3,200 people live here.", ["450"]),
    "zh": _gt(["3200", "三千二百"], "zh", "空间站上住了多少人？", "住了三千二百人。", ["450"]),
    "ja": _gt(["3200", "三千二百"], "ja", "このステーションには何人が住んでいるの？", "3200人デス。", ["450"]),
    "ko": _gt(["3200", "삼천이백"], "ko", "정거장에 몇 명이 살아요?", "3200명이 살아요.", ["450"]),
}


@pytest.mark.parametrize("lang,answer", [("en", "About that: 3,200 people, all told."), ("en", "We are 3,200strong."),
                                         ("zh", "住着3,200人呢。"), ("ja", "現在の居住者数は3,200人デス。"),
                                         ("ja", "3,200名が暮らしております。"), ("ko", "3,200명이 살고 있어요."),
                                         ("ko", "주민은 3,200명입니다.")])
def test_a_thousands_separator_before_a_counter_keeps_the_number(lang, answer):
    assert keyword_accuracy(answer, PEOPLE[lang]) == 1.0, answer


@pytest.mark.parametrize("lang,answer", [("en", "450 people, not more."), ("zh", "住着450人。"), ("ja", "450人デス。"),
                                         ("ko", "450명이 살아요.")])
def test_another_count_is_still_refused(lang, answer):
    assert keyword_accuracy(answer, PEOPLE[lang]) == 0.0, answer


@pytest.mark.parametrize("text,expected", [("1米83,183厘米", "183 cm 183 cm"), ("12,345,678人", "12345678人"),
                                           ("1,200m deep", "1200 m deep")])
def test_a_comma_after_a_compound_measure_stays_a_list(text, expected):
    assert canonical(text) == expected


DEPTH = {
    "ja": _gt(["十五メートル", "15メートル", "15m"], "ja", "何メートルまで潜れたん？", "十五メートルや。", ["十メートル"]),
    "en": _gt(["15 metres", "15m"], "en", "How deep could you dive?", "15 metres.", ["10 metres"]),
}


@pytest.mark.parametrize("answer", ["十五メーターは潜ったで。", "15メーターや。", "うちは十五メーターまで行けたんよ。"])
def test_the_spoken_meter_is_a_metre(answer):
    assert keyword_accuracy(answer, DEPTH["ja"]) == 1.0, answer


@pytest.mark.parametrize("answer", ["十メーターがやっとや。", "十五メーターなんて潜ったことないわ。"])
def test_another_depth_in_meters_is_refused(answer):
    assert keyword_accuracy(answer, DEPTH["ja"]) == 0.0, answer


WATER = {
    "ko": _gt(["8톤", "여덟 톤"], "ko", "물 몇 톤 실었어요?", "물 8톤이다.", ["5톤"]),
    "en": _gt(["8 tonnes", "eight tonnes"], "en", "How much water did you load?", "8 tonnes of water.", ["5 tonnes"]),
    "zh": _gt(["8吨", "八吨"], "zh", "装了几吨水？", "装了八吨水。", ["5吨"]),
    "ja": _gt(["8トン", "八トン"], "ja", "水は何トン積んだ？", "八トン積んだ。", ["5トン"]),
}


@pytest.mark.parametrize("lang,answer", [("ko", "물 8t이다."), ("ko", "물은 8 t 실었지."), ("en", "8t of water, captain."),
                                         ("en", "Eight tons, give or take nothing."), ("zh", "水装了8t。"), ("ja", "水は8t積んだぞ。")])
def test_tonnes_in_any_spelling(lang, answer):
    assert keyword_accuracy(answer, WATER[lang]) == 1.0, answer


@pytest.mark.parametrize("lang,answer", [("ko", "물 5t이다."), ("en", "5t of water."), ("zh", "水装了5t。"), ("ja", "5トンだ。"),
                                         ("en", "I can't say 8 tonnes, it was 5 tonnes.")])
def test_another_weight_in_tonnes_is_refused(lang, answer):
    assert keyword_accuracy(answer, WATER[lang]) == 0.0, answer


GATE = {
    "ko": _gt(["자정", "밤 12시"], "ko", "성문은 몇 시에 닫습니까?", "자정에 닫는다.", ["저녁 9시"]),
    "ja": _gt(["午前0時", "夜中の12時"], "ja", "門は何時に閉まる？", "午前0時に閉まる。", ["夜9時"]),
    "zh": _gt(["午夜", "半夜12点"], "zh", "城门几点关？", "午夜关门。", ["晚上9点"]),
    "en": _gt(["midnight", "12 midnight"], "en", "When does the gate close?", "At midnight.", ["9 pm"]),
}


@pytest.mark.parametrize("lang,answer", [("ko", "24시 정각에 닫는다."), ("ko", "24시에 닫소."), ("ja", "24時に閉まる。"),
                                         ("zh", "24点关门。"), ("en", "At 24:00 sharp.")])
def test_the_closing_hour_of_the_day_is_midnight(lang, answer):
    assert keyword_accuracy(answer, GATE[lang]) == 1.0, answer


@pytest.mark.parametrize("lang,answer", [("ko", "21시에 닫는다."), ("ja", "21時に閉まる。"), ("zh", "21点关门。"), ("en", "At 21:00 sharp.")])
def test_another_hour_is_still_refused(lang, answer):
    assert keyword_accuracy(answer, GATE[lang]) == 0.0, answer
