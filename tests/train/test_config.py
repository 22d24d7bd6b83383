"""Config loading: YAML + dotted overrides in EasyR1's vocabulary, type and range checks, errors
naming the key; EasyR1's own YAML accepted with one warning line per key the engine ignores."""

from pathlib import Path

import pytest

pytest.importorskip("omegaconf")

from raiden_r1.errors import RaidenError  # noqa: E402
from raiden_r1.train.config import Config, kl_in_reward, load_config, save_config, uses_kl  # noqa: E402
from raiden_r1.train.vocabulary import IGNORED, RENAMED, local_defaults  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def load(*overrides, path=None):
    warnings: list[str] = []
    cfg = load_config(path, ["worker.rollout.n=4", *overrides], on_warning=warnings.append)
    return cfg, warnings


@pytest.mark.parametrize("name", ["local_smollm2.yaml", "local_tiny.yaml", "local_quickstart.yaml"])
def test_shipped_configs_load_without_warnings(name):
    warnings: list[str] = []
    cfg = load_config(ROOT / "configs" / name, on_warning=warnings.append)
    assert cfg.rollout.n > 1 and warnings == []


def test_overrides_are_typed_and_applied():
    cfg = load_config(ROOT / "configs/local_smollm2.yaml", ["worker.actor.optim.lr=3e-6", "worker.rollout.n=8",
                                                            "worker.actor.model.lora.rank=8", "data.language=[en,zh]"])
    assert cfg.optim.lr == 3e-6 and cfg.rollout.n == 8 and cfg.model.lora.rank == 8
    assert cfg.data.language == ["en", "zh"]


def test_defaults_are_easyr1s_where_both_engines_have_the_key():
    from raiden_r1.easyr1.schema import vendored_schema

    schema = vendored_schema()
    # documented in docs/recipe.md ("Defaults that differ"), each with its reason
    differ = {"data.train_files", "worker.actor.model.enable_gradient_checkpointing",
              "worker.actor.model.trust_remote_code", "worker.actor.use_torch_compile"}
    shared = {k: v for k, v in local_defaults().items() if k in schema.keys}
    assert len(shared) >= 40
    assert {k for k, v in shared.items() if v != schema.default(k)} == differ
    cfg = Config()
    assert (cfg.algorithm.kl_coef, cfg.algorithm.use_kl_loss, cfg.algorithm.kl_penalty) == (1e-3, False, "kl")
    assert (cfg.optim.lr, cfg.optim.weight_decay, cfg.optim.betas) == (1e-6, 1e-2, [0.9, 0.999])
    recipe = (ROOT / "docs" / "recipe.md").read_text(encoding="utf-8")
    for key in differ:
        assert f"`{key}`" in recipe, key


def test_the_recipe_doc_names_every_key_of_the_local_engine():
    recipe = (ROOT / "docs" / "recipe.md").read_text(encoding="utf-8")
    missing = [k for k in local_defaults() if f"`{k}`" not in recipe]
    assert missing == []


@pytest.mark.parametrize("override, key", [
    ("worker.actor.optim.lrr=1", "worker.actor.optim.lrr"),
    ("worker.rollout.n=many", "worker.rollout.n"),
    ("trainer.max_steps=1.5", "trainer.max_steps"),
])
def test_unknown_keys_and_wrong_types_name_the_key(override, key):
    with pytest.raises(RaidenError, match=key.replace(".", r"\.")):
        load(override)


def test_an_unknown_key_gets_the_closest_name():
    with pytest.raises(RaidenError, match=r"worker\.rollout\.topk: not a key .*did you mean worker\.rollout\.top_k\?"):
        load("worker.rollout.topk=5")


@pytest.mark.parametrize("old, new", [("model.path=x", "worker.actor.model.model_path"),
                                      ("data.prompts_per_step=4", "data.rollout_batch_size"),
                                      ("optim.grad_accum=2", "worker.actor.global_batch_size"),
                                      ("trainer.keep_last=2", "trainer.save_limit")])
def test_the_old_local_names_say_where_they_went(old, new):
    with pytest.raises(RaidenError, match=f"renamed to {new.replace('.', '[.]')}"):
        load(old)


