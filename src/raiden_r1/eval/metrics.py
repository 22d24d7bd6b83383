"""Pure statistics for evaluation: means with bootstrap intervals, pass@k, McNemar, judge agreement.

Everything here is a small function of plain numbers so it can be checked by hand in the tests.
Bootstrap intervals are seeded: the same items and seed always give the same interval.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import asdict, dataclass
from typing import Hashable, Iterable, Sequence


def _numpy():
    try:
        import numpy
    except ImportError:
        from raiden_r1.errors import RaidenError

        raise RaidenError("evaluation statistics need numpy: pip install 'raiden-r1[train]'") from None
    return numpy


@dataclass(frozen=True)
class Estimate:
    """A mean over items with its percentile-bootstrap confidence interval."""

    mean: float | None
    low: float | None
    high: float | None
    n: int

    def to_dict(self) -> dict:
        return asdict(self)


def mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def bootstrap_ci(values: Sequence[float], *, n_boot: int = 1000, confidence: float = 0.95,
                 seed: int = 0) -> tuple[float, float] | None:
    """Percentile bootstrap interval of the mean, resampling items with replacement.

    Deterministic for a given seed. ``None`` for an empty sample; a single item gives a zero-width
    interval (there is nothing to resample, and saying so is more honest than inventing width).
    """
    np = _numpy()
    if not values:
        return None
    x = np.asarray(values, dtype=np.float64)
    if len(x) == 1:
        return float(x[0]), float(x[0])
    rng = np.random.default_rng(seed)
    means = np.empty(n_boot)
    # Chunked so 10k items x 10k resamples never materialises a 100M-entry index matrix.
    chunk = max(1, 2_000_000 // len(x))
    for start in range(0, n_boot, chunk):
        stop = min(n_boot, start + chunk)
        idx = rng.integers(0, len(x), size=(stop - start, len(x)))
        means[start:stop] = x[idx].mean(axis=1)
    alpha = (1.0 - confidence) / 2.0
    low, high = np.quantile(means, [alpha, 1.0 - alpha])
    return float(low), float(high)


def estimate(values: Sequence[float], *, n_boot: int = 1000, confidence: float = 0.95, seed: int = 0) -> Estimate:
    ci = bootstrap_ci(values, n_boot=n_boot, confidence=confidence, seed=seed)
    m = mean(values)
    return Estimate(mean=m, low=ci[0] if ci else None, high=ci[1] if ci else None, n=len(values))


def pass_at_k(n: int, c: int, k: int) -> float:
    """Unbiased pass@k (Chen et al. 2021): P(at least one of k draws without replacement from n
    samples, c of them correct, is correct) = 1 - C(n-c, k) / C(n, k), as a stable product."""
    if not 0 <= c <= n or not 1 <= k <= n:
        raise ValueError(f"pass_at_k needs 0 <= c <= n and 1 <= k <= n, got n={n} c={c} k={k}")
    if n - c < k:
        return 1.0
    prod = 1.0
    for i in range(n - c + 1, n + 1):
        prod *= 1.0 - k / i
    return 1.0 - prod


@dataclass(frozen=True)
class McNemar:
    """Paired test on per-item correctness of A and B over the same items."""

    both_correct: int
    only_a: int  # A right, B wrong
    only_b: int  # A wrong, B right
    both_wrong: int
    statistic: float | None  # chi-square with continuity correction; None for the exact test
    p_value: float
    method: str  # "exact" | "chi2"

    def to_dict(self) -> dict:
        return asdict(self)


def binom_two_sided_half(k: int, n: int) -> float:
    """Exact two-sided p-value of k successes in n trials with p = 1/2 (doubling the smaller tail)."""
    if n == 0:
        return 1.0
    k = min(k, n - k)
    tail = sum(math.comb(n, i) for i in range(k + 1)) / 2.0 ** n
    return min(1.0, 2.0 * tail)


def mcnemar(a_correct: Sequence[bool], b_correct: Sequence[bool], *, exact_below: int = 25) -> McNemar:
    """McNemar's test. With fewer than ``exact_below`` discordant pairs the chi-square
    approximation is poor, so the exact binomial test is used instead."""
    if len(a_correct) != len(b_correct):
        raise ValueError("mcnemar needs paired sequences of equal length")
    table = Counter((bool(a), bool(b)) for a, b in zip(a_correct, b_correct))
    b, c = table[(True, False)], table[(False, True)]
    if b + c < exact_below:
        stat, p, method = None, binom_two_sided_half(b, b + c), "exact"
    else:
        stat = (abs(b - c) - 1.0) ** 2 / (b + c)
        p, method = math.erfc(math.sqrt(stat / 2.0)), "chi2"  # chi-square sf, 1 degree of freedom
    return McNemar(table[(True, True)], b, c, table[(False, False)], stat, p, method)


def agreement_rate(a: Sequence[Hashable], b: Sequence[Hashable]) -> float | None:
    if len(a) != len(b):
        raise ValueError("agreement needs paired sequences of equal length")
    return sum(x == y for x, y in zip(a, b)) / len(a) if a else None


def cohen_kappa(a: Sequence[Hashable], b: Sequence[Hashable]) -> float | None:
    """Cohen's kappa of two raters over the same items. ``None`` when undefined (no items, or both
    raters always give one and the same category, so chance agreement is already 1)."""
    po = agreement_rate(a, b)
    if po is None:
        return None
    n = len(a)
    ca, cb = Counter(a), Counter(b)
    pe = sum(ca[k] * cb[k] for k in ca) / (n * n)
    if pe >= 1.0:
        return None
    return (po - pe) / (1.0 - pe)


def group_by(rows: Iterable[dict], key) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for r in rows:
        k = key(r)
        if k is not None:
            out.setdefault(str(k), []).append(r)
    return dict(sorted(out.items()))
