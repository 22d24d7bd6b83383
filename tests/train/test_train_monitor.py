"""What the progress bar aims at when a wall-clock budget, not max_steps, ends the run."""

import pytest

from raiden_r1.train.monitor import Monitor, expected_total_steps


def test_without_a_budget_the_total_is_max_steps():
    assert expected_total_steps(3, 1000, 60.0, 0.0, 20.0) == 1000


def test_a_budget_caps_the_total_at_the_steps_that_still_fit():
    # 3 steps done in 60 s of a 900 s budget at 20 s/step: 42 more fit
    assert expected_total_steps(3, 1000, 60.0, 900.0, 20.0) == 45


def test_max_steps_still_wins_when_it_comes_first():
    assert expected_total_steps(3, 10, 60.0, 900.0, 20.0) == 10


def test_an_exhausted_budget_aims_at_the_steps_already_done():
    assert expected_total_steps(7, 1000, 950.0, 900.0, 20.0) == 7


def test_set_total_re_aims_the_bar(tmp_path):
    pytest.importorskip("tqdm")
    mon = Monitor(tmp_path, 1000, tensorboard=False)
    try:
        mon.set_total(42)
        assert mon.bar.total == 42
    finally:
        mon.close()


def test_a_wall_clock_budget_stops_the_run_before_a_step_that_would_overrun_it(tiny_model_dir, tmp_path):
    pytest.importorskip("torch")
    from raiden_r1.train.monitor import read_metrics
    from raiden_r1.train.trainer import Trainer
    from train_helpers import make_cfg, make_prompts, toy_reward

    # 0.0005 min = 30 ms: the first step always runs (no step time known yet) and takes longer
    cfg = make_cfg(tiny_model_dir, tmp_path / "run", "trainer.max_steps=50", "trainer.max_minutes=0.0005")
    Trainer(cfg, reward_fn=toy_reward, prompts=make_prompts(tiny_model_dir)).train()
    assert [r["step"] for r in read_metrics(tmp_path / "run")] == [1]
    assert (tmp_path / "run" / "checkpoints" / "step_000001").is_dir()  # saved at the stop
