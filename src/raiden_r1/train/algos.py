"""GRPO maths with EasyR1's semantics (verl/trainer/core_algos.py), as small pure functions.

Shapes: ``(batch, response_len)`` for per-token tensors, ``(batch,)`` for per-sequence ones. The
response mask is 1 on generated tokens (up to and including EOS) and 0 on padding.

Aggregation takes optional global normalisers so a batch split into micro-batches gives exactly
the gradient of the whole batch: "token" divides the masked sum by the number of response tokens
of the whole optimisation batch, "seq" divides the sum of per-sequence means by its number of
sequences. Left at None they are this tensor's own counts (EasyR1's ``average_loss``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

import torch

KL_PENALTIES = ("low_var_kl", "kl", "abs", "mse")


def group_advantages(scores: torch.Tensor, group_ids: Sequence[int] | torch.Tensor,
                     eps: float = 1e-6) -> torch.Tensor:
    """Per-sequence GRPO advantages: (score - group mean) / (unbiased group std + eps).

    A group whose scores are all equal gets 0 (numerator 0). Groups of one sample are rejected,
    as in EasyR1: their std is undefined.
    """
    scores = scores.detach().float()
    ids = torch.as_tensor(group_ids, device=scores.device)
    out = torch.empty_like(scores)
    for g in torch.unique(ids):
        sel = ids == g
        if int(sel.sum()) < 2:
            raise ValueError("GRPO needs at least 2 samples per group (worker.rollout.n > 1)")
        s = scores[sel]
        out[sel] = (s - s.mean()) / (s.std(unbiased=True) + eps)
    return out


def broadcast_advantages(advantages: torch.Tensor, response_mask: torch.Tensor) -> torch.Tensor:
    """Per-token advantages: every response token carries its sequence's advantage."""
    return advantages.unsqueeze(-1) * response_mask.to(advantages.dtype)


def aggregate(values: torch.Tensor, mask: torch.Tensor, mode: str, num_tokens: float | None = None,
              num_seqs: float | None = None, eps: float = 1e-8) -> torch.Tensor:
    """``token``: masked sum / number of tokens; ``seq``: sum of per-sequence means / number of seqs."""
    mask = mask.to(values.dtype)
    if mode == "token":
        denom = mask.sum() + eps if num_tokens is None else num_tokens
        return (values * mask).sum() / denom
    if mode == "seq":
        per_seq = (values * mask).sum(-1) / (mask.sum(-1) + eps)
        denom = per_seq.shape[0] if num_seqs is None else num_seqs
        return per_seq.sum() / denom
    raise ValueError(f"loss_avg_mode must be 'token' or 'seq', not {mode!r}")


def masked_mean(values: torch.Tensor, mask: torch.Tensor, eps: float = 1e-8) -> torch.Tensor:
    mask = mask.to(values.dtype)
    return (values * mask).sum() / (mask.sum() + eps)


@dataclass
class PolicyLossOut:
    loss: torch.Tensor  # scalar, aggregated with the given mode / normalisers
    clipfrac_higher: torch.Tensor  # share of tokens whose ratio was clipped (PPO clip)
    clipfrac_lower: torch.Tensor  # share of tokens hit by the dual clip (negative advantages)
    ppo_kl: torch.Tensor  # masked mean of old_logp - logp


