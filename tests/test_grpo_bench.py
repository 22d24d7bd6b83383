"""The FLOP count behind the benchmark's physical floor (benchmarks/_grpo_bench.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from _grpo_bench import step_flops  # noqa: E402

# SmolLM2-135M: 30 layers of 3.54M matmul weights (106.2M) + a 28.3M tied vocabulary head = 134.5M
SMOLLM2 = {"hidden_size": 576, "num_hidden_layers": 30, "intermediate_size": 1536, "num_attention_heads": 9,
           "num_key_value_heads": 3, "head_dim": 64, "vocab_size": 49152}
BODY, HEAD = 30 * 3_538_944, 576 * 49152


def test_body_and_head_match_the_parameter_count():
    assert BODY + HEAD == pytest.approx(134.5e6, rel=1e-3)


def test_one_token_prompt_one_token_response_by_hand():
    cfg = {"hidden_size": 4, "num_hidden_layers": 1, "intermediate_size": 8, "num_attention_heads": 2,
           "num_key_value_heads": 1, "head_dim": 2, "vocab_size": 10}
    body = 4 * 4 + 2 * 4 * 2 + 4 * 4 + 3 * 4 * 8  # q, k+v, o, mlp = 144
    head, attn = 40, 4
    f = step_flops(cfg, [1], [1.0], decode_steps=1, n=1)
    assert f["rollout"] == pytest.approx((2 * body + 2 * attn + 2 * head) + (2 * body + 2 * head + 4 * attn * 1.5))
    assert f["train"] == pytest.approx(3 * (2 * body * 2 + 2 * attn * 4 + 2 * head))
    assert f["total"] == pytest.approx(f["rollout"] + f["train"])


def test_train_dominates_and_scales_with_group_size():
    one = step_flops(SMOLLM2, [130] * 4, [40.0] * 16, decode_steps=48, n=4)
    two = step_flops(SMOLLM2, [130] * 4, [40.0] * 32, decode_steps=48, n=8)
    assert one["train"] > one["rollout"]
    # forward + backward over 16 x 170 tokens is about 6 x 106M x 2720 = 1.7 TFLOP
    assert one["train"] == pytest.approx(6 * BODY * 16 * 170 + 6 * HEAD * 16 * 40, rel=0.1)
    assert two["train"] == pytest.approx(2 * one["train"])
