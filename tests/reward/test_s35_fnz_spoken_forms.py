"""Spoken and written forms of the same value (session 35, fnz: reward/spoken_spellings.py and the small
edits beside it): the degree sign for 度/도, another counter of small things, 幺 for 一 in a number read digit by
digit, the Minnan weekday 拜三, a length converted between m and km, "一只不少" after a count, ただ inside a word.
Each paid form has its nearest attack refused: another unit, a container, another digit, a dialect form of the
negative keyword, a wrong conversion, a real second number. Ground truths invented here."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def _t(lang, answer, keys, negatives=(), question="", multi=False) -> GroundTruth:
    return GroundTruth(answer=answer, keywords=tuple(keys), negative_keywords=tuple(negatives), language=lang,
                       question=question, subject="self", character_name="X",
                       validation_method="multi_term_parsing" if multi else "single_term_validation")


_BATH = _t("ja", "毎朝42度に沸かしてるよ。", [("42度", "四十二度")], ("39度",), "湯船は何度にしてるんだい？")
_KILN = _t("ko", "재벌 때는 1250도까지 올리오.", [("1250도", "천이백오십 도")], ("900도",), "가마 온도는 몇 도로 올리십니까?")
_TEA = _t("zh", "水温八十五度最好。", [("85度", "八十五度")], ("100度",), "泡茶水温多少度？")
_SUN = _t("ja", "梅干しを30個持ってきたよ。", [("30個", "三十個")], ("20個",), "梅干しを何個持ってきたの？")
_CANDY = _t("zh", "我带了30个糖。", [("30个", "三十个")], ("20个",), "你带了几个糖？")
_CHESTNUT = _t("ko", "밤을 30개 주웠어요.", [("30개", "서른 개")], ("20개",), "밤을 몇 개 주웠어요?")
_DOOR = _t("zh", "3号楼1204，错不了。", [("1204", "一二零四")], ("1206",), "我家门牌号是多少？")
_DAY = _t("zh", "下礼拜三啦。", [("礼拜三", "星期三", "周三")], ("礼拜五", "星期五", "周五"), "我哪一天要去高雄？")
_DEPTH = _t("zh", "龙宫站位于水深3200米处。", [("3200", "三千二百")], ("4500",), "龙宫站在多深的地方？")
_SHEEP = _t("zh", "二百四十只，一只一只我都认得。", [("二百四十", "两百四十", "240")], ("十二",), "您家养了多少只羊？")
_TURTLE = _t("ja", "ぽんただよ！", [("ぽんた",)], ("モモ",), "カメの名前は？")


@pytest.mark.parametrize("truth, answer", [
    (_BATH, "42℃だ、べらぼうめ。"), (_BATH, "42°Cにしてるよ。"), (_KILN, "재벌은 1,250℃까지 올려야 하오."),
    (_KILN, "1250°C까지 올리오."), (_TEA, "85℃最好。"), (_TEA, "85 °C就行。")])
def test_the_degree_sign_for_a_celsius_degree_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0


@pytest.mark.parametrize("truth, answer", [
    (_BATH, "42°Fだ。"), (_BATH, "39℃だ、べらぼうめ。"), (_KILN, "900℃까지 올리오."), (_KILN, "1250°F까지 올리오."),
    (_TEA, "100℃最好。"), (_TEA, "85°F就行。")])
def test_another_scale_or_the_wrong_degree_stays_refused(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0


@pytest.mark.parametrize("truth, answer", [
    (_SUN, "おばあちゃんの梅干しを30粒ね。"), (_SUN, "30玉持ってきたよ。"), (_CANDY, "带了30颗。"), (_CANDY, "30粒糖。"),
    (_CHESTNUT, "30알 주웠어요."), (_CHESTNUT, "밤 30톨이요.")])
def test_another_counter_of_small_things_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0


@pytest.mark.parametrize("truth, answer", [
    (_SUN, "30箱持ってきたよ。"), (_SUN, "20粒ね。"), (_CANDY, "30袋糖。"), (_CANDY, "20颗。"), (_CHESTNUT, "30상자 주웠어요."),
    (_CHESTNUT, "20알이요.")])
def test_a_container_or_another_count_stays_refused(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0


@pytest.mark.parametrize("answer", ["幺二零四，妥了！", "门牌幺二〇四。", "3号楼幺二零四。"])
def test_yao_for_one_in_a_number_read_digit_by_digit_is_paid(answer):
    assert keyword_accuracy(answer, _DOOR) == 1.0


@pytest.mark.parametrize("answer", ["幺二零六，妥了！", "幺二零五。", "二二零四。"])
def test_another_number_with_yao_stays_refused(answer):
    assert keyword_accuracy(answer, _DOOR) == 0.0


@pytest.mark.parametrize("answer", ["拜三啦！去看你阿公厚。", "下拜三啦。"])
def test_the_minnan_weekday_is_paid(answer):
    assert keyword_accuracy(answer, _DAY) == 1.0


@pytest.mark.parametrize("answer", ["拜五啦！", "下拜五啦。", "拜二啦。"])
def test_the_minnan_form_of_another_weekday_stays_refused(answer):
    assert keyword_accuracy(answer, _DAY) == 0.0


@pytest.mark.parametrize("answer", ["报告：龙宫站位于水下3.2公里。", "在3.2千米深处。", "3.2 km深。"])
def test_a_length_converted_to_kilometres_is_paid(answer):
    assert keyword_accuracy(answer, _DEPTH) == 1.0


@pytest.mark.parametrize("answer", ["龙宫站位于水下32公里。", "在4.5公里深处。", "3.2米深。"])
def test_a_wrong_conversion_or_another_unit_stays_refused(answer):
    assert keyword_accuracy(answer, _DEPTH) == 0.0


@pytest.mark.parametrize("answer", ["两百四，一只不少。", "二百四十，一只也不少。", "两百四，一个都没少。"])
def test_not_one_missing_after_the_count_is_no_second_number(answer):
    assert keyword_accuracy(answer, _SHEEP) == 1.0


@pytest.mark.parametrize("answer", ["两百四、一只吧。", "二百四十一只。", "十二只，一只不少。"])
def test_a_range_or_another_count_stays_refused(answer):
    assert keyword_accuracy(answer, _SHEEP) == 0.0


@pytest.mark.parametrize("answer", ["ポンタだよ！", "ぽんただよ。", "ぽんただね。"])
def test_tada_inside_a_name_splits_no_clause(answer):
    assert keyword_accuracy(answer, _TURTLE) == 1.0


@pytest.mark.parametrize("answer", ["ポンタだよ。ただ、本当はモモ。", "モモだよ！"])
def test_tada_as_a_connective_still_splits(answer):
    assert keyword_accuracy(answer, _TURTLE) == 0.0


_WATER_JA = _t("ja", "毎日2リットル飲むよ。", [("2リットル", "2L")], ("1リットル",), "水をどれくらい飲む？")
_WATER_KO = _t("ko", "하루에 2리터 마셔요.", [("2리터", "2L")], ("1리터",), "물 얼마나 마셔요?")


@pytest.mark.parametrize("truth, answer", [(_WATER_JA, "二リットル飲むよ。"), (_WATER_KO, "두 리터 마셔요.")])
def test_a_numeral_in_words_before_litres_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0


@pytest.mark.parametrize("truth, answer", [(_WATER_JA, "三リットル飲むよ。"), (_WATER_JA, "一リットルだよ。"),
                                           (_WATER_KO, "세 리터 마셔요."), (_WATER_KO, "한 리터요.")])
def test_another_numeral_before_litres_stays_refused(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0
