"""The SFT stage (cold start before GRPO): teach the policy the form it will be rewarded for, one
``<think>`` block of the character's inner monologue, then the answer, then the end-of-turn token.

Each record becomes (prompt, target): the prompt exactly as the GRPO engine builds it (data.py's
``load_prompts``: the same chat template, layout and filters), the target
``<think>{cot}</think>\\n{answer}`` followed by the tokenizer's end-of-turn token, so the model
learns to stop where generation stops. The loss is the mean negative log-likelihood of the target
tokens only (the engine's response log-probs, logprobs.py: prompt tokens are context, never
predicted), averaged over every target token of an optimizer step.

Batches (sft_batches.py): ``worker.actor.global_batch_size`` examples per optimizer step, each
batch drawn from one character's examples where it has enough left: their prompts share the
persona (hundreds of tokens with ``prompt_layout: system``). Each character's examples in a batch
run their longest common prompt prefix through the model once, their own prompt tails and targets
attending to it (shared_prefix.py, as GRPO's n samples of one prompt do), in micro-batches of
``micro_batch_size_per_device_for_update`` examples (and at most
``worker.actor.micro_batch_max_tokens`` padded tokens, where set). The loss and its gradient are
exactly those of separate forwards (tests/train/test_sft.py); on SmolLM2 with the quickstart's
prompts (~520 prompt tokens, ~120 target tokens) a batch of 8 runs ~2,000 tokens instead of
~5,100. The order is a pure function of (seed, epoch), so a checkpoint stores just (epoch, cursor)
and a resumed run sees the same batches.

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
from .sft_batches import (BUCKET, BatchSampler, Example, collate, common_prefix, epoch_batches,  # noqa: F401
                          plan, run_tokens, shared_length)

MODEL_DIR = "model"
ENGINE = "the local SFT stage (raiden-r1 sft)"


def sft_target(record) -> str:
    """What the policy learns to write for a record (docs/formats.md §2, ``cot``)."""
    return f"<think>{record.cot.strip()}</think>\n{record.answer.strip()}"


def load_examples(cfg: Config, tokenizer, files: Sequence[str]) -> tuple[list[Example], int, int]:
    """(examples, prompts dropped as too long, targets dropped as longer than
    data.max_response_length). Every record needs a ``cot``."""
    d = cfg.data
    prompts, long_prompts = load_prompts(files, tokenizer, d.prompt_layout, d.max_prompt_length, d.focus, d.language,
                                         RowFormat(d.prompt_key, d.answer_key, d.format_prompt), d.prompt_style)
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
        copies = d.cm_repeats if p.focus == "conversation_memory" else 1
        examples += [Example(list(p.ids), list(ids), p.language, p.record.character_name) for _ in range(copies)]
    if no_cot:
        raise RaidenError(f"{', '.join(files)}: {len(no_cot)} records have no cot (the first: "
                          f"{no_cot[0].character_name!r}, question {no_cot[0].question!r}); write them with "
                          f"'raiden-r1 data cot IN --out OUT'")
    if not examples:
        raise RaidenError(f"{', '.join(files)}: no SFT examples left ({long_targets} targets longer than "
                          f"data.max_response_length={d.max_response_length} tokens)")
    return examples, long_prompts, long_targets


def target_nll(model, examples: Sequence[Example], pad_id: int, device, backend: PolicyBackend | None = None,
               prefix: Prefix | None = None) -> torch.Tensor:
    """Summed negative log-likelihood of the examples' target tokens (prompt tokens are context
    only), computed by ``backend`` (default: the fast one). The examples' common prompt prefix is
    their one prompt; their prompt tails are read as the start of their responses, attended to but
    never put through the vocabulary projection (only target positions are scored: a persona's
    hundreds of tail positions would otherwise each take a 49k-wide float32 row of logits and its
    log-softmax). ``prefix``: that prefix's forward, done once for a whole segment
    (``batch_prefix``); the examples' rests then run against it."""
    backend = backend if backend is not None else FastBackend()
    pids, pmask, rids, rmask, tmask = collate(examples, pad_id, device, prefix.length if prefix else None)
    forward = prefix.forward(len(examples)) if prefix is not None else None
    lp = backend.response_log_probs(model, pids, pmask, rids, rmask, len(examples), prompt_forward=forward,
                                    score_mask=tmask).log_probs
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


def batch_prefix(model, examples: Sequence[Example], device, parts: int,
                 backend: PolicyBackend | None = None) -> Prefix | None:
    """The common prefix of a segment's examples run once, where they take several micro-batches
    (``parts``) and the backend can keep a prompt forward for this model; None otherwise (each
    micro-batch then runs its own common prefix)."""
    backend = backend if backend is not None else FastBackend()
    if parts <= 1:
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
        self.sampler = BatchSampler(lengths, bs, cfg.data.seed, cfg.data.shuffle, [e.group for e in self.examples],
                                    [e.language for e in self.examples])
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
        tokens = sum(len(self.examples[i].target_ids) for i in idx)
        a = self.cfg.actor
        self.policy.train()
        loss_sum, run = 0.0, 0
        for segment in plan([self.examples[i] for i in idx], a.micro_batch_size_per_device_for_update,
                            a.micro_batch_max_tokens):
            members = [e for part in segment for e in part]
            prefix = batch_prefix(self.policy, members, self.device, len(segment), self.backend)
            run += prefix.length if prefix is not None else 0
            for chunk in segment:
                nll = target_nll(self.policy, chunk, self.pad_id, self.device, self.backend, prefix)
                (nll / tokens).backward()
                self.optim.collect_grads()
                loss_sum += float(nll.detach())
                run += run_tokens(chunk, prefix.length if prefix is not None else None)
            if prefix is not None:
                prefix.send_back()  # the segment prefix's backward, once for all its micro-batches
                self.optim.collect_grads()
                del prefix
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
        a = self.cfg.actor
        total = sum(float(target_nll(self.policy, part, self.pad_id, self.device, self.backend))
                    for segment in plan(examples, a.micro_batch_size_per_device_for_experience,
                                        a.micro_batch_max_tokens) for part in segment)
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
