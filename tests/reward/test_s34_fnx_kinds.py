"""False negatives by kind (session 34, fnx): keywords said another way that a general rule can
read. Japanese kana spellings read as one word with rendaku (焼き栗: やきぐり, 陰陽師: おんみょうじ) and
kana numbers before a copula ("さんじゅうごさね"); durations in hours, speeds in km/h and round
numbers with a k in every language's spelling ("72h", "七十二个钟头", "12km/h", "3.2k"); a date by the
name of its fixed day, per language (国庆节, ホワイトデー, 한글날, Christmas Day); zh/ja colour stems
(红, 红颜色, 赤い). Each kind pays the correct answers and keeps the nearest wrong ones refused."""

from __future__ import annotations

import pytest

from raiden_r1.canon import canonical
from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def _accuracy(language: str, keyword: str, question: str, answer: str) -> float:
    return keyword_accuracy(answer, GroundTruth(answer=keyword, keywords=((keyword,),), language=language,
                                                question=question))


@pytest.mark.parametrize("keyword,question,answer", [
    ("焼き栗", "好きな食べ物は？", "やきぐりが大好き！"),
    ("陰陽師", "お主の生業は？", "わしはおんみょうじじゃ。"),
    ("本棚", "それはどこに置いたの？", "ほんだなの上だよ。"),
    ("山桜", "好きな花は？", "やまざくらかな。"),
    ("雨傘", "何を忘れたの？", "あまがさを忘れた。"),
])
def test_a_japanese_keyword_read_as_one_voiced_word_is_paid(keyword, question, answer):
    assert _accuracy("ja", keyword, question, answer) == 1.0, answer


@pytest.mark.parametrize("keyword,question,answer", [
    ("焼き栗", "好きな食べ物は？", "やきいもが大好き！"),
    ("陰陽師", "お主の生業は？", "わしはおんみょうどうの学者じゃ。"),
    ("山桜", "好きな花は？", "やまざくらんぼ。"),
    ("本棚", "それはどこに置いたの？", "ほんだなんて知らない本だな。"),
])
def test_another_kana_word_stays_refused(keyword, question, answer):
    assert _accuracy("ja", keyword, question, answer) == 0.0, answer


@pytest.mark.parametrize("text,canon", [
    ("さんじゅうごさね。", "35さね"), ("さんじゅうごじゃ", "35じゃ"), ("よんじゅうごじゃな", "45じゃな"),
    ("さんじゅうごさい", "35岁"), ("さんじにあおう", "3时にあおう"), ("にじゅうにじ", "22时"),
])
def test_a_kana_number_before_a_copula_is_no_clock_time(text, canon):
    assert canonical(text) == canon


@pytest.mark.parametrize("answer,paid", [
    ("さんじゅうごさね。", True), ("さんじゅうごじゃ。", True), ("さんじゅうごさいじゃ。", True), ("さんじゅうごや。", True),
    ("さんじゅうろくさね。", False), ("さんじにおきたよ。", False), ("にじゅうごさね。", False), ("さんじゅうさね。", False),
])
def test_an_age_in_kana_is_paid_only_for_its_number(answer, paid):
    assert _accuracy("ja", "35歳", "おいくつですか？", answer) == (1.0 if paid else 0.0), answer


