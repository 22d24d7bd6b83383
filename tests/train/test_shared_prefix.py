"""The shared-prefix path (train/shared_prefix.py) computes what transformers' forward computes."""

import pytest

torch = pytest.importorskip("torch")

from raiden_r1.train import decode, shared_prefix as shared  # noqa: E402
from raiden_r1.train.logprobs import shared_prompt_log_probs  # noqa: E402
from raiden_r1.train.rollout import generate  # noqa: E402
from train_helpers import make_prompts  # noqa: E402

UNEVEN = ["Hi?", "Where do you live, and who lives there with you, and since when?", "Who is your best friend?"]


@pytest.fixture(scope="module")
def model_and_tok(tiny_model_dir):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32).eval()
    return model, AutoTokenizer.from_pretrained(tiny_model_dir)


def _tiny_config(kind: str, **extra):
    import transformers

    cls = getattr(transformers, f"{kind}Config")
    return cls(vocab_size=64, hidden_size=32, intermediate_size=64, num_hidden_layers=2, num_attention_heads=4,
               num_key_value_heads=2, max_position_embeddings=128, **extra)


def test_supports_llama_and_qwen2_layers_only():
    import transformers

    assert shared.supports(transformers.LlamaForCausalLM(_tiny_config("Llama")))
    assert shared.supports(transformers.Qwen2ForCausalLM(_tiny_config("Qwen2")))
    # q/k norms (Qwen3), dropout in attention, another activation: transformers' forward instead
    assert not shared.supports(transformers.Qwen3ForCausalLM(_tiny_config("Qwen3")))
    assert not shared.supports(transformers.LlamaForCausalLM(_tiny_config("Llama", attention_dropout=0.1)))
    assert not shared.supports(transformers.LlamaForCausalLM(_tiny_config("Llama", hidden_act="gelu")))
    assert not shared.supports(transformers.GPT2LMHeadModel(transformers.GPT2Config(n_layer=1, n_embd=32, n_head=2)))


@pytest.mark.parametrize("greedy", [True, False])
def test_shared_prefix_rollouts_equal_transformers_rollouts(model_and_tok, tiny_model_dir, greedy):
    model, tok = model_and_tok
    ids = [p.ids for p in make_prompts(tiny_model_dir, UNEVEN)]
    runs = [generate(model, tok, ids, 3, 12, temperature=1.3, greedy=greedy, shared_prefix=sp,
                     generator=torch.Generator().manual_seed(7)) for sp in (True, False)]
    assert runs[0].responses == runs[1].responses
    assert torch.equal(runs[0].input_ids, runs[1].input_ids)


def test_lora_adapters_act_in_the_shared_prefix_path(tiny_model_dir):
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    base = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32)
    model = get_peft_model(base, LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "v_proj", "up_proj"],
                                            task_type="CAUSAL_LM")).eval()
    torch.manual_seed(0)
    for name, p in model.named_parameters():
        if "lora_B" in name:  # zero at init: make the adapters change the output
            p.data.normal_(0, 0.5)
    assert shared.supports(model) and decode.fuse_projections(model) is None
    ids = [p.ids for p in make_prompts(tiny_model_dir, UNEVEN)]
    runs = [generate(model, tok, ids, 2, 10, temperature=1.3, shared_prefix=sp,
                     generator=torch.Generator().manual_seed(3)) for sp in (True, False)]
    assert runs[0].responses == runs[1].responses
    b = runs[0]
    with torch.no_grad():
        lps = [shared_prompt_log_probs(model, b.prompt_ids, b.prompt_mask, b.responses_ids, b.response_mask, 2,
                                       shared_prefix=sp).log_probs for sp in (True, False)]
        with model.disable_adapter():
            plain = shared_prompt_log_probs(model, b.prompt_ids, b.prompt_mask, b.responses_ids, b.response_mask, 2)
    assert torch.allclose(lps[0], lps[1], atol=1e-5)
    assert not torch.allclose(lps[0], plain.log_probs, atol=1e-3)  # the adapters did act


def test_qwen2_with_qkv_biases_matches_transformers(tiny_model_dir):
    import transformers
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    torch.manual_seed(0)
    model = transformers.Qwen2ForCausalLM(transformers.Qwen2Config(
        vocab_size=len(tok), hidden_size=32, intermediate_size=64, num_hidden_layers=2, num_attention_heads=4,
        num_key_value_heads=2, max_position_embeddings=256, eos_token_id=tok.eos_token_id,
        pad_token_id=tok.pad_token_id)).eval()
    assert model.model.layers[0].self_attn.q_proj.bias is not None
    fused = decode.fuse_projections(model)
    assert fused is not None and fused[0][1] is not None and fused[0][3] is None  # q/k/v bias, no MLP bias
    ids = [p.ids for p in make_prompts(tiny_model_dir, UNEVEN)]
    runs = [generate(model, tok, ids, 2, 10, temperature=1.3, shared_prefix=sp,
                     generator=torch.Generator().manual_seed(4)) for sp in (True, False)]
    assert torch.equal(runs[0].input_ids, runs[1].input_ids)
    b = runs[0]
    with torch.no_grad():
        lps = [shared_prompt_log_probs(model, b.prompt_ids, b.prompt_mask, b.responses_ids, b.response_mask, 2,
                                       shared_prefix=sp).log_probs for sp in (True, False)]
    assert torch.allclose(lps[0], lps[1], atol=1e-5)


@pytest.mark.parametrize("probs_shape, values_shape", [((2, 3, 3, 7, 7), (2, 3, 1, 7, 5)),  # a broadcast head
                                                       ((2, 3, 11, 7), (2, 3, 7, 5))])
def test_the_attention_matmul_keeps_no_bf16_probabilities_and_gives_autograds_gradients(probs_shape, values_shape):
    torch.manual_seed(0)
    probs = torch.randn(probs_shape).softmax(-1).requires_grad_()
    values = torch.randn(values_shape).to(torch.bfloat16).requires_grad_()
    saved = []
    with torch.autograd.graph.saved_tensors_hooks(lambda t: saved.append(t.dtype) or t, lambda t: t):
        out = shared._CastMatmul.apply(probs, values)
    assert saved == [torch.float32, torch.bfloat16]  # the float32 probabilities (the softmax's own) and the values
    grad = torch.randn(out.shape).to(torch.bfloat16)
    expected = torch.autograd.grad(probs.to(torch.bfloat16) @ values, (probs, values), grad)
    assert torch.equal(out, probs.to(torch.bfloat16) @ values)
    for got, want in zip(torch.autograd.grad(out, (probs, values), grad), expected):
        assert got.dtype == want.dtype and torch.equal(got, want)
