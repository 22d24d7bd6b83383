"""Prompts for the local engine: records -> chat-templated token ids + ground truths, in a
resumable, seeded order.

Prompts are tokenised once at start-up (never again per step). The order is a pure function of
(seed, epoch), so the data-order state saved in a checkpoint is just ``(epoch, cursor)``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from raiden_r1.errors import RaidenError


@dataclass
class Prompt:
    ids: list[int]
    ground_truth: Any  # raiden_r1.data.ground_truth.GroundTruth, or anything a custom reward takes
    text: str  # the templated prompt, for sample logs
    focus: str = ""
    language: str = ""


def encode_messages(tokenizer, messages: list[dict[str, str]]) -> tuple[list[int], str]:
    if not getattr(tokenizer, "chat_template", None):
        raise RaidenError("the model's tokenizer has no chat template; use an instruct model")
    text = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
    ids = tokenizer(text, add_special_tokens=False)["input_ids"]
    return list(ids), text


def load_prompts(files: Sequence[str | Path], tokenizer, layout: str, max_prompt_length: int,
                 focus: Sequence[str] = (), language: Sequence[str] = ()) -> tuple[list[Prompt], int]:
    """Prompts of every record that passes the filters; returns (prompts, number dropped as too long)."""
    from raiden_r1.data.ground_truth import record_ground_truth
    from raiden_r1.data.prompt import record_messages
    from raiden_r1.data.records_io import load_records

    prompts: list[Prompt] = []
    too_long = 0
    for f in files:
        for rec in load_records(f):
            if focus and rec.metadata.focus not in focus:
                continue
            if language and rec.metadata.language not in language:
                continue
            ids, text = encode_messages(tokenizer, record_messages(rec, layout=layout))
            if len(ids) > max_prompt_length:
                too_long += 1
                continue
            prompts.append(Prompt(ids, record_ground_truth(rec), text, rec.metadata.focus, rec.metadata.language))
    if not prompts:
        why = f" ({too_long} longer than data.max_prompt_length={max_prompt_length})" if too_long else ""
        raise RaidenError(f"{', '.join(map(str, files))}: no training prompts left after filters{why}")
    return prompts, too_long


class PromptSampler:
    """Hands out ``k`` prompts per step, epoch after epoch, reshuffled per epoch from (seed, epoch)."""

    def __init__(self, size: int, seed: int, shuffle: bool = True):
        self.size, self.seed, self.shuffle = size, seed, shuffle
        self.epoch, self.cursor = 0, 0

    def _order(self, epoch: int) -> list[int]:
        order = list(range(self.size))
        if self.shuffle:
            random.Random(f"{self.seed}:{epoch}").shuffle(order)
        return order

    def next(self, k: int) -> list[int]:
        out: list[int] = []
        while len(out) < k:
            order = self._order(self.epoch)
            take = order[self.cursor: self.cursor + (k - len(out))]
            out += take
            self.cursor += len(take)
            if self.cursor >= self.size:
                self.epoch, self.cursor = self.epoch + 1, 0
        return out

    def state_dict(self) -> dict[str, int]:
        return {"epoch": self.epoch, "cursor": self.cursor, "size": self.size, "seed": self.seed}

    def load_state_dict(self, state: dict[str, int]) -> None:
        if state.get("size") != self.size or state.get("seed") != self.seed:
            raise RaidenError(f"checkpoint data order was saved for {state.get('size')} prompts with seed "
                              f"{state.get('seed')}, but the data now has {self.size} with seed {self.seed}")
        self.epoch, self.cursor = int(state["epoch"]), int(state["cursor"])
