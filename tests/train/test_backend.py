"""The two policy backends (train/backend.py) agree on the tiny in-process model: log-probs to
float32 tolerance, the same greedy tokens, for prompts that share a prefix and prompts that do
not; and the callers (GRPO, SFT) accept either."""

import pytest

torch = pytest.importorskip("torch")

from raiden_r1.train import prefix_greedy  # noqa: E402
from raiden_r1.train.backend import FastBackend, ReferenceBackend, backend_for  # noqa: E402
from raiden_r1.train.logprobs import naive_response_log_probs  # noqa: E402
from train_helpers import QUESTIONS, make_cfg, make_prompts, toy_reward  # noqa: E402

# a profile long enough that its prompts form one shared-prefix run (prefix_greedy.MIN_SHARED_TOKENS)
PROFILE = "You are Mira. I was born in Seattle. My dog is called Biscuit. I love basketball and painting."
OTHER = "You are 小白. 我喜欢打篮球，因为很开心。我住在北京。我的猫叫小白。所以我每天都画画。"
BACKENDS = [FastBackend(), ReferenceBackend(), FastBackend(full_rows=True), ReferenceBackend(full_rows=True)]


@pytest.fixture(scope="module")
def model_and_tok(tiny_model_dir):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32).eval()
    # noise on every weight: the random init answers every prompt with one repeated token, which
    # would make equal greedy answers prove little
    gen = torch.Generator().manual_seed(0)
    with torch.no_grad():
        for p in model.parameters():
            p.add_(torch.randn(p.shape, generator=gen) * 0.3)
    return model, AutoTokenizer.from_pretrained(tiny_model_dir)


def _prompts(tok, profiles, questions=QUESTIONS[:4]):
    from raiden_r1.train.data import encode_messages

    return [encode_messages(tok, [{"role": "system", "content": p}, {"role": "user", "content": q}])[0]
            for p in profiles for q in questions]


@pytest.mark.parametrize("shared", [True, False], ids=["one-profile", "two-profiles"])
def test_log_probs_agree_between_the_backends(model_and_tok, shared):
    model, tok = model_and_tok
    prompts = _prompts(tok, [PROFILE] if shared else [PROFILE, OTHER], QUESTIONS[:3])
    b = ReferenceBackend().generate(model, tok, prompts, 3, 9, temperature=1.5,
                                    generator=torch.Generator().manual_seed(1))
    assert b.prompt_mask.eq(0).any()  # questions of different lengths: real left padding
    with torch.no_grad():
        want = naive_response_log_probs(model, b.input_ids, b.attention_mask, b.prompt_len, b.response_mask, 0.8)
        for backend in BACKENDS:
            got = backend.response_log_probs(model, b.prompt_ids, b.prompt_mask, b.responses_ids, b.response_mask,
                                             3, temperature=0.8, with_entropy=True)
            torch.testing.assert_close(got.log_probs, want.log_probs, rtol=1e-5, atol=1e-5)
            torch.testing.assert_close(got.entropy, want.entropy, rtol=1e-5, atol=1e-4)


def test_gradients_agree_between_the_backends(model_and_tok):
    model, tok = model_and_tok
    prompts = _prompts(tok, [PROFILE, OTHER], QUESTIONS[:1])
    b = FastBackend().generate(model, tok, prompts, 2, 6, generator=torch.Generator().manual_seed(2))
    grads = []
    for backend in (FastBackend(), ReferenceBackend(full_rows=True)):
        model.zero_grad(set_to_none=True)
        backend.response_log_probs(model, b.prompt_ids, b.prompt_mask, b.responses_ids, b.response_mask,
                                   2).log_probs.sum().backward()
        grads.append({name: p.grad.clone() for name, p in model.named_parameters()})
    model.zero_grad(set_to_none=True)
    for name, g in grads[0].items():  # float32 rounding, relative to the largest entry (~30 here)
        assert float((g - grads[1][name]).abs().max()) <= 1e-5 * float(g.abs().max()), name
    assert grads[0]["model.layers.0.self_attn.k_proj.weight"].abs().sum() > 0


