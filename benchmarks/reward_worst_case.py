"""Adversarial long responses: CPU time to score one response of about one megabyte each.

The reward must stay linear in the response on any string (a policy can emit anything up to its
token limit, and a quadratic path turns one bad rollout into a stalled training step). These
inputs are the ones that used to hit a slow path: one-character keywords that make every letter a
candidate, unclosed tags, separators that cut a clause per character, lone surrogates. The budget is
0.5 s per megabyte on one core; the figure to read is the slowest input's CPU time, next to the
budget, and the ratio of a megabyte's time to a quarter megabyte's (about 4 when linear, 16 when
quadratic).

    python benchmarks/reward_worst_case.py [--repeats 3] [--size 1048576]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

from raiden_r1.reward.vrar import score_response

BUDGET_S = 0.5
TRUTH = {"answer": "I play basketball.", "keywords": [["basketball"], ["friends"], ["a"], ["7"]],
         "negative_keywords": ["football", "b"], "language": "en"}


def inputs(mb: int) -> dict[str, str]:
    return {
        "think + or-list": "<think>" + "because I recall basketball " * (mb // 28) + "</think>"
                           + "basketball or football, " * (mb // 48),
        "keyword repeated": "basketball " * (mb // 11),
        "CJK list": "篮球，足球、" * (mb // 18),
        "open tags": "<think>" * (mb // 7),
        "one letter": "a" * mb,
        "two letters": "ab" * (mb // 2),
        "one digit": "7" * mb,
        "long think": "<think>" + "a" * mb + "</think>a",
        "comma per letter": "a," * (mb // 2),
        "clock-like": "1:2 " * (mb // 4),
        "script labels": "Name: x\n" * (mb // 8),
        "unclosed bracket": "<" + " " * mb,
        "lone surrogates": "\ud800" * mb,
        "no keywords (plain gold)": "我平时喜欢打篮球。" * (mb // 9),
    }


def cpu_seconds(response: str, truth, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.process_time()
        score_response(response, truth)
        times.append(time.process_time() - t0)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--size", type=int, default=1 << 20)
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    big, small = inputs(args.size), inputs(args.size // 4)
    score_response("I play basketball.", TRUTH)  # warm-up: lexicons and prepared truths load once
    print(f"{'input':26} {'CPU s (1x)':>10} {'CPU s (1/4x)':>12} {'ratio':>6}  budget {BUDGET_S} s, median of {args.repeats}")
    worst = 0.0
    for name, response in big.items():
        truth = "我平时喜欢和朋友打篮球。" if name.startswith("no keywords") else TRUTH
        t_big = cpu_seconds(response, truth, args.repeats)
        t_small = cpu_seconds(small[name], truth, args.repeats)
        worst = max(worst, t_big)
        print(f"{name:26} {t_big:10.3f} {t_small:12.3f} {t_big / max(t_small, 1e-6):6.1f}")
    print(f"slowest: {worst:.3f} s CPU per response; budget {BUDGET_S} s: {'met' if worst < BUDGET_S else 'NOT met'}")


if __name__ == "__main__":
    main()
