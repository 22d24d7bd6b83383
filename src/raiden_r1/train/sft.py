"""The SFT stage (cold start before GRPO): teach the policy the form it will be rewarded for, one
``<think>`` block of the character's inner monologue, then the answer, then the end-of-turn token.

Each record becomes (prompt, target): the prompt exactly as the GRPO engine builds it (data.py's
``load_prompts``: the same chat template, layout and filters), the target
``<think>{cot}</think>\\n{answer}`` followed by the tokenizer's end-of-turn token, so the model
learns to stop where generation stops. The loss is the mean negative log-likelihood of the target
tokens only (the engine's response log-probs, logprobs.py: prompt tokens are context, never
predicted), averaged over every target token of an optimizer step.

Batches: ``worker.actor.global_batch_size`` examples per optimizer step, in micro-batches of
``micro_batch_size_per_device_for_update``, each batch drawn from one character's examples where
it has enough left: their prompts share the persona (hundreds of tokens with
``prompt_layout: system``), and a micro-batch runs its longest common prompt prefix through the
model once, its examples' own prompt tails and targets attending to it (shared_prefix.py, as
GRPO's n samples of one prompt do). The loss and its gradient are exactly those of separate
forwards (tests/train/test_sft.py); on SmolLM2 with the quickstart's prompts (~520 prompt tokens,
~120 target tokens) a batch of 8 runs ~2,000 tokens instead of ~5,100. The order is a pure function of
(seed, epoch), so a checkpoint stores just (epoch, cursor) and a resumed run sees the same batches.

The run directory, checkpoints (HF format, exact resume), metrics.jsonl, TensorBoard and the
model card are the GRPO engine's. At the end ``<output_dir>/model`` holds the trained model as
one HF directory (LoRA merged into the weights): ``raiden-r1 train --model <output_dir>/model``
starts GRPO from it.
"""

from __future__ import annotations

import copy
import dataclasses
import math
import os
import random
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

import numpy as np
import torch

from raiden_r1.cpu import release_free_memory
from raiden_r1.errors import RaidenError

from . import algos
from . import shared_prefix as shared
from .backend import FastBackend, PolicyBackend, backend_for
from .checkpoint import card_facts, clean_partial, latest_checkpoint, load_training_state, quiet_transformers
from .checkpoint import save_checkpoint
from .config import Config, file_list, save_config, to_yaml, warmup_steps
from .data import RowFormat, load_prompts
from .modeling import MasterAdamW, build_policy, unwrap
from .run_start import start_run

BUCKET = 8  # batches per length-sorted run: enough to group lengths, few enough to keep the order random
MODEL_DIR = "model"
ENGINE = "the local SFT stage (raiden-r1 sft)"


@dataclass
class Example:
    prompt_ids: list[int]
    target_ids: list[int]  # the target's tokens, then the end-of-turn token
    language: str = ""
    group: str = ""  # examples of one group (a character) share their prompt's start: batched together


def sft_target(record) -> str:
    """What the policy learns to write for a record (docs/formats.md §2, ``cot``)."""
    return f"<think>{record.cot.strip()}</think>\n{record.answer.strip()}"


def load_examples(cfg: Config, tokenizer, files: Sequence[str]) -> tuple[list[Example], int, int]:
    """(examples, prompts dropped as too long, targets dropped as longer than
    data.max_response_length). Every record needs a ``cot``."""
    d = cfg.data
    prompts, long_prompts = load_prompts(files, tokenizer, d.prompt_layout, d.max_prompt_length, d.focus, d.language,
                                         RowFormat(d.prompt_key, d.answer_key, d.format_prompt))
    end = tokenizer.eos_token_id
    if end is None:
        raise RaidenError("the tokenizer defines no end-of-turn (EOS) token: SFT could not teach the model to stop")
    examples, long_targets, no_cot = [], 0, []
    for p in prompts:
        if p.record is None:
            raise RaidenError(f"{', '.join(files)}: EasyR1 rows hold no answer text to learn; give RAIDEN-R1 record "
                              f"files (docs/formats.md §2)")
        if not (p.record.cot and p.record.cot.strip()):
            no_cot.append(p.record)
            continue
        ids = tokenizer(sft_target(p.record), add_special_tokens=False)["input_ids"] + [end]
        if len(ids) > d.max_response_length:
            long_targets += 1
            continue
        examples.append(Example(list(p.ids), list(ids), p.language, p.record.character_name))
    if no_cot:
        raise RaidenError(f"{', '.join(files)}: {len(no_cot)} records have no cot (the first: "
                          f"{no_cot[0].character_name!r}, question {no_cot[0].question!r}); write them with "
                          f"'raiden-r1 data cot IN --out OUT'")
    if not examples:
        raise RaidenError(f"{', '.join(files)}: no SFT examples left ({long_targets} targets longer than "
                          f"data.max_response_length={d.max_response_length} tokens)")
    return examples, long_prompts, long_targets


