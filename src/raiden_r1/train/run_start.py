"""What every local run does first, GRPO (trainer.py) and SFT (sft.py) alike: claim the output
directory (a previous run continued or moved aside, never clobbered), threads, seeds, the device,
float32 where the CPU has no bf16 instructions, and the base model's tokenizer."""

from __future__ import annotations

import random
from pathlib import Path
from typing import NamedTuple

import numpy as np
import torch

from raiden_r1.cpu import bf16_is_fast

from .config import Config
from .modeling import load_tokenizer, pick_device, resolve_model_path
from .run_dir import claim_run_dir


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


class RunStart(NamedTuple):
    previous_run_moved_to: Path | None
    device: torch.device
    run_dir: Path
    base_path: str
    tokenizer: object


FP32_NOTE = ("note: this CPU has no bf16 instructions (AVX-512 BF16/AMX): computing in float32 "
             "(worker.actor.fsdp.mp_param_dtype=fp32)")


def start_run(cfg: Config, seed: int, *, resume: bool, overwrite: bool) -> RunStart:
    """What every local run does first (GRPO and SFT alike): a previous run in output_dir is
    continued or moved aside, never clobbered; threads, seeds, device; the base model's tokenizer."""
    t = cfg.trainer
    moved_to = claim_run_dir(t.output_dir, resume=resume, overwrite=overwrite)
    if t.num_threads > 0:
        torch.set_num_threads(t.num_threads)
    seed_everything(seed)
    base_path = resolve_model_path(cfg.model.model_path)
    device = pick_device(t.device)
    if device.type == "cpu" and cfg.actor.fsdp.mp_param_dtype == "bf16" and not bf16_is_fast():
        # Without bf16 in hardware torch emulates it: a matmul measured ~25x slower than float32 on
        # an AVX2 EPYC (docs/tuning.md). The resolved config (config.yaml) records float32.
        # The commands say so once the run has started (FP32_NOTE), after any input error.
        cfg.actor.fsdp.mp_param_dtype = "fp32"
    return RunStart(moved_to, device, Path(t.output_dir), base_path, load_tokenizer(base_path, cfg))
