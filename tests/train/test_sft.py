"""The SFT stage on the tiny model: the loss counts target tokens only, it learns, LoRA trains only
adapters, resume reproduces, and what it leaves starts GRPO."""

import json

import pytest

torch = pytest.importorskip("torch")

from raiden_r1.cli import main  # noqa: E402
from raiden_r1.errors import RaidenError  # noqa: E402
from raiden_r1.train.config import load_config  # noqa: E402
from raiden_r1.train.monitor import read_metrics  # noqa: E402
from raiden_r1.train.sft import (Example, SFTTrainer, common_prefix, epoch_batches, load_examples,  # noqa: E402
                                  run_tokens, target_nll)
from raiden_r1.train.trainer import Trainer  # noqa: E402
from train_helpers import QUESTIONS, make_cfg, make_prompts, toy_reward  # noqa: E402

TARGETS = ["<think> I remember this. </think> My name is Mira.", "<think> I live in Seattle. </think> In Seattle.",
           "<think> My dog is Biscuit. </think> Biscuit!", "<think> I love painting. </think> Painting, because I like it."]


def _examples(model_dir, n: int = 4) -> list[Example]:
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(model_dir)
    prompts = make_prompts(model_dir, QUESTIONS[:n])
    return [Example(p.ids, tok(t, add_special_tokens=False)["input_ids"] + [tok.eos_token_id])
            for p, t in zip(prompts, TARGETS)]


def _cfg(model_dir, out_dir, *overrides):
    base = [f"worker.actor.model.model_path={model_dir}", f"trainer.output_dir={out_dir}", "trainer.progress=false",
            "worker.actor.global_batch_size=2", "worker.actor.micro_batch_size_per_device_for_update=1",
            "worker.actor.optim.lr=3e-3", "worker.actor.optim.weight_decay=0.0", "trainer.max_steps=4",
            "trainer.save_freq=0", "data.seed=0"]
    return load_config(None, base + list(overrides), grpo=False)


def _weights(model):
    return {k: v.detach().float().clone() for k, v in model.state_dict().items()}


def test_loss_is_the_targets_negative_log_likelihood_and_ignores_prompt_positions(tiny_model_dir, tmp_path):
    t = SFTTrainer(_cfg(tiny_model_dir, tmp_path / "run", "worker.actor.fsdp.mp_param_dtype=fp32"),
                   examples=_examples(tiny_model_dir))
    e = t.examples[0]
    ids = torch.tensor([e.prompt_ids + e.target_ids])
    labels = ids.clone()
    labels[0, :len(e.prompt_ids)] = -100  # Hugging Face's "no loss here"
    with torch.no_grad():
        logits = t.policy(input_ids=ids).logits[0, :-1].float()
        per_token = torch.nn.functional.cross_entropy(logits, ids[0, 1:], reduction="none")
        masked = per_token[labels[0, 1:] != -100].sum()
        everything = per_token.sum()
        ours = target_nll(t.policy, [e], t.pad_id, t.device)
    assert float(ours) == pytest.approx(float(masked), rel=1e-4)
    assert abs(float(ours) - float(everything)) > 1.0  # the prompt's tokens would have counted otherwise


def test_padding_beside_a_longer_example_does_not_change_an_examples_loss(tiny_model_dir, tmp_path):
    # bucketing pads prompts on the left and targets on the right: padding must add no loss term
    t = SFTTrainer(_cfg(tiny_model_dir, tmp_path / "run", "worker.actor.fsdp.mp_param_dtype=fp32"),
                   examples=_examples(tiny_model_dir))
    short, long = sorted(t.examples, key=lambda e: len(e.prompt_ids) + len(e.target_ids))[::3]
    assert len(short.prompt_ids) < len(long.prompt_ids) or len(short.target_ids) < len(long.target_ids)
    with torch.no_grad():
        alone = float(target_nll(t.policy, [short], t.pad_id, t.device))
        together = float(target_nll(t.policy, [short, long], t.pad_id, t.device))
        other = float(target_nll(t.policy, [long], t.pad_id, t.device))
    assert together - other == pytest.approx(alone, rel=1e-4)


