"""MasterAdamW's float32 gradient accumulators: kept across updates, zeroed in place."""

import copy

import pytest

torch = pytest.importorskip("torch")

from raiden_r1.train.modeling import MasterAdamW  # noqa: E402


def _updates(model, optim: MasterAdamW, fresh: bool) -> None:
    """Three updates of two micro-batches each; ``fresh``: the accumulators dropped after each
    update, as before they were kept (the next backward then makes new ones)."""
    gen = torch.Generator().manual_seed(0)
    for _ in range(3):
        for _ in range(2):
            x = torch.randn(5, 8, generator=gen).to(torch.bfloat16)
            model(x).float().square().mean().backward()
            optim.collect_grads()
        optim.step(1e-2, 1.0)
        if fresh:
            for m in optim.params:
                m.grad = None


def test_kept_accumulators_give_the_updates_fresh_ones_give():
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(8, 16), torch.nn.Tanh(), torch.nn.Linear(16, 4)).to(torch.bfloat16)
    other = copy.deepcopy(model)
    kept, fresh = MasterAdamW(model, 1e-2, (0.9, 0.99), 1e-8, 0.0), MasterAdamW(other, 1e-2, (0.9, 0.99), 1e-8, 0.0)
    buffers = [m.grad for m in kept.params]
    _updates(model, kept, fresh=False)
    _updates(other, fresh, fresh=True)
    assert all(m.grad is b for m, b in zip(kept.params, buffers))  # the same tensors all along
    assert all(float(m.grad.abs().sum()) == 0 for m in kept.params)  # zeroed after the last update
    for a, b in zip(kept.params, fresh.params):
        assert torch.equal(a, b)
