"""Numbers and units said another way than the keyword (session 29, the fifteenth and sixteenth
suites' false negatives): a numeral before a unit word that is no counter ("八公里", "二キロ"), a bare
キロ/킬로 (a kilometre or a kilogram), a measure word before the unit ("十八个小时"), a year by its
last two digits ("零三年"), 两千零三, native Korean years (예순 해), dan ranks (삼단, 二段). Each
rule keeps the wrong number or the wrong quantity refused."""

from __future__ import annotations

import pytest

from raiden_r1.canon import canonical
from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def truth(language, keyword, question, answer=None, negatives=()):
    return GroundTruth(answer=answer or keyword, keywords=((keyword,),), language=language, question=question,
                       negative_keywords=tuple(negatives))


@pytest.mark.parametrize("language,keyword,gold,question,answer", [
    ("zh", "5", "5公里吧。", "你每天跑多远？", "五公里，雷打不动。"),
    ("zh", "3", "3公斤。", "那只猫多重？", "三公斤的小胖子。"),
    ("zh", "12", "12钟头。", "你一天睡多久？", "十二钟头，睡饱了才有劲。"),
    ("ja", "3キロ", "3キロです。", "駅まで何キロ？", "三キロですよ。"),
    ("ja", "10キロ", "10キロかな。", "毎朝何キロ走るの？", "十キロは走るね。"),
])
def test_a_numeral_before_a_unit_word_is_a_number(language, keyword, gold, question, answer):
    assert keyword_accuracy(answer, truth(language, keyword, question, gold)) == 1.0, answer


@pytest.mark.parametrize("language,keyword,gold,question,answer", [
    ("zh", "5", "5公里吧。", "你每天跑多远？", "五公斤。"),
    ("zh", "5", "5公里吧。", "你每天跑多远？", "八公里。"),
    ("ja", "3キロ", "3キロです。", "駅まで何キロ？", "五キロですよ。"),
])
def test_another_number_or_quantity_in_words_stays_refused(language, keyword, gold, question, answer):
    assert keyword_accuracy(answer, truth(language, keyword, question, gold)) == 0.0, answer


@pytest.mark.parametrize("language,keyword,question,answer", [
    ("ja", "2キロ", "学校まで何キロ？", "2kmだよ。"),
    ("ja", "2キロ", "学校まで何キロ？", "ちょうど2キロメートル。"),
    ("ja", "3km", "駅まではどのくらい？", "3キロだね。"),
    ("ja", "5kg", "米は何キロ買ったの？", "5キロ買ったよ。"),
    ("ko", "5km", "매일 몇 킬로 뛰어요?", "5킬로 뛰어요."),
    ("ko", "60kg", "몸무게가 어떻게 돼요?", "60킬로예요."),
    ("ko", "4킬로", "집에서 학교까지 얼마나 돼요?", "4km예요."),
])
def test_a_bare_kilo_is_a_kilometre_or_a_kilogram(language, keyword, question, answer):
    assert keyword_accuracy(answer, truth(language, keyword, question)) == 1.0, answer


@pytest.mark.parametrize("language,keyword,question,answer", [
    ("ja", "2キロ", "学校まで何キロ？", "20キロだよ。"),
    ("ja", "2キロ", "学校まで何キロ？", "2時間だよ。"),
    ("ko", "5km", "매일 몇 킬로 뛰어요?", "5시간 뛰어요."),
    ("ja", "3km", "駅まではどのくらい？", "5キロだね。"),
])
def test_a_kilo_of_another_number_or_another_unit_is_refused(language, keyword, question, answer):
    assert keyword_accuracy(answer, truth(language, keyword, question)) == 0.0, answer


@pytest.mark.parametrize("gold,answer", [("18小时", "十八个小时。"), ("18小时", "十八个钟头，放心。"),
                                         ("8小时", "一天八个钟头。")])
def test_a_measure_word_before_the_unit_is_the_same_quantity(gold, answer):
    assert keyword_accuracy(answer, truth("zh", "18" if "18" in gold else "8", "能工作多久？", gold)) == 1.0, answer


@pytest.mark.parametrize("gold,answer", [("3个月", "三月份来的。"), ("18小时", "十八个人。"), ("18小时", "十八个月。")])
def test_a_measure_word_does_not_hide_another_quantity(gold, answer):
    # three months are not March, eighteen people are not eighteen hours
    assert keyword_accuracy(answer, truth("zh", "3" if "3" in gold else "18", "多久了？", gold)) == 0.0, answer


@pytest.mark.parametrize("language,keyword,question,answer", [
    ("zh", "2003", "哪年开始的？", "零三年开始的。"),
    ("zh", "2003", "哪年开始的？", "两千零三年开始的。"),
    ("zh", "2008", "哪年来的北京？", "〇八年，奥运那年。"),
    ("zh", "2009", "哪年毕业的？", "二〇〇九年。"),
])
def test_a_year_in_chinese_words_or_by_its_last_digits_is_paid(language, keyword, question, answer):
    assert keyword_accuracy(answer, truth(language, keyword, question)) == 1.0, answer