def test_loss_decreases_on_a_tiny_set(tiny_model_dir, tmp_path):
    t = SFTTrainer(_cfg(tiny_model_dir, tmp_path / "run", "trainer.max_steps=12"), examples=_examples(tiny_model_dir))
    losses = [t.step()["loss"] for _ in range(12)]
    assert sum(losses[-2:]) / 2 < 0.7 * sum(losses[:2]) / 2, losses


def test_lora_trains_only_the_adapters(tiny_model_dir, tmp_path):
    t = SFTTrainer(_cfg(tiny_model_dir, tmp_path / "run", "worker.actor.model.lora.rank=4"),
                   examples=_examples(tiny_model_dir))
    trainable = [n for n, p in t.policy.named_parameters() if p.requires_grad]
    before = _weights(t.policy)
    t.step()
    t.step()
    after = _weights(t.policy)
    changed = {k for k in before if not torch.equal(before[k], after[k])}
    assert trainable and all("lora_" in n for n in trainable)
    assert changed and all("lora_" in k for k in changed)


def test_resume_reproduces_an_uninterrupted_run(tiny_model_dir, tmp_path):
    ex = _examples(tiny_model_dir)
    straight = SFTTrainer(_cfg(tiny_model_dir, tmp_path / "a"), examples=ex)
    straight.train()
    SFTTrainer(_cfg(tiny_model_dir, tmp_path / "b", "trainer.max_steps=2"), examples=ex).train()
    resumed = SFTTrainer(_cfg(tiny_model_dir, tmp_path / "b"), examples=ex, resume=True)
    assert resumed.step_count == 2
    resumed.train()
    assert [r["loss"] for r in read_metrics(tmp_path / "b")] == pytest.approx(
        [r["loss"] for r in read_metrics(tmp_path / "a")], rel=1e-6)
    a, b = _weights(straight.policy), _weights(resumed.policy)
    assert all(torch.equal(a[k], b[k]) for k in a)


def test_a_used_output_dir_is_refused_and_the_config_is_kept_beside_the_run(tiny_model_dir, tmp_path):
    SFTTrainer(_cfg(tiny_model_dir, tmp_path / "run"), examples=_examples(tiny_model_dir))
    assert "lora" in (tmp_path / "run" / "config.yaml").read_text(encoding="utf-8")
    with pytest.raises(RaidenError, match="--resume"):
        SFTTrainer(_cfg(tiny_model_dir, tmp_path / "run"), examples=_examples(tiny_model_dir))


@pytest.mark.parametrize("lora", [0, 4])
def test_the_exported_model_is_grpos_starting_model(tiny_model_dir, tmp_path, lora):
    sft = SFTTrainer(_cfg(tiny_model_dir, tmp_path / "sft", f"worker.actor.model.lora.rank={lora}",
                          "trainer.max_steps=2"), examples=_examples(tiny_model_dir))
    sft.train()
    model_dir = tmp_path / "sft" / "model"
    assert not (model_dir / "adapter_config.json").exists()  # LoRA merged: a plain HF model
    grpo = Trainer(make_cfg(model_dir, tmp_path / "grpo"), reward_fn=toy_reward, prompts=make_prompts(model_dir))
    start = _weights(grpo.policy)
    merged = sft.policy.merge_and_unload() if lora else sft.policy
    assert all(torch.equal(start[k], v) for k, v in _weights(merged).items())
    assert torch.isfinite(torch.tensor(grpo.step()["loss"]))


