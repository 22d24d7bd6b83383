"""Typed configuration of the local GRPO engine, in EasyR1's vocabulary.

Sections and key names are EasyR1's (``data``, ``algorithm``, ``worker.actor``, ``worker.rollout``,
``worker.reward``, ``trainer``; docs/recipe.md lists them), so one YAML or one ``key=value``
override means the same on both engines, and the EasyR1 YAML itself loads here: the EasyR1 keys
this engine does not implement are named in one warning line each (vocabulary.py says why) and
left out. Defaults are EasyR1's, except where docs/recipe.md gives a reason. Keys only this engine
has sit in the section they belong to (``data.prompt_layout``, ``trainer.output_dir``, ...).

A YAML file plus dotted overrides are merged onto these dataclasses with OmegaConf's structured
configs, so an unknown key or a value of the wrong type fails at load time, naming the key. The
resolved config is saved next to every run and inside every checkpoint.
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

from raiden_r1.errors import RaidenError


@dataclass
class DataConfig:
    # RAIDEN-R1 record files (prompted with prompt_layout), or EasyR1 rows ({prompt_key, answer_key},
    # prompted through format_prompt as EasyR1 does); one path or a list. EasyR1: one path.
    train_files: Any = "data/training/train.json"
    val_files: Any = ""
    prompt_key: str = "prompt"
    answer_key: str = "answer"
    format_prompt: Optional[str] = None
    override_chat_template: Optional[str] = None  # a file whose text replaces the tokenizer's chat template
    max_prompt_length: int = 512  # longer prompts are dropped with a count, as EasyR1 filters them
    max_response_length: int = 512
    rollout_batch_size: int = 512  # prompts per step
    shuffle: bool = True
    seed: int = 1
    # local only
    prompt_layout: str = "system"  # records: user (EasyR1's single user turn) | system (persona as system message)
    # system layout only: full (every field as written) | compact (data.prompt.compact_setting: unasked
    # fields cut to a clause, the instruction in one line; 13-22% fewer tokens, most on zh/ja/ko)
    prompt_style: str = "full"
    focus: list[str] = field(default_factory=list)  # empty: all; else script_knowledge / conversation_memory
    language: list[str] = field(default_factory=list)  # empty: all; else en / zh / ja / ko
    # GRPO only: the share of a language's prompts each epoch samples, e.g. {zh: 0.2}: that language
    # in the batches at a fifth of its size (data.PromptSampler); languages not named keep all theirs
    language_weights: dict[str, float] = field(default_factory=dict)
    # SFT only: each conversation-memory example this many times an epoch (the quickstart's held-out
    # items are 46% CM, its SFT examples 27%: docs/tuning.md, "Peak margin and CM (session 36)")
    cm_repeats: int = 1


@dataclass
class AlgorithmConfig:
    adv_estimator: str = "grpo"
    disable_kl: bool = False  # no reference model, no KL at all
    use_kl_loss: bool = False  # true: KL in the actor loss; false: KL in the reward (EasyR1's apply_kl_penalty)
    kl_penalty: str = "kl"  # kl | abs | mse | low_var_kl
    kl_coef: float = 1.0e-3


@dataclass
class LoraConfig:
    rank: int = 0  # 0: full fine-tuning; > 0: LoRA of this rank
    alpha: int = 64
    target_modules: str = "all-linear"  # or a comma list, e.g. q_proj,k_proj,v_proj,o_proj
    exclude_modules: Optional[str] = None  # a regex
    dropout: float = 0.0  # local only


@dataclass
class ModelConfig:
    model_path: Optional[str] = None  # None / "smollm2-135m": the embedded default model
    tokenizer_path: Optional[str] = None  # None: model_path
    enable_gradient_checkpointing: bool = False
    trust_remote_code: bool = False
    lora: LoraConfig = field(default_factory=LoraConfig)
    # local only: the policy backend (train/backend.py): true the fast one, whose responses attend to
    # one copy of their group's prompt (train/shared_prefix.py) in rollouts and in the training
    # forward, for Llama/Qwen2 decoders; false the reference, transformers' forward
    shared_prefix: bool = True


@dataclass
class OptimConfig:
    lr: float = 1.0e-6
    betas: list[float] = field(default_factory=lambda: [0.9, 0.999])
    weight_decay: float = 1.0e-2
    strategy: str = "adamw"  # AdamW on float32 master weights
    lr_warmup_ratio: float = 0.0  # of the total steps, when lr_warmup_steps is not given
    lr_warmup_steps: Optional[int] = None
    min_lr_ratio: Optional[float] = None  # cosine floor, as a share of lr
    lr_scheduler_type: str = "constant"  # constant | cosine
    eps: float = 1.0e-8  # local only (EasyR1: torch's AdamW default, the same 1e-8)


@dataclass
class FSDPConfig:
    # the dtype the policy computes in: bf16 (float32 master weights for AdamW) | fp32.
    # EasyR1: FSDP's mixed-precision parameter dtype, the same split.
    mp_param_dtype: str = "bf16"


@dataclass
class ActorConfig:
    global_batch_size: int = 256  # prompts per optimizer update; data.rollout_batch_size must divide by it
    micro_batch_size_per_device_for_update: int = 4  # sequences per forward/backward (whole groups; below n, parts of one)
    micro_batch_size_per_device_for_experience: int = 16  # sequences per no-grad forward (old/ref log-probs)
    max_grad_norm: float = 1.0  # 0 disables clipping
    clip_ratio_low: float = 0.2
    clip_ratio_high: float = 0.3
    clip_ratio_dual: float = 3.0
    loss_avg_mode: str = "token"  # token | seq
    ppo_epochs: int = 1
    # local only, SFT: padded rest tokens (prompt tail + target, after the shared persona) per
    # micro-batch, on top of micro_batch_size_per_device_for_update; 0: no limit (train/sft_batches.py)
    micro_batch_max_tokens: int = 0
    # local only: a prompt (GRPO's group prompt, SFT's batch prefix) of at least this many tokens runs
    # its layers again in the backward instead of keeping their activations while its responses run
    # (shared_prefix._run_layers); 0: never. Long CJK prompts set GRPO's peak (docs/tuning.md, session 34)
    prompt_recompute_tokens: int = 0
    use_torch_compile: bool = False  # compiles the decoder body; measured slower on CPU (recompiles as shapes vary)
    model: ModelConfig = field(default_factory=ModelConfig)
    optim: OptimConfig = field(default_factory=OptimConfig)
    fsdp: FSDPConfig = field(default_factory=FSDPConfig)


@dataclass
class RolloutConfig:
    n: int = 1  # GRPO needs > 1 (EasyR1's default of 1 fails its own check, as here)
    temperature: float = 1.0
    top_p: float = 1.0
    top_k: int = -1  # -1: off
    seed: int = 1  # seeds sampling (and torch's initial RNG state)
    min_new_tokens: int = 0  # local only: EOS cannot be sampled before this many tokens (vLLM's min_tokens)


@dataclass
class RewardConfig:
    # None: the VRAR reward (raiden_r1.reward); else an EasyR1 reward file, ./path.py[:function],
    # loaded the way EasyR1 loads it (REWARD_TYPE batch | sequential)
    reward_function: Optional[str] = None
    reward_function_kwargs: dict[str, Any] = field(default_factory=dict)


@dataclass
class WorkerConfig:
    actor: ActorConfig = field(default_factory=ActorConfig)
    rollout: RolloutConfig = field(default_factory=RolloutConfig)
    reward: RewardConfig = field(default_factory=RewardConfig)


@dataclass
class TrainerConfig:
    total_epochs: int = 15  # used when max_steps is not given: steps = (prompts // rollout_batch_size) * epochs
    max_steps: Optional[int] = None
    save_freq: int = -1  # <= 0: only at the end
    save_limit: int = -1  # checkpoints kept; -1: all
    val_freq: int = -1  # <= 0: never; evaluates mean reward on val_files (greedy)
    val_before_train: bool = True  # with val_files: evaluate before the first step
    # local only
    output_dir: str = "runs/local"
    max_minutes: float = 0.0  # wall-clock budget; 0 = none. The run stops cleanly and saves.
    log_every: int = 1
    sample_every: int = 10
    val_samples: int = 32  # validation prompts per evaluation
    device: str = "auto"  # auto | cpu | cuda
    num_threads: int = 0  # 0 = torch's default
    progress: bool = True


@dataclass
class Config:
    data: DataConfig = field(default_factory=DataConfig)
    algorithm: AlgorithmConfig = field(default_factory=AlgorithmConfig)
    worker: WorkerConfig = field(default_factory=WorkerConfig)
    trainer: TrainerConfig = field(default_factory=TrainerConfig)

    # short handles for the engine's code; the YAML keys are the full paths
    @property
    def actor(self) -> ActorConfig:
        return self.worker.actor

    @property
    def model(self) -> ModelConfig:
        return self.worker.actor.model

    @property
    def optim(self) -> OptimConfig:
        return self.worker.actor.optim

    @property
    def rollout(self) -> RolloutConfig:
        return self.worker.rollout


def file_list(value: Any) -> list[str]:
    """``data.train_files`` / ``val_files`` as a list: one path (EasyR1's form) or several."""
    if value in (None, ""):
        return []
    return [str(value)] if isinstance(value, (str, Path)) else [str(v) for v in value]


def uses_kl(cfg: Config) -> bool:
    """Whether any KL term runs (then a reference forward is needed)."""
    a = cfg.algorithm
    return not a.disable_kl and a.kl_coef > 0


def kl_in_reward(cfg: Config) -> bool:
    """EasyR1's semantics: without use_kl_loss, a KL term goes into the reward (apply_kl_penalty)."""
    return uses_kl(cfg) and not cfg.algorithm.use_kl_loss


def total_steps(cfg: Config, n_prompts: int) -> int:
    """``trainer.max_steps``, else EasyR1's count: full batches per epoch x ``total_epochs``."""
    t, d = cfg.trainer, cfg.data
    if t.max_steps is not None:
        return t.max_steps
    per_epoch = n_prompts // d.rollout_batch_size
    if per_epoch == 0:
        raise RaidenError(f"data.rollout_batch_size: {d.rollout_batch_size} is more than the {n_prompts} training "
                          f"prompts, so an epoch has no full batch (EasyR1 drops the last partial one); lower it, "
                          f"or set trainer.max_steps")
    return per_epoch * t.total_epochs


def warmup_steps(cfg: Config, total: int) -> int:
    """``lr_warmup_steps``, else EasyR1's ``int(lr_warmup_ratio * total steps)``."""
    o = cfg.optim
    return o.lr_warmup_steps if o.lr_warmup_steps is not None else int(o.lr_warmup_ratio * total)


_CHOICES = {
    "data.prompt_layout": ("user", "system"),
    "data.prompt_style": ("full", "compact"),
    "algorithm.adv_estimator": ("grpo",),
    "algorithm.kl_penalty": ("low_var_kl", "kl", "abs", "mse"),
    "worker.actor.loss_avg_mode": ("token", "seq"),
    "worker.actor.optim.strategy": ("adamw",),
    "worker.actor.optim.lr_scheduler_type": ("cosine", "constant"),
    "worker.actor.fsdp.mp_param_dtype": ("bf16", "fp32"),
    "trainer.device": ("auto", "cpu", "cuda"),
}
# why a choice EasyR1 has is not one here (the message says it, instead of "must be one of")
_NOT_LOCAL = {
    "algorithm.adv_estimator": "the local engine implements grpo only",
    "algorithm.kl_penalty": "'full' needs the whole vocabulary distribution, which the local engine does not keep",
    "worker.actor.optim.strategy": "the local engine keeps float32 master weights (adamw)",
}


def _get(cfg: Config, dotted: str) -> Any:
    obj: Any = cfg
    for part in dotted.split("."):
        obj = getattr(obj, part)
    return obj


# Checks only the GRPO loop needs (rollouts); the SFT stage (sft.py) reads the same config without them.
_GRPO_ONLY = ("worker.rollout.", "data.rollout_batch_size", "worker.actor.clip_ratio", "worker.actor.ppo_epochs")


def validate(cfg: Config, grpo: bool = True) -> Config:
    """Range and choice checks that types alone cannot express (``grpo=False``: the SFT stage's,
    without the rollout's)."""
    for key, choices in _CHOICES.items():
        if _get(cfg, key) not in choices:
            why = f" ({_NOT_LOCAL[key]})" if key in _NOT_LOCAL else ""
            raise RaidenError(f"config: {key}: must be one of {', '.join(choices)}, not {_get(cfg, key)!r}{why}")
    d, a, act, o, r, t = cfg.data, cfg.algorithm, cfg.actor, cfg.optim, cfg.rollout, cfg.trainer
    for key in ("data.train_files", "data.val_files"):
        v = _get(cfg, key)
        if not (isinstance(v, str) or (isinstance(v, list) and all(isinstance(x, str) for x in v))):
            raise RaidenError(f"config: {key}: must be a path or a list of paths, got {v!r}")
    checks = [
        ("data.train_files", len(file_list(d.train_files)) >= 1, "must name at least one file"),
        ("data.rollout_batch_size", d.rollout_batch_size >= 1, "must be >= 1"),
        ("data.max_prompt_length", d.max_prompt_length >= 1, "must be >= 1"),
        ("data.max_response_length", d.max_response_length >= 1, "must be >= 1"),
        ("algorithm.kl_coef", a.kl_coef >= 0 and math.isfinite(a.kl_coef), "must be a finite number >= 0"),
        ("worker.actor.global_batch_size", act.global_batch_size >= 1, "must be >= 1"),
        ("worker.actor.micro_batch_size_per_device_for_update", act.micro_batch_size_per_device_for_update >= 1,
         "must be >= 1"),
        ("worker.actor.micro_batch_size_per_device_for_experience",
         act.micro_batch_size_per_device_for_experience >= 1, "must be >= 1"),
        ("worker.actor.max_grad_norm", act.max_grad_norm >= 0, "must be >= 0 (0 disables clipping)"),
        ("worker.actor.clip_ratio_low", 0 <= act.clip_ratio_low < 1, "must be in [0, 1)"),
        ("worker.actor.clip_ratio_high", act.clip_ratio_high >= 0, "must be >= 0"),
        ("worker.actor.clip_ratio_dual", act.clip_ratio_dual > 1, "must be > 1"),
        ("worker.actor.ppo_epochs", act.ppo_epochs >= 1, "must be >= 1"),
        ("worker.actor.model.lora.rank", cfg.model.lora.rank >= 0, "must be >= 0 (0: no LoRA)"),
        ("worker.actor.optim.lr", o.lr >= 0 and math.isfinite(o.lr), "must be a finite number >= 0"),
        ("worker.actor.optim.weight_decay", o.weight_decay >= 0, "must be >= 0"),
        ("worker.actor.optim.betas", len(o.betas) == 2 and all(0 <= b < 1 for b in o.betas),
         "must be two numbers in [0, 1)"),
        ("worker.actor.optim.lr_warmup_ratio", 0 <= o.lr_warmup_ratio <= 1, "must be in [0, 1]"),
        ("worker.actor.optim.lr_warmup_steps", o.lr_warmup_steps is None or o.lr_warmup_steps >= 0, "must be >= 0"),
        ("worker.actor.optim.min_lr_ratio", o.min_lr_ratio is None or 0 <= o.min_lr_ratio <= 1, "must be in [0, 1]"),
        ("worker.actor.micro_batch_max_tokens", act.micro_batch_max_tokens >= 0, "must be >= 0 (0: no limit)"),
        ("worker.actor.prompt_recompute_tokens", act.prompt_recompute_tokens >= 0, "must be >= 0 (0: never)"),
        ("worker.rollout.n", r.n > 1, "must be > 1 (GRPO normalises within a group of n samples)"),
        ("worker.rollout.temperature", r.temperature > 0, "must be > 0"),
        ("worker.rollout.top_p", 0 < r.top_p <= 1, "must be in (0, 1]"),
        ("worker.rollout.top_k", r.top_k == -1 or r.top_k >= 1, "must be -1 (off) or >= 1"),
        ("worker.rollout.min_new_tokens", 0 <= r.min_new_tokens <= d.max_response_length,
         "must be in [0, data.max_response_length]"),
        ("trainer.total_epochs", t.total_epochs >= 1, "must be >= 1"),
        ("trainer.max_steps", t.max_steps is None or t.max_steps >= 1, "must be >= 1 (or null: total_epochs)"),
        ("trainer.max_minutes", t.max_minutes >= 0, "must be >= 0"),
        ("trainer.save_limit", t.save_limit == -1 or t.save_limit >= 1, "must be -1 (keep all) or >= 1"),
        ("trainer.log_every", t.log_every >= 1, "must be >= 1"),
        ("trainer.val_samples", t.val_samples >= 1, "must be >= 1"),
    ]
    for key, ok, why in checks:
        if not ok and (grpo or not key.startswith(_GRPO_ONLY)):
            raise RaidenError(f"config: {key}: {why}, got {_get(cfg, key)!r}")
    _check_language_weights(d, grpo)
    if d.cm_repeats < 1 or (grpo and d.cm_repeats != 1):
        # GRPO samples prompts by data.language_weights; a repeat there would be silently ignored
        raise RaidenError(f"config: data.cm_repeats: SFT only, an integer >= 1 (1 in GRPO), got {d.cm_repeats!r}")
    if d.prompt_style == "compact" and d.prompt_layout != "system":
        # the user layout is EasyR1's prompt (role_playing.jinja), which must stay as EasyR1 renders it
        raise RaidenError("config: data.prompt_style: compact needs data.prompt_layout: system, not "
                          f"{d.prompt_layout!r}")
    if grpo and d.rollout_batch_size % act.global_batch_size:  # EasyR1 makes the same check
        raise RaidenError(f"config: data.rollout_batch_size: {d.rollout_batch_size} must be divisible by "
                          f"worker.actor.global_batch_size {act.global_batch_size}")
    kwargs = cfg.worker.reward.reward_function_kwargs
    if cfg.worker.reward.reward_function is None:
        from .vocabulary import check_vrar_kwargs

        check_vrar_kwargs(kwargs)
    return cfg


def _check_language_weights(d: DataConfig, grpo: bool) -> None:
    key, languages = "config: data.language_weights", ("en", "zh", "ja", "ko")
    if d.language_weights and not grpo:
        # SFT draws no per-epoch sample: a weight there would be silently ignored
        raise RaidenError(f"{key}: GRPO only; the SFT stage trains on every record data.language keeps")
    for lang, w in d.language_weights.items():
        if lang not in languages:
            raise RaidenError(f"{key}: {lang!r} is not a language ({', '.join(languages)})")
        if d.language and lang not in d.language:
            raise RaidenError(f"{key}: {lang} is not in data.language {d.language}, so its weight would do nothing")
        if not (0 < w <= 1 and math.isfinite(w)):
            raise RaidenError(f"{key}: {lang}: must be in (0, 1] (the share of its prompts an epoch samples), "
                              f"got {w!r}")


def _omegaconf_error(e: Exception, source: str) -> RaidenError:
    key = getattr(e, "full_key", None) or ""
    msg = str(e).splitlines()[0]
    return RaidenError(f"{source}: {key + ': ' if key else ''}{msg}")


def _warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def load_config(path: str | Path | None = None, overrides: list[str] | tuple[str, ...] = (),
                on_warning: Callable[[str], None] | None = _warn, grpo: bool = True) -> Config:
    """Defaults <- YAML file <- ``key=value`` overrides, type-checked and validated. The file may
    be an EasyR1 config: its keys the local engine does not implement are reported through
    ``on_warning`` (one line each) and skipped; a key neither engine knows is an error."""
    from omegaconf import OmegaConf
    from omegaconf.errors import OmegaConfBaseException

    from .vocabulary import split_keys

    schema = OmegaConf.structured(Config)
    layers = []
    if path is not None:
        p = Path(path)
        if not p.is_file():
            raise RaidenError(f"{p}: config file not found")
        try:
            raw = OmegaConf.to_container(OmegaConf.load(p))
        except Exception as e:  # yaml syntax errors
            raise RaidenError(f"{p}: cannot parse YAML: {str(e).splitlines()[0]}") from None
        if raw is not None and not isinstance(raw, dict):
            raise RaidenError(f"{p}: expected a mapping of sections (data, algorithm, worker, trainer)")
        layers.append((str(p), raw or {}))
    for ov in overrides:
        if "=" not in ov:
            raise RaidenError(f"override {ov!r}: expected key=value")
        try:
            layers.append((f"override {ov!r}", OmegaConf.to_container(OmegaConf.from_dotlist([ov]))))
        except OmegaConfBaseException as e:
            raise _omegaconf_error(e, f"override {ov!r}") from None
    merged = schema
    for source, layer in layers:
        kept, ignored = split_keys(layer, source)
        for line in ignored:
            if on_warning is not None:
                on_warning(line)
        try:
            merged = OmegaConf.merge(merged, kept)
        except OmegaConfBaseException as e:
            raise _omegaconf_error(e, source) from None
    try:
        cfg: Config = OmegaConf.to_object(merged)  # type: ignore[assignment]
    except OmegaConfBaseException as e:
        raise _omegaconf_error(e, "config") from None
    return validate(cfg, grpo=grpo)


def to_yaml(cfg: Config) -> str:
    from omegaconf import OmegaConf

    return OmegaConf.to_yaml(OmegaConf.structured(cfg))


def save_config(cfg: Config, path: str | Path) -> Path:
    from raiden_r1.io_guard import write_text

    return write_text(path, to_yaml(cfg))
