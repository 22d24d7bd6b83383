"""The project's one normaliser (raiden_r1.canon): disguises undone, numbers/dates/units in one form,
keywords found on the right boundaries."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from raiden_r1.canon import canonical, find_term, make_term, match_form
from raiden_r1.canon.fold import fold, invisible_code_points
from raiden_r1.canon.kana_numbers import kana_numbers
from raiden_r1.canon.readings import kana_spellings
from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def found(keyword: str, text: str) -> bool:
    return find_term(match_form(canonical(text)), make_term(keyword)) != -1


def test_the_invisible_character_list_is_this_pythons_category_cf():
    import sys

    cf = {c for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"}
    assert cf <= set(invisible_code_points())


@pytest.mark.parametrize("disguised,plain", [
    ("As\u200b an A\u200dI", "as an ai"),            # zero-width space / joiner
    ("Аs аn АI", "as an ai"),                         # Cyrillic look-alikes
    ("ＡＳ ＡＮ ＡＩ", "as an ai"),                      # full width
    ("作為一個語言模型", "作为1个语言模型"),               # traditional -> simplified (and 一个 -> 1个)
    ("バスケ", "ばすけ"),                              # katakana -> hiragana
    ("ｶﾀｶﾅ", "かたかな"),                              # half-width katakana
    ("caf\u0065\u0301", "café"),                      # decomposed accents composed
    ("人 工 智 能", "人工智能"),                        # spaces inside CJK runs carry nothing
])
def test_disguises_fold_to_one_form(disguised, plain):
    assert canonical(disguised) == plain


@pytest.mark.parametrize("keyword,answer", [
    ("27", "I'm twenty-seven."), ("27", "我今年二十七岁。"), ("17", "我十七岁"), ("29", "저는 스물아홉 살이에요"),
    ("27", "이십칠 살"), ("27", "２７歳です"), ("417", "Flat four-one-seven."), ("1984", "nineteen eighty-four"),
    ("183", "I'm one eighty-three."), ("5", "いつつ！"), ("105", "one hundred and five"),
    ("August 9", "the 9th of August"), ("August 9", "9 August"), ("August 9", "August the ninth"),
    ("8月9日", "4月9号"[:0] + "8月9号"), ("8月9日", "8/9"), ("November 21", "21/11"), ("11월 3일", "십일월 삼일이에요"),
    ("10월 17일", "시월 십칠 일"), ("3月3日", "3/3生まれ"), ("8月9日", "8月の9日"),
    ("180", "180cm"), ("180 cm", "180 centimetres"), ("186", "我一米八六"), ("186", "1.86米"), ("178", "1メートル78"),
    ("181", "백팔십일 센티"), ("172厘米", "172cm"), ("27", "27才"),
    ("colour", "my favorite color"), ("Tuesdays", "every Tuesday"), ("baking", "I bake"),
    ("birdwatching", "bird-watching"), ("clockmaker", "clock-maker"),
    ("西雅图", "西雅圖"), ("バスケ", "ばすけが好き"), ("星期三", "礼拜三"), ("nosy", "a bit nosey"),
    ("312", "깨비는 삼백열두 살이지롱!"), ("205", "이백다섯 개"), ("58", "我五十有八了"),
    ("400公里", "400 kilometres"), ("400 km", "四百公里"), ("3 miles", "3 mi."), ("Thursday", "Thurs., love"), ("Tuesdays", "every Tues"), ("昭和52年", "1977年です"), ("1977", "昭和五十二年でした"), ("1989年", "平成元年生まれ"),
    ("26", "廿六岁"), ("1502", "一五零二。"), ("3時", "午後三時"), ("6", "むっつだよ！"), ("3点", "三点钟"),
    ("5월 7일", "오월 칠 일! 선물 주세요~"),
])
def test_written_forms_of_the_same_value_match(keyword, answer):
    assert found(keyword, answer), (keyword, canonical(answer))


@pytest.mark.parametrize("keyword,answer", [
    ("C", "I code in C++"), ("C", "Objective-C mostly"), ("C", "C# and Java"), ("Al", "I live in Alaska"),
    ("17", "I am 170 cm"), ("17", "since 2017"), ("2150年", "我生活在12150年"),
    ("용", "저는 용기가 있어요"), ("蛇", "画蛇添足"), ("말", "정말 궁금해요"), ("きなこ", "きなこあめが好き"),
    ("art", "I love parties"), ("一", "我一直很好"), ("1", "一时想不起来"), ("3", "みっつめの角"),
    ("29", "二十八九岁吧"), ("28", "二十八九岁吧"),
])
def test_keywords_do_not_match_inside_other_words(keyword, answer):
    assert not found(keyword, answer), (keyword, canonical(answer))


@pytest.mark.parametrize("keyword,answer", [("용", "저는 용띠예요"), ("蛇", "我属蛇"), ("C", "Mostly C, some Python."),
                                            ("航", "航っていいます"), ("寅", "寅年です")])
def test_one_character_keywords_still_match_as_words(keyword, answer):
    assert found(keyword, answer)


@given(st.text(max_size=60))
@settings(max_examples=300, deadline=None)
def test_canonical_is_total_and_idempotent(text):
    once = canonical(text)
    assert isinstance(once, str)
    assert canonical(once) == once or canonical(canonical(once)) == canonical(once)


def test_fold_keeps_punctuation_for_the_clause_splitter():
    assert fold("No！Two Harbors？") == "no!two harbors?"


@pytest.mark.parametrize("keyword,answer", [
    ("土曜日", "どようびです！"), ("信楽", "雷丸はしがらきの生まれじゃ！"), ("几帳面", "きちょうめんで世話好きです。"),
    ("苺大福", "いちご大福が大好き！"), ("札幌", "さっぽろに住んでるよ。"),
])
def test_a_japanese_keyword_in_kanji_is_paid_when_written_in_kana(keyword, answer):
    truth = GroundTruth(answer=f"{keyword}です。", keywords=((keyword,),), language="ja")
    assert keyword_accuracy(answer, truth) == 1.0


def test_short_kana_spellings_are_not_added():
    # はし is 橋, 箸 and 端: a two-kana spelling would pay homophones
    assert kana_spellings("橋") == ()
    assert "さっぽろ" in kana_spellings("札幌") and kana_spellings("Seattle") == ()


def test_a_kanji_with_its_kana_ending_is_paid_in_two_kana_only_where_a_word_starts():
    truth = GroundTruth(answer="釣りです。", keywords=(("釣り",),), language="ja")
    assert keyword_accuracy("つりと将棋やな。", truth) == 1.0
    assert keyword_accuracy("休みの日はつりだよ。", truth) == 1.0
    assert keyword_accuracy("おつりはいらないよ。", truth) == 0.0  # お釣り, change money


@pytest.mark.parametrize("kana,number", [
    ("ひゃくろくじゅうご", "165"), ("さんびき", "3匹"), ("ねこがさんびき", "ねこが3匹"), ("にじゅうななさい", "27岁"),
    ("じゅっさい", "10岁"), ("はっぴゃく", "800"), ("にまんごせん", "25000"), ("よんじゅうきゅうだよ", "49だよ"),
    ("にひき", "2匹"), ("ごがつ", "5月"),
])
def test_japanese_numbers_in_kana_are_read(kana, number):
    assert kana_numbers(kana) == number


@pytest.mark.parametrize("word", ["にほん", "にじ", "にこにこ", "ごかい", "ごほん", "くさい", "せんせい", "ありません",
                                  "いちご", "さんぽ", "はちみつ", "なないろ", "ごめんね"])
def test_kana_words_that_hold_a_numeral_reading_stay_words(word):
    assert kana_numbers(word) == word


def test_a_korean_polite_ending_is_never_read_as_an_age_counter():
    # "세" is the age counter only after a digit: "5월 … 주세요" once became "주 살요"
    assert canonical("5월 선물 주세요") == "5월 선물 주세요"
    assert canonical("27세예요") == "27살예요"