def epoch_batches(lengths: Sequence[int], batch_size: int, seed: int, epoch: int, shuffle: bool = True,
                  bucket: int = BUCKET, groups: Sequence[str] | None = None) -> list[list[int]]:
    """The batches of one epoch (every example once; the last may be short). With ``groups``, a
    batch holds one group's examples where that group has ``batch_size`` left; the rest of each
    group are pooled into mixed batches. Without, examples of similar length are batched together
    (the shuffled order is cut into runs of ``bucket`` batches, each sorted by length)."""
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
    return batches


class BatchSampler:
    """Hands out one batch per step, epoch after epoch; its state is (epoch, cursor)."""

    def __init__(self, lengths: Sequence[int], batch_size: int, seed: int, shuffle: bool = True,
                 groups: Sequence[str] | None = None):
        self.lengths, self.batch_size, self.seed, self.shuffle = list(lengths), batch_size, seed, shuffle
        self.groups = list(groups) if groups is not None else None
        self.epoch, self.cursor = 0, 0
        self.per_epoch = math.ceil(len(self.lengths) / batch_size)

    def next(self) -> list[int]:
        batch = epoch_batches(self.lengths, self.batch_size, self.seed, self.epoch, self.shuffle,
                              groups=self.groups)[self.cursor]
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
    rests = len(examples) * max(len(e.prompt_ids) - shared_len + len(e.target_ids) for e in examples)
    return rests + (shared_len if batch_prefix_len is None else 0)


def target_nll(model, examples: Sequence[Example], pad_id: int, device, backend: PolicyBackend | None = None,
               prefix: Prefix | None = None) -> torch.Tensor:
    """Summed negative log-likelihood of the examples' target tokens (prompt tokens are context
    only), computed by ``backend`` (default: the fast one). The examples' common prompt prefix is
    their one prompt; their prompt tails are read as the start of their responses, predicted but
    not counted. ``prefix``: that prefix's forward, done once for a whole batch
    (``batch_prefix``); the examples' rests then run against it."""
    backend = backend if backend is not None else FastBackend()
    pids, pmask, rids, rmask, tmask = collate(examples, pad_id, device, prefix.length if prefix else None)
    forward = prefix.forward(len(examples)) if prefix is not None else None
    lp = backend.response_log_probs(model, pids, pmask, rids, rmask, len(examples), prompt_forward=forward).log_probs
    return -(lp * tmask).sum()


@dataclass
class Prefix:
    """A batch's common prompt prefix run once with its graph cut (shared.PromptForward.cut): every
    micro-batch's rests attend to it and leave their gradients on its leaves, and ``send_back``
    runs the prefix's backward once for the whole batch. Micro-batches can then be small (the
    activations of one at a time) without running the persona once per micro-batch."""

    length: int
    cut: shared.PromptForward
    send_back: Callable[[], None]

    def forward(self, n: int) -> shared.PromptForward:
        p = self.cut.prompt
        return shared.PromptForward(self.cut.last, self.cut.lengths, shared.SharedPrompt(p.keys, p.values, p.bias, n))


