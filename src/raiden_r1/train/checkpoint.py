"""Atomic, resumable checkpoints.

``<run>/checkpoints/step_000010/``:
  model files (``save_pretrained``: full weights, or the LoRA adapter) + tokenizer   HF format
  master_weights.safetensors  float32 master copy of bf16 trainable weights (exact resume)
  optimizer.pt                AdamW state + torch RNG states (tensors only: weights_only-safe)
  trainer_state.json          step, data order, python/numpy RNG, lr-schedule position
  config.yaml                 the resolved run config
  README.md                   a model card: base model, data, recipe, evaluation when known
  COMPLETE                    written last: a directory without it is never resumed from

Everything is written into ``.tmp-step_000010`` and renamed in one ``os.replace``, so a kill -9 at
any instant leaves either the previous checkpoints or the new complete one.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import re
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import torch

from raiden_r1.errors import RaidenError

_STEP_DIR = re.compile(r"^step_(\d+)$")
COMPLETE = "COMPLETE"


def checkpoint_root(run_dir: str | Path) -> Path:
    return Path(run_dir) / "checkpoints"


def list_checkpoints(run_dir: str | Path) -> list[tuple[int, Path]]:
    """Complete checkpoints, oldest first."""
    root = checkpoint_root(run_dir)
    if not root.is_dir():
        return []
    found = []
    for d in root.iterdir():
        m = _STEP_DIR.match(d.name)
        if m and d.is_dir() and (d / COMPLETE).is_file():
            found.append((int(m.group(1)), d))
    return sorted(found)


def latest_checkpoint(run_dir: str | Path) -> Path | None:
    found = list_checkpoints(run_dir)
    return found[-1][1] if found else None


def clean_partial(run_dir: str | Path) -> None:
    """Remove half-written checkpoints left by a killed run."""
    root = checkpoint_root(run_dir)
    if root.is_dir():
        for d in root.iterdir():
            if d.name.startswith(".tmp-") and d.is_dir():
                shutil.rmtree(d, ignore_errors=True)


def rng_state() -> dict[str, Any]:
    """Python and numpy RNG states as JSON-able values."""
    py = random.getstate()
    kind, keys, pos, has_gauss, cached = np.random.get_state()
    return {"python": [py[0], list(py[1]), py[2]],
            "numpy": [kind, keys.tolist(), int(pos), int(has_gauss), float(cached)]}


def set_rng_state(state: dict[str, Any]) -> None:
    v, internal, gauss = state["python"]
    random.setstate((v, tuple(internal), gauss))
    kind, keys, pos, has_gauss, cached = state["numpy"]
    np.random.set_state((kind, np.asarray(keys, dtype=np.uint32), pos, has_gauss, cached))


@contextlib.contextmanager
def quiet_transformers():
    """transformers' own progress bars would break the training bar's line at every save."""
    from transformers.utils import logging as hf_logging

    was = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        if was:
            hf_logging.enable_progress_bar()


def card_facts(cfg, step: int, evaluation: dict[str, str] | None = None, source: str | None = None):
    """The model card of a local checkpoint, from its run config (train.config.Config)."""
    import dataclasses

    from raiden_r1.model_card import CardFacts, recipe_of

    from .config import file_list

    base = cfg.model.model_path
    from .default_model import DEFAULT_ALIASES, default_model_dir

    if base is None or base.strip().lower() in DEFAULT_ALIASES or Path(base) == default_model_dir():
        base = "HuggingFaceTB/SmolLM2-135M-Instruct"  # the embedded default model (or its cached copy)
    return CardFacts(title=f"{Path(cfg.trainer.output_dir).name} (step {step})",
                     engine="the local GRPO engine (raiden-r1 train)", base_model=base, step=step,
                     train_files=file_list(cfg.data.train_files), val_files=file_list(cfg.data.val_files),
                     recipe=recipe_of(dataclasses.asdict(cfg)), evaluation=evaluation or {}, evaluation_source=source)


def save_checkpoint(run_dir: str | Path, step: int, *, model, tokenizer, optimizer: torch.optim.Optimizer,
                    masters: dict[str, torch.Tensor], generator: torch.Generator, trainer_state: dict[str, Any],
                    config_yaml: str, keep_last: int, card=None) -> Path:
    from safetensors.torch import save_file

    root = checkpoint_root(run_dir)
    root.mkdir(parents=True, exist_ok=True)
    final = root / f"step_{step:06d}"
    tmp = root / f".tmp-{final.name}"
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir()
    with quiet_transformers():
        model.save_pretrained(tmp, safe_serialization=True)
        tokenizer.save_pretrained(tmp)
    if masters:
        save_file({k: v.detach().contiguous() for k, v in masters.items()}, str(tmp / "master_weights.safetensors"))
    tensors = {"optimizer": optimizer.state_dict(), "torch_rng": torch.get_rng_state(),
               "sample_rng": generator.get_state()}
    if torch.cuda.is_available():
        tensors["cuda_rng"] = torch.cuda.get_rng_state_all()
    torch.save(tensors, tmp / "optimizer.pt")
    state = dict(trainer_state, step=step, rng=rng_state())
    (tmp / "trainer_state.json").write_text(json.dumps(state, indent=1), encoding="utf-8")
    (tmp / "config.yaml").write_text(config_yaml, encoding="utf-8")
    if card is not None:
        from raiden_r1.model_card import write_card

        write_card(tmp, card)
    (tmp / COMPLETE).write_text(str(step), encoding="utf-8")
    if final.exists():  # the same step saved again (e.g. final save right after a periodic one)
        shutil.rmtree(final)
    os.replace(tmp, final)
    if keep_last > 0:  # trainer.save_limit; -1 keeps every checkpoint (EasyR1's default)
        for _, old in list_checkpoints(run_dir)[:-keep_last]:
            shutil.rmtree(old, ignore_errors=True)
    return final


def load_training_state(ckpt: Path, optimizer: torch.optim.Optimizer, masters: dict[str, torch.Tensor],
                        generator: torch.Generator) -> dict[str, Any]:
    """Restore optimizer, master weights and RNGs in place; return trainer_state.json."""
    from safetensors.torch import load_file

    try:
        tensors = torch.load(ckpt / "optimizer.pt", map_location="cpu", weights_only=True)
        state = json.loads((ckpt / "trainer_state.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, RuntimeError) as e:
        raise RaidenError(f"{ckpt}: cannot read checkpoint: {e}") from None
    if masters:
        saved = load_file(str(ckpt / "master_weights.safetensors"))
        missing = set(masters) - set(saved)
        if missing:
            raise RaidenError(f"{ckpt}: master_weights.safetensors lacks {sorted(missing)[0]}")
        with torch.no_grad():
            for k, v in masters.items():
                v.copy_(saved[k])
    optimizer.load_state_dict(tensors["optimizer"])
    torch.set_rng_state(tensors["torch_rng"])
    generator.set_state(tensors["sample_rng"])
    if "cuda_rng" in tensors and torch.cuda.is_available():
        torch.cuda.set_rng_state_all(tensors["cuda_rng"])
    set_rng_state(state["rng"])
    return state
