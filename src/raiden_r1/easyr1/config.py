"""Checks on an EasyR1 YAML config, made before a multi-GPU launch rather than after it.

EasyR1 merges the YAML into OmegaConf structured dataclasses: an unknown key or a wrong type only
fails once Ray is up, and a missing reward file only surfaces as "Reward function is not
provided.". ``check_config`` catches those (and EasyR1's own batch-size and GRPO checks) here,
against EasyR1's dataclasses (schema.py: introspected, or the vendored schema generated from
them). Only PyYAML is needed, so it runs inside an EasyR1 environment without our other
dependencies.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping

import yaml

from raiden_r1.errors import RaidenError

from .schema import Schema, check_against_schema, flatten_known, load_schema

# Values EasyR1 accepts for string keys. Not in its dataclasses (only in docstrings and in the
# code that reads them: verl/trainer/core_algos.py AdvantageEstimator, compute_kl,
# compute_policy_loss; the optimizer, scheduler and logger factories at b44b311), so listed here.
CHOICES: dict[str, tuple[str, ...]] = {
    "algorithm.adv_estimator": ("grpo", "gae", "grpo_passk", "reinforce_plus_plus", "remax", "rloo"),
    "algorithm.kl_penalty": ("kl", "abs", "mse", "low_var_kl", "full"),
    "algorithm.kl_type": ("fixed", "adaptive"),
    "worker.actor.loss_avg_mode": ("token", "seq"),
    "worker.actor.loss_type": ("default", "gspo", "gspo_token", "cispo", "sapo"),
    "worker.actor.optim.strategy": ("adamw", "adamw_bf16"),
    "worker.actor.optim.lr_scheduler_type": ("constant", "cosine"),
    "worker.rollout.name": ("vllm",),
}
LOGGERS = ("console", "file", "wandb", "mlflow", "swanlab", "tensorboard")
GROUP_ESTIMATORS = ("grpo", "rloo", "grpo_passk")  # need several rollouts per prompt


@dataclass(frozen=True)
class ConfigSummary:
    """Where a run described by the config will read and write."""

    path: Path
    model_path: str
    train_files: str
    val_files: str | None
    reward_function: Path | None
    format_prompt: Path | None
    checkpoint_dir: Path
    experiment_log: Path
    tensorboard_dir: Path
    warnings: tuple[str, ...] = ()  # unknown keys (with the closest real one), auto keys


def flatten(cfg: Mapping[str, Any], schema: Schema | None = None) -> dict[str, Any]:
    """Dotted leaf keys; mappings EasyR1 types as free-form dicts stay one leaf."""
    return flatten_known(cfg, schema or load_schema())


def apply_overrides(cfg: dict[str, Any], overrides: Iterable[str]) -> dict[str, Any]:
    """Apply ``key.sub=value`` arguments the way the launch command line will (YAML-typed values)."""
    for arg in overrides:
        if "=" not in arg:
            raise RaidenError(f"override {arg!r}: expected key.sub=value")
        key, raw = arg.split("=", 1)
        key = key.lstrip("+")  # OmegaConf's "+key" (append) names the same key
        if key == "config":
            continue
        node = cfg
        parts = key.split(".")
        for p in parts[:-1]:
            node = node.setdefault(p, {})
            if not isinstance(node, dict):
                raise RaidenError(f"override {arg!r}: {p} is not a section")
        node[parts[-1]] = yaml.safe_load(raw) if raw else ""
    return cfg


def load_config(path: str | os.PathLike, overrides: Iterable[str] = ()) -> dict[str, Any]:
    p = Path(path)
    try:
        cfg = yaml.safe_load(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RaidenError(f"{p}: config file not found") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark else ""
        raise RaidenError(f"{p}: {where}invalid YAML: {getattr(e, 'problem', None) or e}") from None
    if not isinstance(cfg, dict):
        raise RaidenError(f"{p}: expected a mapping of sections (data, algorithm, worker, trainer)")
    return apply_overrides(cfg, overrides)


def config_problems(cfg: Mapping[str, Any], schema: Schema | None = None) -> list[str]:
    """Every problem EasyR1 would hit at merge time or in its own config checks."""
    return config_check(cfg, schema)[0]


def config_check(cfg: Mapping[str, Any], schema: Schema | None = None) -> tuple[list[str], list[str]]:
    """(errors, warnings): types against EasyR1's dataclasses (schema.py), then the values and
    the batch-size and GRPO checks EasyR1 makes itself."""
    schema = schema or load_schema()
    problems, warnings = check_against_schema(cfg, schema)
    flat = flatten(cfg, schema)
    for k, choices in CHOICES.items():
        if k in flat and flat[k] not in choices:
            problems.append(f"{k}: {flat[k]!r} is not one of {', '.join(choices)}")
    loggers = flat.get("trainer.logger")
    if loggers is not None:
        items = [loggers] if isinstance(loggers, str) else loggers
        if not isinstance(items, list) or any(x not in LOGGERS for x in items):
            problems.append(f"trainer.logger: {loggers!r}: each logger must be one of {', '.join(LOGGERS)}")
    rollout, batch = flat.get("data.rollout_batch_size"), flat.get("worker.actor.global_batch_size")
    if isinstance(rollout, int) and isinstance(batch, int) and not isinstance(rollout, bool):
        if batch <= 0 or rollout % batch:
            problems.append(f"data.rollout_batch_size: {rollout} must be divisible by worker.actor.global_batch_size {batch}")
    est = flat.get("algorithm.adv_estimator", schema.keys.get("algorithm.adv_estimator", {}).get("default", "grpo"))
    n = flat.get("worker.rollout.n", schema.keys.get("worker.rollout.n", {}).get("default"))
    if est in GROUP_ESTIMATORS and isinstance(n, int) and n <= 1:
        problems.append(f"worker.rollout.n: {est} compares rollouts of the same prompt, so n must be > 1, got {n}")
    return problems, warnings


def reward_file(spec: str) -> Path:
    """``./path/file.py:function`` -> the file EasyR1 will exec (``:main`` when no name)."""
    head, sep, name = spec.rpartition(":")
    return Path(head) if sep and name.isidentifier() else Path(spec)


def missing_data_files(summary: ConfigSummary) -> list[str]:
    """Local data paths in the config that do not exist. EasyR1 treats any path it cannot find as a
    Hugging Face hub id, so a typo would surface as a download error on the cluster."""
    problems = []
    for key, spec in (("data.train_files", summary.train_files), ("data.val_files", summary.val_files)):
        if not spec:
            continue
        path = str(spec).split("@", 1)[0]  # path@split
        local = path.startswith(("./", "../", "/")) or Path(path).suffix in (".json", ".jsonl", ".parquet")
        if local and not Path(path).exists():
            problems.append(f"{key}: {path}: file not found")
    return problems


def summarize(path: str | os.PathLike, cfg: Mapping[str, Any], warnings: Iterable[str] = ()) -> ConfigSummary:
    flat = flatten(cfg)
    project = flat.get("trainer.project_name", "easy_r1")
    experiment = flat.get("trainer.experiment_name", "demo")
    ckpt = Path(flat.get("trainer.save_checkpoint_path") or Path("checkpoints") / project / experiment)
    reward = flat.get("worker.reward.reward_function")
    fmt = flat.get("data.format_prompt")
    return ConfigSummary(
        path=Path(path), model_path=str(flat.get("worker.actor.model.model_path", "")),
        train_files=str(flat.get("data.train_files", "")), val_files=flat.get("data.val_files"),
        reward_function=reward_file(str(reward)) if reward else None,
        format_prompt=Path(fmt) if fmt else None, checkpoint_dir=ckpt,
        experiment_log=ckpt / "experiment_log.jsonl",
        tensorboard_dir=Path("tensorboard_log") / str(project) / str(experiment), warnings=tuple(warnings),
    )


def check_config(path: str | os.PathLike, overrides: Iterable[str] = (), *, check_files: bool = True) -> ConfigSummary:
    """Load ``path`` with the launch overrides applied and raise one RaidenError listing every
    problem; with ``check_files``, the reward function and format prompt must exist (relative to
    the working directory, as EasyR1 resolves them)."""
    cfg = load_config(path, overrides)
    problems, warnings = config_check(cfg)
    summary = summarize(path, cfg, warnings)
    if check_files:
        if summary.reward_function is None:
            problems.append("worker.reward.reward_function: not set (EasyR1 would fail with "
                            "'Reward function is not provided.')")
        elif not summary.reward_function.is_file():
            problems.append(f"worker.reward.reward_function: {summary.reward_function}: file not found")
        if summary.format_prompt is not None and not summary.format_prompt.is_file():
            problems.append(f"data.format_prompt: {summary.format_prompt}: file not found")
    if problems:
        raise RaidenError(f"{path}: " + "; ".join(problems))
    return summary