def batch_prefix(model, examples: Sequence[Example], device, micro_batch: int,
                 backend: PolicyBackend | None = None) -> Prefix | None:
    """The batch's common prefix run once, where the batch takes several micro-batches and the
    backend can keep a prompt forward for this model; None otherwise (each micro-batch then runs
    its own common prefix)."""
    backend = backend if backend is not None else FastBackend()
    if len(examples) <= micro_batch:
        return None
    length = shared_length(examples)
    ids = torch.tensor([examples[0].prompt_ids[:length]], dtype=torch.long, device=device)
    forward = backend.prompt_forward(model, ids, torch.ones_like(ids), 1)
    if forward is None:
        return None
    cut, send_back = forward.cut()
    return Prefix(length, cut, send_back)


class SFTTrainer:
    def __init__(self, cfg: Config, *, resume: bool = False, overwrite: bool = False,
                 examples: Sequence[Example] | None = None, backend: PolicyBackend | None = None):
        self.cfg = cfg
        self.backend = backend if backend is not None else backend_for(cfg)  # the loss's forward
        t = cfg.trainer
        self.previous_run_moved_to, self.device, self.run_dir, self.base_path, self.tokenizer = start_run(
            cfg, cfg.data.seed, resume=resume, overwrite=overwrite)
        self.pad_id = self.tokenizer.pad_token_id
        self.dropped = (0, 0)
        if examples is None:
            examples, *dropped = load_examples(cfg, self.tokenizer, file_list(cfg.data.train_files))
            self.dropped = tuple(dropped)
        self.examples = list(examples)
        self.val_examples: list[Example] = []
        if file_list(cfg.data.val_files):
            self.val_examples = load_examples(cfg, self.tokenizer, file_list(cfg.data.val_files))[0]
        bs = cfg.actor.global_batch_size
        self.total_steps = t.max_steps if t.max_steps is not None else math.ceil(len(self.examples) / bs) * t.total_epochs

        clean_partial(self.run_dir)
        ckpt = latest_checkpoint(self.run_dir) if resume else None
        self.policy = build_policy(cfg, self.device, self.base_path, checkpoint=ckpt)
        o = cfg.optim
        self.optim = MasterAdamW(self.policy, o.lr, o.betas, o.eps, o.weight_decay)
        lengths = [len(e.prompt_ids) + len(e.target_ids) for e in self.examples]
        self.sampler = BatchSampler(lengths, bs, cfg.data.seed, cfg.data.shuffle, [e.group for e in self.examples])
        self.generator = torch.Generator(device=self.device).manual_seed(cfg.data.seed)  # checkpoint format
        self.step_count = 0
        if ckpt is not None:
            state = load_training_state(ckpt, self.optim.optimizer, self.optim.masters, self.generator)
            self.optim.sync_model_from_masters()
            self.sampler.load_state_dict(state["data"])
            self.step_count = int(state["step"])
        self.run_dir.mkdir(parents=True, exist_ok=True)
        save_config(cfg, self.run_dir / "config.yaml")

    def lr_at(self, step: int) -> float:
        o = self.cfg.optim
        warm = warmup_steps(self.cfg, self.total_steps)
        return o.lr * algos.lr_lambda(step, warm, self.total_steps, o.lr_scheduler_type, o.min_lr_ratio)

    def step(self, batch: Sequence[int] | None = None) -> dict[str, float]:
        t0 = time.perf_counter()
        idx = list(batch) if batch is not None else self.sampler.next()
        idx.sort(key=lambda i: len(self.examples[i].prompt_ids) + len(self.examples[i].target_ids))
        tokens = sum(len(self.examples[i].target_ids) for i in idx)
        mb = self.cfg.actor.micro_batch_size_per_device_for_update
        self.policy.train()
        loss_sum = 0.0
        batch = [self.examples[i] for i in idx]
        prefix = batch_prefix(self.policy, batch, self.device, mb, self.backend)
        run = prefix.length if prefix is not None else 0
        for s in range(0, len(idx), mb):
            chunk = batch[s:s + mb]
            nll = target_nll(self.policy, chunk, self.pad_id, self.device, self.backend, prefix)
            (nll / tokens).backward()
            self.optim.collect_grads()
            loss_sum += float(nll.detach())
            run += run_tokens(chunk, prefix.length if prefix is not None else None)
        if prefix is not None:
            prefix.send_back()  # the prefix's backward, once for every micro-batch
        lr = self.lr_at(self.step_count)
        norm = self.optim.step(lr, self.cfg.actor.max_grad_norm)
        self.step_count += 1
        if not np.isfinite(norm):
            raise RaidenError(f"step {self.step_count}: non-finite gradient norm: training diverged (try a lower "
                              f"worker.actor.optim.lr or worker.actor.fsdp.mp_param_dtype=fp32)")
        real = sum(len(self.examples[i].prompt_ids) + len(self.examples[i].target_ids) for i in idx)
        dt = time.perf_counter() - t0
        return {"loss": loss_sum / tokens, "grad_norm": norm, "lr": lr, "response_length": tokens / len(idx),
                "model_tokens_share": run / real, "step_time": dt, "tokens_per_s": real / max(dt, 1e-9)}

    @torch.no_grad()
    def evaluate(self, examples: Sequence[Example]) -> dict[str, float]:
        """Mean target-token loss on held-out examples."""
        self.policy.eval()
        mb = self.cfg.actor.micro_batch_size_per_device_for_experience
        ordered = sorted(examples, key=lambda e: len(e.prompt_ids) + len(e.target_ids))
        total = sum(float(target_nll(self.policy, ordered[s:s + mb], self.pad_id, self.device, self.backend))
                    for s in range(0, len(ordered), mb))
        self.policy.train()
        return {"eval/loss": total / max(1, sum(len(e.target_ids) for e in examples))}

    def _card(self):
        return dataclasses.replace(card_facts(self.cfg, self.step_count), engine=ENGINE,
                                   title=f"{self.run_dir.name} (SFT step {self.step_count})")

    def save(self) -> Path:
        return save_checkpoint(self.run_dir, self.step_count, model=self.policy, tokenizer=self.tokenizer,
                               optimizer=self.optim.optimizer, masters=self.optim.masters, generator=self.generator,
                               trainer_state={"data": self.sampler.state_dict()}, config_yaml=to_yaml(self.cfg),
                               keep_last=self.cfg.trainer.save_limit, card=self._card())

    def export(self) -> Path:
        """``<output_dir>/model``: the trained weights as one HF model directory (LoRA merged),
        written beside and renamed into place."""
        from raiden_r1.model_card import write_card

        final, tmp = self.run_dir / MODEL_DIR, self.run_dir / f".tmp-{MODEL_DIR}"
        shutil.rmtree(tmp, ignore_errors=True)
        model = self.policy
        if hasattr(model, "merge_and_unload"):
            model = copy.deepcopy(model).merge_and_unload()
        with quiet_transformers():
            unwrap(model).save_pretrained(tmp, safe_serialization=True)
            self.tokenizer.save_pretrained(tmp)
        write_card(tmp, self._card())
        if final.exists():
            shutil.rmtree(final)  # this run's own export, from an earlier end (claim_run_dir guards others')
        os.replace(tmp, final)
        return final

    def train(self) -> dict[str, float]:
        from .monitor import Monitor, expected_total_steps

        t = self.cfg.trainer
        monitor = Monitor(self.run_dir, self.total_steps, start_step=self.step_count, progress=t.progress, desc="sft")
        start, last, durations, saved_at = time.monotonic(), {}, [], self.step_count
        try:
            while self.step_count < self.total_steps:
                if t.max_minutes > 0 and durations and expected_total_steps(
                        self.step_count, self.total_steps, time.monotonic() - start, t.max_minutes * 60,
                        float(np.median(durations[-5:]))) <= self.step_count:
                    break
                m = self.step()
                release_free_memory(self.device)  # what the step freed: the heap must not grow step by step
                durations.append(m["step_time"])
                step = self.step_count
                if self.val_examples and t.val_freq > 0 and step % t.val_freq == 0:
                    m.update(self.evaluate(self.val_examples[:t.val_samples]))
                if step % t.log_every == 0 or step == self.total_steps:
                    monitor.log(step, m)
                monitor.advance()
                last = m
                if t.save_freq > 0 and step % t.save_freq == 0:
                    self.save()
                    saved_at = step
            if saved_at != self.step_count:
                self.save()
        finally:
            monitor.close()
        self.export()
        return last
