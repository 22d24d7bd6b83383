"""``raiden-r1 sft --config configs/local_smollm2_sft.yaml [key=value ...] [--resume | --overwrite]``."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer


def sft_command(
    config: Optional[Path] = typer.Option(None, "--config", "-c", help=(
        "YAML config in the train command's keys (configs/local_smollm2_sft.yaml); the rollout keys are not used.")),
    overrides: Optional[List[str]] = typer.Argument(None, help=(
        "Dotted overrides, e.g. worker.actor.optim.lr=1e-5 worker.actor.model.lora.rank=16.")),
    resume: bool = typer.Option(False, "--resume", help="Continue from the latest complete checkpoint of the run."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Start afresh in an output_dir that holds a previous "
                                   "run, after moving that run aside to <output_dir>.prev-<time> (nothing is deleted)."),
    model: Optional[str] = typer.Option(None, "--model", help=(
        "Model directory or hub id (same as worker.actor.model.model_path=...).")),
) -> None:
    """Supervised fine-tuning on records with a cot (raiden-r1 data cot): the cold start before GRPO."""
    from .cli import config_from_cli

    cfg = config_from_cli(config, overrides, model, grpo=False)

    from .sft import SFTTrainer

    asked_dtype = cfg.actor.fsdp.mp_param_dtype
    trainer = SFTTrainer(cfg, resume=resume, overwrite=overwrite)
    if cfg.actor.fsdp.mp_param_dtype != asked_dtype:  # start_run's fallback on a CPU without bf16
        from .run_start import FP32_NOTE

        typer.echo(FP32_NOTE, err=True)
    out = Path(cfg.trainer.output_dir)
    if trainer.previous_run_moved_to is not None:
        typer.echo(f"note: the previous run in {out} was moved to {trainer.previous_run_moved_to}", err=True)
    long_prompts, long_targets = trainer.dropped
    if long_prompts or long_targets:
        typer.echo(f"note: dropped {long_prompts} prompts longer than data.max_prompt_length and {long_targets} "
                   f"targets longer than data.max_response_length", err=True)
    if resume and trainer.step_count:
        typer.echo(f"resuming {out} at step {trainer.step_count}", err=True)
    if trainer.step_count >= trainer.total_steps:
        typer.echo(f"{out}: already at step {trainer.step_count} of {trainer.total_steps}")
        return
    last = trainer.train()
    summary = ", ".join(f"{k}={last[k]:.3f}" for k in ("loss", "eval/loss", "step_time") if k in last)
    typer.echo(f"done: step {trainer.step_count}; {summary}")
    typer.echo(f"model: {out / 'model'} (start GRPO from it: raiden-r1 train --model {out / 'model'} ...); "
               f"run directory: {out} (metrics.jsonl, tensorboard/, checkpoints/)")


def register(app: typer.Typer) -> None:
    app.command("sft")(sft_command)
