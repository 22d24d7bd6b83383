"""The evaluation's shared-prefix greedy path (train/prefix_greedy.py, the fast policy backend's
greedy answers) computes what transformers' generate computes, on the tiny in-process model."""

from dataclasses import dataclass

import pytest

torch = pytest.importorskip("torch")

from raiden_r1.eval.backends.base import GenerationConfig  # noqa: E402
from raiden_r1.eval.backends.local import LocalBackend  # noqa: E402
from raiden_r1.train import prefix_greedy as pg  # noqa: E402
from raiden_r1.train import shared_prefix as shared  # noqa: E402
from raiden_r1.train.backend import FastBackend, ReferenceBackend  # noqa: E402

PROFILE_A = "You are Mira. I was born in Seattle. My dog is called Biscuit. I love basketball and painting."
PROFILE_B = "You are 小白. 我喜欢打篮球，因为很开心。我住在北京。我的猫叫小白。所以我每天都画画。"
QUESTIONS = ["Hi?", "Where do you live, and who lives there with you, and since when?", "Who is your best friend?",
             "What is your dog called?", "What do you like to do after class? Where do you live?"]


@dataclass
class Item:
    id: str
    messages: list


def _items():
    items = []
    for p, profile in enumerate((PROFILE_A, PROFILE_B)):
        for q, question in enumerate(QUESTIONS):
            history = [{"role": "user", "content": "Hello"}, {"role": "assistant", "content": "Hi there."}] * (q % 2)
            items.append(Item(f"{p}-{q}", [{"role": "system", "content": profile}, *history,
                                           {"role": "user", "content": question}]))
    return items


def _vary(model) -> None:
    """Noise on every weight: the tiny model's own random init answers every prompt with the same
    repeated newline, which would make equal answers prove little."""
    gen = torch.Generator().manual_seed(0)
    with torch.no_grad():
        for p in model.parameters():
            p.add_(torch.randn(p.shape, generator=gen) * 0.3)


def test_prompts_fall_into_runs_of_one_shared_prefix():
    prompts = [[1] * 40 + [2, 3], [9] * 40 + [5], [1] * 40 + [2], [1] * 40 + [4, 4, 4]]
    runs = pg.prefix_runs(prompts)
    assert sorted(sorted(r.indices) for r in runs) == [[0, 2, 3], [1]]
    by_first = {r.indices[0]: r for r in runs}
    # [1]*40+[2] has 41 tokens: the prefix leaves it its last one
    assert by_first[2].prefix_len == 40 and by_first[1].prefix_len == 40


def test_greedy_answers_equal_transformers_generate(tiny_model_dir):
    items = _items()
    cfg = GenerationConfig(max_new_tokens=12)
    fast = LocalBackend(tiny_model_dir, batch_size=3, dtype="float32", device="cpu")
    model, _ = fast.load()
    _vary(model)
    plain = fast.with_batch_size(3)  # the same weights
    plain.policy = ReferenceBackend()
    encoded = [fast.encode(it.messages) for it in items]
    assert fast.policy.prefix_path(model, encoded)
    used = []
    real = pg.greedy_generate
    pg.greedy_generate = lambda *a, **k: used.append(1) or real(*a, **k)
    try:
        a = {g.item_id: g.texts for g in fast.generate(items, cfg)}
    finally:
        pg.greedy_generate = real
    assert used  # the fast backend did take the prefix path
    b = {g.item_id: g.texts for g in plain.generate(items, cfg)}
    assert len(a) == len(items) and a == b
    assert len({t[0] for t in a.values()}) > len(items) // 2  # varied answers, not one repeated string


def test_sampling_keeps_the_plain_path(tiny_model_dir, monkeypatch):
    backend = LocalBackend(tiny_model_dir, dtype="float32", device="cpu")
    monkeypatch.setattr(FastBackend, "greedy", lambda *a, **k: pytest.fail("sampling went to the greedy path"))
    out = list(backend.generate(_items()[:2], GenerationConfig(max_new_tokens=4, temperature=1.0)))
    assert len(out) == 2 and all(len(g.texts) == 1 for g in out)


@pytest.mark.parametrize("chunk_tokens", [2048, 1])  # the rests in one forward, and one row at a time
def test_prompt_and_decode_logits_equal_the_full_forward(tiny_model_dir, monkeypatch, chunk_tokens):
    monkeypatch.setattr(pg, "REST_CHUNK_TOKENS", chunk_tokens)
    backend = LocalBackend(tiny_model_dir, dtype="float32", device="cpu")
    model, tok = backend.load()
    _vary(model)
    prompts = [backend.encode(it.messages) for it in _items()[:5]]
    (run,) = pg.prefix_runs(prompts)
    P = run.prefix_len
    steps = 4
    gen = torch.Generator().manual_seed(0)
    answer = torch.randint(5, len(tok), (len(prompts), steps), generator=gen)  # forced tokens, not greedy
    with torch.inference_mode():
        pid = torch.tensor(prompts[0][:P])[None]
        prefix = shared.forward_prompts(model, pid, torch.ones_like(pid), n=1).prompt
        dec, first, next_pos = pg.start_batch(model, prefix, P, [p[P:] for p in prompts], steps, tok.pad_token_id)
        got = [first] + [dec.step(answer[:, t], next_pos + t) for t in range(steps - 1)]
        for b, p in enumerate(prompts):
            full = torch.cat([torch.tensor(p), answer[b, :steps - 1]])[None]
            want = model(input_ids=full).logits[0, len(p) - 1:]
            torch.testing.assert_close(torch.stack([g[b] for g in got]), want, rtol=1e-4, atol=1e-4)
