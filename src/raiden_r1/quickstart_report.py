"""``runs/quickstart/report.md``: a pure rendering of the quickstart's summary dict."""

from __future__ import annotations

import shutil
from pathlib import Path

from raiden_r1.io_guard import write_text

ROWS = [("sbk_accuracy", "SBK accuracy"), ("cm_accuracy", "CM accuracy"), ("accuracy", "Accuracy (all items)"),
        ("mean_reward", "Mean VRAR reward"), ("in_character_rate", "In character"),
        ("well_formed_think_rate", "Well-formed think")]
CONFIG_KEYS = ["worker.actor.optim.lr", "worker.actor.optim.lr_scheduler_type", "worker.actor.optim.lr_warmup_steps",
               "worker.rollout.n", "worker.rollout.temperature", "data.rollout_batch_size",
               "worker.actor.global_batch_size", "data.prompt_layout", "data.focus", "data.language",
               "data.max_response_length", "algorithm.kl_coef", "algorithm.use_kl_loss", "worker.actor.ppo_epochs",
               "worker.actor.fsdp.mp_param_dtype", "trainer.num_threads"]


def fmt_acc(e: dict | None, pct: bool = True) -> str:
    """``42.5% [30.0, 55.0] (n=40)``: mean with its 95% bootstrap interval and sample size
    (``pct=False``: a plain score, ``0.205 [0.158, 0.252] (n=53)``)."""
    if not e or e.get("mean") is None:
        return f"n/a (n={e.get('n', 0) if e else 0})"
    k, unit, d = (100.0, "%", 1) if pct else (1.0, "", 3)
    ci = f" [{e['low'] * k:.{d}f}, {e['high'] * k:.{d}f}]" if e.get("low") is not None else ""
    return f"{e['mean'] * k:.{d}f}{unit}{ci} (n={e['n']})"


def delta_points(before: dict | None, after: dict | None, pct: bool = True) -> str:
    if not before or not after or before.get("mean") is None or after.get("mean") is None:
        return "n/a"
    return f"{(after['mean'] - before['mean']) * 100:+.1f}" if pct else f"{after['mean'] - before['mean']:+.3f}"


def results_table(before: dict, after: dict) -> list[str]:
    lines = ["| metric | before (base model) | after (GRPO) | change |", "|---|---|---|---|"]
    for key, label in ROWS:
        b, a = before.get(key), after.get(key)
        if b is None and a is None:
            continue
        pct = key != "mean_reward"
        lines.append(f"| {label} | {fmt_acc(b, pct)} | {fmt_acc(a, pct)} | {delta_points(b, a, pct)} |")
    return lines


