"""``runs/quickstart/report.md``: a pure rendering of the quickstart's summary dict."""

from __future__ import annotations

import shutil
from pathlib import Path

from raiden_r1.io_guard import write_text

ROWS = [("sbk_accuracy", "SBK accuracy"), ("cm_accuracy", "CM accuracy"), ("accuracy", "Accuracy (all items)"),
        ("mean_reward", "Mean VRAR reward"), ("well_formed_think_rate", "Think well-formed"),
        ("in_character_rate", "In character"), ("repetition_rate", "Answer repeats a sentence")]
STAGES = [("before", "base"), ("after_sft", "after SFT"), ("after", "after SFT+GRPO")]
RUN_LABELS = {"eval_before": "base", "eval_sft": "after SFT", "eval_after": "after SFT+GRPO"}  # evaluation folders
CONFIG_KEYS = ["worker.actor.optim.lr", "worker.actor.optim.lr_scheduler_type", "worker.actor.optim.lr_warmup_steps",
               "worker.rollout.n", "worker.rollout.temperature", "data.rollout_batch_size",
               "worker.actor.global_batch_size", "data.prompt_layout", "data.prompt_style", "data.focus",
               "data.language",
               "data.max_response_length", "algorithm.kl_coef", "algorithm.use_kl_loss", "worker.actor.ppo_epochs",
               "worker.actor.fsdp.mp_param_dtype", "trainer.num_threads"]
SFT_KEYS = ["worker.actor.optim.lr", "worker.actor.global_batch_size",
            "worker.actor.micro_batch_size_per_device_for_update", "data.max_response_length", "trainer.max_minutes"]
MEMORY_GOAL_GB = 6.0  # the quickstart's goals (README, "Quickstart"): the report says which were met


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


def results_table(rows: list[dict], lengths: list[dict | None], labels: list[str]) -> list[str]:
    """One column per stage, the change from the base model in the last column."""
    lines = ["| metric | " + " | ".join(labels) + " | change (last - first) |", "|---|" + "---|" * (len(labels) + 1)]
    for key, label in ROWS:
        vals = [r.get(key) for r in rows]
        if all(v is None for v in vals):
            continue
        pct = key != "mean_reward"
        lines.append(f"| {label} | " + " | ".join(fmt_acc(v, pct) for v in vals) +
                     f" | {delta_points(vals[0], vals[-1], pct)} |")
    if any(lengths):
        cells = [f"{x['mean_length_tokens']:.1f} ({x['at_budget_rate'] * 100:.0f}% at the budget)"
                 if x and x.get("mean_length_tokens") is not None else "n/a" for x in lengths]
        lines.append("| Mean length, tokens | " + " | ".join(cells) + " | |")
    return lines


def language_table(metrics: list[dict], labels: list[str]) -> list[str]:
    """SBK and CM accuracy per language of the test set, one column per stage."""
    langs = sorted(set().union(*((m.get("breakdown") or {}).get("language", {}) for m in metrics)))
    if len(langs) < 2:
        return []
    lines = ["| language | metric | " + " | ".join(labels) + " |", "|---|---|" + "---|" * len(labels)]
    for lang in langs:
        for key, label in (("sbk_accuracy", "SBK"), ("cm_accuracy", "CM")):
            cells = [fmt_acc(((m.get("breakdown") or {}).get("language", {}).get(lang) or {}).get(key)) for m in metrics]
            lines.append(f"| {lang} | {label} | " + " | ".join(cells) + " |")
    return lines


def mcnemar_line(cmp_: dict | None, name: str) -> list[str]:
    out = []
    for t in (cmp_ or {}).get("tests", []):
        m = t.get("mcnemar")
        if m:
            run = RUN_LABELS.get(t.get("run"), t.get("run"))
            out.append(f"- {name.format(run=run)}: paired over {t['n']} items, {m['only_b']} fixed, "
                       f"{m['only_a']} broken, McNemar ({m['method']}) p = {m['p_value']:.3g}")
    return out


def _mean(e: dict | None) -> float | None:
    return e.get("mean") if e else None


