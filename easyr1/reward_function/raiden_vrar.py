"""EasyR1 reward function for RAIDEN-R1: the VRAR reward (Verifiable Role-Awareness Reward).

Config (configs/easyr1_config.yaml):

    worker:
      reward:
        reward_function: ./easyr1/reward_function/raiden_vrar.py:compute_score
        reward_function_kwargs: {accuracy_weight: 0.5, format_weight: 0.3, thinking_weight: 0.2}

EasyR1 execs this file standalone (spec_from_file_location, not as part of a package), so it finds
the library itself: the installed ``raiden_r1`` if there is one, else the checkout's ``src``
next to this file. All the logic lives in ``raiden_r1.reward``; this file only adapts the call.
"""

from __future__ import annotations

import os
import sys

try:
    from raiden_r1.reward.vrar import ACCURACY_WEIGHT, FORMAT_WEIGHT, THINKING_WEIGHT, score_batch
except ModuleNotFoundError as _e:
    if _e.name not in ("raiden_r1", "raiden_r1.reward", "raiden_r1.reward.vrar"):
        raise
    _SRC = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "src")
    if not os.path.isdir(os.path.join(_SRC, "raiden_r1")):
        raise ModuleNotFoundError(
            f"raiden_vrar: the raiden_r1 package is not installed and no checkout was found at {_SRC}; "
            "install it on every node (pip install -e /path/to/raiden-r1) or ship it with Ray's runtime_env"
        ) from None
    sys.path.insert(0, _SRC)
    from raiden_r1.reward.vrar import ACCURACY_WEIGHT, FORMAT_WEIGHT, THINKING_WEIGHT, score_batch

REWARD_NAME = "raiden_vrar"
REWARD_TYPE = "batch"


def compute_score(reward_inputs: list[dict], accuracy_weight: float = ACCURACY_WEIGHT,
                  format_weight: float = FORMAT_WEIGHT, thinking_weight: float = THINKING_WEIGHT) -> list[dict[str, float]]:
    """One score dict per input ({"response", "response_length", "ground_truth"}), every value a
    float, ``overall`` included."""
    if not isinstance(reward_inputs, list):
        raise ValueError("raiden_vrar is a batch reward (REWARD_TYPE = 'batch'): expected a list of inputs")
    return score_batch(
        [x["response"] for x in reward_inputs],
        [x["ground_truth"] for x in reward_inputs],
        accuracy_weight=accuracy_weight,
        format_weight=format_weight,
        thinking_weight=thinking_weight,
    )
