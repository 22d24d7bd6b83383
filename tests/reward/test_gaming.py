from __future__ import annotations

import pytest

from raiden_r1.reward.gaming import _OUT_OF_CHARACTER, candidate_segments, disjunction_near, profile_labels, scan_answer
from raiden_r1.text import normalize


@pytest.mark.parametrize("lang,phrase", [(lang, p) for lang, ps in _OUT_OF_CHARACTER.items() for p in ps])
def test_every_table_phrase_is_detected_in_a_sentence(lang, phrase):
    padding = {"en": ("Well, ", " today."), "zh": ("嗯，", "。"), "ja": ("ええ、", "。"), "ko": ("음, ", " 요.")}[lang]
    assert scan_answer(normalize(padding[0] + phrase + padding[1]))[0] is not None


@pytest.mark.parametrize("answer", ["I said it again, and I am fine.", "我喜欢画画和唱歌。", "絵を描くのが好きです。",
                                    "The role of a coach is to help.", "My personal best is ten points.",
                                    "I study artificial intelligence at school.", "As an assistant manager, I open the shop.",
                                    "I used ChatGPT for my homework once.", "我没有个人时间。", "役を演じるのが好きです。",
                                    "I don't have feelings for him.", "저는 배우라서 역할을 연기해요."])
def test_in_character_speech_is_not_flagged(answer):
    assert scan_answer(normalize(answer))[0] is None


def test_spacing_variants_at_script_junctions():
    assert scan_answer(normalize("AI として答えます"))[0] is not None
    assert scan_answer(normalize("作为一个 AI，我不能"))[0] is not None


def test_scan_reports_disjunction_words_on_word_boundaries():
    assert scan_answer("basketball or football")[1] is True
    assert scan_answer("i work for a store")[1] is False


@pytest.mark.parametrize("norm,term,expected", [("basketball or football", "basketball", "or"),
                                                ("football or basketball", "basketball", "or"),
                                                ("neither basketball nor football", "basketball", "nor"),
                                                ("i play basketball every day and read or paint", "basketball", None),
                                                ("篮球或者足球", "篮球", "或者"), ("足球还是篮球", "篮球", None),
                                                ("篮球还是足球", "篮球", "还是"), ("バスケかサッカー", "バスケ", "か"),
                                                ("バスケから始めた", "バスケ", None)])
def test_disjunction_near(norm, term, expected):
    start = norm.index(term)
    assert disjunction_near(norm, start, start + len(term)) == expected


def test_profile_labels_count_label_value_pairs_not_times_or_speech():
    assert profile_labels("Name: A\nAge: 17\nHobby: basketball") == 3
    assert profile_labels("姓名：小明，年龄：17，爱好：篮球") == 3
    assert profile_labels("At 10:30 and 11:45 and 12:00 I play.") == 0
    assert profile_labels("He said: go. She said: no. Then I said this very long thing: fine.") < 3


@pytest.mark.parametrize("answer,lang,expected", [
    ("basketball, football, tennis, painting", "en", 4),
    ("Hmm, well, I play basketball, you know, every day.", "en", 2),
    ("basketball football tennis painting singing", "en", 5),
    ("I really love playing basketball with my friends", "en", 0),
    ("篮球、足球、网球、画画、唱歌", "zh", 5),
    ("是啊，我很喜欢，每天都打，特别开心，篮球就是我的生活。", "zh", 1),
    ("バスケ、サッカー、テニス", "ja", 3),
    ("そうですね、バスケが好きです。", "ja", 0),
])
def test_candidate_segments(answer, lang, expected):
    assert candidate_segments(answer, lang) == expected


def test_candidate_segments_skips_answers_within_the_allowance():
    assert candidate_segments("basketball, football", "en", allowance=3) == 0


def test_full_width_latin_in_cjk_answers_is_folded_before_scanning():
    assert scan_answer(normalize("作为一个ＡＩ，我不能回答"))[0] is not None
    assert scan_answer(normalize("篮球ｏｒ足球"))[1] is True