@pytest.mark.parametrize("override, key", [
    ("worker.rollout.n=1", "worker.rollout.n"),
    ("algorithm.kl_penalty=full", "algorithm.kl_penalty"),
    ("algorithm.adv_estimator=rloo", "algorithm.adv_estimator"),
    ("worker.actor.clip_ratio_low=1.5", "worker.actor.clip_ratio_low"),
    ("worker.actor.optim.betas=[0.9]", "worker.actor.optim.betas"),
    ("trainer.device=tpu", "trainer.device"),
    ("worker.rollout.min_new_tokens=10000", "worker.rollout.min_new_tokens"),  # more than data.max_response_length
    ("worker.rollout.top_k=0", "worker.rollout.top_k"),
    ("data.rollout_batch_size=3", "data.rollout_batch_size"),  # not divisible by global_batch_size 256
    ("worker.reward.reward_function_kwargs={accuracy_wieght: 1}", "reward_function_kwargs.accuracy_wieght"),
])
def test_out_of_range_values_are_rejected(override, key):
    with pytest.raises(RaidenError, match=key.replace(".", r"\.")):
        load(override)


def test_unknown_key_in_yaml_names_file_and_key(tmp_path):
    p = tmp_path / "c.yaml"
    p.write_text("trainer:\n  max_stepz: 3\n")
    with pytest.raises(RaidenError, match=r"c\.yaml.*trainer\.max_stepz"):
        load_config(p)


def test_missing_file_and_bad_override_syntax(tmp_path):
    with pytest.raises(RaidenError, match="not found"):
        load_config(tmp_path / "nope.yaml")
    with pytest.raises(RaidenError, match="key=value"):
        load_config(None, ["worker.rollout.n"])


def test_saved_config_round_trips(tmp_path):
    cfg, _ = load("worker.actor.optim.lr=5e-6", "data.train_files=[a.json,b.json]")
    again = load_config(save_config(cfg, tmp_path / "config.yaml"))
    assert again == cfg


def test_easyr1s_own_config_loads_and_names_each_key_it_ignores():
    warnings: list[str] = []
    cfg = load_config(ROOT / "configs" / "easyr1_config.yaml", on_warning=warnings.append)
    assert (cfg.optim.lr, cfg.rollout.n, cfg.rollout.temperature, cfg.algorithm.kl_coef) == (3e-6, 4, 0.7, 1e-2)
    assert cfg.actor.global_batch_size == 128 and cfg.data.rollout_batch_size == 128
    assert cfg.worker.reward.reward_function == "./easyr1/reward_function/raiden_vrar.py:compute_score"
    assert cfg.data.format_prompt == "./easyr1/format_prompt/role_playing.jinja" and cfg.data.prompt_key == "problem"
    ignored = [w.split(": ")[1] for w in warnings]
    assert len(ignored) == len(set(ignored)) == len(warnings)  # one line per key
    assert {"worker.rollout.gpu_memory_utilization", "worker.actor.offload.offload_params", "trainer.logger",
            "worker.ref.fsdp.enable_cpu_offload", "trainer.save_checkpoint_path"} <= set(ignored)
    assert all(w.startswith(f"{ROOT / 'configs' / 'easyr1_config.yaml'}: ") and "ignored by the local engine (" in w
               for w in warnings)


def test_an_ignored_key_that_would_change_training_is_an_error():
    with pytest.raises(RaidenError, match=r"algorithm\.online_filtering: True is not supported by the local engine"):
        load("algorithm.online_filtering=true")
    _, warnings = load("algorithm.online_filtering=false")  # EasyR1's default: harmless
    assert warnings == ["override 'algorithm.online_filtering=false': algorithm.online_filtering: ignored by the "
                        "local engine (DAPO online filtering is not implemented locally)"]


def test_every_ignored_reason_names_a_real_easyr1_key_or_section():
    from raiden_r1.easyr1.schema import vendored_schema

    schema = vendored_schema()
    for key in IGNORED:
        assert key in schema.keys or key in schema.sections, key
    assert all(not k.startswith("worker.") or k.count(".") >= 1 for k in RENAMED)


def test_kl_semantics_follow_easyr1():
    cfg, _ = load()
    assert uses_kl(cfg) and kl_in_reward(cfg)  # EasyR1's defaults: kl_coef 1e-3, use_kl_loss false
    cfg, _ = load("algorithm.use_kl_loss=true")
    assert uses_kl(cfg) and not kl_in_reward(cfg)
    for off in ("algorithm.disable_kl=true", "algorithm.kl_coef=0"):
        cfg, _ = load(off)
        assert not uses_kl(cfg) and not kl_in_reward(cfg)
