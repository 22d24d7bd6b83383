"""Response log-probs (chunked, response-only) and the sampling loop."""

import pytest

torch = pytest.importorskip("torch")

from raiden_r1.train.logprobs import naive_response_log_probs, response_log_probs, shared_prompt_log_probs  # noqa: E402
from raiden_r1.train.rollout import _response_mask, generate, sample_top_p  # noqa: E402
from train_helpers import make_prompts  # noqa: E402


@pytest.fixture(scope="module")
def model_and_tok(tiny_model_dir):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32).eval()
    return model, AutoTokenizer.from_pretrained(tiny_model_dir)


def test_chunked_log_probs_equal_the_naive_computation(model_and_tok, tiny_model_dir):
    model, tok = model_and_tok
    prompts = make_prompts(tiny_model_dir)[:3]  # different lengths: real left padding
    torch.manual_seed(0)
    b = generate(model, tok, [p.ids for p in prompts], n=2, max_new_tokens=10, temperature=1.5)
    args = (b.input_ids, b.attention_mask, b.prompt_len, b.response_mask)
    with torch.no_grad():
        fast = response_log_probs(model, *args, temperature=0.7, with_entropy=True, chunk_size=5)
        slow = naive_response_log_probs(model, *args, temperature=0.7)
    assert torch.allclose(fast.log_probs, slow.log_probs, atol=1e-5)
    assert torch.allclose(fast.entropy, slow.entropy, atol=1e-4)
    assert (fast.log_probs[b.response_mask == 0] == 0).all()


@pytest.mark.parametrize("shared_prefix", [True, False])
def test_shared_prompt_forward_equals_the_naive_computation(model_and_tok, tiny_model_dir, shared_prefix):
    model, tok = model_and_tok
    prompts = make_prompts(tiny_model_dir)[:3]
    torch.manual_seed(1)
    b = generate(model, tok, [p.ids for p in prompts], n=3, max_new_tokens=9, temperature=1.5)
    with torch.no_grad():
        shared = shared_prompt_log_probs(model, b.prompt_ids, b.prompt_mask, b.responses_ids, b.response_mask, n=3,
                                         temperature=0.8, with_entropy=True, shared_prefix=shared_prefix)
        slow = naive_response_log_probs(model, b.input_ids, b.attention_mask, b.prompt_len, b.response_mask, 0.8)
    assert torch.allclose(shared.log_probs, slow.log_probs, atol=1e-5)
    assert torch.allclose(shared.entropy, slow.entropy, atol=1e-4)


@pytest.mark.parametrize("shared_prefix", [True, False])
def test_shared_prompt_gradients_equal_the_full_forward_gradients(model_and_tok, tiny_model_dir, shared_prefix):
    model, tok = model_and_tok
    prompts = make_prompts(tiny_model_dir)[:2]
    b = generate(model, tok, [p.ids for p in prompts], n=2, max_new_tokens=6, generator=torch.Generator().manual_seed(2))
    grads = []
    for shared in (True, False):
        model.zero_grad(set_to_none=True)
        if shared:
            lp = shared_prompt_log_probs(model, b.prompt_ids, b.prompt_mask, b.responses_ids, b.response_mask, 2,
                                         shared_prefix=shared_prefix)
        else:
            lp = response_log_probs(model, b.input_ids, b.attention_mask, b.prompt_len, b.response_mask)
        lp.log_probs.sum().backward()
        grads.append({name: p.grad.clone() for name, p in model.named_parameters()})
    model.zero_grad(set_to_none=True)
    assert grads[0]["model.layers.0.self_attn.k_proj.weight"].abs().sum() > 0
    for name, g in grads[0].items():
        assert torch.allclose(g, grads[1][name], atol=1e-5), name


def test_chunked_log_probs_carry_gradients(model_and_tok, tiny_model_dir):
    model, tok = model_and_tok
    b = generate(model, tok, [make_prompts(tiny_model_dir)[0].ids], n=2, max_new_tokens=6, greedy=True)
    lp = response_log_probs(model, b.input_ids, b.attention_mask, b.prompt_len, b.response_mask).log_probs
    lp.sum().backward()
    grad = model.get_output_embeddings().weight.grad
    assert grad is not None and grad.abs().sum() > 0
    model.zero_grad(set_to_none=True)


def test_left_padding_does_not_change_greedy_answers(model_and_tok, tiny_model_dir):
    model, tok = model_and_tok
    prompts = make_prompts(tiny_model_dir)
    short, long_ = min(prompts, key=lambda p: len(p.ids)), max(prompts, key=lambda p: len(p.ids))
    assert len(short.ids) < len(long_.ids)
    alone = generate(model, tok, [short.ids], n=1, max_new_tokens=8, greedy=True)
    batched = generate(model, tok, [long_.ids, short.ids], n=1, max_new_tokens=8, greedy=True)
    assert batched.responses[1] == alone.responses[0]


