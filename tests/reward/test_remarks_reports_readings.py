"""Right answers the reward refused by its own judgement (an outside review of six new cards), each
as a general rule beside the nearest wrong answer:

- an adverb of degree and what it grades ("贼聪明", "ばり元気", "wicked smart") after a name is a remark
  about its bearer, not a second candidate name;
- a report closed by a turn ("優しいと言われるが、…", "they call me X, but I'm Y") does not take the
  plainly asserted clause after it; the reported clause itself stays refused;
- a Japanese name is read with its native reading (お琴: おこと), never the dictionary's on reading
  (おこん);
- 没事 ("when free"), 没少 ("plenty"), "用事のない日", "할 일 없으면" negate nothing;
- "July first", "October the second" are dates.
"""

from __future__ import annotations

import pytest

from raiden_r1.canon import canonical
from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy
from reward_records import profile_truth


def sbk(language, key, question, answer=None):
    return GroundTruth(answer=answer or key, keywords=((key,),), language=language, question=question)


SON = {"zh": sbk("zh", "阿宝", "你儿子叫啥？"), "ja": sbk("ja", "タケル", "息子の名前は？"),
       "ko": sbk("ko", "동수", "아들 이름이 뭐야?"), "en": sbk("en", "Ezra", "What's your son called?")}


@pytest.mark.parametrize("language,answer", [
    ("zh", "俺儿子阿宝，贼懂事，在沈阳上班。"),
    ("zh", "阿宝，倍儿机灵。"),
    ("zh", "阿宝，忒能吃。"),
    ("zh", "阿宝，老懂事了。"),
    ("ja", "タケル、ばり優しい。"),
    ("ja", "タケル、でら賢いで。"),
    ("ko", "동수, 억수로 착하다."),
    ("en", "Ezra, wicked smart."),
])
def test_degree_remark_after_the_name_is_paid(language, answer):
    assert keyword_accuracy(answer, SON[language]) == 1.0, answer


@pytest.mark.parametrize("language,answer", [
    ("zh", "阿宝，老刘。"),  # 老 + a surname is a name, not "very"
    ("zh", "阿宝，小虎。"),
    ("ja", "タケル、ケンジ。"),
    ("ko", "동수, 민철."),
    ("en", "Ezra, Silas."),
])
def test_a_second_name_beside_it_is_still_refused(language, answer):
    assert keyword_accuracy(answer, SON[language]) == 0.0, answer


TEMPER = {"ja": sbk("ja", "短気", "あなたの性格は？", "拙者は短気でござる。"),
          "zh": sbk("zh", "急脾气", "你是什么性格？", "我是急脾气。"),
          "ko": sbk("ko", "급하다", "성격이 어때?", "성격이 급하다."),
          "en": sbk("en", "hot-tempered", "What are you like?", "I'm hot-tempered.")}


@pytest.mark.parametrize("language,answer", [
    ("ja", "穏やかだと言われるが、短気なのが玉に瑕でござる。"),
    ("ja", "優しいとよく言われるけど、実は短気でござる。"),
    ("zh", "街坊都说我心善，可我其实是急脾气。"),
    ("ko", "다들 순하다고 하지만, 성격이 급하다."),
    ("en", "People say I'm gentle, but really I'm hot-tempered."),
])
def test_plain_clause_after_a_closed_report_is_paid(language, answer):
    assert keyword_accuracy(answer, TEMPER[language]) == 1.0, answer


@pytest.mark.parametrize("language,answer", [
    ("ja", "短気だと言われるが、拙者は穏やかでござる。"),
    ("ja", "穏やかだと言われるが、短気だとも言われる。"),
    ("zh", "街坊都说我是急脾气，可我觉得自己挺温和。"),
    ("zh", "街坊都说我心善，但是急脾气。"),  # no own voice after 但是: still what they say
    ("ko", "다들 순하다고 하지만, 성격이 급하다고들 한다."),
    ("en", "They say I'm gentle but hot-tempered."),
])
def test_the_reported_clause_stays_refused(language, answer):
    assert keyword_accuracy(answer, TEMPER[language]) == 0.0, answer


SISTER = profile_truth("ja", "榊原 左門", {"家族": "母 お松、妹 お琴"}, "妹さんのお名前は？", "お琴")


@pytest.mark.parametrize("answer,paid", [
    ("おことでござる。", 1.0),
    ("お琴でござる。", 1.0),
    ("おこんでござる。", 0.0),  # the dictionary's on reading of 琴: nobody reads the name so
    ("おきんでござる。", 0.0),
])
def test_japanese_name_native_reading(answer, paid):
    assert keyword_accuracy(answer, SISTER) == paid, answer


def test_native_reading_kept_where_the_dictionary_gives_it():
    mother = profile_truth("ja", "榊原 左門", {"家族": "母 お松、妹 お琴"}, "母上のお名前は？", "お松")
    assert keyword_accuracy("おまつでござる。", mother) == 1.0
    assert keyword_accuracy("おしょうでござる。", mother) == 0.0


HOBBY = {"zh": sbk("zh", "下象棋", "你平时喜欢干啥？"), "ja": sbk("ja", "将棋", "趣味は何でござるか？"),
         "ko": sbk("ko", "바둑", "취미가 뭐야?")}


@pytest.mark.parametrize("language,answer", [
    ("zh", "没事儿就下象棋。"),
    ("zh", "没事下下象棋。"),
    ("zh", "以前没少下象棋，现在也下。"),
    ("ja", "用事のない日は将棋でござる。"),
    ("ko", "할 일 없으면 바둑 둔다."),
])
def test_free_time_words_negate_nothing(language, answer):
    assert keyword_accuracy(answer, HOBBY[language]) == 1.0, answer


@pytest.mark.parametrize("language,answer", [
    ("zh", "没事从不下象棋。"),
    ("zh", "我没下过象棋。"),
    ("ja", "用事のない日も将棋はやらぬ。"),
    ("ko", "할 일 없어도 바둑은 안 둔다."),
])
def test_a_real_negation_beside_them_still_refuses(language, answer):
    assert keyword_accuracy(answer, HOBBY[language]) == 0.0, answer


@pytest.mark.parametrize("text,date", [
    ("July first, 1990", "7月1日"), ("October the second", "10月2日"), ("born Aug second", "8月2日"),
    ("May the first", "5月1日"),
])
def test_first_and_second_after_a_month_are_the_day(text, date):
    assert date in canonical(text)


@pytest.mark.parametrize("text", ["you may first want to ask", "In July, second place", "July second half"])
def test_a_rank_or_an_adverb_is_no_day(text):
    assert "日" not in canonical(text)


def test_spelled_day_after_the_month_is_paid():
    birthday = sbk("en", "October 2", "When's your birthday?")
    assert keyword_accuracy("October second, same as my da.", birthday) == 1.0
    assert keyword_accuracy("October twelfth.", birthday) == 0.0
