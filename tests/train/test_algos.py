"""GRPO maths against values worked out by hand (EasyR1's core_algos semantics)."""

import math

import pytest

torch = pytest.importorskip("torch")

from raiden_r1.train import algos  # noqa: E402


def close(a, b, tol=1e-5):
    return torch.allclose(torch.as_tensor(a, dtype=torch.float32), torch.as_tensor(b, dtype=torch.float32), atol=tol)


def test_group_advantages_hand_computed():
    # group 0: [1, 0] -> mean .5, unbiased std sqrt((.25+.25)/1) = .707107 -> +-.5/.707107 = +-.707106
    # group 1: [1, 2, 3] -> mean 2, std 1 -> [-1, 0, 1] / (1 + 1e-6)
    scores = torch.tensor([1.0, 0.0, 1.0, 2.0, 3.0])
    adv = algos.group_advantages(scores, [0, 0, 1, 1, 1])
    assert close(adv, [0.707106, -0.707106, -0.999999, 0.0, 0.999999])


def test_group_of_identical_scores_gets_zero_advantage():
    adv = algos.group_advantages(torch.tensor([0.3, 0.3, 0.3, 1.0, 0.0]), [7, 7, 7, 8, 8])
    assert adv[:3].tolist() == [0.0, 0.0, 0.0]
    assert adv[3] > 0 > adv[4]


def test_group_of_one_is_rejected():
    with pytest.raises(ValueError, match="worker.rollout.n > 1"):
        algos.group_advantages(torch.tensor([1.0, 0.0, 1.0]), [0, 0, 1])


def test_advantages_broadcast_over_response_mask():
    out = algos.broadcast_advantages(torch.tensor([2.0, -1.0]), torch.tensor([[1, 1, 0], [1, 0, 0]]))
    assert out.tolist() == [[2.0, 2.0, 0.0], [-1.0, 0.0, 0.0]]


# Four tokens, old log-prob 0, ratio r = exp(logp):
#  (A=+1, r=1)   loss1=-1,   loss2=-1,   max=-1                      -> -1   (no clip)
#  (A=+1, r=1.5) loss1=-1.5, loss2=-1.3 (r clipped to 1+.3), max     -> -1.3 (clipped: higher)
#  (A=-1, r=0.5) loss1=.5,   loss2=.8 (clipped to 1-.2), max=.8; min(.8, dual 3) -> .8 (clipped: higher)
#  (A=-1, r=4)   loss1=4,    loss2=1.3, max=4; min(4, 3)             -> 3    (dual clip: lower)
LOGP = torch.log(torch.tensor([[1.0, 1.5], [0.5, 4.0]]))
ADV = torch.tensor([[1.0, 1.0], [-1.0, -1.0]])


def test_policy_loss_clip_and_dual_clip_hand_computed():
    out = algos.policy_loss(LOGP, torch.zeros(2, 2), ADV, torch.ones(2, 2), 0.2, 0.3, 3.0, "token")
    assert close(out.loss, (-1 - 1.3 + 0.8 + 3) / 4)  # 0.375
    assert close(out.clipfrac_higher, 0.5)  # tokens 2 and 3
    assert close(out.clipfrac_lower, 0.25)  # token 4
    assert close(out.ppo_kl, -LOGP.mean())


def test_policy_loss_token_vs_seq_mean():
    # last token masked out: token mean = (-1 - 1.3 + .8) / 3 = -.5;
    # seq mean = mean(( -1 - 1.3) / 2, .8 / 1) = mean(-1.15, .8) = -.175
    mask = torch.tensor([[1.0, 1.0], [1.0, 0.0]])
    tok = algos.policy_loss(LOGP, torch.zeros(2, 2), ADV, mask, mode="token").loss
    seq = algos.policy_loss(LOGP, torch.zeros(2, 2), ADV, mask, mode="seq").loss
    assert close(tok, -0.5) and close(seq, -0.175)


def test_policy_gradient_is_zero_on_clipped_tokens():
    logp = LOGP.clone().requires_grad_(True)
    algos.policy_loss(logp, torch.zeros(2, 2), ADV, torch.ones(2, 2), mode="token").loss.backward()
    # unclipped token 1: d(-A r)/d logp = -A r = -1, over 4 tokens -> -.25; clipped ones: 0
    assert close(logp.grad, [[-0.25, 0.0], [0.0, 0.0]])