def reward_trend(history: list[dict], key: str = "reward/overall") -> tuple[float, float, int] | None:
    """Mean reward over the first and the last fifth of the steps (at least one step each)."""
    ys = [r[key] for r in history if isinstance(r.get(key), (int, float))]
    if len(ys) < 2:
        return None
    k = max(1, len(ys) // 5)
    return sum(ys[:k]) / k, sum(ys[-k:]) / k, k


def _config_rows(cfg: dict) -> list[str]:
    lines = ["| setting | value |", "|---|---|"]
    for key in CONFIG_KEYS:
        node, found = cfg, True
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                found = False
                break
            node = node[part]
        if found:
            lines.append(f"| {key} | {node} |")
    return lines


def _flip_lines(flips: list[dict], direction: str, limit: int = 3) -> list[str]:
    out = []
    for f in [f for f in flips if f.get("direction") == direction][:limit]:
        out.append(f"- Q: {f.get('question')!s} (keywords: {f.get('keywords')})")
        out.append(f"  - before: {str(f.get('baseline_answer'))[:200]!r}")
        out.append(f"  - after: {str(f.get('run_answer'))[:200]!r}")
    return out


def render_report(s: dict, curves: str | None) -> str:
    b, a = s["before"]["overall"], s["after"]["overall"]
    minutes = s["options"]["minutes"]
    steps = len(s["history"])
    train_secs = next((st["seconds"] for st in s["stages"] if st["name"] == "GRPO training"), None)
    lines = ["# Quickstart: GRPO role-awareness training of SmolLM2-135M-Instruct", "",
             f"Held-out SBK accuracy **{fmt_acc(b.get('sbk_accuracy'))} -> {fmt_acc(a.get('sbk_accuracy'))}** "
             f"({delta_points(b.get('sbk_accuracy'), a.get('sbk_accuracy'))} points); CM accuracy "
             f"{fmt_acc(b.get('cm_accuracy'))} -> {fmt_acc(a.get('cm_accuracy'))} "
             f"({delta_points(b.get('cm_accuracy'), a.get('cm_accuracy'))} points), after {steps} GRPO steps "
             f"in a {minutes:g}-minute training budget.", "",
             "## Held-out evaluation", "",
             f"Test split `{s['data']['test_file']}`: characters never seen in training "
             f"({', '.join(s['data']['held_out_characters'])}). Greedy decoding, the training prompt layout, keywords "
             "checked on the final answer only (the VRAR matcher). Intervals: 95% percentile bootstrap over items.", ""]
    lines += results_table(b, a)
    cmp_ = s.get("compare")
    if cmp_:
        for t in cmp_.get("tests", []):
            m = t.get("mcnemar")
            if m:
                lines += ["", f"Paired over {t['n']} items: {m['only_b']} fixed, {m['only_a']} broken, "
                              f"McNemar ({m['method']}) p = {m['p_value']:.3g}."]
        flips = cmp_.get("flip_rows") or []
        if flips:
            lines += ["", "Items the training fixed:", *(_flip_lines(flips, "fixed") or ["- none"]),
                      "", "Items it broke:", *(_flip_lines(flips, "broken") or ["- none"])]
    if s.get("samples_after"):
        from raiden_r1.eval.report import sample_lines

        lines += [line.replace("## A random sample", "### After training: a random sample")
                  for line in sample_lines(s["samples_after"], 0)]
    lines += ["", "## Training", "",
              f"{steps} steps in {train_secs / 60:.1f} min (budget {minutes:g} min)" if train_secs is not None
              else f"{steps} steps", ""]
    trend = reward_trend(s["history"])
    if trend:
        first, last, k = trend
        lines += [f"Mean reward: {first:.3f} over the first {k} steps, {last:.3f} over the last {k}.", ""]
    if curves:
        lines += [f"![reward curves]({curves})", ""]
    lines += _config_rows(s.get("config") or {})
    lines += ["", f"Model: `{s['model']}`; trained checkpoint: `{s['checkpoint']}`.", "",
              "## Timings", "", "| stage | seconds | detail |", "|---|---|---|"]
    lines += [f"| {st['name']} | {st['seconds']:.1f} | {st['detail']} |" for st in s["stages"]]
    lines += [f"| total | {s['total_seconds']:.1f} | |", "", "## Reproduce", "",
              "The whole run:", "", "```", s["commands"]["quickstart"], "```", "",
              "Stage by stage:", "", "```"]
    lines += [s["commands"][k] for k in ("data", "convert", "eval_before", "train", "eval_after", "compare")]
    lines += ["```", ""]
    return "\n".join(lines)


def write_report(out: Path, summary: dict) -> Path:
    """report.md plus reward_curves.png copied next to it (the report links it relatively)."""
    from raiden_r1.train.monitor import plot_rewards

    train_dir = out / "train"
    png = train_dir / "reward_curves.png"
    if not png.is_file():
        png = plot_rewards(train_dir) or png
    curves = None
    if png.is_file():
        shutil.copyfile(png, out / "reward_curves.png")
        curves = "reward_curves.png"
    path = out / "report.md"
    write_text(path, render_report(summary, curves))
    return path
