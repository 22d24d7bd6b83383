from __future__ import annotations

import math

import pytest

from raiden_r1.reward import components as C


@pytest.mark.parametrize("matched,total,expected", [(0, 1, 0.0), (1, 1, 1.0), (0, 3, 0.0), (1, 3, 0.5),
                                                    (2, 3, 0.7), (3, 3, 1.0), (1, 2, 0.6)])
def test_keyword_accuracy_stv_and_mtdp_band(matched, total, expected):
    assert C.keyword_accuracy_from_share(matched, total) == pytest.approx(expected)


def test_mtdp_partial_credit_stays_inside_the_band():
    for n in range(2, 12):
        for k in range(1, n):
            assert C.MTDP_LOW < C.keyword_accuracy_from_share(k, n) < C.MTDP_HIGH


@pytest.mark.parametrize("sim,expected", [(0.0, 0.0), (0.1, 0.0), (0.15, 0.3), (1.0, 0.6), (0.575, 0.45),
                                          (float("nan"), 0.0), (3.0, 0.6)])
def test_similarity_band(sim, expected):
    assert C.similarity_accuracy(sim) == pytest.approx(expected)


def test_length_factor_budget_is_four_times_gold_with_a_floor():
    assert C.length_factor(60, 5, "en") == 1.0  # floor 60 words
    assert C.length_factor(120, 5, "en") == pytest.approx(0.5)
    assert C.length_factor(100, 25, "en") == 1.0  # budget 4 x 25 = 100
    assert C.length_factor(200, 25, "en") == pytest.approx(0.5)
    assert C.length_factor(400, 25, "en") == pytest.approx(0.25)
    assert C.length_factor(300, 10, "zh") == pytest.approx(100 / 300)


def test_list_factor_allows_items_plus_two():
    assert C.list_factor(3, 1) == 1.0
    assert C.list_factor(4, 1) == 0.0
    assert C.list_factor(5, 3) == 1.0
    assert C.list_factor(6, 3) == 0.0
    assert C.list_factor(3, 0) == 1.0  # keyword-less records allow three


def test_format_score_parts():
    assert C.format_score(True, True, True) == pytest.approx(1.0)
    assert C.format_score(True, False, True) == pytest.approx(0.7)
    assert C.format_score(False, False, True) == pytest.approx(0.4)


def test_thinking_score_parts():
    assert C.thinking_score(20, "en", 2, 0.5) == pytest.approx((0.25, 0.2, 0.1))  # half of the 40-word target
    assert C.thinking_score(500, "zh", 9, 1.0) == pytest.approx((0.5, 0.3, 0.2))
    assert math.fsum(C.thinking_score(30, "zh", 0, 0.0)) == pytest.approx(0.25)


def test_indicators_whole_words_in_english_and_english_also_in_cjk_thinking():
    assert set(C.indicators_found("I was sincere, so I recall it because", "en", 30)) == {"recall", "because"}
    assert set(C.indicators_found("因为我记得，所以这样说", "zh", 0)) == {"因为", "记得", "所以"}
    assert set(C.indicators_found("用户问的是 hobby because I remember the profile", "zh", 30)) == {"because", "remember"}
    assert set(C.indicators_found("放課後なので、だから", "ja", 0)) == {"ので", "だから"}
    assert len(C.indicators_found("because since therefore thus hence", "en", 30)) == 3  # capped: the most that pays
