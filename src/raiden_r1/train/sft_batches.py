"""SFT's examples, their order and how one optimizer step's batch is cut into forwards.

The order: ``global_batch_size`` examples per step, each batch drawn from one character's examples
where it has enough left (their prompts share the persona), the rest pooled into mixed batches;
with several languages, each language's batches spread evenly through the epoch (``spread``: a run
ended by its time budget after part of an epoch has still seen every language in its share); a
pure function of (seed, epoch), so a checkpoint stores just (epoch, cursor).

The cut (``plan``): a batch splits into segments, one per character (``Example.group``), whose
examples share their persona; a segment runs its common prompt prefix once (sft.batch_prefix) and
its examples' rests (prompt tail, then target) in micro-batches of at most
``micro_batch_size_per_device_for_update`` examples and, with a token budget, at most that many
padded rest tokens. A mixed batch used to run as one segment whose common prefix was the chat
template's first ~10 tokens: every micro-batch then carried whole personas (2 x ~700 tokens), the
quickstart's SFT peak (docs/tuning.md, "Where the quickstart's peak is"). The loss is the same sum
over target tokens whatever the cut (tests/train/test_sft.py).
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from typing import Sequence

import torch

from raiden_r1.errors import RaidenError

BUCKET = 8  # batches per length-sorted run: enough to group lengths, few enough to keep the order random


@dataclass
class Example:
    prompt_ids: list[int]
    target_ids: list[int]  # the target's tokens, then the end-of-turn token
    language: str = ""
    group: str = ""  # examples of one group (a character) share their prompt's start: batched together


def epoch_batches(lengths: Sequence[int], batch_size: int, seed: int, epoch: int, shuffle: bool = True,
                  bucket: int = BUCKET, groups: Sequence[str] | None = None,
                  languages: Sequence[str] | None = None) -> list[list[int]]:
    """The batches of one epoch (every example once; the last may be short). With ``groups``, a
    batch holds one group's examples where that group has ``batch_size`` left; the rest of each
    group are pooled into mixed batches. Without, examples of similar length are batched together
    (the shuffled order is cut into runs of ``bucket`` batches, each sorted by length). With
    ``languages`` (one per example) of more than one language, the shuffled batches are then
    spread by language (``spread``)."""
    order = list(range(len(lengths)))
    rng = random.Random(f"{seed}:{epoch}")
    if shuffle:
        rng.shuffle(order)
    batches = []
    if groups is not None:
        members: dict[str, list[int]] = {}
        for i in order:
            members.setdefault(groups[i], []).append(i)
        rest = []
        for idx in members.values():
            full = len(idx) - len(idx) % batch_size
            batches += [idx[s:s + batch_size] for s in range(0, full, batch_size)]
            rest += idx[full:]
        batches += [rest[s:s + batch_size] for s in range(0, len(rest), batch_size)]
    else:
        run = batch_size * bucket
        for s in range(0, len(order), run):
            chunk = sorted(order[s:s + run], key=lambda i: lengths[i])
            batches += [chunk[i:i + batch_size] for i in range(0, len(chunk), batch_size)]
    if shuffle:
        rng.shuffle(batches)  # long and short batches (and the groups) alternate through the epoch
    if languages is not None and len(set(languages)) > 1:
        batches = spread(batches, [_batch_language(b, languages) for b in batches])
    return batches


def _batch_language(batch: Sequence[int], languages: Sequence[str]) -> str:
    """A batch's language: its examples' most common one (a pooled batch may mix), the first on a tie."""
    counts: dict[str, int] = {}
    for i in batch:
        counts[languages[i]] = counts.get(languages[i], 0) + 1
    return max(counts, key=counts.get)


def spread(batches: list[list[int]], labels: Sequence[str]) -> list[list[int]]:
    """``batches`` reordered so that each label's batches sit evenly through the list (the k-th of n
    at k / n, so every label opens the list), each label's own order kept: any first m batches hold
    each label's share of m to within a batch or two (at most one over). The quickstart's SFT budget ends its run
    after ~20 of an epoch's 41 batches: shuffled, a language's share of those varied with the seed,
    and a small one could come last (Korean, 3 batches, had 1 in the first 19 at (k + 0.5) / n)."""
    positions: dict[str, list[int]] = {}
    for b, label in enumerate(labels):
        positions.setdefault(label, []).append(b)
    keyed = []
    for label, members in positions.items():
        for k, b in enumerate(members):
            keyed.append((k / len(members), members[0], b))
    return [batches[b] for _, _, b in sorted(keyed)]


class BatchSampler:
    """Hands out one batch per step, epoch after epoch; its state is (epoch, cursor)."""

    def __init__(self, lengths: Sequence[int], batch_size: int, seed: int, shuffle: bool = True,
                 groups: Sequence[str] | None = None, languages: Sequence[str] | None = None):
        self.lengths, self.batch_size, self.seed, self.shuffle = list(lengths), batch_size, seed, shuffle
        self.groups = list(groups) if groups is not None else None
        self.languages = list(languages) if languages is not None else None
        self.epoch, self.cursor = 0, 0
        self.per_epoch = math.ceil(len(self.lengths) / batch_size)

    def next(self) -> list[int]:
        batch = epoch_batches(self.lengths, self.batch_size, self.seed, self.epoch, self.shuffle,
                              groups=self.groups, languages=self.languages)[self.cursor]
        self.cursor += 1
        if self.cursor >= self.per_epoch:
            self.epoch, self.cursor = self.epoch + 1, 0
        return batch

    def state_dict(self) -> dict[str, int]:
        return {"epoch": self.epoch, "cursor": self.cursor, "size": len(self.lengths), "seed": self.seed}

    def load_state_dict(self, state: dict[str, int]) -> None:
        if state.get("size") != len(self.lengths) or state.get("seed") != self.seed:
            raise RaidenError(f"checkpoint data order was saved for {state.get('size')} examples with seed "
                              f"{state.get('seed')}, but the data now has {len(self.lengths)} with seed {self.seed}")
        self.epoch, self.cursor = int(state["epoch"]), int(state["cursor"])


def common_prefix(rows: Sequence[Sequence[int]]) -> int:
    """Length of the longest token prefix every row shares."""
    first, n = rows[0], min(len(r) for r in rows)
    for k in range(n):
        if any(r[k] != first[k] for r in rows[1:]):
            return k
    return n


def shared_length(examples: Sequence[Example]) -> int:
    """Prompt tokens the examples share and run once: at least one, so every example's first
    predicted token has a context."""
    return max(1, common_prefix([e.prompt_ids for e in examples]))


def rest_width(examples: Sequence[Example], prefix_len: int) -> int:
    """Columns of the examples' rests (prompt tail, then target) after a prefix of ``prefix_len``."""
    return max(len(e.prompt_ids) - prefix_len + len(e.target_ids) for e in examples)