def test_rollout_shapes_groups_and_masks(model_and_tok, tiny_model_dir):
    model, tok = model_and_tok
    prompts = make_prompts(tiny_model_dir)[:2]
    g = torch.Generator().manual_seed(1)
    b = generate(model, tok, [p.ids for p in prompts], n=3, max_new_tokens=7, generator=g)
    assert b.input_ids.shape[0] == 6 and b.group_ids.tolist() == [0, 0, 0, 1, 1, 1]
    assert b.response_mask.shape[1] <= 7
    assert b.response_mask.sum(-1).tolist() == b.response_lengths
    # the prompt of a row is the same for every sample of its group
    assert torch.equal(b.input_ids[0, :b.prompt_len], b.input_ids[2, :b.prompt_len])


def test_same_generator_seed_same_samples(model_and_tok, tiny_model_dir):
    model, tok = model_and_tok
    ids = [make_prompts(tiny_model_dir)[0].ids]
    a = generate(model, tok, ids, 2, 8, generator=torch.Generator().manual_seed(3))
    b = generate(model, tok, ids, 2, 8, generator=torch.Generator().manual_seed(3))
    assert a.responses == b.responses


@pytest.mark.parametrize("shared_prefix", [True, False])
def test_min_new_tokens_holds_eos_back(model_and_tok, tiny_model_dir, shared_prefix):
    model, tok = model_and_tok
    ids = [p.ids for p in make_prompts(tiny_model_dir)[:4]]

    def lengths(minimum):  # temperature 30: near-uniform over the ~400 tokens, so EOS comes up
        b = generate(model, tok, ids, 16, 12, temperature=30.0, generator=torch.Generator().manual_seed(5),
                     shared_prefix=shared_prefix, min_new_tokens=minimum)
        return b.response_lengths

    assert min(lengths(0)) < 12  # without it some responses end early
    assert min(lengths(6)) >= 6
    assert lengths(12) == [12] * 64


def test_response_mask_keeps_first_eos_and_drops_the_rest():
    eos = torch.tensor([9])
    tokens = torch.tensor([[5, 9, 9, 9], [5, 6, 7, 8], [9, 1, 9, 2]])
    assert _response_mask(tokens, eos).tolist() == [[1, 1, 0, 0], [1, 1, 1, 1], [1, 0, 0, 0]]


def test_top_p_keeps_only_the_nucleus():
    # probs .6, .3, .1: top_p .5 keeps only the first token (mass before it 0 < .5; before the 2nd .6 >= .5)
    logits = torch.log(torch.tensor([[0.6, 0.3, 0.1]])).repeat(200, 1)
    picks = sample_top_p(logits, 1.0, 0.5, torch.Generator().manual_seed(0))
    assert set(picks.tolist()) == {0}
    picks = sample_top_p(logits, 1.0, 0.85, torch.Generator().manual_seed(0))
    assert set(picks.tolist()) == {0, 1}


def test_reserved_kv_cache_gives_the_same_samples_as_a_growing_one(model_and_tok, tiny_model_dir, monkeypatch):
    import raiden_r1.train.rollout as rollout

    model, tok = model_and_tok
    ids = [p.ids for p in make_prompts(tiny_model_dir)[:3]]
    # the cache of transformers' own decode path (the shared-prefix path keeps its own buffers)
    a = generate(model, tok, ids, 3, 10, generator=torch.Generator().manual_seed(5), shared_prefix=False)
    monkeypatch.setattr(rollout, "reserve_cache", lambda cache, extra: False)
    b = generate(model, tok, ids, 3, 10, generator=torch.Generator().manual_seed(5), shared_prefix=False)
    assert a.responses == b.responses
    assert torch.equal(a.input_ids, b.input_ids)


def test_a_reserved_cache_writes_in_place_and_grows_past_its_reservation():
    from transformers import DynamicCache

    from raiden_r1.train.rollout import reserve_cache

    cache = DynamicCache()
    k = torch.randn(2, 1, 3, 4)
    cache.update(k, k + 1, 0)
    assert reserve_cache(cache, 2)
    layer = cache.layers[0]
    buf = layer._kbuf
    for step in range(3):  # two fit in the reservation, the third grows the cache
        new = torch.full((2, 1, 1, 4), float(step))
        keys, values = cache.update(new, new + 1, 0)
        assert keys.shape[-2] == 4 + step and torch.equal(keys[..., -1:, :], new)
        assert torch.equal(keys[..., :3, :], k) and torch.equal(values[..., :3, :], k + 1)
    assert layer._kbuf is buf  # filled in place, never reallocated
    assert cache.get_seq_length() == 6
