"""How an SFT step cuts its batch (train/sft_batches.py): one segment per character, its persona
run once; micro-batches within a row count and a token budget; only target positions scored. The
cut never changes the step's loss or gradient."""

import pytest

torch = pytest.importorskip("torch")

from raiden_r1.train.backend import FastBackend  # noqa: E402
from raiden_r1.train.config import load_config  # noqa: E402
from raiden_r1.train.sft import Example, SFTTrainer, target_nll  # noqa: E402
from raiden_r1.train.sft_batches import collate, micro_batches, plan, segments  # noqa: E402

PERSONAS = {"mira": "You are Mira, a painter who lives in Seattle with her dog Biscuit.",
            "tomas": "You are Tomas, a retired sailor who tells long stories about the sea."}
QUESTIONS = ["Where do you live?", "Who is your best friend?", "What do you like to do after class?"]
TARGETS = ["<think> I remember. </think> Here.", "<think> My friend. </think> Ana, of course.",
           "<think> After class I paint a lot, mostly the harbour. </think> Painting!"]


def _examples(model_dir) -> list[Example]:
    from transformers import AutoTokenizer

    from raiden_r1.train.data import encode_messages

    tok = AutoTokenizer.from_pretrained(model_dir)
    out = []
    for name, persona in PERSONAS.items():
        for q, t in zip(QUESTIONS, TARGETS):
            ids, _ = encode_messages(tok, [{"role": "system", "content": persona}, {"role": "user", "content": q}])
            out.append(Example(list(ids), tok(t, add_special_tokens=False)["input_ids"] + [tok.eos_token_id],
                               group=name))
    return out


def _trainer(model_dir, out_dir, *overrides) -> SFTTrainer:
    base = [f"worker.actor.model.model_path={model_dir}", f"trainer.output_dir={out_dir}", "trainer.progress=false",
            "worker.actor.global_batch_size=6", "worker.actor.fsdp.mp_param_dtype=fp32", "trainer.max_steps=2",
            "trainer.save_freq=0", "data.seed=0"]
    return SFTTrainer(load_config(None, base + list(overrides), grpo=False), examples=_examples(model_dir))


def _step(t: SFTTrainer) -> tuple[float, dict]:
    """One step over every example: its loss and the gradients its optimizer step would take."""
    seen = {}

    def capture(lr, max_grad_norm):
        t.optim.collect_grads()
        seen.update({id(m): m.grad.detach().clone() for m in t.optim.params if m.grad is not None})
        return 1.0

    t.optim.step = capture
    loss = t.step(list(range(len(t.examples))))["loss"]
    return loss, [seen[id(m)] for m in t.optim.params]


def _ex(prompt: list[int], target_len: int, group: str = "") -> Example:
    return Example(prompt, [9] * target_len, group=group)


def test_a_mixed_batch_runs_one_segment_per_group_each_shortest_first():
    batch = [_ex([1, 2, 3, 4], 5, "a"), _ex([7, 8], 2, "b"), _ex([1, 2, 5], 1, "a"), _ex([7, 9], 9, "b")]
    got = segments(batch)
    assert [[e.group for e in s] for s in got] == [["a", "a"], ["b", "b"]]
    assert [len(e.prompt_ids) + len(e.target_ids) for e in got[0]] == [4, 9]


def test_micro_batches_hold_at_most_the_row_count():
    seg = [_ex([1, 2, 3], k) for k in (1, 2, 3, 4, 5)]
    assert [len(p) for p in micro_batches(seg, rows=2)] == [2, 2, 1]


def test_a_token_budget_splits_micro_batches_by_padded_rest_tokens():
    # common prefix [1, 2] (2 tokens); rests are 1 prompt token + the target: widths 3, 4, 9, 11
    seg = [_ex([1, 2, 3], k) for k in (2, 3, 8, 10)]
    parts = micro_batches(seg, rows=4, token_budget=12)
    assert [[len(e.target_ids) for e in p] for p in parts] == [[2, 3], [8], [10]]  # 2 x 4 = 8 <= 12; 2 x 9 > 12


def test_an_example_longer_than_the_budget_runs_alone():
    seg = [_ex([1, 2, 3], 40), _ex([1, 2, 4], 41)]
    assert [len(p) for p in micro_batches(seg, rows=2, token_budget=10)] == [1, 1]


def test_only_target_positions_go_through_the_vocabulary_projection(tiny_model_dir, tmp_path):
    t = _trainer(tiny_model_dir, tmp_path / "run")
    e = t.examples[0]
    rows = []
    head = t.policy.get_output_embeddings()
    hook = head.register_forward_hook(lambda m, i, o: rows.append(i[0].shape[0]))
    try:
        with torch.no_grad():
            target_nll(t.policy, [e], t.pad_id, t.device, FastBackend())
    finally:
        hook.remove()
    assert sum(rows) == len(e.target_ids)


def test_scoring_targets_only_leaves_their_log_probs_unchanged(tiny_model_dir, tmp_path):
    t = _trainer(tiny_model_dir, tmp_path / "run")
    pids, pmask, rids, rmask, tmask = collate(t.examples[:2], t.pad_id, t.device)
    backend = FastBackend()
    with torch.no_grad():
        every = backend.response_log_probs(t.policy, pids, pmask, rids, rmask, 2).log_probs
        scored = backend.response_log_probs(t.policy, pids, pmask, rids, rmask, 2, score_mask=tmask).log_probs
    assert torch.allclose(scored, every * tmask, rtol=1e-5, atol=1e-6)
    assert float((every * (rmask - tmask)).abs().sum()) > 0  # prompt tails had log-probs, now left out


@pytest.mark.parametrize("rows,budget", [(1, 0), (2, 0), (6, 20)])
def test_the_cut_of_a_mixed_batch_leaves_the_steps_loss_and_gradient_unchanged(tiny_model_dir, tmp_path, rows,
                                                                                budget):
    whole = _trainer(tiny_model_dir, tmp_path / "a", "worker.actor.micro_batch_size_per_device_for_update=6")
    cut = _trainer(tiny_model_dir, tmp_path / "b", f"worker.actor.micro_batch_size_per_device_for_update={rows}",
                   f"worker.actor.micro_batch_max_tokens={budget}")
    assert len(plan(whole.examples, 6)) == 2  # one segment per persona
    assert sum(len(s) for s in plan(cut.examples, rows, budget)) > 2  # several micro-batches in a segment
    loss_whole, grads_whole = _step(whole)
    loss_cut, grads_cut = _step(cut)
    assert loss_cut == pytest.approx(loss_whole, rel=1e-5)
    for a, b in zip(grads_cut, grads_whole):
        assert torch.allclose(a, b, rtol=1e-4, atol=1e-5)


def test_a_mixed_batch_gives_the_loss_and_gradient_of_separate_forwards(tiny_model_dir, tmp_path):
    t = _trainer(tiny_model_dir, tmp_path / "run", "worker.actor.micro_batch_size_per_device_for_update=2")
    loss, grads = _step(t)
    ref = _trainer(tiny_model_dir, tmp_path / "ref")
    tokens = sum(len(e.target_ids) for e in ref.examples)
    total = sum(target_nll(ref.policy, [e], ref.pad_id, ref.device, FastBackend()) for e in ref.examples)
    (total / tokens).backward()
    ref.optim.collect_grads()
    assert loss == pytest.approx(float(total.detach()) / tokens, rel=1e-5)
    for a, m in zip(grads, ref.optim.params):
        assert torch.allclose(a, m.grad, rtol=1e-4, atol=1e-5)
