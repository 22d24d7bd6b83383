"""What a run shows and leaves behind: a progress bar, metrics.jsonl, TensorBoard scalars,
samples.jsonl and a PNG of the reward curves.

On resume the logs are cut back to the checkpoint's step first, so steps that ran after the last
checkpoint of a killed run (and will run again) never appear twice.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from raiden_r1.io_guard import write_text

# Scalars that go to TensorBoard (when present in a step's metrics) under these tags.
_TB_PREFIX = {"reward/": "reward", "kl": "train", "entropy": "train", "response_length": "train",
              "clipfrac": "train", "lr": "train", "step_time": "perf", "tokens_per_s": "perf",
              "loss": "train", "grad_norm": "train", "eval/": "eval"}


def _truncate_jsonl(path: Path, last_step: int) -> None:
    if not path.is_file():
        return
    kept = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            if json.loads(line).get("step", 0) <= last_step:
                kept.append(line)
        except ValueError:  # a line cut short by a kill -9
            continue
    write_text(path, "".join(k + "\n" for k in kept))  # atomic: a kill here must not lose the log


class Monitor:
    def __init__(self, run_dir: str | Path, max_steps: int, start_step: int = 0, progress: bool = True,
                 tensorboard: bool = True, desc: str = "grpo"):
        self.dir = Path(run_dir)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.metrics_path = self.dir / "metrics.jsonl"
        self.samples_path = self.dir / "samples.jsonl"
        for p in (self.metrics_path, self.samples_path):
            if start_step == 0:
                p.unlink(missing_ok=True)
            else:
                _truncate_jsonl(p, start_step)
        self.tb = None
        if tensorboard:
            try:
                from torch.utils.tensorboard import SummaryWriter

                # purge_step hides events a killed run logged past its last checkpoint
                self.tb = SummaryWriter(str(self.dir / "tensorboard"), purge_step=start_step + 1 if start_step else None)
            except ImportError:
                self.tb = None
        self.bar = None
        if progress:
            from tqdm.auto import tqdm

            self.bar = tqdm(total=max_steps, initial=start_step, desc=desc, unit="step", dynamic_ncols=True)

    def log(self, step: int, metrics: dict[str, float]) -> None:
        with self.metrics_path.open("a", encoding="utf-8") as f:
            f.write(json.dumps({"step": step, **metrics}) + "\n")
        if self.tb is not None:
            for k, v in metrics.items():
                group = next((g for p, g in _TB_PREFIX.items() if k.startswith(p)), None)
                if group is not None and isinstance(v, (int, float)):
                    tag = k if "/" in k else f"{group}/{k}"
                    self.tb.add_scalar(tag, v, step)
        if self.bar is not None and "reward/overall" not in metrics and "loss" in metrics:  # the SFT stage
            self.bar.set_postfix(loss=f"{metrics['loss']:.3f}", s=f"{metrics.get('step_time', 0.0):.2f}")
        elif self.bar is not None:
            self.bar.set_postfix(reward=f"{metrics.get('reward/overall', float('nan')):.3f}",
                                 kl=f"{metrics.get('kl', 0.0):.4f}", s=f"{metrics.get('step_time', 0.0):.2f}")

    def advance(self, n: int = 1) -> None:
        if self.bar is not None:
            self.bar.update(n)

    def set_total(self, total: int) -> None:
        """Re-aim the bar, e.g. at the steps a wall-clock budget leaves room for."""
        if self.bar is not None and total != self.bar.total:
            self.bar.total = total
            self.bar.refresh()

    def samples(self, step: int, rows: list[dict[str, Any]]) -> None:
        with self.samples_path.open("a", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps({"step": step, **r}, ensure_ascii=False) + "\n")
        if self.tb is not None and rows:
            r = rows[0]
            self.tb.add_text("samples", f"**reward {r.get('reward', 0):.3f}**\n\n{r.get('response', '')}", step)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
        if self.tb is not None:
            self.tb.flush()
            self.tb.close()


def expected_total_steps(done: int, max_steps: int, elapsed_s: float, budget_s: float,
                         recent_step_s: float) -> int:
    """The step a run will stop at: ``max_steps``, or earlier when a wall-clock budget runs out
    first (the trainer starts no step it expects to overrun the budget)."""
    if budget_s <= 0 or recent_step_s <= 0:
        return max_steps
    more = int(max(0.0, budget_s - elapsed_s) // recent_step_s)
    return max(done, min(max_steps, done + more))


def read_metrics(run_dir: str | Path) -> list[dict[str, Any]]:
    p = Path(run_dir) / "metrics.jsonl"
    if not p.is_file():
        return []
    return [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


# The score components share one panel (five distinct colours, the legend beside it); every other
# reward series (the 0/1 flags: in character, well formed, repetition, ...) gets a small panel of
# its own on a common 0-1 scale, so no two series share a colour and no legend covers the data.
_SCORE_SERIES = ("overall", "accuracy", "format", "thinking", "keyword_share")
_PANEL_COLUMNS = 4


def _moving_average(ys: list[float], w: int) -> list[float]:
    return [sum(ys[max(0, i - w + 1): i + 1]) / len(ys[max(0, i - w + 1): i + 1]) for i in range(len(ys))]


def plot_rewards(run_dir: str | Path, out: str | Path | None = None) -> Path | None:
    """reward_curves.png (reward_figure) from the run's metrics.jsonl."""
    rows = read_metrics(run_dir)
    if not rows:
        return None
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig = reward_figure(rows)
    path = Path(out) if out else Path(run_dir) / "reward_curves.png"
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def reward_figure(rows: list[dict[str, Any]]):
    """Small multiples. Top: the score (overall with a moving average, and its components); below:
    one panel per flag or other reward series (the share of samples per step), in logged order."""
    import matplotlib.pyplot as plt

    keys = list(dict.fromkeys(k for r in rows for k in r if k.startswith("reward/") and not k.endswith("_std")))
    names = [k.split("/", 1)[1] for k in keys]
    scores = [n for n in _SCORE_SERIES if n in names]
    flags = [n for n in names if n not in _SCORE_SERIES]
    steps = [r["step"] for r in rows]
    grid_rows = -(-len(flags) // _PANEL_COLUMNS)
    fig = plt.figure(figsize=(11, 3.6 + 1.7 * grid_rows))
    spec = fig.add_gridspec(1 + grid_rows, _PANEL_COLUMNS, height_ratios=[2.2] + [1] * grid_rows)
    ax = fig.add_subplot(spec[0, :])
    colours = plt.get_cmap("tab10").colors
    for i, name in enumerate(scores):
        ys = [r.get(f"reward/{name}", float("nan")) for r in rows]
        overall = name == "overall"
        ax.plot(steps, ys, color=colours[i], alpha=0.35 if overall else 0.9, label=name)
        if overall and len(ys) >= 5:
            w = max(2, len(ys) // 10)
            ax.plot(steps, _moving_average(ys, w), color=colours[i], linewidth=2.2, label=f"overall (avg {w})")
    ax.set_title("GRPO reward: score and components")
    ax.set_xlabel("step")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0)
    for j, name in enumerate(flags):
        sub = fig.add_subplot(spec[1 + j // _PANEL_COLUMNS, j % _PANEL_COLUMNS], sharex=ax)
        sub.plot(steps, [r.get(f"reward/{name}", float("nan")) for r in rows], color="tab:blue", linewidth=1.2)
        sub.set_title(name.replace("_", " "), fontsize=9)
        sub.set_ylim(-0.05, 1.05)
        sub.tick_params(labelsize=7)
        sub.grid(alpha=0.3)
    fig.tight_layout()
    return fig
