"""``raiden-r1 train --config configs/local_smollm2.yaml [key=value ...] [--resume | --overwrite]``."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer


def config_from_cli(config: Optional[Path], overrides: Optional[List[str]], model: Optional[str], grpo: bool = True):
    """The run's config from --config, dotted overrides and --model (train and sft alike); the
    allocator is tuned first, since torch must not be imported before."""
    from raiden_r1.cpu import tune_allocator

    tune_allocator()
    from .config import load_config

    ovs = list(overrides or [])
    if model:
        ovs.append(f"worker.actor.model.model_path={model}")
    return load_config(config, ovs, grpo=grpo)


def train_command(
    config: Optional[Path] = typer.Option(None, "--config", "-c", help=(
        "YAML config: configs/local_*.yaml, or an EasyR1 config (its keys the local engine does not implement are "
        "named and skipped).")),
    overrides: Optional[List[str]] = typer.Argument(None, help=(
        "Dotted overrides in EasyR1's names, e.g. worker.actor.optim.lr=1e-6 worker.rollout.n=8.")),
    resume: bool = typer.Option(False, "--resume", help="Continue from the latest complete checkpoint of the run."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Start afresh in an output_dir that holds a previous "
                                   "run, after moving that run aside to <output_dir>.prev-<time> (nothing is deleted)."),
    model: Optional[str] = typer.Option(None, "--model", help=(
        "Model directory or hub id (same as worker.actor.model.model_path=...).")),
) -> None:
    """Train with GRPO and the VRAR reward on this machine (CPU or one GPU)."""
    cfg = config_from_cli(config, overrides, model)

    from .trainer import Trainer

    asked_dtype = cfg.actor.fsdp.mp_param_dtype
    trainer = Trainer(cfg, resume=resume, overwrite=overwrite)
    if cfg.actor.fsdp.mp_param_dtype != asked_dtype:  # start_run's fallback on a CPU without bf16
        from .run_start import FP32_NOTE

        typer.echo(FP32_NOTE, err=True)
    if trainer.previous_run_moved_to is not None:
        typer.echo(f"note: the previous run in {cfg.trainer.output_dir} was moved to {trainer.previous_run_moved_to}",
                   err=True)
    if trainer.dropped:
        typer.echo(f"note: {trainer.dropped} prompts longer than data.max_prompt_length="
                   f"{cfg.data.max_prompt_length} tokens were dropped", err=True)
    if resume and trainer.step_count:
        typer.echo(f"resuming {cfg.trainer.output_dir} at step {trainer.step_count}", err=True)
    if trainer.step_count >= trainer.total_steps:
        typer.echo(f"{cfg.trainer.output_dir}: already at step {trainer.step_count} of {trainer.total_steps}")
        return
    last = trainer.train()
    out = Path(cfg.trainer.output_dir)
    summary = ", ".join(f"{k}={last[k]:.3f}" for k in ("reward/overall", "kl", "step_time") if k in last)
    typer.echo(f"done: step {trainer.step_count}; {summary}")
    typer.echo(f"run directory: {out} (metrics.jsonl, samples.jsonl, tensorboard/, reward_curves.png, checkpoints/)")


def register(app: typer.Typer) -> None:
    app.command("train", context_settings={"allow_extra_args": False})(train_command)