@pytest.mark.parametrize("language,keyword,question,answer", [
    ("en", "72 hours", "How long does the battery last?", "72h on a full charge."),
    ("en", "72 hours", "How long does the battery last?", "About 72 hrs on a full charge."),
    ("en", "36 hours", "How long does the battery last?", "It runs 36h straight."),
    ("en", "12 km/h", "How fast can it go?", "It does twelve kilometres per hour, no more."),
    ("en", "12 km/h", "How fast can it go?", "It tops out at 12 kph."),
    ("zh", "72小时", "续航多久？", "七十二个钟头。"),
    ("zh", "72小时", "续航多久？", "72h哦。"),
    ("zh", "72小时", "续航多久？", "72個鐘頭。"),
    ("zh", "时速12公里", "最快多快？", "12km/h。"),
    ("ja", "72時間", "稼働時間は？", "72hです。"),
    ("ja", "72時間", "稼働時間は？", "72 hrsです。"),
    ("ja", "時速12キロ", "最高速度は？", "12km/hで走れます。"),
    ("ja", "12km/h", "最高速度は？", "時速12キロです。"),
    ("ko", "72시간", "얼마나 버텨요?", "72h요."),
    ("ko", "72시간", "얼마나 버텨요?", "72 hrs 버텨요."),
    ("ko", "시속 12킬로", "최고 속도가 얼마예요?", "12km/h예요."),
    ("ko", "12km/h", "최고 속도가 얼마예요?", "시속 12킬로예요."),
])
def test_hours_and_speeds_in_another_spelling_are_paid(language, keyword, question, answer):
    assert _accuracy(language, keyword, question, answer) == 1.0, answer


@pytest.mark.parametrize("language,keyword,question,answer", [
    ("en", "72 hours", "How long does the battery last?", "72 minutes on a full charge."),
    ("en", "72 hours", "How long does the battery last?", "7.2h on a full charge."),
    ("en", "12 km/h", "How fast can it go?", "It tops out at 12 mph."),
    ("en", "12 km/h", "How fast can it go?", "It tops out at 21 kph."),
    ("zh", "72小时", "续航多久？", "72分钟。"),
    ("zh", "72小时", "续航多久？", "27h哦。"),
    ("zh", "时速12公里", "最快多快？", "时速21公里。"),
    ("zh", "时速12公里", "最快多快？", "能跑12公里。"),
    ("ja", "72時間", "稼働時間は？", "72分です。"),
    ("ja", "72時間", "稼働時間は？", "27hです。"),
    ("ja", "時速12キロ", "最高速度は？", "12キロ歩けます。"),
    ("ja", "時速12キロ", "最高速度は？", "12mphで走れます。"),
    ("ko", "72시간", "얼마나 버텨요?", "72일이요."),
    ("ko", "72시간", "얼마나 버텨요?", "72분이요."),
    ("ko", "시속 12킬로", "최고 속도가 얼마예요?", "시속 120킬로예요."),
    ("ko", "시속 12킬로", "최고 속도가 얼마예요?", "12킬로 걸었어요."),
])
def test_another_duration_speed_or_distance_stays_refused(language, keyword, question, answer):
    assert _accuracy(language, keyword, question, answer) == 0.0, answer


@pytest.mark.parametrize("language,keyword,answer", [
    ("en", "3,200", "3.2k bro."), ("en", "3200", "About 3.2K."), ("en", "45,000", "45k, give or take."),
    ("en", "1,500", "1.5k, I think."), ("zh", "3200", "3.2k吧。"), ("ko", "3,200", "3.2k명이요."), ("ja", "3200", "3.2kです。"),
])
def test_a_round_number_with_a_k_is_paid(language, keyword, answer):
    assert _accuracy(language, keyword, "How many?", answer) == 1.0, answer


@pytest.mark.parametrize("keyword,answer", [
    ("3,200", "32k bro."), ("3,200", "3.3k bro."), ("3,200", "13.2k bro."), ("2000", "2k."), ("1,500", "15k, I think."),
])
def test_another_number_with_a_k_stays_refused(keyword, answer):
    assert _accuracy("en", keyword, "How many?", answer) == 0.0, answer


