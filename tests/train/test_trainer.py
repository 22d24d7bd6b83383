"""The GRPO loop on the tiny model: it runs, learns a learnable reward, logs what it promises."""

import json

import pytest

torch = pytest.importorskip("torch")

from raiden_r1.errors import RaidenError  # noqa: E402
from raiden_r1.train.trainer import Trainer  # noqa: E402
from train_helpers import make_cfg, make_prompts, toy_reward  # noqa: E402


def weights(trainer):
    return {k: v.detach().float().clone() for k, v in trainer.policy.state_dict().items()}


def test_a_few_steps_run_with_finite_loss_and_change_the_weights(tiny_model_dir, tmp_path):
    cfg = make_cfg(tiny_model_dir, tmp_path / "run", "algorithm.kl_coef=0.05", "worker.actor.ppo_epochs=2",
                   "worker.actor.micro_batch_size_per_device_for_update=3")  # one group per micro-batch, one update
    t = Trainer(cfg, reward_fn=toy_reward, prompts=make_prompts(tiny_model_dir))
    assert t.reference is not None  # KL on: a frozen reference exists
    before = weights(t)
    m = t.step()
    after = weights(t)
    assert all(torch.isfinite(torch.tensor(m[k])) for k in ("loss", "kl", "entropy", "grad_norm"))
    assert m["kl"] > 0  # two PPO epochs: the policy moved away from the reference within the step
    assert any(not torch.equal(before[k], after[k]) for k in before)
    assert t.step_count == 1


def test_no_reference_model_when_kl_is_off(tiny_model_dir, tmp_path):
    cfg = make_cfg(tiny_model_dir, tmp_path / "run", "algorithm.kl_coef=0")
    t = Trainer(cfg, reward_fn=toy_reward, prompts=make_prompts(tiny_model_dir))
    assert t.reference is None and not t.use_kl
    assert t.step()["kl"] == 0.0


def test_bf16_weights_follow_float32_master_weights(tiny_model_dir, tmp_path, monkeypatch):
    # lr 1e-5 moves a weight by ~1e-5: lost in bf16 arithmetic, kept by the float32 masters
    monkeypatch.setattr("raiden_r1.train.run_start.bf16_is_fast", lambda: True)  # bf16 even where emulated
    cfg = make_cfg(tiny_model_dir, tmp_path / "run", "worker.actor.optim.lr=1e-5")
    t = Trainer(cfg, reward_fn=toy_reward, prompts=make_prompts(tiny_model_dir))
    name = next(iter(t.optim.masters))
    start = t.optim.masters[name].detach().clone()
    for _ in range(3):
        t.step()
    master = t.optim.masters[name]
    assert not torch.equal(master, start)
    param = dict(t.policy.named_parameters())[name]
    assert param.dtype == torch.bfloat16 and torch.equal(param.detach(), master.detach().to(torch.bfloat16))


def test_reward_on_a_learnable_toy_reward_rises(tiny_model_dir, tmp_path):
    cfg = make_cfg(tiny_model_dir, tmp_path / "run", "worker.actor.optim.lr=2e-2", "data.rollout_batch_size=4",
                   "worker.actor.global_batch_size=4", "worker.rollout.n=8", "data.max_response_length=16",
                   "worker.actor.micro_batch_size_per_device_for_update=32")
    t = Trainer(cfg, reward_fn=toy_reward, prompts=make_prompts(tiny_model_dir))
    rewards = [t.step()["reward/overall"] for _ in range(8)]
    first, last = sum(rewards[:3]) / 3, sum(rewards[-3:]) / 3
    assert last > first + 0.1, rewards  # measured: ~.09 -> ~.33


def test_lora_trains_only_the_adapters_and_uses_the_base_as_reference(tiny_model_dir, tmp_path):
    pytest.importorskip("peft")
    cfg = make_cfg(tiny_model_dir, tmp_path / "run", "worker.actor.model.lora.rank=4",
                   "algorithm.kl_coef=0.1", "worker.actor.model.lora.target_modules=q_proj,v_proj")
    t = Trainer(cfg, reward_fn=toy_reward, prompts=make_prompts(tiny_model_dir))
    assert t.reference is None  # adapters disabled = reference: no second copy
    trainable = [n for n, p in t.policy.named_parameters() if p.requires_grad]
    assert trainable and all("lora_" in n for n in trainable)
    m = t.step()
    assert torch.isfinite(torch.tensor(m["loss"]))


