"""Session 33: numbers, dates and measures written another way than the keyword, by class (clock
times, shares and fractions, spans named by a word, number words of every register). Each class:
the natural answers in en/zh/ja/ko paid, and the attacks a policy would find (another value, the
keyword's digits inside an unrelated number or word) refused."""

from __future__ import annotations

import pytest

from raiden_r1.canon import canonical
from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def truth(language, keyword, question, gold=None):
    return GroundTruth(answer=gold or keyword, keywords=((keyword,),), language=language, question=question)


def paid(language, keyword, question, gold, answer):
    return keyword_accuracy(answer, truth(language, keyword, question, gold))


# ---- 1. clock times -------------------------------------------------------------------------

@pytest.mark.parametrize("language,keyword,gold,answer", [
    ("ko", "3시 30분", "3시 30분에 만나요.", "세 시 반에 만나요."),
    ("ko", "오후 3시 30분", "오후 3시 30분이요.", "오후 세 시 반이요."),
    ("ko", "3시 45분", "3시 45분이요.", "네 시 15분 전이에요."),
    ("zh", "3点45分", "3点45分。", "差一刻四点。"),
    ("zh", "3点50分", "3点50分。", "差十分四点。"),
    ("ja", "3時45分", "3時45分。", "4時15分前に集合ね。"),
])
def test_a_clock_time_said_another_way_is_paid(language, keyword, gold, answer):
    assert paid(language, keyword, "몇 시?" if language == "ko" else "几点？" if language == "zh" else "何時？", gold, answer) == 1.0


@pytest.mark.parametrize("language,keyword,gold,answer", [
    ("ko", "3시 30분", "3시 30분에 만나요.", "네 시 반에 만나요."),
    ("ko", "오후 3시 30분", "오후 3시 30분이요.", "오전 세 시 반이요."),
    ("zh", "3点45分", "3点45分。", "差一刻五点。"),
    ("ja", "3時45分", "3時45分。", "5時15分前に集合ね。"),
])
def test_another_clock_time_stays_refused(language, keyword, gold, answer):
    assert paid(language, keyword, "몇 시?" if language == "ko" else "几点？" if language == "zh" else "何時？", gold, answer) == 0.0


# ---- 2. shares and fractions ----------------------------------------------------------------

@pytest.mark.parametrize("language,keyword,question,answer", [
    ("en", "42%", "What share of the vote did you win?", "We won forty-two per cent of the vote."),
    ("en", "42 percent", "What share of the vote did you win?", "We took 42% of the vote."),
    ("en", "42%", "What share of the vote did you win?", "A share of 0.42 of the vote."),
    ("en", "50%", "What share of the bakery do you own?", "I own half of the bakery."),
    ("zh", "百分之四十二", "你们得票率多少？", "42%。"),
    ("zh", "50%", "你占多少股份？", "我占一半。"),
    ("ja", "42%", "得票率は？", "四割二分です。"),
    ("ja", "40%", "得票率は？", "四割くらいです。"),
    ("ja", "50%", "持ち分は？", "半分ですね。"),
    ("ko", "42%", "득표율이 얼마예요?", "사십이 퍼센트예요."),
    ("ko", "42%", "득표율이 얼마예요?", "42프로예요."),
    ("ko", "50%", "지분이 얼마예요?", "절반이에요."),
])
def test_a_share_in_words_is_paid(language, keyword, question, answer):
    assert paid(language, keyword, question, keyword, answer) == 1.0


@pytest.mark.parametrize("language,keyword,question,answer", [
    ("en", "42%", "What share of the vote did you win?", "We won forty-three per cent of the vote."),
    ("en", "42%", "What share of the vote did you win?", "We won 4.2 percent."),
    ("en", "42%", "What share of the vote did you win?", "We won 142 percent, ha."),
    ("zh", "百分之四十二", "你们得票率多少？", "百分之二十四。"),
    ("ja", "42%", "得票率は？", "二割四分です。"),
    ("ko", "42%", "득표율이 얼마예요?", "24프로예요."),
    ("zh", "50%", "你占多少股份？", "我占一半的一半。不，是四分之一。"),
])
def test_another_share_stays_refused(language, keyword, question, answer):
    assert paid(language, keyword, question, keyword, answer) == 0.0


