"""Our merger for EasyR1's FSDP checkpoints, on shards cut from the tiny model the way FSDP
full-shard saves them (dim 0, torch.chunk order), as plain tensors and as DTensor local shards.

The merge joins the shards exactly (checked at float32: the source's own logits) and by default
writes bfloat16, as EasyR1's merger does (each piece ``.bfloat16()``): every tensor the same bits
as the source cast to bfloat16."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")

from raiden_r1.easyr1.merge import find_shards, main, merge_checkpoint, merge_entry, strip_peft_prefix  # noqa: E402
from raiden_r1.errors import RaidenError  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def _state_dict(model_dir: Path) -> dict:
    from safetensors.torch import load_file

    return load_file(str(model_dir / "model.safetensors"))


def _actor_dir(tmp: Path, model_dir: Path) -> Path:
    """<actor>/huggingface/ as EasyR1 saves it: config and tokenizer, no weights."""
    hf = tmp / "global_step_1" / "actor" / "huggingface"
    hf.mkdir(parents=True)
    for p in model_dir.iterdir():
        if p.suffix != ".safetensors":
            shutil.copy2(p, hf / p.name)
    return hf.parent


def _write_plain(actor: Path, sd: dict, world: int, replicate=()) -> None:
    for rank in range(world):
        shard = {k: (v.clone() if k in replicate else torch.chunk(v, world, dim=0)[rank].clone())
                 for k, v in sd.items()}
        torch.save(shard, actor / f"model_world_size_{world}_rank_{rank}.pt")


def _write_dtensor(actor: Path, sd: dict, world: int) -> None:
    """DTensors whose local tensors are rank r's chunk, built in a one-process gloo group (the
    placements and global shape are what FSDP's sharded state dict records)."""
    import torch.distributed as dist
    from torch.distributed.device_mesh import init_device_mesh
    from torch.distributed.tensor import DTensor, Replicate, Shard

    dist.init_process_group("gloo", store=dist.FileStore(str(actor / "store"), 1), rank=0, world_size=1)
    try:
        mesh = init_device_mesh("cpu", (1,), mesh_dim_names=("fsdp",))
        for rank in range(world):
            shard = {}
            for k, v in sd.items():
                if k.endswith("norm.weight"):  # replicated entries: the whole tensor on every rank
                    shard[k] = DTensor.from_local(v.clone(), mesh, [Replicate()], run_check=False)
                else:
                    shard[k] = DTensor.from_local(torch.chunk(v, world, dim=0)[rank].clone(), mesh, [Shard(0)],
                                                  run_check=False, shape=v.shape, stride=v.stride())
            torch.save(shard, actor / f"model_world_size_{world}_rank_{rank}.pt")
    finally:
        dist.destroy_process_group()
        (actor / "store").unlink(missing_ok=True)


def _logits(model_dir: Path, dtype=None) -> "torch.Tensor":
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(str(model_dir), dtype=dtype or torch.float32).eval()
    with torch.no_grad():
        return model(torch.arange(3, 40).unsqueeze(0)).logits


@pytest.fixture(scope="module")
def want(tiny_model_dir):
    """The original model's logits at float32, computed once."""
    return _logits(tiny_model_dir)


@pytest.fixture(scope="module")
def want_bf16(tiny_model_dir):
    """The original model cast to bfloat16: what EasyR1's merger makes of it."""
    return _logits(tiny_model_dir, torch.bfloat16)


def _same_bits_as_easyr1s_merger(out: Path, sd: dict) -> None:
    """Every merged tensor equals the source's cast to bfloat16, bit for bit (EasyR1's merger
    casts every piece with .bfloat16() before joining; the cast is per element, so the same)."""
    merged = _state_dict(out)
    assert set(merged) == set(sd) - ({"lm_head.weight"} if "lm_head.weight" not in merged else set())
    for k, v in merged.items():
        assert v.dtype == torch.bfloat16 and torch.equal(v.view(torch.int16), sd[k].bfloat16().view(torch.int16)), k


@pytest.mark.parametrize("world", [1, 3])
def test_plain_shards_merge_to_the_original_logits(tmp_path, tiny_model_dir, world, want):
    sd = _state_dict(tiny_model_dir)
    actor = _actor_dir(tmp_path, tiny_model_dir)
    _write_plain(actor, sd, world)  # world 3: uneven chunks (vocab 400, hidden 64)
    out = merge_checkpoint(actor, dtype="float32")
    assert out == actor / "huggingface"
    assert torch.equal(_logits(out), want)


@pytest.mark.parametrize("world", [1, 3])
def test_by_default_the_weights_are_easyr1s_bfloat16_bits(tmp_path, tiny_model_dir, world, want_bf16):
    sd = _state_dict(tiny_model_dir)
    actor = _actor_dir(tmp_path, tiny_model_dir)
    _write_plain(actor, sd, world)
    out = merge_checkpoint(actor)
    _same_bits_as_easyr1s_merger(out, sd)
    assert torch.equal(_logits(out, torch.bfloat16), want_bf16)


