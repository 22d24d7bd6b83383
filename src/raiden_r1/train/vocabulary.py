"""One vocabulary for both engines: which keys of a config the local engine takes, which EasyR1
keys it leaves to EasyR1 (and why), and the names the local config had before it used EasyR1's.

A key of the local config (train/config.py) is taken. A key of EasyR1's config (its schema,
raiden_r1.easyr1.schema) that the local engine does not implement is left out with one warning
line naming it and the reason; if its value would change the training itself (online filtering,
another policy loss, ...) and differs from EasyR1's default, that is an error instead: ignoring it
would train something else than the recipe says. Any other key is an error with the closest name.
docs/recipe.md renders the same tables for users.
"""

from __future__ import annotations

import dataclasses
import difflib
import typing
from typing import Any, Mapping

from raiden_r1.errors import RaidenError

# Why an EasyR1 key has no effect here, by key or by section prefix (longest match wins).
IGNORED: dict[str, str] = {
    "data.image_key": "multimodal input; the local engine trains on text",
    "data.video_key": "multimodal input; the local engine trains on text",
    "data.image_dir": "multimodal input; the local engine trains on text",
    "data.video_fps": "multimodal input; the local engine trains on text",
    "data.min_pixels": "multimodal input; the local engine trains on text",
    "data.max_pixels": "multimodal input; the local engine trains on text",
    "data.val_batch_size": "validation batching; local validation takes trainer.val_samples prompts",
    "data.filter_overlong_prompts": "always on locally: longer prompts are dropped with a count",
    "data.filter_overlong_prompts_workers": "dataset preprocessing workers",
    "data.mini_rollout_batch_size": "online filtering is not implemented locally",
    "algorithm.gamma": "GAE only; the local engine implements GRPO",
    "algorithm.lam": "GAE only; the local engine implements GRPO",
    "algorithm.kl_type": "the local engine keeps kl_coef fixed",
    "algorithm.kl_horizon": "adaptive KL only; the local engine keeps kl_coef fixed",
    "algorithm.kl_target": "adaptive KL only; the local engine keeps kl_coef fixed",
    "algorithm.online_filtering": "DAPO online filtering is not implemented locally",
    "algorithm.filter_key": "DAPO online filtering is not implemented locally",
    "algorithm.filter_low": "DAPO online filtering is not implemented locally",
    "algorithm.filter_high": "DAPO online filtering is not implemented locally",
    "worker.hybrid_engine": "placement of EasyR1's workers on GPUs",
    "worker.critic": "the critic (GAE); GRPO has none",
    "worker.ref": "FSDP/offload of the reference model; the local reference runs like the policy",
    "worker.actor.strategy": "FSDP; the local engine runs on one device",
    "worker.actor.fsdp": "FSDP sharding; the local engine runs on one device",
    "worker.actor.offload": "FSDP offloading; the local engine runs on one device",
    "worker.actor.padding_free": "a kernel choice of the FSDP actor; the losses are the same",
    "worker.actor.dynamic_batching": "a kernel choice of the FSDP actor; the losses are the same",
    "worker.actor.ulysses_size": "sequence parallelism across GPUs",
    "worker.actor.loss_type": "the local engine implements the default PPO-clip loss",
    "worker.actor.tau_positive": "SAPO loss only (loss_type: sapo)",
    "worker.actor.tau_negative": "SAPO loss only (loss_type: sapo)",
    "worker.actor.model.override_config": "not applied to the local model",
    "worker.actor.model.freeze_vision_tower": "vision models only",
    "worker.rollout": "a vLLM setting; local rollouts sample from the policy itself",
    "worker.rollout.val_override_config": "local validation decodes greedily",
    "worker.rollout.ignore_eos": "local rollouts always stop at EOS",
    "worker.reward.skip_special_tokens": "the local engine always decodes responses without special tokens",
    "worker.reward.num_cpus": "Ray resources of EasyR1's reward worker",
    "trainer.project_name": "logger naming; the local run writes to trainer.output_dir",
    "trainer.experiment_name": "logger naming; the local run writes to trainer.output_dir",
    "trainer.logger": "the local run always writes metrics.jsonl and tensorboard/",
    "trainer.nnodes": "cluster shape",
    "trainer.n_gpus_per_node": "cluster shape",
    "trainer.max_try_make_batch": "online filtering is not implemented locally",
    "trainer.critic_warmup": "the critic (GAE); GRPO has none",
    "trainer.val_only": "run `raiden-r1 eval` on a checkpoint instead",
    "trainer.val_generations_to_log": "local samples go to samples.jsonl every trainer.sample_every steps",
    "trainer.save_model_only": "local checkpoints always hold what an exact resume needs",
    "trainer.save_checkpoint_path": "local checkpoints go to <trainer.output_dir>/checkpoints",
    "trainer.load_checkpoint_path": "resume a local run with `raiden-r1 train --resume`",
    "trainer.find_last_checkpoint": "resume a local run with `raiden-r1 train --resume`",
    "trainer.ray_timeline": "Ray only",
}
# Ignored keys whose value would change what is trained: an error when it differs from EasyR1's
# default, since dropping it would silently train another recipe.
CHANGES_TRAINING = frozenset({
    "data.mini_rollout_batch_size", "algorithm.kl_type", "algorithm.online_filtering", "worker.actor.loss_type",
    "worker.actor.model.override_config", "worker.rollout.ignore_eos", "worker.reward.skip_special_tokens",
    "trainer.critic_warmup", "trainer.val_only", "trainer.load_checkpoint_path",
})
# The local config's names before it took EasyR1's (for a message that says where a key went).
RENAMED: dict[str, str] = {
    "model.path": "worker.actor.model.model_path",
    "model.dtype": "worker.actor.fsdp.mp_param_dtype (bf16 | fp32)",
    "model.trust_remote_code": "worker.actor.model.trust_remote_code",
    "model.gradient_checkpointing": "worker.actor.model.enable_gradient_checkpointing",
    "model.shared_prefix": "worker.actor.model.shared_prefix",
    "model.lora.enabled": "worker.actor.model.lora.rank (0: off, > 0: on)",
    "model.lora.rank": "worker.actor.model.lora.rank",
    "model.lora.alpha": "worker.actor.model.lora.alpha",
    "model.lora.dropout": "worker.actor.model.lora.dropout",
    "model.lora.target_modules": "worker.actor.model.lora.target_modules (a comma list or all-linear)",
    "data.prompts_per_step": "data.rollout_batch_size",
    "rollout.n": "worker.rollout.n", "rollout.temperature": "worker.rollout.temperature",
    "rollout.top_p": "worker.rollout.top_p", "rollout.min_new_tokens": "worker.rollout.min_new_tokens",
    "algorithm.clip_ratio_low": "worker.actor.clip_ratio_low",
    "algorithm.clip_ratio_high": "worker.actor.clip_ratio_high",
    "algorithm.clip_ratio_dual": "worker.actor.clip_ratio_dual",
    "algorithm.loss_avg_mode": "worker.actor.loss_avg_mode", "algorithm.ppo_epochs": "worker.actor.ppo_epochs",
    "algorithm.micro_batch_size": "worker.actor.micro_batch_size_per_device_for_update",
    "optim.lr": "worker.actor.optim.lr", "optim.weight_decay": "worker.actor.optim.weight_decay",
    "optim.betas": "worker.actor.optim.betas", "optim.eps": "worker.actor.optim.eps",
    "optim.warmup_steps": "worker.actor.optim.lr_warmup_steps",
    "optim.lr_scheduler": "worker.actor.optim.lr_scheduler_type",
    "optim.min_lr_ratio": "worker.actor.optim.min_lr_ratio", "optim.max_grad_norm": "worker.actor.max_grad_norm",
    "optim.grad_accum": "worker.actor.global_batch_size (prompts per optimizer update)",
    "reward.accuracy_weight": "worker.reward.reward_function_kwargs.accuracy_weight",
    "reward.format_weight": "worker.reward.reward_function_kwargs.format_weight",
    "reward.thinking_weight": "worker.reward.reward_function_kwargs.thinking_weight",
    "trainer.seed": "worker.rollout.seed", "trainer.save_every": "trainer.save_freq (<= 0: only at the end)",
    "trainer.keep_last": "trainer.save_limit", "trainer.eval_every": "trainer.val_freq",
    "trainer.eval_samples": "trainer.val_samples", "trainer.torch_compile": "worker.actor.use_torch_compile",
}


