"""Numerical safety of the update: no fully masked attention rows, no NaN update applied."""

import pytest

torch = pytest.importorskip("torch")

from raiden_r1.errors import RaidenError  # noqa: E402
from raiden_r1.train.trainer import Trainer  # noqa: E402
from train_helpers import make_cfg, make_prompts, toy_reward  # noqa: E402

# questions of clearly different token lengths, so that a batch of them needs left padding
UNEVEN = ["Hi?", "Where do you live, and who lives there with you, and since when, and why there?",
          "Who is your best friend?", "What is your dog called, and what does it eat every morning?"]


def _watch_attention(model, log: list):
    """Route the model's attention through SDPA, recording whether any query row had every key
    masked while gradients were on (on CUDA some kernels turn such rows into NaN gradients)."""
    from transformers import AttentionInterface
    from transformers.integrations.sdpa_attention import sdpa_attention_forward
    from transformers.masking_utils import AttentionMaskInterface, sdpa_mask

    def watched(module, query, key, value, attention_mask, **kw):
        if torch.is_grad_enabled() and attention_mask is not None and attention_mask.dtype == torch.bool:
            log.append(bool((~attention_mask).all(-1).any()))
        return sdpa_attention_forward(module, query, key, value, attention_mask, **kw)

    AttentionInterface.register("raiden_watch", watched)
    AttentionMaskInterface.register("raiden_watch", sdpa_mask)
    model.set_attn_implementation("raiden_watch")


def _watch_shared_prefix_attention(monkeypatch, log: list):
    """The same record for shared_prefix.py's own attention: a response's query row is fully
    masked when its group's prompt bias and its own response bias are -inf everywhere, a prompt's
    when its row of the causal/padding bias is."""
    from raiden_r1.train import shared_prefix

    inner = shared_prefix._attend

    def watched(q, k, v, pk, pv, prompt_bias, resp_bias, scaling, n):
        if torch.is_grad_enabled():
            B, L = q.shape[0], q.shape[3]
            sees_prompt = (prompt_bias == 0).reshape(B // n, -1).any(-1).repeat_interleave(n)[:, None]  # (B, 1)
            sees_response = torch.zeros(B, L, dtype=torch.bool) if resp_bias is None else \
                (resp_bias == 0).any(-1).reshape(B, L)
            log.append(bool((~(sees_prompt | sees_response)).any()))
        return inner(q, k, v, pk, pv, prompt_bias, resp_bias, scaling, n)

    def watched_prompt(q, k, v, bias, scaling):
        if torch.is_grad_enabled():
            log.append(bool((bias != 0).all(-1).any()))
        return inner_prompt(q, k, v, bias, scaling)

    inner_prompt = shared_prefix._attend_prompt
    monkeypatch.setattr(shared_prefix, "_attend", watched)
    monkeypatch.setattr(shared_prefix, "_attend_prompt", watched_prompt)


@pytest.mark.parametrize("checkpointing,shared_prefix", [(False, True), (False, False), (True, False)])
def test_the_training_forward_never_has_a_fully_masked_query_row(tiny_model_dir, tmp_path, monkeypatch,
                                                                  checkpointing, shared_prefix):
    cfg = make_cfg(tiny_model_dir, tmp_path / "run", "data.rollout_batch_size=4", "worker.actor.global_batch_size=4",
                   "worker.rollout.n=2",
                   f"worker.actor.model.enable_gradient_checkpointing={str(checkpointing).lower()}",
                   f"worker.actor.model.shared_prefix={str(shared_prefix).lower()}")
    tr = Trainer(cfg, reward_fn=toy_reward, prompts=make_prompts(tiny_model_dir, UNEVEN))
    tr.skip_zero_advantage_groups = False
    log: list[bool] = []
    _watch_attention(tr.policy, log)
    shared_log: list[bool] = []
    _watch_shared_prefix_attention(monkeypatch, shared_log)
    tr.step([0, 1, 2, 3])
    # (unpadded rows of equal length need no mask at all: then the watch sees nothing to check)
    assert log or checkpointing or shared_prefix, "the watch saw no attention call with a mask"
    assert bool(shared_log) == shared_prefix  # prompts and responses went through shared_prefix.py iff asked
    assert not any(log) and not any(shared_log)


def test_a_nan_gradient_skips_the_update_and_keeps_the_weights(tiny_model_dir, tmp_path):
    cfg = make_cfg(tiny_model_dir, tmp_path / "run")
    tr = Trainer(cfg, reward_fn=toy_reward, prompts=make_prompts(tiny_model_dir))
    tr.skip_zero_advantage_groups = False
    before = {k: v.detach().clone() for k, v in tr.policy.state_dict().items()}
    param = next(p for p in tr.policy.parameters() if p.requires_grad)
    handle = param.register_hook(lambda g: g * float("nan"))
    m = tr.step()
    handle.remove()
    assert m["skipped_updates"] == 1.0
    after = tr.policy.state_dict()
    assert all(torch.equal(before[k], after[k]) for k in before)
    assert all(torch.isfinite(v).all() for v in after.values() if v.is_floating_point())
    m = tr.step()  # the next, healthy step updates again
    assert m["skipped_updates"] == 0.0 and m["grad_norm"] > 0


def test_gradients_that_stay_nan_stop_the_run_with_a_clear_error(tiny_model_dir, tmp_path):
    cfg = make_cfg(tiny_model_dir, tmp_path / "run", "trainer.max_steps=10")
    tr = Trainer(cfg, reward_fn=toy_reward, prompts=make_prompts(tiny_model_dir))
    tr.skip_zero_advantage_groups = False
    param = next(p for p in tr.policy.parameters() if p.requires_grad)
    param.register_hook(lambda g: g * float("nan"))
    with pytest.raises(RaidenError, match="non-finite gradients in 3 steps in a row"):
        tr.train()
