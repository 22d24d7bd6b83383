"""The scorer is total and linear: any string gives finite floats in [0, 1], quickly."""

from __future__ import annotations

import math
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from raiden_r1.reward.vrar import SCORE_KEYS, score_response

_PIECES = st.sampled_from(["<think>", "</think>", "<THINK>", "<", ">", "basketball", "篮球", "バスケ", "football", " or ",
                           "As an AI", "作为一个AI", "Name: x\n", "、", ", ", "\x00", "\ud800", "\udfff", "\u200b",
                           "ｂａｓｋｅｔｂａｌｌ", "…", "　", "\n", "因为", "because ", "か", "농구", "e\u0301", "İ"])
responses = st.lists(_PIECES | st.text(max_size=8), max_size=30).map("".join) | st.text()
truths = st.one_of(
    st.text(max_size=30),
    st.builds(lambda a, k, n, lang: {"answer": a, "keywords": k, "negative_keywords": n, "language": lang},
              st.text(max_size=20), st.lists(st.text(max_size=6) | st.lists(st.text(max_size=6), max_size=3), max_size=3),
              st.lists(st.text(max_size=6), max_size=2), st.sampled_from([None, "en", "zh", "ja", "ko"])),
)


def _check(scores):
    assert tuple(scores) == SCORE_KEYS
    for k, v in scores.items():
        assert type(v) is float and math.isfinite(v) and 0.0 <= v <= 1.0, (k, v)


@given(responses, truths)
@settings(max_examples=300, deadline=None)
def test_total_on_any_string(response, truth):
    _check(score_response(response, truth))


@given(responses)
@settings(max_examples=100, deadline=None)
def test_total_with_keywords_in_every_script(response):
    truth = {"answer": "我打篮球", "keywords": [["basketball", "篮球", "バスケ", "농구"], "art"],
             "negative_keywords": ["football"], "language": "zh"}
    _check(score_response(response, truth))


def _timed(response: str, truth) -> float:
    t0 = time.process_time()
    _check(score_response(response, truth))
    return time.process_time() - t0


def test_one_megabyte_responses_score_well_under_a_second():
    # One-character keywords make every letter a candidate match: the adversarial case for search.
    truth = {"answer": "I play basketball.", "keywords": [["basketball"], ["friends"], ["a"], ["7"]],
             "negative_keywords": ["football", "b"], "language": "en"}
    mb = 1 << 20
    for response in [
        "<think>" + "because I recall basketball " * (mb // 28) + "</think>" + "basketball or football, " * (mb // 48),
        "basketball " * (mb // 11),
        "篮球，足球、" * (mb // 18),
        "<think>" * (mb // 7),
        "a" * mb,
        "ab" * (mb // 2),
        "7" * mb,
        "<think>" + "a" * mb + "</think>a",
        "a," * (mb // 2),
        "1:2 " * (mb // 4),
        "Name: x\n" * (mb // 8),
        "<" + " " * mb,
        "\ud800" * mb,
    ]:
        assert _timed(response, truth) < 0.5


def test_keywordless_one_megabyte_response_is_fast():
    assert _timed("我平时喜欢打篮球。" * (1 << 17), "我平时喜欢和朋友打篮球。") < 0.5
