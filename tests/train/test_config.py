"""Config loading: YAML + dotted overrides, type and range checks, errors naming the key."""

from pathlib import Path

import pytest

pytest.importorskip("omegaconf")

from raiden_r1.errors import RaidenError  # noqa: E402
from raiden_r1.train.config import load_config, save_config  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name", ["local_smollm2.yaml", "local_tiny.yaml"])
def test_shipped_configs_load(name):
    cfg = load_config(ROOT / "configs" / name)
    assert cfg.rollout.n > 1


def test_overrides_are_typed_and_applied():
    cfg = load_config(ROOT / "configs/local_smollm2.yaml", ["optim.lr=3e-6", "rollout.n=8", "model.lora.enabled=true",
                                                            "data.language=[en,zh]"])
    assert cfg.optim.lr == 3e-6 and cfg.rollout.n == 8 and cfg.model.lora.enabled
    assert cfg.data.language == ["en", "zh"]


@pytest.mark.parametrize("override, key", [
    ("optim.lrr=1", "optim.lrr"),
    ("rollout.n=many", "rollout.n"),
    ("trainer.max_steps=1.5", "trainer.max_steps"),
])
def test_unknown_keys_and_wrong_types_name_the_key(override, key):
    with pytest.raises(RaidenError, match=key.replace(".", r"\.")):
        load_config(None, [override])


@pytest.mark.parametrize("override, key", [
    ("rollout.n=1", "rollout.n"),
    ("algorithm.kl_penalty=full", "algorithm.kl_penalty"),
    ("algorithm.clip_ratio_low=1.5", "algorithm.clip_ratio_low"),
    ("optim.betas=[0.9]", "optim.betas"),
    ("trainer.device=tpu", "trainer.device"),
    ("rollout.min_new_tokens=10000", "rollout.min_new_tokens"),  # more than data.max_response_length
])
def test_out_of_range_values_are_rejected(override, key):
    with pytest.raises(RaidenError, match=key.replace(".", r"\.")):
        load_config(None, [override])


def test_unknown_key_in_yaml_names_file_and_key(tmp_path):
    p = tmp_path / "c.yaml"
    p.write_text("trainer:\n  max_step: 3\n")
    with pytest.raises(RaidenError, match=r"c\.yaml.*trainer\.max_step"):
        load_config(p)


def test_missing_file_and_bad_override_syntax(tmp_path):
    with pytest.raises(RaidenError, match="not found"):
        load_config(tmp_path / "nope.yaml")
    with pytest.raises(RaidenError, match="key=value"):
        load_config(None, ["rollout.n"])


def test_saved_config_round_trips(tmp_path):
    cfg = load_config(None, ["optim.lr=5e-6", "data.train_files=[a.json,b.json]"])
    again = load_config(save_config(cfg, tmp_path / "config.yaml"))
    assert again == cfg
