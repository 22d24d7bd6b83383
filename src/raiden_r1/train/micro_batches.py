"""How a GRPO rollout batch is cut into optimizer updates and forward/backward micro-batches.

``worker.actor.micro_batch_size_per_device_for_update`` counts sequences, as in EasyR1. At
``n`` or more, a micro-batch holds whole groups and each group's prompt runs once in it with its
``n`` responses. Below ``n``, a group's responses run that many at a time after one forward of
its prompt whose graph is cut (``PromptForward.cut``): every part's backward leaves gradients on
the cut, and the prompt's own backward runs once after the group's last part. The gradient is the
same sum over the same rows; only the activations of fewer responses are alive at once (the
attention probabilities of a response part grow with its rows: docs/tuning.md, "Where the
quickstart's peak is").
"""

from __future__ import annotations

import dataclasses
from typing import Callable, Iterator

import torch

from .shared_prefix import PromptForward


def rows_of(groups: list[int], n: int) -> list[int]:
    """Row indices of the samples of ``groups`` (rows g*n .. g*n+n-1 answer prompt g)."""
    return [g * n + j for g in groups for j in range(n)]


class Averager:
    """Weighted means of per-micro-batch metrics."""

    def __init__(self):
        self.sums: dict[str, float] = {}
        self.weights: dict[str, float] = {}

    def add(self, values: dict, weight: float = 1.0) -> None:
        for k, v in values.items():
            self.sums[k] = self.sums.get(k, 0.0) + float(v) * weight
            self.weights[k] = self.weights.get(k, 0.0) + weight

    def mean(self, key: str) -> float:
        w = self.weights.get(key, 0.0)
        return self.sums[key] / w if w else 0.0


def batch_plan(groups: list[int], n: int, actor) -> tuple[list[list[list[int]]], list[list[int]]]:
    """(updates, experience micro-batches). One optimizer update per ``global_batch_size`` prompts
    (EasyR1's mini-batches), each in micro-batches of whole groups of ``n`` (a prompt then runs
    through the model once per micro-batch; below ``n`` sequences, one group, split by
    ``micro_parts``); no-grad passes (old and reference log-probs) take their own, usually larger,
    micro-batches."""
    per_micro = max(1, actor.micro_batch_size_per_device_for_update // n)
    updates = []
    for u in range(0, len(groups), actor.global_batch_size):
        ug = groups[u:u + actor.global_batch_size]
        updates.append([ug[i:i + per_micro] for i in range(0, len(ug), per_micro)])
    per_exp = max(1, actor.micro_batch_size_per_device_for_experience // n)
    return updates, [groups[i:i + per_exp] for i in range(0, len(groups), per_exp)]


def with_rows(forward: PromptForward, n: int) -> PromptForward:
    """The same prompts' forward, serving ``n`` responses each."""
    return dataclasses.replace(forward, prompt=dataclasses.replace(forward.prompt, n=n))


Part = tuple[list[int], list[int], "PromptForward | None"]


def micro_parts(groups: list[int], n: int, rows_per_part: int, prompts: PromptForward | None,
                prompt_forward: Callable[[int], PromptForward | None]) -> Iterator[Part]:
    """(groups, rows, prompts' forward or None) of each forward/backward of one micro-batch.

    ``prompts``: the rollout's forward of the micro-batch's groups, or None. ``prompt_forward(g)``: group g's prompt through the model with grad, or None
    where the backend runs prompts with their responses (the group then runs whole). The caller
    must run each part's backward before asking for the next: a split group's prompt backward runs
    when its last part's is done.
    """
    if rows_per_part >= n or len(groups) != 1:
        yield groups, rows_of(groups, n), prompts
        return
    if prompts is None:
        prompts = prompt_forward(groups[0])
        if prompts is None:
            yield groups, rows_of(groups, n), None
            return
    # cut again even a forward the caller cut: the parts must not each backward through the
    # same selection of it
    prompts, send_back = prompts.cut()
    rows = rows_of(groups, n)
    for start in range(0, n, rows_per_part):
        part = rows[start:start + rows_per_part]
        yield groups, part, with_rows(prompts, len(part))
    send_back()


def one_prompt(ids: torch.Tensor, mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """A left-padded prompt row (1, P) without its padding, as the backend's prompt forward takes it."""
    keep = mask[0].bool()
    return ids[:, keep], mask[:, keep]
