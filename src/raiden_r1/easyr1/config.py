"""Checks on an EasyR1 YAML config, made before a multi-GPU launch rather than after it.

EasyR1 merges the YAML into OmegaConf structured dataclasses: an unknown key or a wrong type only
fails once Ray is up, and a missing reward file only surfaces as "Reward function is not
provided.". ``check_config`` catches those (and EasyR1's own batch-size and GRPO checks) here.
Only PyYAML is needed, so it runs inside an EasyR1 environment without our other dependencies.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping

import yaml

from raiden_r1.errors import RaidenError

# Keys of EasyR1's config dataclasses that a GRPO text run uses (docs/easyr1-contract.md, "Config
# keys", read from verl/trainer/config.py and verl/workers/*/config.py at b44b311).
_FSDP = ("enable_full_shard", "enable_cpu_offload", "enable_rank0_init", "torch_dtype")
_OFFLOAD = ("offload_params", "offload_optimizer")
EASYR1_KEYS: frozenset[str] = frozenset(
    [f"data.{k}" for k in (
        "train_files", "val_files", "prompt_key", "answer_key", "image_key", "video_key", "max_prompt_length",
        "max_response_length", "rollout_batch_size", "mini_rollout_batch_size", "val_batch_size",
        "format_prompt", "override_chat_template", "shuffle", "seed", "filter_overlong_prompts",
        "filter_overlong_prompts_workers")]
    + [f"algorithm.{k}" for k in (
        "adv_estimator", "disable_kl", "use_kl_loss", "kl_penalty", "kl_coef", "kl_type", "online_filtering",
        "filter_key", "filter_low", "filter_high")]
    + [f"worker.actor.{k}" for k in (
        "global_batch_size", "micro_batch_size_per_device_for_update",
        "micro_batch_size_per_device_for_experience", "max_grad_norm", "clip_ratio_low", "clip_ratio_high",
        "clip_ratio_dual", "loss_avg_mode", "loss_type", "ppo_epochs", "padding_free", "dynamic_batching",
        "ulysses_size", "use_torch_compile",
        "model.model_path", "model.enable_gradient_checkpointing", "model.trust_remote_code",
        "model.freeze_vision_tower", "model.lora.rank", "model.lora.alpha", "model.lora.target_modules",
        "optim.lr", "optim.weight_decay", "optim.strategy", "optim.lr_warmup_ratio", "optim.lr_scheduler_type")]
    + [f"worker.actor.fsdp.{k}" for k in _FSDP] + [f"worker.actor.offload.{k}" for k in _OFFLOAD]
    + [f"worker.rollout.{k}" for k in (
        "name", "n", "temperature", "top_p", "gpu_memory_utilization", "enforce_eager", "tensor_parallel_size",
        "max_num_batched_tokens", "val_override_config")]
    + [f"worker.ref.fsdp.{k}" for k in _FSDP] + [f"worker.ref.offload.{k}" for k in _OFFLOAD]
    + [f"worker.reward.{k}" for k in ("reward_function", "reward_function_kwargs", "skip_special_tokens", "num_cpus")]
    + [f"trainer.{k}" for k in (
        "total_epochs", "max_steps", "project_name", "experiment_name", "logger", "nnodes", "n_gpus_per_node",
        "val_freq", "val_before_train", "val_only", "val_generations_to_log", "save_freq", "save_limit",
        "save_model_only", "save_checkpoint_path", "load_checkpoint_path", "find_last_checkpoint")]
)
# Keys whose value is a free-form mapping (its inner keys are not config fields).
FREE_FORM_KEYS = frozenset({"worker.reward.reward_function_kwargs", "worker.rollout.val_override_config"})

CHOICES: dict[str, tuple[str, ...]] = {
    "algorithm.adv_estimator": ("grpo", "gae", "grpo_passk", "reinforce_plus_plus", "remax", "rloo"),
    "algorithm.kl_penalty": ("kl", "abs", "mse", "low_var_kl", "full"),
    "worker.actor.loss_avg_mode": ("token", "seq"),
    "worker.actor.optim.strategy": ("adamw", "adamw_bf16"),
    "worker.rollout.name": ("vllm",),
}
LOGGERS = ("console", "file", "wandb", "mlflow", "swanlab", "tensorboard")
_INT = ("data.max_prompt_length", "data.max_response_length", "data.rollout_batch_size", "data.seed",
        "worker.actor.global_batch_size", "worker.rollout.n", "trainer.total_epochs", "trainer.nnodes",
        "trainer.n_gpus_per_node", "trainer.save_freq", "trainer.val_freq")
_FLOAT = ("algorithm.kl_coef", "worker.actor.optim.lr", "worker.rollout.temperature", "worker.rollout.top_p",
          "worker.rollout.gpu_memory_utilization")
_BOOL = ("algorithm.use_kl_loss", "algorithm.disable_kl", "worker.actor.padding_free", "data.shuffle",
         "data.filter_overlong_prompts")
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


def flatten(cfg: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Dotted leaf keys; free-form mappings stay one leaf."""
    out: dict[str, Any] = {}
    for k, v in cfg.items():
        key = f"{prefix}{k}"
        if isinstance(v, Mapping) and key not in FREE_FORM_KEYS:
            out.update(flatten(v, key + "."))
        else:
            out[key] = v
    return out


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


