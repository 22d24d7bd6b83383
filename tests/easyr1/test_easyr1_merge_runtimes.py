"""A merged checkpoint reads the same in every runtime: the merge carries EasyR1's
huggingface/config.json (transformers-4 layout, rope_theta at the top), generation_config.json and
tokenizer files through unchanged, whatever transformers version runs the merge, and writes a
model card from what EasyR1 left beside the checkpoint."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")

from raiden_r1.easyr1.merge import merge_checkpoint  # noqa: E402

ROPE_THETA = 1_000_000.0  # Qwen2.5's; transformers 4's LlamaConfig default is 10000
IDS = torch.arange(3, 40).unsqueeze(0)


def read_like_transformers_4(config_path: Path) -> dict:
    """What transformers 4.x (EasyR1's, vLLM's) takes from a config.json: rope_theta only from the
    top level (else LlamaConfig's default 10000), tie_word_embeddings (LlamaConfig default False),
    the dtype only from torch_dtype."""
    cfg = json.loads(config_path.read_text(encoding="utf-8"))
    return {"rope_theta": cfg.get("rope_theta", 10000.0), "tie_word_embeddings": cfg.get("tie_word_embeddings", False),
            "torch_dtype": cfg.get("torch_dtype"), "raw": cfg}


def _as_transformers_4_wrote_it(cfg5: dict) -> dict:
    """The tiny model's config as EasyR1 (transformers 4.57) saves it for its float32 actor."""
    cfg = {k: v for k, v in cfg5.items() if k not in ("rope_parameters", "dtype")}
    cfg.update({"_name_or_path": "Qwen/Qwen2.5-0.5B-Instruct", "rope_theta": ROPE_THETA, "rope_scaling": None,
                "torch_dtype": "float32", "transformers_version": "4.57.1"})
    return dict(sorted(cfg.items()))


@pytest.fixture
def easyr1_run(tmp_path, tiny_model_dir):
    """<save>/global_step_3/actor with 2 plain shards of a model whose rope_theta is 1e6, its
    huggingface/ as EasyR1 writes it, and the file logger's experiment_config/log beside it."""
    from safetensors.torch import load_file
    from transformers import LlamaConfig, LlamaForCausalLM

    cfg4 = _as_transformers_4_wrote_it(json.loads((tiny_model_dir / "config.json").read_text()))
    sd = load_file(str(tiny_model_dir / "model.safetensors"))
    source = LlamaForCausalLM(LlamaConfig(**{k: v for k, v in cfg4.items() if not k.startswith("_")}))
    source.load_state_dict(sd, strict=False)
    source.tie_weights()
    save = tmp_path / "ckpt"
    actor = save / "global_step_3" / "actor"
    hf = actor / "huggingface"
    hf.mkdir(parents=True)
    (hf / "config.json").write_text(json.dumps(cfg4, indent=2) + "\n")
    (hf / "generation_config.json").write_text(json.dumps({"eos_token_id": [2, 3], "max_new_tokens": 128,
                                                           "temperature": 0.7, "transformers_version": "4.57.1"}))
    for name in ("tokenizer.json", "tokenizer_config.json", "chat_template.jinja"):
        shutil.copy2(tiny_model_dir / name, hf / name)
    for rank in range(2):
        torch.save({k: torch.chunk(v, 2, dim=0)[rank].clone() for k, v in sd.items()},
                   actor / f"model_world_size_2_rank_{rank}.pt")
    (save / "experiment_config.json").write_text(json.dumps({
        "data": {"train_files": "./data/easyr1/train.json", "val_files": "./data/easyr1/validation.json",
                 "rollout_batch_size": 128, "max_response_length": 1024},
        "algorithm": {"adv_estimator": "grpo", "use_kl_loss": True, "kl_coef": 0.01},
        "worker": {"actor": {"model": {"model_path": "Qwen/Qwen2.5-0.5B-Instruct"}, "optim": {"lr": 3e-6}},
                   "rollout": {"n": 4, "temperature": 0.7},
                   "reward": {"reward_function": "./easyr1/reward_function/raiden_vrar.py:compute_score",
                              "reward_function_kwargs": {"accuracy_weight": 0.5}}},
        "trainer": {"experiment_name": "qwen_raiden", "total_epochs": 1}}))
    (save / "experiment_log.jsonl").write_text("\n".join(json.dumps(r) for r in [
        {"step": 1, "val": {"overall_reward": 0.31, "accuracy_reward": 0.2}},
        {"step": 2, "reward": {"overall": 0.4}},
        {"step": 3, "val": {"overall_reward": 0.52, "accuracy_reward": 0.45}},
        {"step": 4, "val": {"overall_reward": 0.9}}]) + "\n")
    with torch.no_grad():
        want = source.to(torch.bfloat16).eval()(IDS).logits
    return actor, hf, {n: (hf / n).read_bytes() for n in sorted(p.name for p in hf.iterdir())}, want


def test_transformers_4_reads_the_merged_config_as_the_source(easyr1_run):
    """Before: the merge re-saved config.json with the running transformers 5, which moves
    rope_theta into rope_parameters: transformers 4 then reads rope_theta 10000, not 1e6."""
    actor, hf, originals, want = easyr1_run
    out = merge_checkpoint(actor)
    merged = read_like_transformers_4(out / "config.json")
    assert merged["rope_theta"] == ROPE_THETA and merged["tie_word_embeddings"] is True
    assert merged["torch_dtype"] == "bfloat16"  # the one edit: what the weights are now
    source = json.loads(originals["config.json"])
    assert merged["raw"] == dict(source, torch_dtype="bfloat16")  # every other key as EasyR1 wrote it
    assert list(merged["raw"]) == list(source)  # in its place

    # the logits a transformers-4 reader computes from the merged directory: build the model from
    # the values it reads, load the merged weights
    from safetensors.torch import load_file
    from transformers import LlamaConfig, LlamaForCausalLM

    cfg = {k: v for k, v in merged["raw"].items() if not k.startswith("_")}
    cfg.update(rope_theta=merged["rope_theta"], tie_word_embeddings=merged["tie_word_embeddings"])
    model = LlamaForCausalLM(LlamaConfig(**cfg)).to(torch.bfloat16).eval()
    missing, unexpected = model.load_state_dict(load_file(str(out / "model.safetensors")), strict=False)
    assert unexpected == [] and set(missing) <= {"lm_head.weight"}
    model.tie_weights()
    with torch.no_grad():
        assert torch.equal(model(IDS).logits, want)


def test_generation_config_and_tokenizer_files_are_carried_through_unchanged(easyr1_run, tmp_path):
    actor, hf, originals, _ = easyr1_run
    for out in (merge_checkpoint(actor, tmp_path / "elsewhere"), merge_checkpoint(actor)):
        for name, data in originals.items():
            if name != "config.json":
                assert (out / name).read_bytes() == data, name


def test_the_merged_checkpoint_gets_a_model_card(easyr1_run):
    from raiden_r1.easyr1.merge import main

    actor, hf, _, _ = easyr1_run
    assert main(["--local_dir", str(actor)]) == 0
    card = (hf / "README.md").read_text(encoding="utf-8")
    assert card.startswith("---\nlibrary_name: transformers\npipeline_tag: text-generation\n"
                           "base_model: Qwen/Qwen2.5-0.5B-Instruct\n")
    assert "# qwen_raiden (step 3)" in card and "on EasyR1, checkpoint of step 3." in card
    assert "- train: `./data/easyr1/train.json`" in card and "- validation: `./data/easyr1/validation.json`" in card
    assert "| `worker.actor.optim.lr` | `3e-06` |" in card and "| `algorithm.kl_coef` | `0.01` |" in card
    assert '| `worker.reward.reward_function_kwargs` | `{"accuracy_weight": 0.5}` |' in card
    # the last validation at or before step 3, not step 4's
    assert "| val/overall_reward | 0.5200 |" in card and "0.9000" not in card
    assert "Source: EasyR1's validation at step 3 (experiment_log.jsonl)." in card


def test_a_card_without_the_run_files_says_what_is_not_recorded(easyr1_run):
    actor, hf, _, _ = easyr1_run
    for name in ("experiment_config.json", "experiment_log.jsonl"):
        (actor.parent.parent / name).unlink()
    from raiden_r1.easyr1.card import write_merged_card

    merge_checkpoint(actor)
    card = write_merged_card(actor, hf).read_text(encoding="utf-8")
    assert "base_model: Qwen/Qwen2.5-0.5B-Instruct" in card  # from config.json's _name_or_path
    assert card.count("not recorded") == 2 and "Not evaluated yet" in card
