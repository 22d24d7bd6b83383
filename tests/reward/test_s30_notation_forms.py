"""Correct values written another way (session 30, the eighteenth suite's false negatives): 又 and
banker's numerals, "four decades and one year", full dates in digits, "the ninth dock", 名 for 人,
kana and mixed spellings of a kanji keyword, hanja for a hangul keyword and back, a comparison
with an article, the Beijing tag 您呐. Each form is paid and the nearby wrong value stays refused."""

from __future__ import annotations

import pytest

from raiden_r1.canon import canonical
from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def truth(language, keywords, question, answer=None, negatives=(), role=""):
    items = tuple((k,) if isinstance(k, str) else tuple(k) for k in keywords)
    return GroundTruth(answer=answer or items[0][0], keywords=items, language=language, question=question,
                       negative_keywords=tuple(negatives), role=role)


@pytest.mark.parametrize("text,canon", [
    ("三十又八年", "38年"), ("五十有八", "58"), ("叁拾捌年", "38年"), ("參拾捌年", "38年"), ("伍佰元", "500元"),
    ("陸拾歲", "60岁"), ("壱萬円", "10000円"), ("弐拾人", "20人"),
])
def test_you_and_bankers_numerals_are_numbers(text, canon):
    assert canonical(text) == canon


@pytest.mark.parametrize("word", ["大陆", "陆续", "收拾", "参加", "人参", "队伍", "放肆", "陆陆续续", "万岁"])
def test_words_holding_a_bankers_numeral_stay_words(word):
    assert canonical(word) == word


@pytest.mark.parametrize("text,canon", [
    ("Four decades and one year", "41 years"), ("fourscore and seven years", "87 years"),
    ("three score and ten", "70"), ("four decades", "4 decades"),
])
def test_decades_and_scores_with_the_rest_are_summed(text, canon):
    assert canonical(text) == canon


@pytest.mark.parametrize("text,canon", [
    ("2187-03-14", "3月14日 2187"), ("on 3/14/2187", "on 3月14日 2187"), ("14.03.2187", "3月14日 2187"),
    ("2187/04/03に", "2187年4月3日に"), ("2187-03-14에", "2187년 3月14日에"),
])
def test_full_dates_in_digits_read_as_the_language_writes_them(text, canon):
    assert canonical(text) == canon


@pytest.mark.parametrize("language,keywords,question,answer,paid", [
    ("zh", [["38", "三十八"]], "您在这茶馆干了多少年了？", "叁拾捌年！您呐。", 1.0),
    ("zh", [["38", "三十八"]], "您在这茶馆干了多少年了？", "叁拾伍年！您呐。", 0.0),
    ("zh", [["38", "三十八"]], "您在这茶馆干了多少年了？", "整三十又八年。", 1.0),
    ("zh", [["38", "三十八"]], "您在这茶馆干了多少年了？", "整三十又五年。", 0.0),
    ("en", [["41", "forty-one"]], "How long have you laboured here?", "Four decades and one year, my child.", 1.0),
    ("en", [["41", "forty-one"]], "How long have you laboured here?", "Four decades and three years, my child.", 0.0),
    ("en", [["41", "forty-one"]], "How long have you laboured here?", "One-and-forty winters, my child.", 1.0),
    ("en", [["41", "forty-one"]], "How long have you laboured here?", "Three-and-forty winters, my child.", 0.0),
])
def test_numbers_written_another_way(language, keywords, question, answer, paid):
    assert keyword_accuracy(answer, truth(language, keywords, question)) == paid, answer