def test_micro_batch_normalisers_reproduce_the_full_batch_loss():
    torch.manual_seed(0)
    lp, old, adv = torch.randn(4, 5) * 0.1, torch.randn(4, 5) * 0.1, torch.randn(4, 5)
    mask = (torch.rand(4, 5) > 0.3).float()
    for mode in ("token", "seq"):
        full = algos.policy_loss(lp, old, adv, mask, mode=mode).loss
        n_tok, n_seq = float(mask.sum()), 4.0
        parts = sum(algos.policy_loss(lp[s], old[s], adv[s], mask[s], mode=mode, num_tokens=n_tok, num_seqs=n_seq).loss
                    for s in (slice(0, 1), slice(1, 4)))
        assert close(parts, full, 1e-6), mode


def test_kl_estimators_hand_computed():
    # logp = log .5, ref = log .25: logp - ref = ln 2 = .693147
    lp, ref = torch.tensor([math.log(0.5)]), torch.tensor([math.log(0.25)])
    assert close(algos.kl_penalty(lp, ref, "kl"), [0.693147])
    assert close(algos.kl_penalty(lp, ref, "abs"), [0.693147])
    assert close(algos.kl_penalty(lp, ref, "mse"), [0.5 * 0.693147 ** 2])  # .240227
    # k3: d = ref - logp = -ln 2; exp(d) - d - 1 = .5 + .693147 - 1 = .193147
    assert close(algos.kl_penalty(lp, ref, "low_var_kl"), [0.193147])


def test_low_var_kl_is_clamped_to_ten():
    out = algos.kl_penalty(torch.tensor([0.0, 0.0]), torch.tensor([20.0, 0.0]), "low_var_kl")
    assert out.tolist() == [10.0, 0.0]


def test_kl_in_the_reward_is_easyr1s_apply_kl_penalty():
    # two sequences; per-token kl = logp - ref on the response tokens only (the pad of row 1 is out)
    old = torch.tensor([[-1.0, -2.0, -0.5], [-1.0, -1.0, 0.0]])
    ref = torch.tensor([[-1.5, -2.0, -1.0], [-0.5, -1.5, 9.0]])
    mask = torch.tensor([[1, 1, 1], [1, 1, 0]])
    scores, kl = algos.kl_reward_penalty(torch.tensor([1.0, 0.0]), old, ref, mask, 0.1, "kl")
    # row 0: kl .5 + 0 + .5 = 1 -> 1 - .1; row 1: -.5 + .5 = 0 -> 0
    assert close(scores, [0.9, 0.0])
    assert close(kl, (1.0 / 3 + 0.0) / 2)  # EasyR1's actor/kl_penalty: mean of per-row masked means


def test_unknown_modes_raise():
    with pytest.raises(ValueError):
        algos.kl_penalty(torch.zeros(1), torch.zeros(1), "full")
    with pytest.raises(ValueError):
        algos.aggregate(torch.zeros(1, 1), torch.ones(1, 1), "batch")


def test_lr_schedule_warmup_then_cosine_or_constant():
    # EasyR1's schedulers: warmup 2: steps 0, 1 -> 0/2, 1/2; cosine over the remaining 8 steps:
    # step 6 is half way -> .5
    f = [algos.lr_lambda(s, 2, 10, "cosine") for s in (0, 1, 2, 6, 10)]
    assert close(f, [0.0, 0.5, 1.0, 0.5, 0.0])
    assert [algos.lr_lambda(s, 4, 10, "constant") for s in range(6)] == [0.0, 0.25, 0.5, 0.75, 1.0, 1.0]
    assert close(algos.lr_lambda(6, 2, 10, "cosine", min_ratio=None), 0.5)  # None: EasyR1's "no floor"
    assert close(algos.lr_lambda(10, 2, 10, "cosine", min_ratio=0.1), 0.1)
    assert algos.lr_lambda(7, 2, 10, "constant") == 1.0