def segments(examples: Sequence[Example]) -> list[list[Example]]:
    """The batch's examples by group (first appearance order), each group's shortest first: a
    group's examples share their persona, which then runs once for them."""
    by_group: dict[str, list[Example]] = {}
    for e in examples:
        by_group.setdefault(e.group, []).append(e)
    return [sorted(g, key=lambda e: len(e.prompt_ids) + len(e.target_ids)) for g in by_group.values()]


def micro_batches(segment: Sequence[Example], rows: int, token_budget: int = 0) -> list[list[Example]]:
    """A segment (sorted shortest first) cut into micro-batches of at most ``rows`` examples and,
    with ``token_budget`` > 0, at most that many padded rest tokens (rows x width after the
    segment's common prefix); an example longer than the budget runs alone."""
    prefix = shared_length(segment)
    parts: list[list[Example]] = []
    for e in segment:
        part = parts[-1] if parts else None
        if part is not None and len(part) < rows and (
                token_budget <= 0 or (len(part) + 1) * rest_width(part + [e], prefix) <= token_budget):
            part.append(e)
        else:
            parts.append([e])
    return parts


def plan(examples: Sequence[Example], rows: int, token_budget: int = 0) -> list[list[list[Example]]]:
    """The batch as segments of micro-batches (module docstring)."""
    return [micro_batches(s, rows, token_budget) for s in segments(examples)]


def collate(examples: Sequence[Example], pad_id: int, device,
            shared_len: int | None = None) -> tuple[torch.Tensor, ...]:
    """(shared prompt prefix (1, P), its mask, each example's rest: prompt tail then target,
    right-padded (B, R), its mask, the mask of the target tokens among them): the engine's layout
    for one prompt with B responses (rollout.py), so its log-prob path runs unchanged.
    ``shared_len``: the prefix's length (default: all the tokens the examples share)."""
    shared_len = shared_length(examples) if shared_len is None else shared_len
    prefix = examples[0].prompt_ids[:shared_len]
    rests = [e.prompt_ids[shared_len:] + e.target_ids for e in examples]
    width = max(len(r) for r in rests)
    pids = torch.tensor([prefix], dtype=torch.long)
    pmask = torch.ones_like(pids)
    rids = torch.full((len(examples), width), pad_id, dtype=torch.long)
    rmask = torch.zeros((len(examples), width), dtype=torch.long)
    tmask = torch.zeros((len(examples), width), dtype=torch.long)
    for i, (e, r) in enumerate(zip(examples, rests)):
        rids[i, :len(r)] = torch.tensor(r)
        rmask[i, :len(r)] = 1
        tmask[i, len(r) - len(e.target_ids):len(r)] = 1
    return pids.to(device), pmask.to(device), rids.to(device), rmask.to(device), tmask.to(device)


def run_tokens(examples: Sequence[Example], batch_prefix_len: int | None = None) -> int:
    """Token positions a micro-batch puts through the model (shared prefix once, padding included;
    with ``batch_prefix_len``, the batch's prefix ran already and only the rests count)."""
    shared_len = shared_length(examples) if batch_prefix_len is None else batch_prefix_len
    rests = len(examples) * rest_width(examples, shared_len)
    return rests + (shared_len if batch_prefix_len is None else 0)