def test_a_kept_prompt_forward_gives_the_reference_log_probs(model_and_tok):
    # SFT's layout: the examples' shared prefix as one prompt, their rests as its n responses
    model, tok = model_and_tok
    prompts = _prompts(tok, [PROFILE], QUESTIONS[:3])
    P = min(prefix_greedy.common_prefix_len(prompts[0], p) for p in prompts[1:])
    rests = [p[P:] for p in prompts]
    width = max(len(r) for r in rests)
    rids = torch.tensor([r + [tok.pad_token_id] * (width - len(r)) for r in rests])
    rmask = torch.tensor([[1] * len(r) + [0] * (width - len(r)) for r in rests])
    pids = torch.tensor([prompts[0][:P]])
    with torch.no_grad():
        forward = FastBackend().prompt_forward(model, pids, torch.ones_like(pids), len(rests))
        fast = FastBackend().response_log_probs(model, pids, torch.ones_like(pids), rids, rmask, len(rests),
                                                prompt_forward=forward)
        ref = ReferenceBackend().response_log_probs(model, pids, torch.ones_like(pids), rids, rmask, len(rests))
    assert ReferenceBackend().prompt_forward(model, pids, torch.ones_like(pids), 1) is None
    assert FastBackend(full_rows=True).prompt_forward(model, pids, torch.ones_like(pids), 1) is None
    torch.testing.assert_close(fast.log_probs, ref.log_probs, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("shared", [True, False], ids=["one-profile", "two-profiles"])
def test_greedy_rollouts_agree_between_the_backends(model_and_tok, shared):
    model, tok = model_and_tok
    prompts = _prompts(tok, [PROFILE] if shared else [PROFILE, OTHER])
    fast = FastBackend().generate(model, tok, prompts, 1, 10, greedy=True)
    ref = ReferenceBackend().generate(model, tok, prompts, 1, 10, greedy=True)
    assert torch.equal(fast.input_ids, ref.input_ids) and fast.responses == ref.responses
    assert len(set(ref.responses)) > 1  # varied answers, not one repeated string


@pytest.mark.parametrize("shared", [True, False], ids=["one-profile", "two-profiles"])
def test_batched_greedy_answers_agree_between_the_backends(model_and_tok, shared):
    model, tok = model_and_tok
    prompts = _prompts(tok, [PROFILE] if shared else [PROFILE, OTHER], QUESTIONS[:3] if shared else QUESTIONS[:1])
    assert FastBackend().prefix_path(model, prompts) == shared  # one run of 3 prompts; 2 runs of 1: plain
    stops = [tok.eos_token_id, tok.pad_token_id]
    answers = []
    for backend in (FastBackend(), ReferenceBackend()):
        got = {}
        for batch, rows in backend.greedy(model, prompts, 2, 10, stops, tok.pad_token_id):
            got.update(zip(batch, rows))
        answers.append(got)
    assert sorted(answers[0]) == list(range(len(prompts))) and answers[0] == answers[1]


@pytest.mark.parametrize("temperature", [0.0, 1.0])
def test_streamed_replies_agree_between_the_backends(model_and_tok, temperature):
    model, tok = model_and_tok
    prompt = _prompts(tok, [PROFILE], QUESTIONS[:1])[0]
    texts = []
    for backend in (FastBackend(), ReferenceBackend()):
        torch.manual_seed(0)
        pieces = list(backend.stream(model, tok, prompt, 12, temperature))
        texts.append("".join(pieces))
    if temperature == 0:
        assert texts[0] == texts[1] and texts[0]
    else:  # sampling: the two loops draw differently; each still writes something
        assert all(texts)


def test_an_error_in_the_streaming_thread_reaches_the_reader(model_and_tok):
    from raiden_r1.train.backend import _streamed

    model, tok = model_and_tok
    ids = tok("Hello there friend", add_special_tokens=False)["input_ids"]

    def run(streamer):
        streamer.put(torch.tensor([ids[0]]))  # the prompt (skipped)
        for t in ids[1:]:
            streamer.put(torch.tensor([t]))
        raise ValueError("the model broke")

    pieces = []
    with pytest.raises(ValueError, match="the model broke"):  # raised, not a reader waiting forever
        for piece in _streamed(run, tok):
            pieces.append(piece)
    assert "".join(pieces).strip() == tok.decode(ids[1:]).strip()  # the text so far came out first


def test_the_config_picks_the_backend(tiny_model_dir, tmp_path):
    fast = backend_for(make_cfg(tiny_model_dir, tmp_path))
    ref = backend_for(make_cfg(tiny_model_dir, tmp_path, "worker.actor.model.shared_prefix=false"))
    rows = backend_for(make_cfg(tiny_model_dir, tmp_path, "worker.actor.model.enable_gradient_checkpointing=true"))
    assert (fast.name, fast.full_rows, ref.name) == ("fast", False, "reference")
    assert (rows.name, rows.full_rows) == ("fast", True)
    long = backend_for(make_cfg(tiny_model_dir, tmp_path, "worker.actor.prompt_recompute_tokens=768"))
    assert (long.recompute_prompt_tokens, fast.recompute_prompt_tokens) == (768, 0)


def test_a_grpo_step_with_recomputed_prompts_gives_the_same_update(tiny_model_dir, tmp_path, monkeypatch):
    from raiden_r1.train import shared_prefix as shared
    from raiden_r1.train.trainer import Trainer

    calls, forward_prompts = [], shared.forward_prompts

    def spy(*args, recompute=False, **kw):
        calls.append(recompute)
        return forward_prompts(*args, recompute=recompute, **kw)

    monkeypatch.setattr(shared, "forward_prompts", spy)
    norms, after = [], []
    for backend in (FastBackend(), FastBackend(recompute_prompt_tokens=1)):
        # two updates a step (no prefill reuse) and half a group per micro-batch: the update's own
        # prompt forwards, cut and sent back after the group's parts
        cfg = make_cfg(tiny_model_dir, tmp_path / str(backend.recompute_prompt_tokens),
                       "worker.actor.fsdp.mp_param_dtype=fp32", "worker.actor.global_batch_size=1",
                       "worker.actor.micro_batch_size_per_device_for_update=2")
        t = Trainer(cfg, reward_fn=toy_reward, prompts=make_prompts(tiny_model_dir), backend=backend)
        norms.append(t.step()["grad_norm"])
        after.append({k: v.detach().clone() for k, v in t.policy.state_dict().items()})
    assert True in calls and norms[0] > 0
    assert norms[0] == pytest.approx(norms[1], rel=1e-5)
    for k in after[0]:
        torch.testing.assert_close(after[0][k], after[1][k], rtol=0, atol=1e-4, msg=k)


def test_the_grpo_step_gives_the_same_update_with_either_backend(tiny_model_dir, tmp_path):
    from raiden_r1.train.trainer import Trainer

    norms, after = [], []
    for backend in (FastBackend(), ReferenceBackend()):
        cfg = make_cfg(tiny_model_dir, tmp_path / backend.name, "worker.actor.fsdp.mp_param_dtype=fp32")
        t = Trainer(cfg, reward_fn=toy_reward, prompts=make_prompts(tiny_model_dir), backend=backend)
        assert t.backend is backend
        norms.append(t.step()["grad_norm"])
        after.append({k: v.detach().clone() for k, v in t.policy.state_dict().items()})
    assert norms[0] == pytest.approx(norms[1], rel=1e-5)
    for k in after[0]:  # atol: Adam's first step moves near-zero gradients by ~lr (see test_trainer.py)
        torch.testing.assert_close(after[0][k], after[1][k], rtol=0, atol=1e-4, msg=k)


def test_the_sft_loss_is_the_same_with_either_backend(tiny_model_dir, tmp_path):
    from transformers import AutoTokenizer

    from raiden_r1.train.config import load_config
    from raiden_r1.train.sft import Example, SFTTrainer

    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    examples = [Example(p.ids, tok("<think> I remember. </think> Seattle.", add_special_tokens=False)["input_ids"]
                        + [tok.eos_token_id]) for p in make_prompts(tiny_model_dir, QUESTIONS[:4])]
    losses = []
    for backend in (FastBackend(), ReferenceBackend()):
        cfg = load_config(None, [f"worker.actor.model.model_path={tiny_model_dir}",
                                 f"trainer.output_dir={tmp_path / backend.name}", "trainer.progress=false",
                                 "worker.actor.global_batch_size=4", "worker.actor.fsdp.mp_param_dtype=fp32",
                                 "worker.actor.micro_batch_size_per_device_for_update=2", "data.seed=0"], grpo=False)
        t = SFTTrainer(cfg, examples=examples, backend=backend)
        losses.append(t.step([0, 1, 2, 3])["loss"])
    assert losses[0] == pytest.approx(losses[1], rel=1e-5)
