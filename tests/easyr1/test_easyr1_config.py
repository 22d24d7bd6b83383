"""configs/easyr1_config*.yaml against EasyR1's config contract, and the check the launcher runs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from raiden_r1.easyr1.config import EASYR1_KEYS, FREE_FORM_KEYS, check_config, config_problems, flatten
from raiden_r1.errors import RaidenError

ROOT = Path(__file__).resolve().parents[2]
CONFIGS = [ROOT / "configs" / "easyr1_config.yaml", ROOT / "configs" / "easyr1_config_7b.yaml"]

# EasyR1's config keys for a GRPO text run, copied from docs/easyr1-contract.md ("Config
# keys used by a GRPO text run"), which was read from verl/trainer/config.py and
# verl/workers/*/config.py at b44b311. Kept here, apart from the package's list, so a drift in
# either shows up as a failing test.
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


def test_package_allow_list_is_the_contract_list():
    assert EASYR1_KEYS == ALLOWED


@pytest.mark.parametrize("path", CONFIGS, ids=lambda p: p.name)
def test_every_config_key_exists_in_easyr1(path):
    unknown = [k for k in _flat(path) if k not in ALLOWED]
    assert unknown == []


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


def test_check_rejects_unknown_keys():
    assert _problems(worker__actor__optim__learning_rate=1e-6) == [
        "worker.actor.optim.learning_rate: not a key of EasyR1's config"]


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


def test_reward_kwargs_are_free_form():
    assert "worker.reward.reward_function_kwargs" in FREE_FORM_KEYS
    assert _problems(worker__reward__reward_function_kwargs={"anything": 1}) == []


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