def test_train_writes_metrics_samples_tensorboard_plot_and_config(tiny_model_dir, tmp_path):
    run = tmp_path / "run"
    cfg = make_cfg(tiny_model_dir, run, "trainer.max_steps=2", "trainer.sample_every=2")
    Trainer(cfg, reward_fn=toy_reward, prompts=make_prompts(tiny_model_dir)).train()
    rows = [json.loads(x) for x in (run / "metrics.jsonl").read_text().splitlines()]
    assert [r["step"] for r in rows] == [1, 2]
    for key in ("reward/overall", "reward/share", "kl", "entropy", "response_length", "clipfrac_higher", "lr",
                "step_time", "tokens_per_s"):
        assert key in rows[0], key
    samples = [json.loads(x) for x in (run / "samples.jsonl").read_text().splitlines()]
    assert samples and {s["step"] for s in samples} == {2} and "response" in samples[0]
    assert any((run / "tensorboard").iterdir())
    assert (run / "reward_curves.png").stat().st_size > 1000
    assert (run / "config.yaml").is_file()
    assert (run / "checkpoints" / "step_000002" / "config.yaml").is_file()  # the final save


def test_a_reward_returning_nan_is_an_error(tiny_model_dir, tmp_path):
    cfg = make_cfg(tiny_model_dir, tmp_path / "run")
    t = Trainer(cfg, reward_fn=lambda r, n, g: [{"overall": float("nan")} for _ in r],
                prompts=make_prompts(tiny_model_dir))
    with pytest.raises(RaidenError, match="overall"):
        t.step()


def test_gradient_checkpointing_path_gives_the_same_update(tiny_model_dir, tmp_path):
    # with checkpointing each row runs its own full forward; without, each prompt runs once per
    # group: the update must be the same. (Adam's first step is ~lr * sign(grad), so float noise
    # on near-zero gradients moves a few weights by up to ~1e-5: compare at 1e-4, 3% of a step.)
    after, norms = [], []
    for gc in ("false", "true"):
        cfg = make_cfg(tiny_model_dir, tmp_path / gc, "worker.actor.fsdp.mp_param_dtype=fp32",
                       f"worker.actor.model.enable_gradient_checkpointing={gc}", "algorithm.kl_coef=0.1")
        t = Trainer(cfg, reward_fn=toy_reward, prompts=make_prompts(tiny_model_dir))
        norms.append(t.step()["grad_norm"])
        after.append(weights(t))
    assert norms[0] == pytest.approx(norms[1], rel=1e-5)
    for k in after[0]:
        assert torch.allclose(after[0][k], after[1][k], atol=1e-4), k