def policy_loss(log_probs: torch.Tensor, old_log_probs: torch.Tensor, advantages: torch.Tensor,
                response_mask: torch.Tensor, clip_ratio_low: float = 0.2, clip_ratio_high: float = 0.3,
                clip_ratio_dual: float = 3.0, mode: str = "token", num_tokens: float | None = None,
                num_seqs: float | None = None) -> PolicyLossOut:
    """PPO clipped surrogate with asymmetric clip range and dual clip.

    For A >= 0: max(-A r, -A clip(r, 1-lo, 1+hi)). For A < 0 that value is further capped at
    -A * dual, so a huge ratio on a bad sample cannot blow the loss up (Dual-clip PPO).
    """
    log_ratio = log_probs - old_log_probs
    # clamp before exp: exp of a large log-ratio would give inf and NaN gradients
    ratio = torch.exp(log_ratio.clamp(-20.0, 20.0))
    clipped = torch.exp(log_ratio.clamp(math.log(1.0 - clip_ratio_low), math.log(1.0 + clip_ratio_high)))
    loss1 = -advantages * ratio
    loss2 = -advantages * clipped
    loss3 = -advantages * clip_ratio_dual
    higher = torch.maximum(loss1, loss2)
    lower = torch.minimum(higher, loss3)
    negative = advantages < 0
    per_token = torch.where(negative, lower, higher)
    with torch.no_grad():
        clip_hi = masked_mean((loss1 < loss2).float(), response_mask)
        clip_lo = masked_mean(((higher > loss3) & negative).float(), response_mask)
        ppo_kl = masked_mean(-log_ratio.float(), response_mask)
    loss = aggregate(per_token, response_mask, mode, num_tokens, num_seqs)
    return PolicyLossOut(loss, clip_hi, clip_lo, ppo_kl)


def kl_penalty(log_probs: torch.Tensor, ref_log_probs: torch.Tensor, kind: str = "low_var_kl") -> torch.Tensor:
    """Per-token KL estimate of the policy from the reference (float32).

    ``kl``: logp - ref; ``abs``: |logp - ref|; ``mse``: (logp - ref)^2 / 2;
    ``low_var_kl``: Schulman's k3, exp(ref - logp) - (ref - logp) - 1, clamped to [-10, 10].
    """
    lp, ref = log_probs.float(), ref_log_probs.float()
    if kind == "kl":
        return lp - ref
    if kind == "abs":
        return (lp - ref).abs()
    if kind == "mse":
        return 0.5 * (lp - ref).square()
    if kind == "low_var_kl":
        d = (ref - lp).clamp(-20.0, 20.0)
        return (d.exp() - d - 1).clamp(-10.0, 10.0)
    raise ValueError(f"kl_penalty must be one of {', '.join(KL_PENALTIES)}, not {kind!r}")


def lr_lambda(step: int, warmup_steps: int, total_steps: int, schedule: str, min_ratio: float | None = 0.0) -> float:
    """Learning-rate multiplier at training step ``step`` (0-based), as EasyR1's schedulers
    (verl/utils/torch_functional.py): linear warmup from 0 (``step / warmup_steps``), then
    constant, or cosine decay to ``min_ratio`` at ``total_steps``."""
    if warmup_steps > 0 and step < warmup_steps:
        return step / warmup_steps
    if schedule == "constant":
        return 1.0
    if schedule == "cosine":
        m = min_ratio or 0.0
        progress = (step - warmup_steps) / max(1, total_steps - warmup_steps)
        return max(m, (1.0 - m) * 0.5 * math.cos(math.pi * progress) + (1.0 + m) * 0.5)
    raise ValueError(f"lr_scheduler_type must be 'cosine' or 'constant', not {schedule!r}")


def kl_reward_penalty(scores: torch.Tensor, old_log_probs: torch.Tensor, ref_log_probs: torch.Tensor,
                      response_mask: torch.Tensor, kl_coef: float, kind: str) -> tuple[torch.Tensor, float]:
    """KL in the reward, as EasyR1's ``apply_kl_penalty`` (use_kl_loss: false): token rewards are
    the score on the last response token minus ``kl_coef * kl`` on every token, and GRPO sums them
    per sequence, so a sequence's score becomes ``score - kl_coef * sum_t kl_t``. Returns the new
    per-sequence scores and the mean per-sequence KL (EasyR1's ``actor/kl_penalty`` metric)."""
    mask = response_mask.to(torch.float32)
    kld = kl_penalty(old_log_probs, ref_log_probs, kind) * mask
    current = (kld.sum(-1) / (mask.sum(-1) + 1e-8)).mean().item()  # VF.masked_mean per row, then the mean
    return scores.float() - kl_coef * kld.sum(-1), float(current)