@pytest.mark.parametrize("language,keywords,answer,paid", [
    ("en", [["14 March 2187", "March 14, 2187"]], "Activation timestamp: 2187-03-14.", 1.0),
    ("en", [["14 March 2187", "March 14, 2187"]], "Activation timestamp: 2187-03-15.", 0.0),
    ("en", [["14 March 2187", "March 14, 2187"]], "Activation timestamp: 2185-03-14.", 0.0),
    ("ja", ["2187年", "4月3日"], "2187/04/03に製造されました。", 1.0),
    ("ja", ["2187年", "4月3日"], "2187/11/20に製造されました。", 0.5),
    ("ko", ["2187년 3월 14일"], "2187-03-14에 가동됐어요.", 1.0),
    ("ko", ["2187년 3월 14일"], "2187-04-14에 가동됐어요.", 0.0),
])
def test_full_dates_in_digits_are_paid(language, keywords, answer, paid):
    assert keyword_accuracy(answer, truth(language, keywords, "When were you made?")) == paid, answer


@pytest.mark.parametrize("answer,paid", [
    ("Ceres, the ninth dock, Captain.", 1.0), ("The 9th dock, Captain.", 1.0),
    ("Ceres, the fourth dock, Captain.", 0.0), ("Ninety docks, Captain.", 0.0),
])
def test_a_numbered_place_named_by_its_ordinal(answer, paid):
    t = truth("en", [["Dock 9", "Dock Nine"]], "Which dock are we meeting at?", negatives=("Dock 4",))
    assert keyword_accuracy(answer, t) == paid, answer


@pytest.mark.parametrize("answer,paid", [
    ("ご家族五名様、来月の十日でございやすね。", 1.0), ("ご家族五人様、来月の十日でございやすね。", 1.0),
    ("ご家族七名様、来月の十日でございやすね。", 0.5),
])
def test_japanese_people_counted_with_mei(answer, paid):
    t = truth("ja", [["五人", "5人"], ["十日", "10日"]], "家族の人数と日取りは？", negatives=("三人", "七日"))
    assert keyword_accuracy(answer, t) == paid, answer


def test_the_wrong_head_count_with_mei_is_a_negative():
    t = truth("ja", [["五人", "5人"], ["十日", "10日"]], "家族の人数と日取りは？", negatives=("三人", "七日"))
    assert keyword_accuracy("三名様、来月の十日でございやすね。", t) == 0.0


@pytest.mark.parametrize("language,keyword,answer,paid", [
    ("ja", "弘徽殿", "こきでんの女御さまにお仕えしておりまする。", 1.0),
    ("ja", "弘徽殿", "ふじつぼの女御さまにお仕えしておりまする。", 0.0),
    ("ja", "ささみ", "鶏のささ身が一番だにゃ。", 1.0),
    ("ja", "ささみ", "鶏のささ肉が一番だにゃ。", 0.0),
    ("ko", "全州", "제 고향은 전주예요.", 1.0),
    ("ko", "全州", "제 고향은 진주예요.", 0.0),
    ("ko", "羅州", "제 고향은 나주예요.", 1.0),
])
def test_a_keyword_in_the_other_script(language, keyword, answer, paid):
    assert keyword_accuracy(answer, truth(language, [keyword], "Where?")) == paid, answer


@pytest.mark.parametrize("answer,paid", [
    ("Nothing beats a fat sardine, tall one.", 1.0),
    ("Nothing beats sardines, tall one.", 1.0),
    ("Nothing beats a herring or sardines, tall one.", 0.0),
    ("I never eat sardines.", 0.0),
])
def test_nothing_beats_an_article_and_the_keyword(answer, paid):
    t = truth("en", ["sardines"], "What's your favourite thing to eat?", negatives=("herring",))
    assert keyword_accuracy(answer, t) == paid, answer


@pytest.mark.parametrize("role,answer,paid", [
    ("성균관 유생 출신의 선비", "소생의 고향은 경상도 安東이오.", 1.0),
    ("성균관 유생 출신의 선비", "소생의 고향은 경상도 全州이오.", 0.0),
    ("조선 후기 사기장", "내 고향은 安東 아이가.", 1.0),
    ("동네 철물점 사장", "安東이라고 했잖아.", 0.0),
])
def test_an_answers_hanja_read_only_from_a_hanja_era_character(role, answer, paid):
    assert keyword_accuracy(answer, truth("ko", ["안동"], "고향이 어디시오?", role=role)) == paid, answer
