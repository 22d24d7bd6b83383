"""configs/easyr1_config*.yaml against EasyR1's config contract, and the check the launcher runs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from raiden_r1.easyr1.config import check_config, config_check, config_problems, flatten
from raiden_r1.easyr1.schema import vendored_schema
from raiden_r1.errors import RaidenError

ROOT = Path(__file__).resolve().parents[2]
CONFIGS = [ROOT / "configs" / "easyr1_config.yaml", ROOT / "configs" / "easyr1_config_7b.yaml"]
SCHEMA = vendored_schema()

# EasyR1's config keys for a GRPO text run, copied from docs/easyr1-contract.md ("Config
# keys used by a GRPO text run"), which was read from verl/trainer/config.py and
# verl/workers/*/config.py at b44b311. Kept here, apart from the vendored schema, so a drift
# between the contract doc and the schema shows up as a failing test.
CONTRACT_KEYS = {
    "data": "train_files, val_files, prompt_key, answer_key, image_key, video_key, max_prompt_length, "
            "max_response_length, rollout_batch_size, mini_rollout_batch_size, val_batch_size, format_prompt, "
            "override_chat_template, shuffle, seed, filter_overlong_prompts, filter_overlong_prompts_workers",
    "algorithm": "adv_estimator, disable_kl, use_kl_loss, kl_penalty, kl_coef, kl_type, online_filtering, "
                 "filter_key, filter_low, filter_high",
    "worker.actor": "global_batch_size, micro_batch_size_per_device_for_update, "
                    "micro_batch_size_per_device_for_experience, max_grad_norm, clip_ratio_low, clip_ratio_high, "
                    "clip_ratio_dual, loss_avg_mode, loss_type, ppo_epochs, padding_free, dynamic_batching, "
                    "ulysses_size, use_torch_compile, model.model_path, model.enable_gradient_checkpointing, "
                    "model.trust_remote_code, model.freeze_vision_tower, model.lora.rank, model.lora.alpha, "
                    "model.lora.target_modules, optim.lr, optim.weight_decay, optim.strategy, "
                    "optim.lr_warmup_ratio, optim.lr_scheduler_type, fsdp.enable_full_shard, "
                    "fsdp.enable_cpu_offload, fsdp.enable_rank0_init, fsdp.torch_dtype, offload.offload_params, "
                    "offload.offload_optimizer",
    "worker.rollout": "name, n, temperature, top_p, gpu_memory_utilization, enforce_eager, tensor_parallel_size, "
                      "max_num_batched_tokens, val_override_config",
    # "worker.ref: fsdp.*, offload.*" -- the same FSDP/offload dataclasses as the actor's
    "worker.ref": "fsdp.enable_full_shard, fsdp.enable_cpu_offload, fsdp.enable_rank0_init, fsdp.torch_dtype, "
                  "offload.offload_params, offload.offload_optimizer",
    "worker.reward": "reward_function, reward_function_kwargs, skip_special_tokens, num_cpus",
    "trainer": "total_epochs, max_steps, project_name, experiment_name, logger, nnodes, n_gpus_per_node, "
               "val_freq, val_before_train, val_only, val_generations_to_log, save_freq, save_limit, "
               "save_model_only, save_checkpoint_path, load_checkpoint_path, find_last_checkpoint",
}
ALLOWED = {f"{section}.{k.strip()}" for section, keys in CONTRACT_KEYS.items() for k in keys.split(",")}

# Every key of EasyR1's own examples/config.yaml at b44b311, with its value there (copied by
# name: the file itself is not vendored). Each must pass the check without a warning.
EASYR1_EXAMPLE = {
    "data.train_files": "hiyouga/math12k@train", "data.val_files": "hiyouga/math12k@test",
    "data.prompt_key": "problem", "data.answer_key": "answer", "data.image_key": "images",
    "data.video_key": "videos", "data.image_dir": None, "data.video_fps": 2.0, "data.max_prompt_length": 2048,
    "data.max_response_length": 2048, "data.rollout_batch_size": 512, "data.mini_rollout_batch_size": None,
    "data.val_batch_size": 1024, "data.format_prompt": "./examples/format_prompt/math.jinja",
    "data.override_chat_template": None, "data.shuffle": True, "data.seed": 1, "data.min_pixels": 262144,
    "data.max_pixels": 4194304, "data.filter_overlong_prompts": True,
    "algorithm.adv_estimator": "grpo", "algorithm.disable_kl": False, "algorithm.use_kl_loss": True,
    "algorithm.kl_penalty": "low_var_kl", "algorithm.kl_coef": 1.0e-2, "algorithm.online_filtering": False,
    "algorithm.filter_key": "overall", "algorithm.filter_low": 0.01, "algorithm.filter_high": 0.99,
    "worker.actor.global_batch_size": 128, "worker.actor.micro_batch_size_per_device_for_update": 1,
    "worker.actor.micro_batch_size_per_device_for_experience": 2, "worker.actor.max_grad_norm": 1.0,
    "worker.actor.padding_free": True, "worker.actor.dynamic_batching": True, "worker.actor.ulysses_size": 1,
    "worker.actor.model.model_path": "Qwen/Qwen2.5-7B-Instruct",
    "worker.actor.model.enable_gradient_checkpointing": True, "worker.actor.model.trust_remote_code": False,
    "worker.actor.model.freeze_vision_tower": False, "worker.actor.model.lora.rank": 0,
    "worker.actor.model.lora.alpha": 64, "worker.actor.model.lora.target_modules": "all-linear",
    "worker.actor.model.lora.exclude_modules": ".*visual.*", "worker.actor.optim.lr": 1.0e-6,
    "worker.actor.optim.weight_decay": 1.0e-2, "worker.actor.optim.strategy": "adamw",
    "worker.actor.optim.lr_warmup_ratio": 0.0, "worker.actor.fsdp.enable_full_shard": True,
    "worker.actor.fsdp.enable_cpu_offload": False, "worker.actor.fsdp.enable_rank0_init": True,
    "worker.actor.offload.offload_params": True, "worker.actor.offload.offload_optimizer": True,
    "worker.rollout.n": 5, "worker.rollout.temperature": 1.0, "worker.rollout.top_p": 1.0,
    "worker.rollout.limit_images": 0, "worker.rollout.gpu_memory_utilization": 0.6,
    "worker.rollout.enforce_eager": False, "worker.rollout.enable_chunked_prefill": False,
    "worker.rollout.tensor_parallel_size": 2, "worker.rollout.disable_tqdm": False,
    "worker.rollout.val_override_config": {"temperature": 0.6, "top_p": 0.95, "n": 1},
    "worker.ref.fsdp.enable_full_shard": True, "worker.ref.fsdp.enable_cpu_offload": True,
    "worker.ref.fsdp.enable_rank0_init": True, "worker.ref.offload.offload_params": False,
    "worker.reward.reward_function": "./examples/reward_function/math.py:compute_score",
    "trainer.total_epochs": 15, "trainer.max_steps": None, "trainer.project_name": "easy_r1",
    "trainer.experiment_name": "qwen2_5_7b_math_grpo", "trainer.logger": ["file", "wandb"], "trainer.nnodes": 1,
    "trainer.n_gpus_per_node": 8, "trainer.max_try_make_batch": 20, "trainer.val_freq": 5,
    "trainer.val_before_train": True, "trainer.val_only": False, "trainer.val_generations_to_log": 3,
    "trainer.save_freq": 5, "trainer.save_limit": 3, "trainer.save_model_only": False,
    "trainer.save_checkpoint_path": None, "trainer.load_checkpoint_path": None, "trainer.find_last_checkpoint": True,
}


def _nest(flat: dict) -> dict:
    """A nested config from dotted keys (with n=5: GRPO, EasyR1's default estimator, fails its
    own check at EasyR1's default of one rollout per prompt)."""
    from raiden_r1.easyr1.schema import nest_keys

    return nest_keys({"worker.rollout.n": 5, **flat})


def _load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _flat(path: Path) -> dict:
    return flatten(_load(path))


def test_allow_list_matches_the_contract_file():
    text = (ROOT / "docs" / "easyr1-contract.md").read_text(encoding="utf-8")
    section = text.split("## Config keys used by a GRPO text run")[1].split("\n## ")[0]
    for key in ALLOWED:
        leaf = key.rsplit(".", 1)[-1]
        assert re.search(rf"\b{re.escape(leaf)}\b", section), f"{key} is not in the contract"


def test_every_contract_key_is_in_the_vendored_schema():
    """docs/easyr1-contract.md and the schema derived from EasyR1's dataclasses name the same keys."""
    missing = sorted(k for k in ALLOWED if k not in SCHEMA.keys)
    assert missing == []


def test_vendored_schema_names_its_easyr1_release():
    import json

    from raiden_r1.easyr1.schema import VENDORED

    meta = json.loads(VENDORED.read_text(encoding="utf-8"))["easyr1"]
    assert meta["version"] == "0.3.3.dev0" and meta["commit"].startswith("b44b311")
    assert SCHEMA.source == "EasyR1 0.3.3.dev0 (b44b311)"


def test_every_key_of_easyr1s_example_config_is_accepted_without_a_warning():
    assert config_check(_nest(EASYR1_EXAMPLE), SCHEMA) == ([], [])


def test_schema_types_and_defaults_are_easyr1s():
    k = SCHEMA.keys
    assert (k["worker.rollout.top_k"]["type"], k["worker.rollout.top_k"]["default"]) == ("int", -1)
    assert (k["worker.rollout.seed"]["type"], k["worker.rollout.seed"]["default"]) == ("int", 1)
    assert (k["trainer.critic_warmup"]["type"], k["trainer.critic_warmup"]["default"]) == ("int", 0)
    assert k["algorithm.kl_coef"]["default"] == 1e-3 and k["algorithm.use_kl_loss"]["default"] is False
    assert k["worker.actor.optim.betas"] == {"annotation": "tuple[float, float]", "type": "list", "nullable": False,
                                             "items": "float", "length": 2, "default": [0.9, 0.999]}
    assert k["trainer.max_steps"]["nullable"] is True and k["trainer.logger"]["items"] == "str"
    assert k["worker.actor.kl_coef"].get("auto") is True  # copied from algorithm.kl_coef by post_init
    assert "worker.reward.reward_function_kwargs" in k and k["worker.reward.reward_function_kwargs"]["type"] == "dict"


@pytest.mark.parametrize("key,value", [("worker.rollout.top_k", 50), ("worker.rollout.seed", 7),
                                       ("trainer.critic_warmup", 0), ("algorithm.kl_type", "adaptive"),
                                       ("worker.actor.optim.betas", [0.9, 0.95])])
def test_real_easyr1_keys_the_old_allow_list_rejected_are_accepted(key, value):
    assert config_check(_nest({key: value}), SCHEMA) == ([], [])


def test_a_misspelt_key_warns_with_the_closest_real_key():
    errors, warnings = config_check(_nest({"worker.rollout.topk": 50}), SCHEMA)
    assert errors == []
    assert warnings == ["worker.rollout.topk: not a key of EasyR1 0.3.3.dev0 (b44b311); "
                        "did you mean worker.rollout.top_k?"]
    _, warnings = config_check(_nest({"trainer.critic_warmpu": 0, "worker.actr.global_batch_size": 8}), SCHEMA)
    assert sorted(w.rsplit("; ", 1)[1] for w in warnings) == [
        "did you mean trainer.critic_warmup?", "did you mean worker.actor.global_batch_size?"]


@pytest.mark.parametrize("key,value,message", [
    ("worker.rollout.top_k", "fifty", "worker.rollout.top_k: expected an integer, got 'fifty'"),
    ("data.max_prompt_length", 2048.5, "data.max_prompt_length: expected an integer, got 2048.5"),
    ("trainer.nnodes", True, "trainer.nnodes: expected an integer, got True"),
    ("algorithm.kl_coef", "lots", "algorithm.kl_coef: expected a number, got 'lots'"),
    ("data.shuffle", "maybe", "data.shuffle: expected true or false, got 'maybe'"),
    ("worker.actor.optim.betas", [0.9, 0.95, 0.99], "worker.actor.optim.betas: expected 2 items, got 3"),
    ("worker.actor.optim.betas", ["x", 0.9], "worker.actor.optim.betas[0]: expected a number, got 'x'"),
    ("trainer.total_epochs", None, "trainer.total_epochs: must not be null (int field)"),
    ("worker.reward.reward_function_kwargs", 5, "worker.reward.reward_function_kwargs: expected a mapping, got 5"),
    ("worker.actor", 5, "worker.actor: is a section of EasyR1's config, expected a mapping, got 5"),
])
def test_wrong_types_fail_naming_the_key_path(key, value, message):
    errors, _ = config_check(_nest({key: value}), SCHEMA)
    assert errors == [message]


@pytest.mark.parametrize("key,value", [("worker.rollout.top_k", "50"), ("algorithm.kl_coef", "1e-2"),
                                       ("algorithm.kl_coef", 1), ("data.shuffle", "yes"), ("data.shuffle", 0),
                                       ("trainer.max_steps", None), ("data.train_files", 5)])
def test_values_omegaconf_converts_are_accepted(key, value):
    assert config_check(_nest({key: value}), SCHEMA)[0] == []


def test_auto_keys_warn_that_easyr1_overwrites_them():
    errors, warnings = config_check(_nest({"worker.actor.kl_coef": 0.5}), SCHEMA)
    assert errors == [] and warnings == [
        "worker.actor.kl_coef: EasyR1 sets this itself (post_init); the value given is overwritten"]


@pytest.mark.parametrize("path", CONFIGS, ids=lambda p: p.name)
def test_every_config_key_exists_in_easyr1(path):
    assert config_check(_load(path), SCHEMA) == ([], [])


@pytest.mark.parametrize("path", CONFIGS, ids=lambda p: p.name)
def test_rollout_batch_divisible_by_global_batch_and_group_size_above_one(path):
    flat = _flat(path)
    assert flat["data.rollout_batch_size"] % flat["worker.actor.global_batch_size"] == 0
    assert flat["algorithm.adv_estimator"] == "grpo" and flat["worker.rollout.n"] > 1


@pytest.mark.parametrize("path", CONFIGS, ids=lambda p: p.name)
def test_guide_settings(path):
    flat = _flat(path)
    assert flat["algorithm.use_kl_loss"] is True
    assert flat["algorithm.kl_penalty"] == "low_var_kl" and flat["algorithm.kl_coef"] == 1.0e-2
    assert flat["worker.rollout.n"] == 4 and flat["worker.rollout.temperature"] == 0.7
    assert flat["worker.actor.optim.lr"] == 3.0e-6 and flat["worker.actor.global_batch_size"] == 128
    assert flat["worker.actor.padding_free"] is True
    assert flat["trainer.total_epochs"] == 1 and flat["trainer.save_freq"] == 100
    assert flat["trainer.logger"] == ["file", "tensorboard"]
    assert flat["data.train_files"] == "./data/easyr1/train.json"
    assert (flat["data.prompt_key"], flat["data.answer_key"]) == ("problem", "answer")
    assert flat["data.format_prompt"] == "./easyr1/format_prompt/role_playing.jinja"
    assert flat["worker.reward.reward_function"] == "./easyr1/reward_function/raiden_vrar.py:compute_score"
    assert flat["worker.reward.reward_function_kwargs"] == {
        "accuracy_weight": 0.5, "format_weight": 0.3, "thinking_weight": 0.2}
    # float-typed EasyR1 fields must parse as floats (PyYAML reads "1e-2" without a dot as a str)
    assert all(isinstance(flat[k], float) for k in ("algorithm.kl_coef", "worker.actor.optim.lr"))


def test_14b_config_writes_where_the_guides_merge_command_looks():
    flat = _flat(CONFIGS[0])
    assert flat["worker.actor.model.model_path"] == "Qwen/Qwen2.5-14B-Instruct"
    assert flat["trainer.save_checkpoint_path"] == "checkpoints/easyr1/qwen2_5_14b_raiden_grpo"
    # EasyR1's default path, checkpoints/<project>/<experiment>, agrees with the explicit one
    assert f"checkpoints/{flat['trainer.project_name']}/{flat['trainer.experiment_name']}" == \
        flat["trainer.save_checkpoint_path"]


def test_7b_variant_differs_in_model_and_checkpoint_path():
    flat = _flat(CONFIGS[1])
    assert flat["worker.actor.model.model_path"] == "Qwen/Qwen2.5-7B-Instruct"
    assert flat["trainer.save_checkpoint_path"] == "checkpoints/easyr1/qwen2_5_7b_raiden_grpo"


@pytest.mark.parametrize("path", CONFIGS, ids=lambda p: p.name)
def test_shipped_configs_pass_the_check(path, monkeypatch):
    monkeypatch.chdir(ROOT)  # paths in the config are relative to the checkout root
    summary = check_config(path.relative_to(ROOT))
    assert summary.reward_function == Path("easyr1/reward_function/raiden_vrar.py")
    assert summary.experiment_log == summary.checkpoint_dir / "experiment_log.jsonl"


def _problems(**changes) -> list[str]:
    cfg = _load(CONFIGS[0])
    for dotted, value in changes.items():
        node = cfg
        *parents, leaf = dotted.split("__")
        for p in parents:
            node = node.setdefault(p, {})
        node[leaf] = value
    return config_problems(cfg)


def test_check_warns_about_unknown_keys_but_does_not_fail():
    cfg = _load(CONFIGS[0])
    cfg["worker"]["actor"]["optim"]["learning_rate"] = 1e-6
    errors, warnings = config_check(cfg, SCHEMA)
    assert errors == [] and len(warnings) == 1 and warnings[0].startswith("worker.actor.optim.learning_rate: not a key")


def test_check_rejects_indivisible_rollout_batch():
    assert _problems(data__rollout_batch_size=100) == [
        "data.rollout_batch_size: 100 must be divisible by worker.actor.global_batch_size 128"]


def test_check_requires_more_than_one_rollout_for_grpo():
    assert any("worker.rollout.n" in p and "n must be > 1" in p for p in _problems(worker__rollout__n=1))
    assert _problems(worker__rollout__n=1, algorithm__adv_estimator="gae") == []


def test_check_rejects_bad_values():
    assert _problems(algorithm__kl_penalty="k3") == [
        "algorithm.kl_penalty: 'k3' is not one of kl, abs, mse, low_var_kl, full"]
    assert _problems(trainer__logger=["file", "neptune"])[0].startswith("trainer.logger:")
    assert _problems(worker__rollout__n="four") == ["worker.rollout.n: expected an integer, got 'four'"]
    assert _problems(algorithm__kl_penalty="full", worker__actor__loss_type="gspo") == []


def test_grpo_without_rollout_n_falls_back_to_easyr1s_default_of_one():
    cfg = _load(CONFIGS[0])
    del cfg["worker"]["rollout"]["n"]
    assert any("worker.rollout.n: grpo compares rollouts" in p for p in config_problems(cfg))


def test_reward_kwargs_are_free_form():
    assert "worker.reward.reward_function_kwargs" in flatten(_load(CONFIGS[0]))
    assert _problems(worker__reward__reward_function_kwargs={"anything": {"nested": 1}}) == []


def test_overrides_are_checked_too(monkeypatch):
    monkeypatch.chdir(ROOT)
    with pytest.raises(RaidenError, match="trainer.nnodes: expected an integer, got 'two'"):
        check_config("configs/easyr1_config.yaml", ["trainer.nnodes=two"])
    s = check_config("configs/easyr1_config.yaml", ["trainer.save_checkpoint_path=/ckpt/x"])
    assert s.checkpoint_dir == Path("/ckpt/x")


def test_missing_reward_file_is_reported(tmp_path):
    cfg = tmp_path / "c.yaml"
    cfg.write_text("worker:\n  reward:\n    reward_function: ./nope.py:compute_score\n", encoding="utf-8")
    with pytest.raises(RaidenError, match=r"worker.reward.reward_function: nope.py: file not found"):
        check_config(cfg)


def test_invalid_yaml_is_one_line(tmp_path):
    cfg = tmp_path / "c.yaml"
    cfg.write_text("data: [\n", encoding="utf-8")
    with pytest.raises(RaidenError, match=r"c.yaml: line \d+: invalid YAML") as e:
        check_config(cfg)
    assert "\n" not in str(e.value)


def test_raiden_r1_easyr1_check_command(monkeypatch, capsys):
    from raiden_r1.cli import main

    monkeypatch.chdir(ROOT)
    assert main(["easyr1", "check", "configs/easyr1_config_7b.yaml"]) == 0
    assert "checkpoints/easyr1/qwen2_5_7b_raiden_grpo/global_step_<N>/actor" in capsys.readouterr().out
    assert main(["easyr1", "check", "configs/easyr1_config.yaml", "worker.rollout.n=1"]) == 2
    assert "worker.rollout.n: grpo compares rollouts" in capsys.readouterr().err
    assert main(["easyr1", "check", "configs/easyr1_config.yaml", "worker.rollout.topk=20"]) == 0
    assert ("warning: worker.rollout.topk: not a key of EasyR1 0.3.3.dev0 (b44b311); did you mean "
            "worker.rollout.top_k?") in capsys.readouterr().err
