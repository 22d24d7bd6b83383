import math

import pytest

from raiden_r1.eval.metrics import (agreement_rate, binom_two_sided_half, bootstrap_ci, cohen_kappa, estimate,
                                    mcnemar, pass_at_k)


def test_pass_at_k_matches_the_combinatorial_definition():
    # n=5 samples, c=2 correct, k=2: 1 - C(3,2)/C(5,2) = 1 - 3/10
    assert pass_at_k(5, 2, 2) == pytest.approx(0.7)
    assert pass_at_k(5, 0, 3) == 0.0
    assert pass_at_k(5, 3, 3) == 1.0  # fewer than k wrong samples: some draw must be right
    assert pass_at_k(4, 1, 1) == pytest.approx(0.25)


def test_pass_at_k_rejects_impossible_counts():
    with pytest.raises(ValueError):
        pass_at_k(3, 4, 1)


def test_bootstrap_is_deterministic_for_a_seed_and_varies_across_seeds():
    vals = [0.1, 0.9, 0.35, 0.6, 0.05, 1.0, 0.42, 0.77, 0.2, 0.5, 0.33, 0.81]
    assert bootstrap_ci(vals, seed=7) == bootstrap_ci(vals, seed=7)
    assert bootstrap_ci(vals, seed=7) != bootstrap_ci(vals, seed=8)


def test_bootstrap_interval_brackets_the_mean_and_is_sane():
    vals = [1.0] * 30 + [0.0] * 70
    low, high = bootstrap_ci(vals, n_boot=2000, seed=0)
    assert low < 0.3 < high
    # normal-approximation half width is 1.96 * sqrt(.3 * .7 / 100) ~ 0.09
    assert 0.06 < (high - low) / 2 < 0.12


def test_estimate_handles_empty_and_single_samples():
    assert estimate([]).to_dict() == {"mean": None, "low": None, "high": None, "n": 0}
    e = estimate([0.5])
    assert (e.mean, e.low, e.high, e.n) == (0.5, 0.5, 0.5, 1)


def test_mcnemar_exact_on_a_hand_computed_table():
    # A right/B wrong: 1, A wrong/B right: 6, concordant: 3 + 2
    a = [True] * 3 + [True] * 1 + [False] * 6 + [False] * 2
    b = [True] * 3 + [False] * 1 + [True] * 6 + [False] * 2
    t = mcnemar(a, b)
    assert (t.both_correct, t.only_a, t.only_b, t.both_wrong) == (3, 1, 6, 2)
    # P(X <= 1 | n=7, p=.5) = (1 + 7) / 128; two-sided: 16/128
    assert t.method == "exact" and t.p_value == pytest.approx(16 / 128)


def test_mcnemar_chi_square_with_continuity_correction_for_many_discordant_pairs():
    a = [True] * 10 + [False] * 30
    b = [False] * 10 + [True] * 30
    t = mcnemar(a, b)
    assert t.method == "chi2"
    assert t.statistic == pytest.approx((abs(10 - 30) - 1) ** 2 / 40)
    assert t.p_value == pytest.approx(math.erfc(math.sqrt(t.statistic / 2)))


def test_mcnemar_without_discordant_pairs_is_not_significant():
    assert mcnemar([True, False], [True, False]).p_value == 1.0
    assert binom_two_sided_half(0, 0) == 1.0


def test_cohen_kappa_on_a_hand_computed_table():
    # 10 items; agree on 7; rater a: A x5, B x5; rater b: A x6, B x4
    a = list("AAAAABBBBB")
    b = list("AAAABABBAA")
    assert agreement_rate(a, b) == pytest.approx(0.6)
    pe = (5 * 6 + 5 * 4) / 100
    assert cohen_kappa(a, b) == pytest.approx((0.6 - pe) / (1 - pe))


def test_cohen_kappa_is_undefined_when_both_raters_use_one_category():
    assert cohen_kappa(list("AAA"), list("AAA")) is None
    assert cohen_kappa([], []) is None
