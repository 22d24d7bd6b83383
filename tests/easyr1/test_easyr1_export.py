"""`raiden-r1 easyr1 export-config`: the EasyR1 config of a local recipe loads with EasyR1's config
classes (every key exists in EasyR1's schema with the right type), and the local engine and the
exported config agree on every value both engines have (a round trip through the local loader)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import yaml

pytest.importorskip("omegaconf")

from raiden_r1.cli import main  # noqa: E402
from raiden_r1.easyr1.config import config_check  # noqa: E402
from raiden_r1.easyr1.export import export_config, render, rows_path  # noqa: E402
from raiden_r1.easyr1.schema import flatten_known, value_problem, vendored_schema  # noqa: E402
from raiden_r1.errors import RaidenError  # noqa: E402
from raiden_r1.train.config import load_config  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
LOCAL = ["local_quickstart.yaml", "local_smollm2.yaml", "local_tiny.yaml"]
SCHEMA = vendored_schema()
DATA_KEYS = {"data.train_files", "data.val_files", "data.prompt_key", "data.answer_key", "data.format_prompt"}


def _flat(cfg) -> dict:
    out = {}
    for f in dataclasses.fields(cfg):
        v = getattr(cfg, f.name)
        out.update({f"{f.name}.{k}": x for k, x in _flat(v).items()} if dataclasses.is_dataclass(v) else {f.name: v})
    return out


def _export(name: str, tmp_path: Path, *overrides: str) -> tuple[Path, dict, list[str]]:
    nested, notes = export_config(ROOT / "configs" / name, overrides)
    out = tmp_path / f"easyr1_{name}"
    out.write_text(render(nested, name), encoding="utf-8")
    return out, nested, notes


@pytest.mark.parametrize("name", LOCAL)
def test_every_exported_key_is_easyr1s_with_easyr1s_type(name, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)  # data paths are relative to the checkout
    out, nested, _ = _export(name, tmp_path)
    loaded = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert loaded == nested  # the YAML says what the dict says
    flat = flatten_known(loaded, SCHEMA)
    for key, value in flat.items():
        assert key in SCHEMA.keys, key
        assert not SCHEMA.keys[key].get("auto"), key  # never a key EasyR1 overwrites
        assert value_problem(key, SCHEMA.keys[key], value) is None, key
    assert config_check(loaded, SCHEMA) == ([], [])  # EasyR1's own batch and GRPO checks too


@pytest.mark.parametrize("name", LOCAL)
def test_round_trip_the_local_engine_and_the_export_agree_on_every_shared_value(name, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    local = _flat(load_config(ROOT / "configs" / name, on_warning=None))
    out, _, notes = _export(name, tmp_path)
    back = _flat(load_config(out, on_warning=None))  # the exported file, read by the local engine
    shared = [k for k in local if k in SCHEMA.keys]
    assert len(shared) >= 45
    model_keys = {"worker.actor.model.model_path", "worker.reward.reward_function"}
    for key in shared:
        if key in DATA_KEYS or key in model_keys:
            continue
        assert back[key] == local[key], key
    # the documented translations, each announced by a note
    assert back["data.train_files"] == rows_path(local["data.train_files"][0]) == "./data/easyr1/train.json"
    assert (back["data.prompt_key"], back["data.answer_key"]) == ("problem", "answer")
    assert back["data.format_prompt"] == "./easyr1/format_prompt/role_playing.jinja"
    assert back["worker.actor.model.model_path"] == "HuggingFaceTB/SmolLM2-135M-Instruct"
    assert back["worker.reward.reward_function"] == "./easyr1/reward_function/raiden_vrar.py:compute_score"
    assert any(n.startswith("data.train_files: data/training/train.json holds RAIDEN-R1 records") for n in notes)


def test_the_quickstarts_tuned_values_reach_easyr1(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    _, nested, notes = _export("local_quickstart.yaml", tmp_path)
    actor = nested["worker"]["actor"]
    assert actor["optim"]["lr"] == 4e-5 and actor["optim"]["betas"] == [0.9, 0.99]
    assert actor["optim"]["weight_decay"] == 0.0 and actor["global_batch_size"] == 2
    assert nested["worker"]["rollout"]["n"] == 8 and nested["data"]["rollout_batch_size"] == 4
    assert nested["algorithm"]["disable_kl"] is True
    assert nested["trainer"]["experiment_name"] == "train" and nested["trainer"]["logger"] == ["file", "tensorboard"]
    assert "trainer.max_minutes: local only, not carried (value 7.0)" in notes
    assert any(n.startswith("data.prompt_layout: system is local only") for n in notes)
    assert any(n.startswith("data.val_files: empty; EasyR1 always loads a validation set") for n in notes)


def test_exporting_easyr1s_own_config_keeps_its_values(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    src = yaml.safe_load((ROOT / "configs" / "easyr1_config.yaml").read_text(encoding="utf-8"))
    nested, notes = export_config(ROOT / "configs" / "easyr1_config.yaml")
    for key, value in flatten_known(nested, SCHEMA).items():
        original = flatten_known(src, SCHEMA).get(key)
        if original is not None and key not in ("trainer.project_name", "trainer.experiment_name"):
            assert value == original, key
    # the keys only EasyR1 uses are not carried by the local config: the export names no record files
    assert not any("holds RAIDEN-R1 records" in n for n in notes)


def test_several_train_files_cannot_be_exported(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    with pytest.raises(RaidenError, match="data.train_files: EasyR1 reads one file"):
        export_config(ROOT / "configs" / "local_tiny.yaml",
                      ["data.train_files=[data/training/train.json,data/training/validation.json]"])


def test_export_config_command_writes_the_file_and_prints_notes(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    out = tmp_path / "sub" / "easyr1.yaml"
    assert main(["easyr1", "export-config", "configs/local_smollm2.yaml", "worker.actor.optim.lr=5e-6",
                 "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "note: data.train_files:" in err and f"wrote {out}" in err
    assert yaml.safe_load(out.read_text())["worker"]["actor"]["optim"]["lr"] == 5e-6
    assert main(["easyr1", "check", str(out)]) == 0  # the launcher's check passes it


def test_export_config_refuses_to_write_over_its_input(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    local = tmp_path / "local.yaml"
    local.write_bytes((ROOT / "configs" / "local_tiny.yaml").read_bytes())
    before = local.read_bytes()
    link = tmp_path / "link.yaml"
    link.symlink_to(local)
    for out in (local, link):
        assert main(["easyr1", "export-config", str(local), "--out", str(out)]) == 2
        err = capsys.readouterr().err
        assert err.startswith("error: ") and err.count("\n") == 1 and "would overwrite the input" in err
        assert local.read_bytes() == before
    assert main(["easyr1", "export-config", str(local), "--out", str(tmp_path)]) == 2  # a directory
    assert "is a directory" in capsys.readouterr().err
