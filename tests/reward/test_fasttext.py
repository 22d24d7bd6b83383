from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from raiden_r1.reward.fasttext import detect_language_fast, length_units, lexicon, script_counts_fast, words_found
from raiden_r1.text import contains_term, detect_language, normalize

_ALPHABET = st.sampled_from(list("abcXYZ09 ,.!?_-'\n\t") + list("篮球我的，。！？：；（）…　") + list("バスケはがの、")
                            + list("농구를 ") + list("ＡＢｃ１２é\u0301ß\u00a0İ") + ["\ud800", "\x00"])
texts = st.lists(_ALPHABET, max_size=40).map("".join) | st.text(max_size=40)


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
@settings(max_examples=300, deadline=None)
def test_words_found_agrees_with_the_builders_word_matcher(text, word):
    norm = normalize(text)
    assert (word in words_found(norm, lexicon([word, "zzz"]))) == contains_term(norm, word)
