"""The lean decode step (train/decode.py): packed weights and whole-buffer attention compute what
transformers computes."""

import pytest

torch = pytest.importorskip("torch")

import torch.nn.functional as F  # noqa: E402

from raiden_r1.train import decode  # noqa: E402
from raiden_r1.train.logprobs import position_ids_from_mask  # noqa: E402
from raiden_r1.train.rollout import left_pad  # noqa: E402
from train_helpers import make_prompts  # noqa: E402

UNEVEN = ["Hi?", "Where do you live, and who lives there with you, and since when?", "Who is your best friend?"]


@pytest.mark.parametrize("dtype", [torch.bfloat16, torch.float32])
@pytest.mark.parametrize("with_bias", [True, False])
def test_packed_dense_computes_linear(dtype, with_bias):
    gen = torch.Generator().manual_seed(0)
    w = (torch.randn(96, 40, generator=gen) * 0.1).to(dtype)
    b = torch.randn(96, generator=gen).to(dtype) if with_bias else None
    # this CPU and torch: the packed path (bf16 only where oneDNN has bf16 kernels for this CPU)
    packs = torch.backends.mkldnn.is_available() and (
        dtype != torch.bfloat16 or bool(torch.ops.mkldnn._is_mkldnn_bf16_supported()))
    assert decode.can_pack(w) == packs
    layer = decode.dense(w, b, rows=16)
    for rows in (16, 1, 5):  # packed for 16 rows, correct for any
        x = torch.randn(rows, 40, generator=gen).to(dtype)
        tol = 1e-2 if dtype == torch.bfloat16 else 1e-5
        torch.testing.assert_close(layer(x), F.linear(x, w, b), rtol=tol, atol=tol)


def test_weights_on_other_devices_or_dtypes_are_not_packed():
    assert not decode.can_pack(torch.zeros(4, 4, dtype=torch.float16))
    assert not decode.can_pack(torch.zeros(4, 4, dtype=torch.float64))
    w = torch.randn(3, 4, dtype=torch.float64)
    x = torch.randn(2, 4, dtype=torch.float64)
    assert torch.equal(decode.dense(w, None, 2)(x), F.linear(x, w))


def _decode_logits(model, ids, mask, tokens, n):
    """Logits after the prompt (prefill) and after each of ``tokens``, (B, 1 + steps, vocab)."""
    with torch.inference_mode():
        prompts = decode.prefill(model, ids, mask, n)
        first = model.get_output_embeddings()(prompts.last)
        dec = decode.Decoder(model, prompts.prompt, tokens.shape[0], tokens.shape[1])
        start = mask.sum(-1).repeat_interleave(n)
        steps = [dec.step(tokens[:, t], start + t) for t in range(tokens.shape[1])]
        return torch.stack([first.repeat_interleave(n, 0)] + steps, 1).float()


def _full_logits(model, ids, mask, tokens, n):
    full_ids = torch.cat([ids.repeat_interleave(n, 0), tokens], 1)
    full_mask = torch.cat([mask.repeat_interleave(n, 0), torch.ones_like(tokens)], 1)
    with torch.no_grad():
        out = model(input_ids=full_ids, attention_mask=full_mask, position_ids=position_ids_from_mask(full_mask))
    return out.logits[:, ids.shape[1] - 1:].float()


def test_prefill_and_decode_logits_equal_a_full_forward_over_prompt_and_tokens(tiny_model_dir):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32).eval()
    n, steps = 2, 5
    ids, mask = left_pad([p.ids for p in make_prompts(tiny_model_dir, UNEVEN)], tok.pad_token_id, "cpu")
    tokens = torch.randint(5, len(tok), (ids.shape[0] * n, steps), generator=torch.Generator().manual_seed(0))
    torch.testing.assert_close(_decode_logits(model, ids, mask, tokens, n), _full_logits(model, ids, mask, tokens, n),
                               rtol=1e-5, atol=1e-5)


def test_bfloat16_decoding_is_as_close_to_float32_as_transformers_own_bfloat16(tiny_model_dir):
    """In bfloat16 no two orders of summation agree exactly; ours must be as accurate as theirs."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    exact = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32).eval()
    half = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.bfloat16).eval()
    n, steps = 2, 6
    ids, mask = left_pad([p.ids for p in make_prompts(tiny_model_dir, UNEVEN)], tok.pad_token_id, "cpu")
    tokens = torch.randint(5, len(tok), (ids.shape[0] * n, steps), generator=torch.Generator().manual_seed(1))
    # the float32 reference runs on the bfloat16 weights, so only the arithmetic differs
    exact.load_state_dict({k: v.float() for k, v in half.state_dict().items()})
    want = _full_logits(exact, ids, mask, tokens, n)
    ours = (_decode_logits(half, ids, mask, tokens, n) - want).abs()
    theirs = (_full_logits(half, ids, mask, tokens, n) - want).abs()
    assert ours.max() <= 2 * theirs.max() + 1e-3 and ours.mean() <= 2 * theirs.mean() + 1e-4


def test_padding_and_unwritten_positions_get_no_attention(tiny_model_dir):
    """A prompt's left padding and the buffer's not-yet-decoded positions must not change a row's
    logits: the same prompt alone and next to a longer one decode to the same logits."""
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32).eval()
    prompts = [p.ids for p in make_prompts(tiny_model_dir, UNEVEN)]
    tokens = torch.randint(5, 60, (1, 4), generator=torch.Generator().manual_seed(2))
    alone_ids, alone_mask = left_pad(prompts[:1], 0, "cpu")
    padded_ids, padded_mask = left_pad(prompts[:2], 0, "cpu")
    assert padded_ids.shape[1] > alone_ids.shape[1]  # "Hi?" is left-padded next to the long question
    alone = _decode_logits(model, alone_ids, alone_mask, tokens, 1)
    padded = _decode_logits(model, padded_ids, padded_mask, tokens.repeat(2, 1), 1)[:1]
    torch.testing.assert_close(padded, alone, rtol=1e-4, atol=1e-4)