@pytest.mark.parametrize("language,keyword,question,answer", [
    ("en", "December 25", "When is your birthday?", "I was born on Christmas Day."),
    ("en", "October 31", "When is your birthday?", "Halloween, would you believe."),
    ("en", "February 14", "When is your birthday?", "Valentine's Day, of all days."),
    ("en", "January 1", "When is your birthday?", "New Year's Day, every year a party."),
    ("zh", "10月1日", "你生日是哪天？", "国庆节那天呀！"),
    ("zh", "5月1日", "你生日是哪天？", "劳动节那天。"),
    ("zh", "6月1日", "你生日是哪天？", "儿童节！"),
    ("zh", "1月1日", "你生日是哪天？", "元旦那天。"),
    ("ja", "3月14日", "誕生日はいつ？", "ホワイトデーだよ！"),
    ("ja", "11月3日", "誕生日はいつ？", "文化の日です。"),
    ("ja", "7月7日", "誕生日はいつ？", "七夕の日なの！"),
    ("ja", "5月5日", "誕生日はいつ？", "こどもの日だよ。"),
    ("ko", "3월 14일", "생일이 언제예요?", "화이트데이예요!"),
    ("ko", "10월 9일", "생일이 언제예요?", "한글날이에요."),
    ("ko", "3월 1일", "생일이 언제예요?", "삼일절이에요."),
    ("ko", "8월 15일", "생일이 언제예요?", "광복절이에요."),
])
def test_a_date_named_by_its_fixed_day_is_paid(language, keyword, question, answer):
    assert _accuracy(language, keyword, question, answer) == 1.0, answer


@pytest.mark.parametrize("language,keyword,question,answer", [
    ("en", "December 25", "When is your birthday?", "I was born on Christmas Eve."),
    ("en", "December 25", "When is your birthday?", "I was born on Boxing Day."),
    ("en", "October 31", "When is your birthday?", "Bonfire Night, would you believe."),
    ("en", "January 1", "When is your birthday?", "New Year's Eve, every year a party."),
    ("zh", "10月1日", "你生日是哪天？", "劳动节那天呀！"),
    ("zh", "1月1日", "你生日是哪天？", "春节那天。"),
    ("zh", "7月7日", "你生日是哪天？", "七夕那天。"),  # (a lunar day in China)
    ("zh", "8月15日", "你生日是哪天？", "中秋节那天。"),
    ("ja", "3月14日", "誕生日はいつ？", "バレンタインデーだよ！"),
    ("ja", "11月3日", "誕生日はいつ？", "勤労感謝の日です。"),
    ("ja", "12月25日", "誕生日はいつ？", "クリスマスイブだよ。"),
    ("ja", "5月5日", "誕生日はいつ？", "ひな祭りだよ。"),
    ("ko", "3월 14일", "생일이 언제예요?", "밸런타인데이예요!"),
    ("ko", "8월 15일", "생일이 언제예요?", "추석이에요."),
    ("ko", "10월 9일", "생일이 언제예요?", "개천절이에요."),
    ("ko", "10월 3일", "생일이 언제예요?", "10월 3일? 그건 개천절이잖아. 네 생일은 기억이 안 나."),
])
def test_another_day_or_a_lunar_day_stays_refused(language, keyword, question, answer):
    assert _accuracy(language, keyword, question, answer) == 0.0, answer


@pytest.mark.parametrize("language,keyword,answer", [
    ("zh", "红色", "红！"), ("zh", "红色", "红颜色。"), ("zh", "蓝色", "蓝颜色吧。"), ("zh", "绿色", "绿，春天的颜色。"),
    ("ja", "赤色", "赤いのが好き。"), ("ja", "赤色", "赤が好き！"), ("ja", "赤", "赤色！"), ("ja", "青色", "青です。"),
])
def test_a_colour_by_its_stem_is_paid(language, keyword, answer):
    question = {"zh": "你最喜欢什么颜色？", "ja": "好きな色は？"}[language]
    assert _accuracy(language, keyword, question, answer) == 1.0, answer


@pytest.mark.parametrize("language,keyword,answer", [
    ("zh", "红色", "红茶。"), ("zh", "红色", "红酒吧。"), ("zh", "红色", "蓝颜色。"), ("zh", "红色", "红烧肉。"),
    ("ja", "赤色", "赤ワインが好き。"), ("ja", "赤色", "赤ちゃんが好き。"), ("ja", "赤色", "青が好き！"), ("ja", "赤色", "赤字です。"),
])
def test_another_word_of_the_colour_s_character_stays_refused(language, keyword, answer):
    question = {"zh": "你最喜欢什么颜色？", "ja": "好きな色は？"}[language]
    assert _accuracy(language, keyword, question, answer) == 0.0, answer