def test_replicated_plain_entries_are_taken_once(tmp_path, tiny_model_dir, want):
    sd = _state_dict(tiny_model_dir)
    actor = _actor_dir(tmp_path, tiny_model_dir)
    _write_plain(actor, sd, 2, replicate={k for k in sd if k.endswith("norm.weight")})
    assert torch.equal(_logits(merge_checkpoint(actor, tmp_path / "out", dtype="float32")), want)


def test_dtensor_shards_load_weights_only_and_merge(tmp_path, tiny_model_dir, want):
    sd = _state_dict(tiny_model_dir)
    actor = _actor_dir(tmp_path, tiny_model_dir)
    _write_dtensor(actor, sd, 2)
    saved = torch.load(actor / "model_world_size_2_rank_1.pt", weights_only=True)
    emb = saved["model.embed_tokens.weight"]
    assert type(emb).__name__ == "DTensor" and emb._local_tensor.shape == (200, 64) and emb.shape == (400, 64)
    out = merge_checkpoint(actor, tmp_path / "merged", dtype="float32")
    assert (out / "tokenizer.json").is_file()  # tokenizer travels with --out
    assert torch.equal(_logits(out), want)
    _same_bits_as_easyr1s_merger(merge_checkpoint(actor, tmp_path / "bf16"), sd)


def test_bfloat16_by_default_and_float32_on_request(tmp_path, tiny_model_dir):
    """Before: the default ("auto") followed huggingface/config.json, which EasyR1 writes for its
    float32 FSDP actor, so the merge wrote float32 where the docs promise bfloat16."""
    import json

    actor = _actor_dir(tmp_path, tiny_model_dir)
    cfg = json.loads((actor / "huggingface" / "config.json").read_text())
    cfg.pop("dtype", None)
    (actor / "huggingface" / "config.json").write_text(json.dumps(cfg | {"torch_dtype": "float32"}))  # as EasyR1
    _write_plain(actor, _state_dict(tiny_model_dir), 2)  # fp32, as FSDP's master weights are
    from safetensors import safe_open

    for dtype, expected in ((None, torch.bfloat16), ("float32", torch.float32)):
        out = merge_checkpoint(actor, tmp_path / str(dtype), **({"dtype": dtype} if dtype else {}))
        with safe_open(str(out / "model.safetensors"), "pt") as f:
            assert f.get_tensor("model.layers.0.mlp.up_proj.weight").dtype == expected
        assert json.loads((out / "config.json").read_text())["torch_dtype"] == str(expected).split(".")[1]


def test_lora_adapter_is_merged(tmp_path, tiny_model_dir):
    peft = pytest.importorskip("peft")
    from transformers import AutoModelForCausalLM

    base = AutoModelForCausalLM.from_pretrained(str(tiny_model_dir))
    lora = peft.get_peft_model(base, peft.LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "v_proj"],
                                                     init_lora_weights=False))
    actor = _actor_dir(tmp_path, tiny_model_dir)
    lora.save_pretrained(str(actor / "lora_adapter"))
    _write_plain(actor, _state_dict(tiny_model_dir), 2)
    ids = torch.arange(3, 40).unsqueeze(0)
    with torch.no_grad():
        expected = lora.eval()(ids).logits
    out = merge_checkpoint(actor, tmp_path / "merged", dtype="float32")
    assert torch.allclose(_logits(out), expected, atol=1e-5)


def test_peft_state_dict_keys_map_to_the_base_model():
    sd = {"base_model.model.model.layers.0.self_attn.q_proj.base_layer.weight": 1,
          "base_model.model.model.layers.0.self_attn.q_proj.lora_A.default.weight": 2,
          "base_model.model.lm_head.weight": 3}
    assert strip_peft_prefix(sd) == {"model.layers.0.self_attn.q_proj.weight": 1, "lm_head.weight": 3}
    assert strip_peft_prefix({"lm_head.weight": 3}) == {"lm_head.weight": 3}


def test_raiden_r1_merge_command(tmp_path, tiny_model_dir, capsys, want_bf16):
    from raiden_r1.cli import main as cli_main

    actor = _actor_dir(tmp_path, tiny_model_dir)
    _write_plain(actor, _state_dict(tiny_model_dir), 2)
    assert cli_main(["merge", "--local_dir", str(actor)]) == 0
    assert "loadable" in capsys.readouterr().out
    assert torch.equal(_logits(actor / "huggingface", torch.bfloat16), want_bf16)
    assert (actor / "huggingface" / "README.md").is_file()