def _number(v: Any, kind: type) -> Any:
    if isinstance(v, bool):
        raise ValueError
    if kind is int:
        if isinstance(v, int):
            return v
        raise ValueError
    return float(v)  # "3e-6" is a str to PyYAML but a float to OmegaConf


def config_problems(cfg: Mapping[str, Any]) -> list[str]:
    """Every problem EasyR1 would hit at merge time or in its own config checks."""
    flat = flatten(cfg)
    problems = [f"{k}: not a key of EasyR1's config" for k in flat if k not in EASYR1_KEYS]
    for k, choices in CHOICES.items():
        if k in flat and flat[k] not in choices:
            problems.append(f"{k}: {flat[k]!r} is not one of {', '.join(choices)}")
    for kind, keys in ((int, _INT), (float, _FLOAT)):
        for k in keys:
            if k in flat and flat[k] is not None:
                try:
                    _number(flat[k], kind)
                except (TypeError, ValueError):
                    problems.append(f"{k}: expected {'an integer' if kind is int else 'a number'}, got {flat[k]!r}")
    for k in _BOOL:
        if k in flat and not isinstance(flat[k], bool):
            problems.append(f"{k}: expected true or false, got {flat[k]!r}")
    loggers = flat.get("trainer.logger")
    if loggers is not None:
        items = [loggers] if isinstance(loggers, str) else loggers
        if not isinstance(items, list) or any(x not in LOGGERS for x in items):
            problems.append(f"trainer.logger: {loggers!r}: each logger must be one of {', '.join(LOGGERS)}")
    rollout, batch = flat.get("data.rollout_batch_size"), flat.get("worker.actor.global_batch_size")
    if isinstance(rollout, int) and isinstance(batch, int) and not isinstance(rollout, bool):
        if batch <= 0 or rollout % batch:
            problems.append(f"data.rollout_batch_size: {rollout} must be divisible by worker.actor.global_batch_size {batch}")
    est, n = flat.get("algorithm.adv_estimator", "grpo"), flat.get("worker.rollout.n")
    if est in GROUP_ESTIMATORS and isinstance(n, int) and n <= 1:
        problems.append(f"worker.rollout.n: {est} compares rollouts of the same prompt, so n must be > 1, got {n}")
    return problems


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


def summarize(path: str | os.PathLike, cfg: Mapping[str, Any]) -> ConfigSummary:
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
        tensorboard_dir=Path("tensorboard_log") / str(project) / str(experiment),
    )


def check_config(path: str | os.PathLike, overrides: Iterable[str] = (), *, check_files: bool = True) -> ConfigSummary:
    """Load ``path`` with the launch overrides applied and raise one RaidenError listing every
    problem; with ``check_files``, the reward function and format prompt must exist (relative to
    the working directory, as EasyR1 resolves them)."""
    cfg = load_config(path, overrides)
    problems = config_problems(cfg)
    summary = summarize(path, cfg)
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