def goals(s: dict) -> list[tuple[str, str, str, bool | None]]:
    """(goal, measured, target, met) for each of the issue's goals."""
    b, sft, a = (s[k]["overall"] for k in ("before", "after_sft", "after"))

    def pts(key):
        x, y = _mean(b.get(key)), _mean(a.get(key))
        return None if x is None or y is None else (y - x) * 100

    out = []
    wf = _mean(a.get("well_formed_think_rate"))
    out.append(("think well-formed after SFT+GRPO", "n/a" if wf is None else f"{wf * 100:.1f}%", ">= 80%",
                None if wf is None else wf >= 0.8))
    rep = _mean(a.get("repetition_rate"))
    out.append(("answers repeating a sentence after SFT+GRPO", "n/a" if rep is None else f"{rep * 100:.1f}%",
                "<= 10%", None if rep is None else rep <= 0.10))
    for key, label, goal in (("sbk_accuracy", "SBK", 25), ("cm_accuracy", "CM", 15)):
        d = pts(key)
        out.append((f"{label} accuracy gain over base", "n/a" if d is None else f"{d:+.1f} points", f">= +{goal} points",
                    None if d is None else d >= goal))
    m = next((t.get("mcnemar") for t in (s.get("compare_sft_grpo") or {}).get("tests", []) if t.get("mcnemar")), None)
    gain = None if _mean(sft.get("accuracy")) is None or _mean(a.get("accuracy")) is None else \
        (_mean(a["accuracy"]) - _mean(sft["accuracy"])) * 100
    measured = "n/a" if m is None else (f"{gain:+.1f} points, {m['only_b']} fixed / {m['only_a']} broken, "
                                        f"p = {m['p_value']:.3g}")
    out.append(("GRPO's gain over SFT alone (all items)", measured, "> 0, McNemar p < 0.05",
                None if m is None or gain is None else gain > 0 and m["p_value"] < 0.05))
    mem = (s.get("memory") or {}).get("peak_gb")
    out.append(("peak memory of the whole quickstart", "n/a" if mem is None else f"{mem:.2f} GB",
                f"<= {MEMORY_GOAL_GB:g} GB", None if mem is None else mem <= MEMORY_GOAL_GB))
    total = s.get("total_seconds")
    out.append(("wall time, install excluded", "n/a" if total is None else f"{total / 60:.1f} min", "<= 20 min",
                None if total is None else total <= 20 * 60))
    return out


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