def test_length_bucketing_batches_similar_lengths_and_covers_each_example_once():
    lengths = [(i * 37) % 101 for i in range(64)]
    batches = epoch_batches(lengths, 4, seed=0, epoch=0)
    spread = sum(max(lengths[i] for i in b) - min(lengths[i] for i in b) for b in batches) / len(batches)
    assert sorted(i for b in batches for i in b) == list(range(64))
    assert spread < 15  # unsorted batches of these lengths spread ~60
    assert batches == epoch_batches(lengths, 4, seed=0, epoch=0) != epoch_batches(lengths, 4, seed=0, epoch=1)


def _records_file(tmp_path, with_cot=True):
    rec = {"character_name": "Mira", "character_profile": {"Name": "Mira", "Hobby": "basketball"},
           "conversation_history": [], "question": "What do you like to do after class?",
           "answer": "I love basketball.", "keywords": ["basketball"], "question_type": "what",
           "validation_method": "single_term_validation", "difficulty": "easy",
           "metadata": {"language": "en", "focus": "script_knowledge"}}
    if with_cot:
        rec["cot"] = "I remember: basketball, because I play it every day."
    path = tmp_path / ("cot.json" if with_cot else "plain.json")
    path.write_text(json.dumps([rec, dict(rec, question="What is your hobby?")]), encoding="utf-8")
    return path


def test_the_target_is_think_cot_then_answer_then_end_of_turn(tiny_model_dir, tmp_path):
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    cfg = _cfg(tiny_model_dir, tmp_path / "run", "data.max_prompt_length=4000", "data.max_response_length=512")
    examples, _, _ = load_examples(cfg, tok, [str(_records_file(tmp_path))])
    assert examples[0].target_ids[-1] == tok.eos_token_id
    assert tok.decode(examples[0].target_ids[:-1]) == (
        "<think>I remember: basketball, because I play it every day.</think>\nI love basketball.")


def test_records_without_a_cot_are_refused_with_the_command_that_writes_one(tiny_model_dir, tmp_path):
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    cfg = _cfg(tiny_model_dir, tmp_path / "run", "data.max_prompt_length=4000")
    with pytest.raises(RaidenError, match="raiden-r1 data cot"):
        load_examples(cfg, tok, [str(_records_file(tmp_path, with_cot=False))])


def test_cli_runs_and_leaves_a_model(tiny_model_dir, tmp_path, capsys):
    code = main(["sft", "--model", str(tiny_model_dir), f"data.train_files={_records_file(tmp_path)}",
                 f"trainer.output_dir={tmp_path / 'run'}", "trainer.progress=false", "trainer.max_steps=1",
                 "data.max_prompt_length=4000", "worker.actor.global_batch_size=2"])
    assert code == 0
    assert (tmp_path / "run" / "model" / "model.safetensors").is_file()
    assert len(read_metrics(tmp_path / "run")) == 1
    assert main(["sft", "--model", str(tiny_model_dir), f"data.train_files={_records_file(tmp_path)}",
                 f"trainer.output_dir={tmp_path / 'run'}", "trainer.max_steps=1"]) == 2


def _grads(model) -> dict:
    return {k: p.grad.detach().clone() for k, p in model.named_parameters() if p.grad is not None}


def test_examples_sharing_a_prompt_start_give_the_loss_and_gradient_of_separate_forwards(tiny_model_dir, tmp_path):
    # the shared prefix runs once; each example's prompt tail is read, not counted
    t = SFTTrainer(_cfg(tiny_model_dir, tmp_path / "run", "worker.actor.fsdp.mp_param_dtype=fp32"),
                   examples=_examples(tiny_model_dir))
    batch = t.examples[:3]
    assert common_prefix([e.prompt_ids for e in batch]) > 5
    assert run_tokens(batch) < sum(len(e.prompt_ids) + len(e.target_ids) for e in batch)
    together = target_nll(t.policy, batch, t.pad_id, t.device)
    together.backward()
    grouped = _grads(t.policy)
    t.policy.zero_grad(set_to_none=True)
    apart = sum(target_nll(t.policy, [e], t.pad_id, t.device) for e in batch)
    apart.backward()
    separate = _grads(t.policy)
    assert float(together) == pytest.approx(float(apart), rel=1e-4)
    assert grouped.keys() == separate.keys()
    for k in grouped:
        assert torch.allclose(grouped[k], separate[k], rtol=1e-3, atol=1e-5), k


