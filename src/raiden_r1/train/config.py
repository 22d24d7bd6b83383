"""Typed configuration of the local GRPO engine.

A YAML file plus dotted ``key=value`` overrides are merged onto these dataclasses with OmegaConf's
structured configs, so an unknown key or a value of the wrong type fails at load time, naming the
key, instead of halfway through a run. The resolved config is saved next to every run and inside
every checkpoint.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from raiden_r1.errors import RaidenError


@dataclass
class LoraConfig:
    enabled: bool = False
    rank: int = 16
    alpha: int = 32
    dropout: float = 0.0
    target_modules: list[str] = field(
        default_factory=lambda: ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"])


@dataclass
class ModelConfig:
    path: Optional[str] = None  # None / "smollm2-135m": the embedded default model
    dtype: str = "bf16"  # bf16 | float32
    trust_remote_code: bool = False
    gradient_checkpointing: bool = False
    # responses attend to one copy of their group's prompt (train/shared_prefix.py) in rollouts and
    # in the training forward, for Llama/Qwen2 decoders; false: transformers' forward throughout
    shared_prefix: bool = True
    lora: LoraConfig = field(default_factory=LoraConfig)


@dataclass
class DataConfig:
    train_files: list[str] = field(default_factory=lambda: ["data/training/train.json"])
    val_files: list[str] = field(default_factory=list)
    prompt_layout: str = "system"  # user (EasyR1's layout) | system
    max_prompt_length: int = 512  # longer prompts are dropped with a count, as EasyR1 filters them
    max_response_length: int = 96
    prompts_per_step: int = 4
    shuffle: bool = True
    seed: int = 0
    focus: list[str] = field(default_factory=list)  # empty: all; else script_knowledge / conversation_memory
    language: list[str] = field(default_factory=list)  # empty: all; else en / zh / ja / ko


@dataclass
class RolloutConfig:
    n: int = 4
    temperature: float = 1.0
    top_p: float = 1.0
    min_new_tokens: int = 0  # EOS cannot be sampled before this many tokens (vLLM's min_tokens)


@dataclass
class AlgorithmConfig:
    kl_coef: float = 0.0
    kl_penalty: str = "low_var_kl"  # low_var_kl | kl | abs | mse
    use_kl_loss: bool = True
    clip_ratio_low: float = 0.2
    clip_ratio_high: float = 0.3
    clip_ratio_dual: float = 3.0
    loss_avg_mode: str = "token"  # token | seq
    ppo_epochs: int = 1
    micro_batch_size: int = 16  # sequences per forward/backward


@dataclass
class OptimConfig:
    lr: float = 1.0e-5
    weight_decay: float = 0.0
    betas: list[float] = field(default_factory=lambda: [0.9, 0.99])
    eps: float = 1.0e-8
    warmup_steps: int = 0
    lr_scheduler: str = "constant"  # cosine | constant
    min_lr_ratio: float = 0.0  # cosine floor, as a share of lr
    max_grad_norm: float = 1.0
    grad_accum: int = 1  # optimizer updates happen every grad_accum micro-batches (and at epoch end)


@dataclass
class RewardConfig:
    accuracy_weight: float = 0.5
    format_weight: float = 0.3
    thinking_weight: float = 0.2


@dataclass
class TrainerConfig:
    max_steps: int = 100
    max_minutes: float = 0.0  # wall-clock budget; 0 = none. The run stops cleanly and saves.
    output_dir: str = "runs/local"
    save_every: int = 50
    keep_last: int = 2
    log_every: int = 1
    sample_every: int = 10
    eval_every: int = 0  # 0 = never; evaluates mean reward on val_files (greedy)
    eval_samples: int = 32
    seed: int = 0
    device: str = "auto"  # auto | cpu | cuda
    torch_compile: bool = False  # compiles the decoder body; on CPU measured slower (recompiles as shapes vary)
    num_threads: int = 0  # 0 = torch's default
    progress: bool = True


@dataclass
class Config:
    model: ModelConfig = field(default_factory=ModelConfig)
    data: DataConfig = field(default_factory=DataConfig)
    rollout: RolloutConfig = field(default_factory=RolloutConfig)
    algorithm: AlgorithmConfig = field(default_factory=AlgorithmConfig)
    optim: OptimConfig = field(default_factory=OptimConfig)
    reward: RewardConfig = field(default_factory=RewardConfig)
    trainer: TrainerConfig = field(default_factory=TrainerConfig)


_CHOICES = {
    "model.dtype": ("bf16", "float32"),
    "data.prompt_layout": ("user", "system"),
    "algorithm.kl_penalty": ("low_var_kl", "kl", "abs", "mse"),
    "algorithm.loss_avg_mode": ("token", "seq"),
    "optim.lr_scheduler": ("cosine", "constant"),
    "trainer.device": ("auto", "cpu", "cuda"),
}


def _get(cfg: Config, dotted: str) -> Any:
    obj: Any = cfg
    for part in dotted.split("."):
        obj = getattr(obj, part)
    return obj


def validate(cfg: Config) -> Config:
    """Range and choice checks that types alone cannot express."""
    for key, choices in _CHOICES.items():
        if _get(cfg, key) not in choices:
            raise RaidenError(f"config: {key}: must be one of {', '.join(choices)}, not {_get(cfg, key)!r}")
    checks = [
        ("rollout.n", cfg.rollout.n > 1, "must be > 1 (GRPO normalises within a group of n samples)"),
        ("rollout.temperature", cfg.rollout.temperature > 0, "must be > 0"),
        ("rollout.top_p", 0 < cfg.rollout.top_p <= 1, "must be in (0, 1]"),
        ("rollout.min_new_tokens", 0 <= cfg.rollout.min_new_tokens <= cfg.data.max_response_length,
         "must be in [0, data.max_response_length]"),
        ("data.prompts_per_step", cfg.data.prompts_per_step >= 1, "must be >= 1"),
        ("data.max_prompt_length", cfg.data.max_prompt_length >= 1, "must be >= 1"),
        ("data.max_response_length", cfg.data.max_response_length >= 1, "must be >= 1"),
        ("data.train_files", len(cfg.data.train_files) >= 1, "must name at least one file"),
        ("algorithm.kl_coef", cfg.algorithm.kl_coef >= 0, "must be >= 0"),
        ("algorithm.clip_ratio_low", 0 <= cfg.algorithm.clip_ratio_low < 1, "must be in [0, 1)"),
        ("algorithm.clip_ratio_high", cfg.algorithm.clip_ratio_high >= 0, "must be >= 0"),
        ("algorithm.clip_ratio_dual", cfg.algorithm.clip_ratio_dual > 1, "must be > 1"),
        ("algorithm.ppo_epochs", cfg.algorithm.ppo_epochs >= 1, "must be >= 1"),
        ("algorithm.micro_batch_size", cfg.algorithm.micro_batch_size >= 1, "must be >= 1"),
        ("optim.lr", cfg.optim.lr >= 0 and math.isfinite(cfg.optim.lr), "must be a finite number >= 0"),
        ("optim.weight_decay", cfg.optim.weight_decay >= 0, "must be >= 0"),
        ("optim.betas", len(cfg.optim.betas) == 2 and all(0 <= b < 1 for b in cfg.optim.betas),
         "must be two numbers in [0, 1)"),
        ("optim.warmup_steps", cfg.optim.warmup_steps >= 0, "must be >= 0"),
        ("optim.min_lr_ratio", 0 <= cfg.optim.min_lr_ratio <= 1, "must be in [0, 1]"),
        ("optim.max_grad_norm", cfg.optim.max_grad_norm >= 0, "must be >= 0 (0 disables clipping)"),
        ("optim.grad_accum", cfg.optim.grad_accum >= 1, "must be >= 1"),
        ("trainer.max_steps", cfg.trainer.max_steps >= 1, "must be >= 1"),
        ("trainer.max_minutes", cfg.trainer.max_minutes >= 0, "must be >= 0"),
        ("trainer.save_every", cfg.trainer.save_every >= 0, "must be >= 0 (0 = only at the end)"),
        ("trainer.keep_last", cfg.trainer.keep_last >= 1, "must be >= 1"),
        ("trainer.log_every", cfg.trainer.log_every >= 1, "must be >= 1"),
        ("model.lora.rank", cfg.model.lora.rank >= 1, "must be >= 1"),
    ]
    for key, ok, why in checks:
        if not ok:
            raise RaidenError(f"config: {key}: {why}, got {_get(cfg, key)!r}")
    for w in ("accuracy_weight", "format_weight", "thinking_weight"):
        if getattr(cfg.reward, w) < 0:
            raise RaidenError(f"config: reward.{w}: must be >= 0")
    return cfg


def _omegaconf_error(e: Exception, source: str) -> RaidenError:
    key = getattr(e, "full_key", None) or ""
    msg = str(e).splitlines()[0]
    return RaidenError(f"{source}: {key + ': ' if key else ''}{msg}")


def load_config(path: str | Path | None = None, overrides: list[str] | tuple[str, ...] = ()) -> Config:
    """Defaults <- YAML file <- ``key=value`` overrides, type-checked and validated."""
    from omegaconf import OmegaConf
    from omegaconf.errors import OmegaConfBaseException

    schema = OmegaConf.structured(Config)
    layers = []
    if path is not None:
        p = Path(path)
        if not p.is_file():
            raise RaidenError(f"{p}: config file not found")
        try:
            layers.append((str(p), OmegaConf.load(p)))
        except Exception as e:  # yaml syntax errors
            raise RaidenError(f"{p}: cannot parse YAML: {str(e).splitlines()[0]}") from None
    for ov in overrides:
        if "=" not in ov:
            raise RaidenError(f"override {ov!r}: expected key=value")
        try:
            layers.append((f"override {ov!r}", OmegaConf.from_dotlist([ov])))
        except OmegaConfBaseException as e:
            raise _omegaconf_error(e, f"override {ov!r}") from None
    merged = schema
    for source, layer in layers:
        try:
            merged = OmegaConf.merge(merged, layer)
        except OmegaConfBaseException as e:
            raise _omegaconf_error(e, source) from None
    cfg: Config = OmegaConf.to_object(merged)  # type: ignore[assignment]
    return validate(cfg)


def to_yaml(cfg: Config) -> str:
    from omegaconf import OmegaConf

    return OmegaConf.to_yaml(OmegaConf.structured(cfg))


def save_config(cfg: Config, path: str | Path) -> Path:
    from raiden_r1.io_guard import write_text

    return write_text(path, to_yaml(cfg))
