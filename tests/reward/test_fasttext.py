from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from raiden_r1.reward.fasttext import (detect_language_fast, find_term, fold, length_units, lexicon,
                                       normalize_fast, script_counts_fast, words_found)
from raiden_r1.text import contains_term, detect_language, normalize

# Text drawn from the scripts the reward meets, full-width forms and punctuation included.
_ALPHABET = st.sampled_from(list("abcXYZ09 ,.!?_-'\n\t") + list("篮球我的，。！？：；（）…　") + list("バスケはがの、")
                            + list("농구를 ") + list("ＡＢｃ１２é\u0301ß\u00a0İ") + ["\ud800", "\x00"])
texts = st.lists(_ALPHABET, max_size=40).map("".join) | st.text(max_size=40)


@given(texts)
@settings(max_examples=400, deadline=None)
def test_normalize_fast_equals_normalize(text):
    assert normalize_fast(text) == normalize(text)


@given(texts)
@settings(max_examples=200, deadline=None)
def test_every_normalised_word_occurs_in_the_folded_text(text):
    folded = fold(text)
    assert all(w in folded for w in normalize(text).split())


@given(texts, st.sampled_from(["art", "ab", "篮球", "バスケ", "a b", "x1", "농구"]))
@settings(max_examples=400, deadline=None)
def test_find_term_agrees_with_contains_term(text, term):
    norm, t = normalize(text), normalize(term)
    assert (find_term(norm, t) != -1) == contains_term(norm, t)


def test_find_term_respects_latin_word_boundaries():
    assert find_term("i love parties", "art") == -1
    assert find_term("the art of it", "art") == 4
    assert find_term("我喜欢basketball啊", "basketball") == 3


def test_detect_language_fast_agrees_on_real_sentences():
    for text in ["I usually play basketball with my friends.", "我一般和朋友们一起打篮球。",
                 "いつも友達とバスケットボールをしています。", "저는 보통 친구들과 농구를 해요.",
                 "我喜欢打篮球，basketball 是我的最爱。", "東京で生まれました。"]:
        assert detect_language_fast(text) == detect_language(text), text


def test_script_counts_fast_counts_scripts():
    assert script_counts_fast("abc 篮球 バス 농구") == (3, 2, 2, 2)


def test_long_text_counts_are_scaled_from_a_sample():
    latin, han, _, _ = script_counts_fast("篮" * 10_000)
    assert latin == 0 and abs(han - 10_000) <= 20


def test_length_units_per_language():
    assert length_units("I play basketball a lot.", "en") == 5
    assert length_units("我喜欢篮球。", "zh") == 5


def test_words_found_whole_words_for_latin_substrings_for_cjk():
    alt = lexicon(["since", "因为", "so that"])
    assert words_found("sincerely, since then", alt) == ["since"]
    assert words_found("我因为喜欢", alt) == ["因为"]
    assert words_found("sincere", alt) == []


@given(texts, st.sampled_from(["or", "ai", "since", "so that", "因为", "作为一个ai"]))
@settings(max_examples=400, deadline=None)
def test_words_found_agrees_with_find_term(text, word):
    norm = normalize(text)
    assert (word in words_found(norm, lexicon([word, "zzz"]))) == (find_term(norm, word) != -1)


@given(st.lists(st.sampled_from(["a", "ab", " ", "b", "篮", "é", "_", "1"]), min_size=30, max_size=120).map("".join),
       st.sampled_from(["a", "ab", "b a", "1"]))
@settings(max_examples=300, deadline=None)
def test_find_term_regex_fallback_agrees_with_contains_term(text, term):
    # Many occurrences inside longer words push find_term past its Python tries into the regex.
    norm = normalize(text)
    pos = find_term(norm, term)
    assert (pos != -1) == contains_term(norm, term)
    if pos != -1:
        assert norm[pos:pos + len(term)] == term


def test_find_term_finds_the_first_bounded_match_after_many_in_word_ones():
    text = "xa " * 40 + "a"
    assert find_term(text, "a") == len(text) - 1
    assert find_term("ba" * 100, "a") == -1