def _config_value(cfg: dict, key: str):
    node = cfg
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def render_report(s: dict, curves: str | None) -> str:
    from raiden_r1.eval.report import sample_lines

    metrics = [s[k] for k, _ in STAGES]
    rows, labels = [m["overall"] for m in metrics], [label for _, label in STAGES]
    lengths = [(s.get("lengths") or {}).get(k) for k in ("base", "sft", "grpo")]
    b, a = rows[0], rows[-1]
    steps, sft_steps = len(s["history"]), len(s.get("sft_history") or [])
    opts = s["options"]
    secs = {st["name"]: st["seconds"] for st in s["stages"]}
    lines = ["# Quickstart: SmolLM2-135M-Instruct, base -> SFT -> GRPO role-awareness training", "",
             f"Held-out SBK accuracy **{fmt_acc(b.get('sbk_accuracy'))} -> {fmt_acc(a.get('sbk_accuracy'))}** "
             f"({delta_points(b.get('sbk_accuracy'), a.get('sbk_accuracy'))} points); CM accuracy "
             f"{fmt_acc(b.get('cm_accuracy'))} -> {fmt_acc(a.get('cm_accuracy'))} "
             f"({delta_points(b.get('cm_accuracy'), a.get('cm_accuracy'))} points), after {sft_steps} SFT steps "
             f"({opts.get('sft_minutes', 0):g}-minute budget) and {steps} GRPO steps ({opts['minutes']:g}-minute budget).",
             "", "## Goals", "", "| goal | measured | target | met |", "|---|---|---|---|"]
    lines += [f"| {g} | {m} | {t} | {'n/a' if ok is None else ('yes' if ok else 'no')} |" for g, m, t, ok in goals(s)]
    mem = s.get("memory") or {}
    if mem:
        lines += ["", f"Peak memory (getrusage max RSS): the run's {mem['peak_gb']:.2f} GB (the largest of this "
                      f"process's own peak, {mem['self_gb']:.2f} GB, and each child stage's peak plus this process's "
                      f"RSS meanwhile); the largest child's alone {mem['children_gb']:.2f} GB. Wall times are upper "
                      "bounds where other processes share the cores."]
    lines += ["", "## Held-out evaluation", "",
              f"Test split `{s['data']['test_file']}`: characters never seen in training "
              f"({', '.join(s['data']['held_out_characters'])}). Greedy decoding up to {s.get('max_new_tokens')} "
              "new tokens, stopping at the end-of-turn token, the training prompt layout; keywords checked on the final "
              "answer only (the VRAR matcher). Intervals: 95% percentile bootstrap over items. Think well-formed: one "
              "<think>...</think> block at the start, then a non-empty answer. Repeats: the reward's repetition rule "
              "on the answer.", ""]
    subset = s["data"].get("eval_set") or {}
    if subset and subset["items"] < subset["of"]:
        lines += [f"**An evaluation budget:** each row is measured on the same {subset['items']} of the split's "
                  f"{subset['of']} items ({subset['cm']} CM, every CM item up to that size, and {subset['sbk']} SBK "
                  f"drawn per language in proportion, seed {subset['seed']}), not on all of them, so that three "
                  "evaluations fit the time budget; `--max-eval-items 0` evaluates every item.", ""]
    lines += results_table(rows, lengths, labels)
    lines += ["", "Paired tests (first greedy answer per item):"]
    lines += mcnemar_line(s.get("compare"), "base -> {run}")
    lines += mcnemar_line(s.get("compare_sft_grpo"), "after SFT -> after SFT+GRPO") or ["- SFT vs SFT+GRPO: n/a"]
    per_lang = language_table(metrics, labels)
    if per_lang:
        lines += ["", "### Per language", "", *per_lang]
    for key, label in (("base", "base"), ("sft", "after SFT"), ("grpo", "after SFT+GRPO")):
        smp = (s.get("samples") or {}).get(key)
        if smp:
            lines += [line.replace("## A random sample", f"### {label}: a random sample") for line in sample_lines(smp, 0)]
    lines += ["", "## Training", "",
              f"SFT: {sft_steps} steps in {secs.get('SFT', 0) / 60:.1f} min (budget {opts.get('sft_minutes', 0):g} min)"
              f" on {(s.get('sft_config') or {}).get('examples', '?')} examples with a short inner monologue; GRPO: "
              f"{steps} steps in {secs.get('GRPO training', 0) / 60:.1f} min (budget {opts['minutes']:g} min).", ""]
    sft_loss = [r["loss"] for r in s.get("sft_history") or [] if isinstance(r.get("loss"), (int, float))]
    if sft_loss:
        lines += [f"SFT loss: {sft_loss[0]:.3f} at the first step, {sft_loss[-1]:.3f} at the last.", ""]
    trend = reward_trend(s["history"])
    if trend:
        first, last, k = trend
        lines += [f"GRPO mean reward: {first:.3f} over the first {k} steps, {last:.3f} over the last {k}.", ""]
    if curves:
        lines += [f"![reward curves]({curves})", ""]
    lines += _config_rows(s.get("config") or {})
    if s.get("sft_config"):
        lines += ["", "| SFT setting | value |", "|---|---|"]
        lines += [f"| {k} | {_config_value(s['sft_config'], k)} |" for k in SFT_KEYS]
    lines += ["", f"Model: `{s['model']}`; SFT model: `{s.get('sft_model')}`; trained checkpoint: "
                  f"`{s['checkpoint']}`.", "", "## Timings", "",
              "CPU seconds are the stage's process's user + system time: on a machine shared with other work the "
              "wall time grows, the CPU time much less (on free cores, wall ~ CPU / threads).", "",
              "Memory: a stage run in a child process (process `child`; its output is in `logs/`) shows that "
              "process's peak RSS and its RSS at the end, and `+ main` this process's RSS meanwhile; the other "
              "stages show this process's peak so far and its RSS at the end (memory freed but kept by the "
              "allocator counts in both).", "",
              "| stage | seconds | CPU seconds | process | peak GB | RSS GB at end | detail |",
              "|---|---|---|---|---|---|---|"]
    lines += [f"| {st['name']} | {st['seconds']:.1f} | {st.get('cpu_seconds', 0):.0f} | {_process(st)} | "
              f"{st.get('peak_gb', 0):.2f} | {st.get('rss_gb', 0):.2f} | {st['detail']} |" for st in s["stages"]]
    lines += [f"| total | {s['total_seconds']:.1f} | {sum(st.get('cpu_seconds', 0) for st in s['stages']):.0f} | | "
              f"{s.get('memory', {}).get('peak_gb', 0):.2f} | | |", "", "## Reproduce", "",
              "The whole run:", "", "```", s["commands"]["quickstart"], "```", "",
              "Stage by stage:", "", "```"]
    lines += [s["commands"][k] for k in ("data", "convert", "eval_before", "cot", "sft", "eval_sft", "train",
                                         "eval_after", "compare", "compare_sft_grpo") if k in s["commands"]]
    lines += ["```", ""]
    return "\n".join(lines)


def _process(stage: dict) -> str:
    if stage.get("process") != "child":
        return "main"
    return f"child (+ main {stage.get('main_rss_gb', 0):.2f} GB)"


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
