"""The engine's reward: a callable from (responses, response lengths, ground truths) to one dict
of floats per response, each holding ``overall``. The default is VRAR with the configured weights;
tests and experiments inject their own (e.g. a toy reward the tiny model can learn)."""

from __future__ import annotations

import math
from typing import Any, Callable, Sequence

from raiden_r1.errors import RaidenError
from raiden_r1.reward.vrar import ACCURACY_WEIGHT, FORMAT_WEIGHT, THINKING_WEIGHT, score_batch

RewardFn = Callable[[Sequence[str], Sequence[int], Sequence[Any]], list[dict[str, float]]]


def vrar_reward(accuracy_weight: float = ACCURACY_WEIGHT, format_weight: float = FORMAT_WEIGHT,
                thinking_weight: float = THINKING_WEIGHT) -> RewardFn:
    """VRAR (raiden_r1.reward.vrar.score_batch) with the configured weights. Response lengths are
    not used by VRAR (EasyR1 passes them; so does the engine, for custom rewards)."""
    weights = {"accuracy_weight": accuracy_weight, "format_weight": format_weight, "thinking_weight": thinking_weight}

    def reward(responses: Sequence[str], lengths: Sequence[int], ground_truths: Sequence[Any]) -> list[dict[str, float]]:
        return score_batch(responses, ground_truths, **weights)

    return reward


def check_scores(scores: list[dict[str, float]], expected: int) -> list[dict[str, float]]:
    """A reward that returns the wrong count or a non-finite ``overall`` would silently corrupt the
    advantages: fail loudly instead."""
    if len(scores) != expected:
        raise RaidenError(f"reward returned {len(scores)} scores for {expected} responses")
    for i, s in enumerate(scores):
        v = s.get("overall") if isinstance(s, dict) else None
        if not isinstance(v, (int, float)) or not math.isfinite(v):
            raise RaidenError(f"reward: response {i}: 'overall' must be a finite number, got {v!r}")
    return scores
