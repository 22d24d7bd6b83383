"""Whose run directory is this? A new run never silently takes over a previous run's directory.

A directory that holds a previous run (its config, logs, TensorBoard events or checkpoints) is
refused unless the user says what to do with it: ``resume`` continues that run (its logs are cut
back to its last checkpoint, monitor.py), ``overwrite`` starts afresh after moving the previous run
aside to ``<dir>.prev-<time>``. Nothing of a previous run, its metrics least of all, is deleted:
removing the moved directory is left to the user.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from raiden_r1.errors import RaidenError

# What a run leaves in its directory (monitor.py, checkpoint.py, Trainer's config.yaml, sft.py).
RUN_FILES = ("config.yaml", "metrics.jsonl", "samples.jsonl", "reward_curves.png", "tensorboard", "checkpoints",
             "model")  # model: the SFT stage's export (sft.py)


def previous_run(run_dir: str | os.PathLike) -> list[str]:
    """The files of a previous run found in ``run_dir`` (empty: none, or no such directory)."""
    p = Path(run_dir)
    return [name for name in RUN_FILES if (p / name).exists()] if p.is_dir() else []


def _aside_name(p: Path) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    dest = p.with_name(f"{p.name}.prev-{stamp}")
    n = 1
    while dest.exists() or dest.is_symlink():
        n += 1
        dest = p.with_name(f"{p.name}.prev-{stamp}-{n}")
    return dest


def claim_run_dir(run_dir: str | os.PathLike, *, resume: bool, overwrite: bool) -> Path | None:
    """Make ``run_dir`` this run's own before anything is written to it.

    Returns where a previous run was moved (``overwrite``), else None. A RaidenError when the
    directory holds a previous run and neither ``resume`` nor ``overwrite`` is given.
    """
    if resume and overwrite:
        raise RaidenError("--resume and --overwrite exclude each other: continue the previous run, or start afresh")
    p = Path(run_dir)
    if p.exists() and not p.is_dir():
        raise RaidenError(f"{p}: is a file; trainer.output_dir must be a directory")
    found = previous_run(p)
    if not found or resume:
        return None
    if not overwrite:
        raise RaidenError(f"{p}: holds a previous run ({', '.join(found)}); use --resume to continue it, "
                          f"--overwrite to start afresh (the previous run is moved to {p.name}.prev-<time>), "
                          f"or another trainer.output_dir")
    dest = _aside_name(p)
    try:
        os.rename(p, dest)
    except OSError as e:
        raise RaidenError(f"{p}: cannot move the previous run to {dest}: {e.strerror}") from None
    return dest