@pytest.mark.parametrize("micro, micro_batches", [
    # both groups (2 prompts x 4 samples) in one micro-batch; one group per micro-batch, one update
    (["worker.actor.micro_batch_size_per_device_for_update=8"], 1),
    (["worker.actor.micro_batch_size_per_device_for_update=4"], 2),
])
def test_reusing_the_rollouts_prompt_forward_gives_the_same_update(tiny_model_dir, tmp_path, monkeypatch, micro,
                                                                   micro_batches):
    from raiden_r1.train import shared_prefix

    calls = []  # one per layer of each forward of the prompts
    real = shared_prefix._attend_prompt
    monkeypatch.setattr(shared_prefix, "_attend_prompt", lambda *a, **k: calls.append(1) or real(*a, **k))
    after, norms, forwards = [], [], []
    for reuse in (True, False):
        cfg = make_cfg(tiny_model_dir, tmp_path / str(reuse), "worker.actor.fsdp.mp_param_dtype=fp32", *micro)
        t = Trainer(cfg, reward_fn=toy_reward, prompts=make_prompts(tiny_model_dir))
        t.reuse_prefill = reuse
        calls.clear()
        norms.append(t.step()["grad_norm"])
        forwards.append(len(calls) // t.policy.config.num_hidden_layers)
        after.append(weights(t))
    assert forwards == [1, 1 + micro_batches]  # the rollout's only, vs one per micro-batch too
    assert norms[0] == pytest.approx(norms[1], rel=1e-5)
    for k in after[0]:
        assert torch.allclose(after[0][k], after[1][k], atol=1e-4), k


@pytest.mark.parametrize("updates", ["worker.actor.global_batch_size=2",  # one update: the rollout's prompt forward
                                     "worker.actor.global_batch_size=1"])  # two: each group's prompt runs again
def test_a_group_in_parts_of_fewer_responses_gives_the_same_update(tiny_model_dir, tmp_path, monkeypatch, updates):
    # a micro-batch below n (4) splits a group: its prompt still runs once, its responses in parts
    from raiden_r1.train import shared_prefix

    calls, rows = [], []
    real_prompt, real_responses = shared_prefix._attend_prompt, shared_prefix.forward_responses
    monkeypatch.setattr(shared_prefix, "_attend_prompt", lambda *a, **k: calls.append(1) or real_prompt(*a, **k))

    def responses(model, prompt, tokens, *a, **k):
        if torch.is_grad_enabled():  # the update's, not the no-grad log-probs'
            rows.append(tokens.shape[0])
        return real_responses(model, prompt, tokens, *a, **k)

    monkeypatch.setattr(shared_prefix, "forward_responses", responses)
    after, norms, forwards, parts = [], [], [], []
    for micro in (4, 2):
        cfg = make_cfg(tiny_model_dir, tmp_path / str(micro), "worker.actor.fsdp.mp_param_dtype=fp32", updates,
                       f"worker.actor.micro_batch_size_per_device_for_update={micro}", "algorithm.kl_coef=0.1")
        t = Trainer(cfg, reward_fn=toy_reward, prompts=make_prompts(tiny_model_dir))
        t.skip_zero_advantage_groups = False
        calls.clear()
        rows.clear()
        norms.append(t.step()["grad_norm"])
        forwards.append(len(calls) // t.policy.config.num_hidden_layers)
        parts.append(max(rows))
        after.append(weights(t))
    assert forwards[0] == forwards[1]  # no extra forward of any prompt
    assert parts == [4, 2]
    assert norms[0] == pytest.approx(norms[1], rel=1e-5)
    for k in after[0]:
        assert torch.allclose(after[0][k], after[1][k], atol=1e-4), k


@pytest.mark.parametrize("override", ["worker.actor.ppo_epochs=2",
                                      "worker.actor.model.enable_gradient_checkpointing=true",
                                      "worker.actor.model.shared_prefix=false", "worker.actor.global_batch_size=1"])
def test_the_prompt_forward_is_not_reused_when_the_weights_could_move_in_between(tiny_model_dir, tmp_path, monkeypatch,
                                                                                override):
    # (global_batch_size=1: two optimizer updates per rollout batch of two prompts)
    from raiden_r1.train import rollout

    kept = []
    real = rollout.generate
    monkeypatch.setattr(rollout, "generate", lambda *a, **k: (lambda b: kept.append(b.prompt_forward is not None) or b)(
        real(*a, **k)))
    for overrides in ([override], []):
        cfg = make_cfg(tiny_model_dir, tmp_path / str(len(overrides)), *overrides)
        Trainer(cfg, reward_fn=toy_reward, prompts=make_prompts(tiny_model_dir)).step()
    assert kept == [False, True]


def test_skipping_zero_advantage_groups_gives_the_same_update(tiny_model_dir, tmp_path):
    def half_constant(responses, lengths, gts):
        # the first group (4 samples) scores a constant: zero advantage; the second is learnable
        scores = toy_reward(responses, lengths, gts)
        return [{"overall": 0.5} if i < 4 else s for i, s in enumerate(scores)]

    after, norms = [], []
    for skip in (True, False):
        cfg = make_cfg(tiny_model_dir, tmp_path / str(skip), "worker.actor.fsdp.mp_param_dtype=fp32")
        t = Trainer(cfg, reward_fn=half_constant, prompts=make_prompts(tiny_model_dir))
        t.skip_zero_advantage_groups = skip
        m = t.step()
        assert m["zero_adv_groups"] == 0.5
        norms.append(m["grad_norm"])
        after.append(weights(t))
    assert norms[0] == pytest.approx(norms[1], rel=1e-5)
    for k in after[0]:  # atol: see the gradient-checkpointing test
        assert torch.allclose(after[0][k], after[1][k], atol=1e-4), k