def test_half_alone_is_no_share():
    # 半 by itself is in 半年, 半天, 一半儿: only the share words are spelled for 50%
    assert paid("zh", "50%", "你占多少股份？", "50%。", "干了半年了。") == 0.0
    assert paid("ja", "50%", "持ち分は？", "50%です。", "半年かかった。") == 0.0


def test_half_past_is_a_clock_not_a_share():
    assert paid("en", "50%", "What share of the bakery do you own?", "50%.", "I'll tell you at half past three.") == 0.0
    assert paid("en", "3:30", "What time do we meet?", "3:30.", "At half-past three.") == 1.0


@pytest.mark.parametrize("language,answer", [
    ("en", "About three quarters of it is left."), ("en", "Three-fourths, I'd say."),
    ("zh", "还剩四分之三。"), ("ja", "4分の3くらい残ってる。"), ("ja", "四分の三くらい残ってる。"),
    ("ko", "4분의 3이 남았어요."), ("ko", "사분의 삼이요."),
])
def test_a_fraction_in_words_is_paid(language, answer):
    assert paid(language, "3/4", "How much is left?", "3/4.", answer) == 1.0


@pytest.mark.parametrize("language,answer", [
    ("en", "About one quarter of it is left."), ("zh", "还剩四分之一。"), ("ja", "3分の1くらい残ってる。"),
    ("ko", "3분의 1이 남았어요."),
])
def test_another_fraction_stays_refused(language, answer):
    assert paid(language, "3/4", "How much is left?", "3/4.", answer) == 0.0


def test_one_third_is_a_fraction_not_four():
    assert canonical("one third") == "1 third"
    assert canonical("twenty third") == "23"
    assert paid("en", "4", "How many cats do you have?", "4 cats.", "One third of my cats are black.") == 0.0


# ---- 3. spans named by a word ---------------------------------------------------------------

@pytest.mark.parametrize("language,keyword,question,gold,answer", [
    ("en", "50 years", "How long has the shop been open?", "50 years.", "Half a century now."),
    ("en", "50", "How long has the shop been open?", "50 years now.", "Half a century now."),
    ("en", "20 years", "How long have you lived here?", "20 years.", "Two decades, give or take."),
    ("en", "10 years", "How long have you lived here?", "10 years.", "A decade now."),
    ("en", "14 days", "How long is the trip?", "14 days.", "A fortnight in the hills."),
    ("en", "14 days", "How long is the trip?", "14 days.", "Two weeks in the hills."),
    ("en", "90 minutes", "How long is the film?", "90 minutes.", "An hour and a half."),
    ("en", "2.5 hours", "How long is the drive?", "2.5 hours.", "Two and a half hours."),
    ("en", "12 eggs", "How many eggs did you buy?", "12 eggs.", "A dozen eggs."),
    ("en", "12", "How many eggs did you buy?", "12.", "A dozen, fresh from the farm."),
    ("zh", "50年", "这家店开了多久？", "50年。", "半个世纪了。"),
    ("zh", "14天", "旅行多久？", "14天。", "两个星期。"),
    ("zh", "2.5小时", "开车要多久？", "2.5小时。", "两个半小时。"),
    ("ja", "50年", "店は何年続いてる？", "50年。", "半世紀になるね。"),
    ("ja", "25年", "店は何年続いてる？", "25年。", "四半世紀になるね。"),
    ("ja", "2.5時間", "どのくらいかかる？", "2.5時間。", "2時間半くらい。"),
    ("ko", "50년", "가게가 얼마나 됐어요?", "50년이요.", "반세기 됐어요."),
    ("ko", "2.5시간", "얼마나 걸려요?", "2.5시간이요.", "두 시간 반 걸려요."),
    ("ko", "6개", "몇 개 샀어요?", "6개요.", "반 다스 샀어요."),
])
def test_a_span_named_by_a_word_is_paid(language, keyword, question, gold, answer):
    assert paid(language, keyword, question, gold, answer) == 1.0


