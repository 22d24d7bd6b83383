"""The scorer is total and linear: any string gives finite floats in [0, 1], quickly."""

from __future__ import annotations

import math
import sys
import time
from pathlib import Path

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


# Linear time is a property; its speed is a benchmark (benchmarks/reward_worst_case.py: 0.5 s per
# megabyte on one core, about 0.09 s measured). Here only a blow-up fails: a quadratic path takes
# minutes on a megabyte, so a bound 50x above the measured time does not trip on a loaded machine.
_BLOW_UP_S = 5.0


def test_adversarial_one_megabyte_responses_stay_linear():
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from reward_worst_case import TRUTH, inputs

    _timed("I play basketball.", TRUTH)  # lexicons load once, outside the measure
    for name, response in inputs(1 << 20).items():
        truth = "我平时喜欢和朋友打篮球。" if name.startswith("no keywords") else TRUTH
        assert _timed(response, truth) < _BLOW_UP_S, name


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                                        max_size=4), max_leaves=20)
truth_dicts = st.fixed_dictionaries({}, optional={k: json_values for k in (
    "answer", "keywords", "negative_keywords", "language", "focus", "question", "character_name", "subject",
    "self_name", "aliases", "validation_method")})


@given(responses, truth_dicts)
@settings(max_examples=300, deadline=None)
def test_compute_score_is_total_on_any_json_ground_truth(response, truth):
    import json as _json

    from raiden_r1.data.ground_truth import parse_ground_truth

    _check(score_response(response, truth))
    packed = _json.dumps(truth)
    _check(score_response(response, packed))
    _check(score_response(response, packed[: len(packed) // 2]))  # truncated JSON: malformed, scored 0
    if packed.startswith("{") and len(packed) > 2:
        assert parse_ground_truth(packed[:-1]).error


def test_bare_string_and_number_keywords_are_one_item_each():
    assert score_response("It's Pretzel.", {"answer": "Pretzel", "keywords": "Pretzel"})["accuracy"] == 1.0
    assert score_response("its name is a secret.", {"answer": "Pretzel", "keywords": "Pretzel"})["accuracy"] == 0.0
    assert score_response("I'm 41.", {"answer": "41", "keywords": [41]})["accuracy"] == 1.0
    assert score_response("I'm 41.", {"answer": "41", "keywords": [[[["41"]]]]})["accuracy"] == 1.0
    deep = {"answer": "x", "keywords": [[[[[[["x"]]]]]]]}
    _check(score_response("x", deep))