def _leaves(cls: type, prefix: str = "") -> dict[str, Any]:
    """Dotted leaf keys of a config dataclass with their defaults; dict fields are leaves."""
    out: dict[str, Any] = {}
    hints = typing.get_type_hints(cls)
    for f in dataclasses.fields(cls):
        if dataclasses.is_dataclass(hints[f.name]):
            out.update(_leaves(hints[f.name], f"{prefix}{f.name}."))
        else:
            out[prefix + f.name] = f.default if f.default is not dataclasses.MISSING else f.default_factory()
    return out


def local_defaults() -> dict[str, Any]:
    from .config import Config

    return _leaves(Config)


def local_only_defaults() -> dict[str, Any]:
    """Keys only the local engine has, with their defaults."""
    schema = easyr1_schema()
    return {k: v for k, v in local_defaults().items() if k not in schema.keys}


def easyr1_schema():
    from raiden_r1.easyr1.schema import load_schema

    return load_schema()


def ignored_reason(key: str) -> str | None:
    parts = key.split(".")
    for i in range(len(parts), 0, -1):
        reason = IGNORED.get(".".join(parts[:i]))
        if reason:
            return reason
    return None


def _flatten(layer: Mapping[str, Any], dict_keys: set[str], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in layer.items():
        key = f"{prefix}{k}"
        if isinstance(v, Mapping) and key not in dict_keys:
            out.update(_flatten(v, dict_keys, key + "."))
        else:
            out[key] = v
    return out


def split_keys(layer: Mapping[str, Any], source: str) -> tuple[dict[str, Any], list[str]]:
    """(the part of ``layer`` the local engine takes, one warning line per EasyR1 key it leaves
    out). RaidenError for a key neither engine has, or an ignored key that changes training."""
    local = local_defaults()
    schema = easyr1_schema()
    dict_keys = {k for k, v in local.items() if isinstance(v, dict)}
    dict_keys |= {k for k, v in schema.keys.items() if v["type"] == "dict"}
    kept: dict[str, Any] = {}
    warnings: list[str] = []
    for key, value in _flatten(layer, dict_keys).items():
        if key in local:
            kept[key] = value
            continue
        spec = schema.keys.get(key)
        if spec is not None:
            default = spec.get("default")
            if key in CHANGES_TRAINING and value != default:
                raise RaidenError(f"{source}: {key}: {value!r} is not supported by the local engine "
                                  f"({ignored_reason(key)}); EasyR1's default is {default!r}")
            why = "EasyR1 sets it itself" if spec.get("auto") else ignored_reason(key) or "not implemented locally"
            warnings.append(f"{source}: {key}: ignored by the local engine ({why})")
            continue
        if key in RENAMED:
            raise RaidenError(f"{source}: {key}: renamed to {RENAMED[key]} (EasyR1's name; docs/recipe.md)")
        close = difflib.get_close_matches(key, list(local) + list(schema.keys), n=1, cutoff=0.6)
        hint = f"; did you mean {close[0]}?" if close else ""
        raise RaidenError(f"{source}: {key}: not a key of the local engine or of {schema.source}{hint}")
    from raiden_r1.easyr1.schema import nest_keys

    return nest_keys(kept), warnings


def check_vrar_kwargs(kwargs: Mapping[str, Any]) -> None:
    """``worker.reward.reward_function_kwargs`` for the built-in VRAR reward: names it takes,
    numbers >= 0 (the defaults live with the reward, not here)."""
    import inspect

    from .reward import vrar_reward

    params = inspect.signature(vrar_reward).parameters
    for name, value in kwargs.items():
        key = f"worker.reward.reward_function_kwargs.{name}"
        if name not in params:
            raise RaidenError(f"config: {key}: the VRAR reward takes {', '.join(params)}")
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not value >= 0:
            raise RaidenError(f"config: {key}: must be a number >= 0, got {value!r}")