@pytest.mark.parametrize("language,keyword,question,gold,answer", [
    ("en", "50 years", "How long has the shop been open?", "50 years.", "A quarter of a century."),
    ("en", "20 years", "How long have you lived here?", "20 years.", "Three decades, give or take."),
    ("en", "14 days", "How long is the trip?", "14 days.", "Three weeks in the hills."),
    ("en", "12 eggs", "How many eggs did you buy?", "12 eggs.", "Two dozen eggs."),
    ("zh", "50年", "这家店开了多久？", "50年。", "一个世纪了。"),
    ("ja", "2.5時間", "どのくらいかかる？", "2.5時間。", "3時間半くらい。"),
    ("ko", "2.5시간", "얼마나 걸려요?", "2.5시간이요.", "세 시간 반 걸려요."),
])
def test_another_span_stays_refused(language, keyword, question, gold, answer):
    assert paid(language, keyword, question, gold, answer) == 0.0


def test_a_dozen_is_no_price():
    # a bare 12 that the gold gives in dollars is no count of things: "a dozen eggs" says nothing of it
    assert paid("en", "12", "How much was the basket?", "12 dollars.", "A dozen eggs cost me 3 dollars.") == 0.0


def test_a_dozen_needs_a_count_asked():
    assert paid("en", "12", "What is your lucky number?", "12.", "A dozen roses, that's my lucky charm.") == 0.0


def test_half_a_century_is_no_age_fifty_of_another_unit():
    # the gold gives 50 in kilograms: "half a century" is no weight
    assert paid("en", "50", "How heavy is the bag?", "50 kg.", "Half a century old, that bag.") == 0.0


def test_a_half_inside_another_number_is_not_the_whole():
    assert paid("en", "5", "How many hours do you sleep?", "5 hours.", "I sleep two and a half hours a night.") == 0.0


# ---- 4. number words of every register --------------------------------------------------------

@pytest.mark.parametrize("language,keyword,question,answer", [
    ("zh", "15000", "多少钱？", "一万五。"),
    ("zh", "1500", "多少钱？", "一千五。"),
    ("zh", "23000元", "多少钱？", "两万三元。"),
    ("zh", "15000元", "多少钱？", "1.5万元。"),
    ("ja", "15000円", "いくら？", "1万5千円です。"),
    ("ja", "15000円", "いくら？", "1.5万円です。"),
    ("ja", "5000円", "いくら？", "5千円です。"),
    ("ko", "15000원", "얼마예요?", "1만 5천 원이요."),
    ("ko", "5000원", "얼마예요?", "5천 원이요."),
    ("ko", "30000000원", "얼마예요?", "3천만 원이요."),
    ("ko", "27번째", "몇 번째예요?", "스물일곱째요."),
    ("ko", "2번째", "몇 번째예요?", "둘째요."),
])
def test_a_number_in_another_register_is_paid(language, keyword, question, answer):
    assert paid(language, keyword, question, keyword, answer) == 1.0


@pytest.mark.parametrize("language,keyword,question,answer", [
    ("zh", "15000", "多少钱？", "一万零五。"),
    ("zh", "1500", "多少钱？", "一千零五。"),
    ("ja", "15000円", "いくら？", "1万5円です。"),
    ("ja", "5000円", "いくら？", "50千円です。"),
    ("ja", "51000円", "いくら？", "5千円です。"),
    ("ko", "15000원", "얼마예요?", "1만 6천 원이요."),
    ("ko", "27번째", "몇 번째예요?", "스물여덟째요."),
])
def test_another_number_in_another_register_stays_refused(language, keyword, question, answer):
    assert paid(language, keyword, question, keyword, answer) == 0.0


@pytest.mark.parametrize("text,canon", [
    ("5千円", "5000円"), ("1万5千", "15000"), ("1.5万", "15000"), ("3천만", "30000000"), ("1억2천만", "120000000"),
    ("1万5", "1万5"), ("5만큼", "5만큼"), ("一万五", "15000"), ("一万零五", "10005"), ("二百五", "250"),
])
def test_digits_with_scale_characters(text, canon):
    assert canonical(text) == canon


