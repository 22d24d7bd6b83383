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


def test_reward_plot_is_small_multiples_with_distinct_colours_and_the_legend_outside():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from raiden_r1.reward.vrar import FLAG_KEYS, SCORE_KEYS
    from raiden_r1.train.monitor import reward_figure

    rows = [{"step": s, **{f"reward/{k}": (s % 3) / 3 for k in SCORE_KEYS}, "reward/overall_std": 0.1}
            for s in range(1, 12)]
    fig = reward_figure(rows)
    top, *panels = fig.axes
    colours = [line.get_color() for line in top.get_lines() if not line.get_label().startswith("overall (avg")]
    assert len(panels) == len(FLAG_KEYS) and all(len(p.get_lines()) == 1 for p in panels)
    assert [p.get_title() for p in panels] == [k.replace("_", " ") for k in FLAG_KEYS]
    assert len(colours) == len(set(colours)) == 5
    assert top.get_legend().get_bbox_to_anchor().x0 > top.get_window_extent().x1  # beside the data, not over it
    plt.close(fig)