def test_grouped_batches_keep_a_group_together_where_it_has_a_batch_left():
    groups = ["a"] * 5 + ["b"] * 3 + ["c"] * 1
    batches = epoch_batches([10] * 9, 2, seed=0, epoch=0, groups=groups)
    assert sorted(i for b in batches for i in b) == list(range(9))
    full_single = [b for b in batches if len({groups[i] for i in b}) == 1 and len(b) == 2]
    assert len(full_single) == 3  # two of a's, one of b's; the rest (a, b, c) pooled
    assert epoch_batches([10] * 9, 2, seed=0, epoch=1, groups=groups) != batches


def test_a_cpu_without_bf16_instructions_trains_in_float32(tiny_model_dir, tmp_path, monkeypatch):
    import raiden_r1.train.run_start as run_start_mod

    monkeypatch.setattr(run_start_mod, "bf16_is_fast", lambda: False)
    t = SFTTrainer(_cfg(tiny_model_dir, tmp_path / "run", "worker.actor.fsdp.mp_param_dtype=bf16",
                        "trainer.device=cpu"), examples=_examples(tiny_model_dir))
    assert t.cfg.actor.fsdp.mp_param_dtype == "fp32"
    assert next(t.policy.parameters()).dtype == torch.float32
    assert "mp_param_dtype: fp32" in (tmp_path / "run" / "config.yaml").read_text()


def _step_grads(t: SFTTrainer, batch: list[int]) -> tuple[float, dict]:
    """The loss of one step over ``batch`` and the gradients its optimizer step would take."""
    seen = {}

    def capture(lr, max_grad_norm):
        seen.update(_grads(t.policy))
        return 1.0

    t.optim.step = capture
    return t.step(batch)["loss"], seen


def test_small_micro_batches_after_one_prefix_forward_give_the_whole_batchs_loss_and_gradient(tiny_model_dir,
                                                                                              tmp_path):
    # micro-batch 1: the batch's prompt prefix runs once (sft.batch_prefix) and every micro-batch
    # attends to it; the step must equal one micro-batch of the whole batch
    import raiden_r1.train.sft as sft

    whole = SFTTrainer(_cfg(tiny_model_dir, tmp_path / "a", "worker.actor.fsdp.mp_param_dtype=fp32",
                            "worker.actor.global_batch_size=4", "worker.actor.micro_batch_size_per_device_for_update=4"),
                       examples=_examples(tiny_model_dir))
    small = SFTTrainer(_cfg(tiny_model_dir, tmp_path / "b", "worker.actor.fsdp.mp_param_dtype=fp32",
                            "worker.actor.global_batch_size=4", "worker.actor.micro_batch_size_per_device_for_update=1"),
                       examples=_examples(tiny_model_dir))
    prefixes = []
    real = sft.batch_prefix

    def recorded(*a, **kw):
        prefixes.append(real(*a, **kw))
        return prefixes[-1]

    sft.batch_prefix = recorded
    try:
        loss_whole, grads_whole = _step_grads(whole, [0, 1, 2, 3])
        loss_small, grads_small = _step_grads(small, [0, 1, 2, 3])
    finally:
        sft.batch_prefix = real
    assert prefixes[0] is None and prefixes[1] is not None and prefixes[1].length > 5
    assert loss_small == pytest.approx(loss_whole, rel=1e-5)
    assert grads_small.keys() == grads_whole.keys()
    for k in grads_whole:
        assert torch.allclose(grads_small[k], grads_whole[k], rtol=1e-3, atol=1e-6), k