@pytest.mark.parametrize("answer", ["零八年开始的。", "两千零八年开始的。", "九八年开始的。"])
def test_another_year_in_words_is_refused(answer):
    assert keyword_accuracy(answer, truth("zh", "2003", "哪年开始的？")) == 0.0, answer


@pytest.mark.parametrize("text,canon", [("二十八九岁", "二十八九岁"), ("零三年", "03年"),
                                        ("两千零三年", "2003年")])
def test_a_range_said_short_stays_a_range_and_zero_is_a_placeholder(text, canon):
    assert canonical(text) == canon


@pytest.mark.parametrize("keyword,answer", [("60년", "예순 해 동안 했지."), ("50년", "쉰 해를 살았어요."),
                                            ("2년", "두 해 전에 왔어요.")])
def test_native_korean_years_are_years(keyword, answer):
    assert keyword_accuracy(answer, truth("ko", keyword, "몇 년 하셨어요?")) == 1.0, answer


def test_other_native_korean_years_are_refused():
    assert keyword_accuracy("마흔 해 동안 했지.", truth("ko", "60년", "몇 년 하셨어요?")) == 0.0


@pytest.mark.parametrize("language,keyword,question,answer", [
    ("ko", "3단", "태권도 몇 단이야?", "삼단이야!"),
    ("ko", "4단", "검도 몇 단이세요?", "사단입니다."),
    ("ja", "二段", "剣道は何段？", "2段だよ！"),
    ("ja", "3段", "柔道は何段ですか？", "三段です。"),
    ("zh", "2段", "你围棋几段？", "二段。"),
])
def test_a_dan_rank_in_any_numerals_is_paid(language, keyword, question, answer):
    assert keyword_accuracy(answer, truth(language, keyword, question)) == 1.0, answer


@pytest.mark.parametrize("language,keyword,question,answer", [
    ("ko", "3단", "태권도 몇 단이야?", "오단이야!"),
    ("ja", "二段", "剣道は何段？", "3段だよ！"),
])
def test_another_dan_is_refused(language, keyword, question, answer):
    assert keyword_accuracy(answer, truth(language, keyword, question)) == 0.0, answer


@pytest.mark.parametrize("language,answer,negative", [
    ("ko", "일단 말하자면 3단이야.", "1단"),
    ("ja", "一段と上がって3段になったよ。", "1段"),
])
def test_for_now_and_even_more_are_no_first_dan(language, answer, negative):
    t = truth(language, "3단" if language == "ko" else "3段", "몇 단이야?" if language == "ko" else "何段？",
              negatives=(negative,))
    assert keyword_accuracy(answer, t) == 1.0, answer


@pytest.mark.parametrize("keyword,answer", [("2003", "Back in oh-three, love."), ("2003", "Twenty oh three, it was."),
                                            ("1905", "Nineteen oh five.")])
def test_oh_for_zero_in_a_year_said_aloud(keyword, answer):
    assert keyword_accuracy(answer, truth("en", keyword, "What year did you start?")) == 1.0, answer


@pytest.mark.parametrize("answer", ["Oh, three of us started in 1998.", "Back in oh-eight.", "Twenty oh eight."])
def test_oh_as_an_interjection_or_another_year_is_refused(answer):
    assert keyword_accuracy(answer, truth("en", "2003", "What year did you start?")) == 0.0, answer


@pytest.mark.parametrize("keyword,gold,answer", [("2 hours", "2 hours", "Two hrs, give or take."),
                                                 ("27", "27 years old", "27 yrs old, sir."),
                                                 ("10 minutes", "10 minutes", "10 mins on foot.")])
def test_typed_abbreviations_of_time_units(keyword, gold, answer):
    assert keyword_accuracy(answer, truth("en", keyword, "How long?", gold)) == 1.0, answer


def test_an_abbreviated_other_unit_is_refused():
    assert keyword_accuracy("2 mins, give or take.", truth("en", "2 hours", "How long?")) == 0.0


@pytest.mark.parametrize("answer", ["다섯 킬로 뛰어요.", "다섯 킬로미터 뛰어요."])
def test_native_korean_numerals_before_kilo(answer):
    assert keyword_accuracy(answer, truth("ko", "5km", "매일 몇 킬로 뛰어요?")) == 1.0, answer


def test_another_native_number_before_kilo_is_refused():
    assert keyword_accuracy("여섯 킬로 뛰어요.", truth("ko", "5km", "매일 몇 킬로 뛰어요?")) == 0.0


@pytest.mark.parametrize("answer", ["十八个钟。", "一天十八个钟头。"])
def test_ge_zhong_is_hours(answer):
    assert keyword_accuracy(answer, truth("zh", "18", "能工作多久？", "18小时")) == 1.0, answer