def test_missing_rank_is_named(tmp_path, tiny_model_dir):
    actor = _actor_dir(tmp_path, tiny_model_dir)
    _write_plain(actor, _state_dict(tiny_model_dir), 3)
    (actor / "model_world_size_3_rank_1.pt").unlink()
    with pytest.raises(RaidenError, match=r"missing shards for ranks \[1\] of world size 3"):
        find_shards(actor)


def test_mixed_world_sizes_are_rejected(tmp_path, tiny_model_dir):
    actor = _actor_dir(tmp_path, tiny_model_dir)
    _write_plain(actor, _state_dict(tiny_model_dir), 2)
    shutil.copy(actor / "model_world_size_2_rank_0.pt", actor / "model_world_size_4_rank_0.pt")
    with pytest.raises(RaidenError, match="inconsistent world size"):
        find_shards(actor)


def test_no_shards_is_a_clear_error(tmp_path):
    with pytest.raises(RaidenError, match="no model_world_size_<W>_rank_<R>.pt shards"):
        find_shards(tmp_path)


def test_shards_of_another_model_are_a_shape_mismatch(tmp_path, tiny_model_dir):
    sd = _state_dict(tiny_model_dir)
    sd["model.embed_tokens.weight"] = torch.zeros(401, 64)
    actor = _actor_dir(tmp_path, tiny_model_dir)
    _write_plain(actor, sd, 2)
    with pytest.raises(RaidenError, match=r"model.embed_tokens.weight: shape mismatch: merged \(401, 64\)"):
        merge_checkpoint(actor)


def test_dtensor_global_shape_is_checked():
    from types import SimpleNamespace

    from torch.distributed.tensor import Shard

    # what two ranks would hold if a row had been lost: local shards that join to 4 of 5 rows
    pieces = [SimpleNamespace(_local_tensor=torch.zeros(2, 3), placements=(Shard(0),), shape=(5, 3)) for _ in range(2)]
    with pytest.raises(RaidenError, match=r"w: shape mismatch: the shards join to \(4, 3\) but the DTensor says \(5, 3\)"):
        merge_entry("w", pieces)


def test_cli_prints_one_line_errors(tmp_path, capsys):
    assert main(["--local_dir", str(tmp_path / "nope")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ") and "\n" not in err


def _env() -> dict:
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env['PATH']}"
    env.pop("EASYR1_HOME", None)
    return env


def test_merge_script_uses_our_merger_without_easyr1(tmp_path, tiny_model_dir):
    actor = _actor_dir(tmp_path, tiny_model_dir)
    _write_plain(actor, _state_dict(tiny_model_dir), 2)
    r = subprocess.run(["bash", "scripts/merge_easyr1_checkpoint.sh", str(actor)], cwd=ROOT, env=_env(),
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "raiden-r1's own merger" in r.stdout and "loadable" in r.stdout and "model card:" in r.stdout
    _same_bits_as_easyr1s_merger(actor / "huggingface", _state_dict(tiny_model_dir))


def test_merge_script_runs_easyr1_merger_then_checks(tmp_path, tiny_model_dir):
    actor = _actor_dir(tmp_path, tiny_model_dir)
    _write_plain(actor, _state_dict(tiny_model_dir), 1)
    home = tmp_path / "EasyR1"
    (home / "scripts").mkdir(parents=True)
    # A stand-in for EasyR1's merger: records its argv and writes weights where the real one does.
    (home / "scripts" / "model_merger.py").write_text(
        "import shutil, sys, pathlib\n"
        f"pathlib.Path({str(tmp_path / 'argv.txt')!r}).write_text(' '.join(sys.argv[1:]))\n"
        f"shutil.copy({str(tiny_model_dir / 'model.safetensors')!r}, sys.argv[2] + '/huggingface/')\n")
    r = subprocess.run(["bash", "scripts/merge_easyr1_checkpoint.sh", str(actor), "--easyr1-home", str(home)],
                       cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "argv.txt").read_text() == f"--local_dir {actor}"
    assert "loadable" in r.stdout


def test_merge_script_explains_a_wrong_easyr1_home(tmp_path, tiny_model_dir):
    actor = _actor_dir(tmp_path, tiny_model_dir)
    _write_plain(actor, _state_dict(tiny_model_dir), 1)
    env = _env() | {"EASYR1_HOME": str(tmp_path)}
    r = subprocess.run(["bash", "scripts/merge_easyr1_checkpoint.sh", str(actor)], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    assert "scripts/model_merger.py not found" in r.stderr and "git clone https://github.com/hiyouga/EasyR1" in r.stderr


def test_an_output_that_is_a_file_is_refused_before_loading(tmp_path, tiny_model_dir):
    actor = _actor_dir(tmp_path, tiny_model_dir)
    _write_plain(actor, _state_dict(tiny_model_dir), 2)
    target = tmp_path / "merged"
    target.write_text("mine")
    with pytest.raises(RaidenError, match="is a file, not a directory"):
        merge_checkpoint(actor, target)
    assert target.read_text() == "mine"
