"""Checkpoints: atomic, keep-last-K, exact resume, and resume after kill -9."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")

from raiden_r1.train.checkpoint import latest_checkpoint, list_checkpoints  # noqa: E402
from raiden_r1.train.trainer import Trainer  # noqa: E402
from train_helpers import make_cfg, make_prompts, toy_reward  # noqa: E402

TIMING = {"step_time", "rollout_time", "update_time", "tokens_per_s"}


def run(model_dir, out, *overrides, resume=False):
    cfg = make_cfg(model_dir, out, "worker.actor.optim.lr_scheduler_type=cosine",
                   "worker.actor.optim.lr_warmup_steps=1", "trainer.max_steps=4", *overrides)
    t = Trainer(cfg, reward_fn=toy_reward, prompts=make_prompts(model_dir), resume=resume)
    t.train()
    return t


def metrics(run_dir):
    rows = [json.loads(x) for x in (Path(run_dir) / "metrics.jsonl").read_text().splitlines()]
    return [{k: v for k, v in r.items() if k not in TIMING} for r in rows]


def state(t):
    return {k: v.detach().float().clone() for k, v in t.policy.state_dict().items()}


@pytest.fixture(scope="module")
def straight_run(tiny_model_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("straight")
    return out, state(run(tiny_model_dir, out, "trainer.save_freq=1", "trainer.save_limit=2"))


def test_keep_last_k_and_no_temporary_directories_left(straight_run):
    out, _ = straight_run
    assert [s for s, _ in list_checkpoints(out)] == [3, 4]  # saved at 1, 2, 3, 4; keep_last=2
    assert not [d for d in (out / "checkpoints").iterdir() if d.name.startswith(".tmp-")]


def test_resume_reaches_the_same_weights_and_metrics(straight_run, tiny_model_dir, tmp_path):
    out, expected = straight_run
    # 2 steps (killed "cleanly" by max_steps=2 on a schedule sized for 4), then resume for 2 more
    run(tiny_model_dir, tmp_path, "trainer.save_freq=2", "trainer.max_steps=2", "worker.actor.optim.lr_scheduler_type=cosine")
    resumed = run(tiny_model_dir, tmp_path, "trainer.save_freq=2", resume=True)
    got = state(resumed)
    assert resumed.step_count == 4
    for k in expected:
        assert torch.allclose(got[k], expected[k], atol=1e-6, rtol=0), k
    assert metrics(tmp_path) == metrics(out)


def test_a_partial_checkpoint_is_never_resumed_from(tiny_model_dir, tmp_path):
    run(tiny_model_dir, tmp_path, "trainer.max_steps=1", "trainer.save_freq=1")
    root = tmp_path / "checkpoints"
    fake = root / "step_000009"  # as if killed before COMPLETE was written
    fake.mkdir()
    (fake / "trainer_state.json").write_text("{}")
    (root / ".tmp-step_000010").mkdir()
    assert latest_checkpoint(tmp_path).name == "step_000001"
    t = Trainer(make_cfg(tiny_model_dir, tmp_path), reward_fn=toy_reward, prompts=make_prompts(tiny_model_dir),
                resume=True)
    assert t.step_count == 1 and not (root / ".tmp-step_000010").exists()


CHILD = """
import sys, time
import torch
torch.set_num_threads(1)
sys.path[:0] = {paths!r}
from train_helpers import make_cfg, make_prompts, toy_reward
from raiden_r1.train.trainer import Trainer

def slow_reward(r, n, g):
    time.sleep(0.2)  # long enough steps for the parent to kill us mid-run
    return toy_reward(r, n, g)

cfg = make_cfg({model!r}, {out!r}, "trainer.max_steps=6", "trainer.save_freq=1", "trainer.save_limit=2")
Trainer(cfg, reward_fn=slow_reward, prompts=make_prompts({model!r}), resume=True).train()
"""


def test_kill_9_mid_run_then_resume_loses_and_repeats_nothing(tiny_model_dir, tmp_path):
    here = Path(__file__).resolve().parent
    code = CHILD.format(paths=[str(here), str(here.parent)], model=str(tiny_model_dir), out=str(tmp_path))
    script = tmp_path / "child.py"
    script.write_text(code)
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            m = tmp_path / "metrics.jsonl"
            if m.is_file() and len(m.read_text().splitlines()) >= 3:
                break
            if proc.poll() is not None:
                pytest.fail("the child run ended before it could be killed")
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    saved = latest_checkpoint(tmp_path)
    assert saved is not None and 2 <= int(saved.name.split("_")[1]) < 6

    # resume in a fresh process, as a user would
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    steps = [json.loads(x)["step"] for x in (tmp_path / "metrics.jsonl").read_text().splitlines()]
    assert steps == list(range(1, 7))  # nothing lost, nothing repeated
    assert latest_checkpoint(tmp_path).name == "step_000006"
    # and the same trajectory as a run that was never killed, on the child's one thread (another test
    # in this worker may have left torch on more, and a float sum in another order differs in the last bit)
    torch.set_num_threads(1)
    straight = tmp_path / "straight"
    cfg = make_cfg(tiny_model_dir, straight, "trainer.max_steps=6", "trainer.save_freq=0")
    Trainer(cfg, reward_fn=toy_reward, prompts=make_prompts(tiny_model_dir)).train()
    assert metrics(tmp_path) == metrics(straight)