def test_twelve_is_not_inside_a_hundred_and_twenty():
    assert paid("zh", "12", "几个？", "12个。", "一百二十个。") == 0.0
    assert paid("ja", "12000円", "いくら？", "12000円。", "12万円です。") == 0.0


# ---- noon and midnight, dates by year, measures with a half, months, metres ----------------------

@pytest.mark.parametrize("language,keyword,question,answer", [
    ("en", "noon", "When do you eat lunch?", "At 12 pm, always."),
    ("en", "12:00", "When do you eat lunch?", "At noon, always."),
    ("en", "midnight", "When do you sleep?", "At 12 am, usually."),
    ("ja", "正午", "何時に昼ご飯？", "12時だよ。"),
    ("ko", "정오", "몇 시에 점심 먹어요?", "낮 12시요."),
    ("en", "7:00", "When do you wake?", "At seven sharp."),
])
def test_noon_midnight_and_sharp_are_the_clock_time(language, keyword, question, answer):
    assert paid(language, keyword, question, keyword, answer) == 1.0


@pytest.mark.parametrize("language,keyword,question,answer", [
    ("en", "noon", "When do you eat lunch?", "At 12 am, always."),
    ("en", "noon", "When do you eat lunch?", "At 1 pm, always."),
    ("en", "midnight", "When do you sleep?", "At noon, usually."),
    ("ko", "정오", "몇 시에 점심 먹어요?", "밤 12시요."),
])
def test_the_other_twelve_stays_refused(language, keyword, question, answer):
    assert paid(language, keyword, question, keyword, answer) == 0.0


@pytest.mark.parametrize("language,keyword,question,answer", [
    ("zh", "1998年", "你哪年出生的？", "九八年。"),
    ("ja", "1998年", "何年生まれ？", "98年生まれ。"),
    ("ko", "1998년", "몇 년생이에요?", "98년생이에요."),
    ("ko", "1998년", "몇 년생이에요?", "구팔년생이에요."),
])
def test_a_year_with_its_unit_by_two_digits_is_paid(language, keyword, question, answer):
    assert paid(language, keyword, question, keyword, answer) == 1.0


@pytest.mark.parametrize("language,keyword,question,answer", [
    ("zh", "1998年", "你哪年出生的？", "八九年。"),
    ("ko", "1998년", "몇 년생이에요?", "구구년생이에요."),
    ("ko", "1998년", "몇 년생이에요?", "2098년이에요."),
])
def test_another_year_stays_refused(language, keyword, question, answer):
    assert paid(language, keyword, question, keyword, answer) == 0.0


@pytest.mark.parametrize("language,keyword,question,answer,value", [
    ("zh", "1.5公斤", "多重？", "一公斤半。", 1),
    ("ja", "1.5キロ", "重さは？", "1キロ半。", 1),
    ("ko", "1.5킬로", "무게가 얼마예요?", "1킬로 반이에요.", 1),
    ("ko", "1.5킬로", "무게가 얼마예요?", "2킬로 반이에요.", 0),
    ("ko", "3층", "몇 층에 살아요?", "삼 층이요.", 1),
    ("ko", "3층", "몇 층에 살아요?", "사 층이요.", 0),
    ("ko", "1000권", "책이 몇 권이에요?", "천 권이에요.", 1),
    ("zh", "5公里", "你跑多远？", "五千米。", 1),
    ("zh", "5公里", "你跑多远？", "五百米。", 0),
    ("en", "6 months", "How long have you been here?", "Half a year now.", 1),
    ("zh", "6个月", "来多久了？", "半年了。", 1),
    ("ja", "6ヶ月", "どれくらいいる？", "半年になる。", 1),
    ("ko", "6개월", "얼마나 됐어요?", "반년 됐어요.", 1),
    ("en", "18 months", "How long have you been here?", "A year and a half.", 1),
    ("en", "18 months", "How long have you been here?", "Two and a half years.", 0),
    ("ja", "30分", "どのくらいかかる？", "半時間くらい。", 1),
])
def test_measures_said_another_way(language, keyword, question, answer, value):
    assert paid(language, keyword, question, keyword, answer) == value
