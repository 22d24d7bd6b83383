"""The shared-prefix attention keeps no float32 probabilities for the backward (it computes them
again there) and gives the gradients it gave when it kept them."""

import pytest

torch = pytest.importorskip("torch")

from raiden_r1.train import shared_prefix as shared  # noqa: E402

G, N, P, L = 2, 3, 9, 5  # groups, responses per group, prompt tokens, response tokens


def _model(dtype):
    import transformers

    torch.manual_seed(0)
    cfg = transformers.LlamaConfig(vocab_size=64, hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                                   num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=64)
    return transformers.LlamaForCausalLM(cfg).to(dtype)


def _loss(model):
    """A prompt forward and its groups' responses attending to it (right-padded, as the trainer has them)."""
    gen = torch.Generator().manual_seed(1)
    ids = torch.randint(0, 64, (G, P), generator=gen)
    mask = torch.ones(G, P, dtype=torch.long)
    mask[1, -3:] = 0  # a shorter prompt
    prompts = shared.forward_prompts(model, ids, mask, N)
    tokens = torch.randint(0, 64, (G * N, L), generator=gen)
    key_mask = torch.ones(G * N, L, dtype=torch.long)
    key_mask[0, -2:] = 0
    positions = prompts.lengths.repeat_interleave(N)[:, None] + torch.arange(L)
    hidden = shared.forward_responses(model, prompts.prompt, tokens, positions, key_mask)
    return hidden.float().square().mean() + prompts.last.float().square().mean()


def _kept_probabilities(monkeypatch):
    monkeypatch.setattr(shared, "_recomputed", lambda fn, *args: fn(*args))


@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16])
def test_recomputed_attention_gives_the_gradients_of_kept_probabilities(monkeypatch, dtype):
    grads = []
    for keep in (False, True):
        if keep:
            _kept_probabilities(monkeypatch)
        model = _model(dtype)
        loss = _loss(model)
        loss.backward()
        grads.append((float(loss.detach()), {k: p.grad.clone() for k, p in model.named_parameters()
                                              if p.grad is not None}))
    (loss_a, a), (loss_b, b) = grads
    assert loss_a == loss_b and len(a) == len(b) > 0
    for k in a:
        assert torch.allclose(a[k].float(), b[k].float(), rtol=1e-5, atol=1e-7), k


def test_the_backward_keeps_no_float32_attention_probabilities(monkeypatch):
    def saved_float32_bytes() -> int:
        storages = {}

        def pack(t):
            if t.dtype == torch.float32:
                storages[t.untyped_storage().data_ptr()] = t.untyped_storage().nbytes()
            return t

        model = _model(torch.bfloat16)
        with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
            _loss(model)
        return sum(storages.values())

    recomputed = saved_float32_bytes()
    _kept_probabilities(monkeypatch)
    kept = saved_float32_bytes()
    heads, layers = 4, 2
    probabilities = layers * 4 * (G * heads * P * P + G * N * heads * L * (P + L))  # prompt's, responses'
    masks = 4 * (G * P * P + G * N * L * L + G * P)  # kept instead: one of each per forward, for every layer
    assert kept - recomputed >= probabilities - masks


def _prompt_loss(model, recompute: bool):
    """As _loss, the prompts' layers recomputed in the backward or not."""
    gen = torch.Generator().manual_seed(1)
    ids = torch.randint(0, 64, (G, P), generator=gen)
    mask = torch.ones(G, P, dtype=torch.long)
    mask[1, -3:] = 0
    prompts = shared.forward_prompts(model, ids, mask, N, recompute=recompute)
    tokens = torch.randint(0, 64, (G * N, L), generator=gen)
    positions = prompts.lengths.repeat_interleave(N)[:, None] + torch.arange(L)
    hidden = shared.forward_responses(model, prompts.prompt, tokens, positions)
    return hidden.float().square().mean() + prompts.last.float().square().mean()


@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16])
def test_a_recomputed_prompt_gives_the_loss_and_gradients_of_a_kept_one(dtype):
    grads = []
    for recompute in (False, True):
        model = _model(dtype)
        loss = _prompt_loss(model, recompute)
        loss.backward()
        grads.append((float(loss.detach()), {k: p.grad.clone() for k, p in model.named_parameters()
                                              if p.grad is not None}))
    (loss_a, a), (loss_b, b) = grads
    assert loss_a == loss_b and len(a) == len(b) > 0
    for k in a:
        assert torch.allclose(a[k].float(), b[k].float(), rtol=1e-5, atol=1e-7), k


def test_a_recomputed_prompt_keeps_only_its_layers_inputs_for_the_backward():
    def saved_prompt_bytes(recompute: bool) -> int:
        storages = {}

        def pack(t):
            storages[t.untyped_storage().data_ptr()] = t.untyped_storage().nbytes()
            return t

        model = _model(torch.float32)
        params = {p.untyped_storage().data_ptr() for p in model.parameters()}
        gen = torch.Generator().manual_seed(1)
        ids = torch.randint(0, 64, (G, P), generator=gen)
        with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
            shared.forward_prompts(model, ids, torch.ones_like(ids), N, recompute=recompute)
        return sum(v for k, v in storages.items() if k not in params)

    kept, recomputed = saved_prompt_bytes(False), saved_prompt_bytes(True)
    # kept: per layer and position the norms, q/k/v, MLP (64 wide) and more, > 400 floats;
    # recomputed: the embeddings, each layer's input and the final norm's, ~100 floats
    assert recomputed < kept / 3
