"""``metrics.json``, ``report.md`` and the bar chart of a run."""

from __future__ import annotations

import json
from pathlib import Path

from .summary import FACETS, HEADLINE

LABELS = {"sbk_accuracy": "SBK accuracy", "cm_accuracy": "CM accuracy", "accuracy": "Accuracy (all)",
          "in_character_rate": "In character", "language_match_rate": "Language match",
          "well_formed_think_rate": "Well-formed think", "repetition_rate": "Repeats (answer)",
          "mean_reward": "Mean VRAR reward"}


def fmt_est(e: dict | None, pct: bool = True) -> str:
    if not e or e.get("mean") is None:
        return "n/a"
    k, unit, d = (100.0, "%", 1) if pct else (1.0, "", 3)
    if e.get("low") is None:
        return f"{e['mean'] * k:.{d}f}{unit}"
    return f"{e['mean'] * k:.{d}f}{unit} [{e['low'] * k:.{d}f}, {e['high'] * k:.{d}f}] (n={e['n']})"


def headline_names(block: dict) -> list[str]:
    return [k for k in (*HEADLINE, *sorted(k for k in block if k.startswith("pass@"))) if k in block]


def bar_chart(path: Path, series: dict[str, dict], names: list[str], title: str) -> Path:
    """Grouped bars (one group per metric, one bar per run) with bootstrap intervals as error bars."""
    try:
        import matplotlib
    except ImportError:
        from raiden_r1.errors import RaidenError

        raise RaidenError("the report's chart needs matplotlib: pip install 'raiden-r1[train]'") from None
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    runs = list(series)
    width = 0.8 / max(1, len(runs))
    fig, ax = plt.subplots(figsize=(max(6.0, 1.2 * len(names) * max(1, len(runs)) ** 0.5), 4.0), dpi=110)
    for r_i, run in enumerate(runs):
        xs, ys, lo, hi = [], [], [], []
        for m_i, name in enumerate(names):
            e = series[run].get(name) or {}
            if e.get("mean") is None:
                continue
            xs.append(m_i + (r_i - (len(runs) - 1) / 2) * width)
            ys.append(e["mean"])
            # max(0, .): float rounding can put a zero-width interval a hair past the mean
            lo.append(max(0.0, e["mean"] - (e["low"] if e.get("low") is not None else e["mean"])))
            hi.append(max(0.0, (e["high"] if e.get("high") is not None else e["mean"]) - e["mean"]))
        ax.bar(xs, ys, width, yerr=[lo, hi], capsize=3, label=run)
    ax.set_xticks(range(len(names)), [LABELS.get(n, n) for n in names], rotation=25, ha="right")
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("mean (95% bootstrap CI)")
    ax.set_title(title)
    if len(runs) > 1:
        ax.legend(fontsize=8)
    ax.grid(axis="y", alpha=0.3)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path


def write_metrics(out: Path, metrics: dict) -> Path:
    p = out / "metrics.json"
    tmp = p.with_name(p.name + ".tmp")
    tmp.write_text(json.dumps(metrics, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(p)
    return p


def headline_lines(metrics: dict) -> list[str]:
    o = metrics["overall"]
    return [f"{LABELS.get(k, k):<20} {fmt_est(o[k], pct=k != 'mean_reward')}" for k in headline_names(o)]


def render_report(metrics: dict, config: dict, chart_name: str | None) -> str:
    o, c = metrics["overall"], metrics["counts"]
    lines = [f"# Evaluation: {config.get('model')}", "",
             f"- data: `{config.get('data') or config.get('raiden_dir')}`, prompt layout `{config.get('prompt_layout')}`",
             f"- backend: `{config.get('backend')}`, decoding: `{json.dumps(config.get('generation'))}`",
             f"- items: {c['items']}, scored: {c['scored']}, errors: {c['errors']}, missing: {c['missing']}",
             f"- intervals: 95% percentile bootstrap over items ({metrics['bootstrap']['n_boot']} resamples, "
             f"seed {metrics['bootstrap']['seed']})", ""]
    if c["errors"] or c["missing"]:
        lines += [f"**{c['errors'] + c['missing']} items are not scored** (failed or missing); rerun the same "
                  "command to retry them. They are excluded, not counted as wrong.", ""]
    lines += ["| metric | value [95% CI] |", "|---|---|"]
    lines += [f"| {LABELS.get(k, k)} | {fmt_est(o[k], pct=k != 'mean_reward')} |" for k in headline_names(o)]
    if chart_name:
        lines += ["", f"![metrics]({chart_name})"]
    for facet in FACETS:
        groups = metrics["breakdown"].get(facet) or {}
        if not groups:
            continue
        lines += ["", f"## By {facet.replace('_', ' ')}", "",
                  "| " + facet + " | n | accuracy | in character | language match | well-formed think |",
                  "|---|---|---|---|---|---|"]
        for g, b in groups.items():
            lines.append(f"| {g} | {b['n']} | {fmt_est(b['accuracy'])} | {fmt_est(b['in_character_rate'])} | "
                         f"{fmt_est(b['language_match_rate'])} | {fmt_est(b['well_formed_think_rate'])} |")
    judge = metrics.get("judge")
    if judge:
        lines += ["", "## LLM judges", "", "| judge | accuracy | SBK | CM |", "|---|---|---|---|"]
        for j, s in judge["per_judge"].items():
            lines.append(f"| {j} | {fmt_est(s['accuracy'])} | {fmt_est(s['sbk_accuracy'])} | {fmt_est(s['cm_accuracy'])} |")
        for a in judge["agreement"]:
            kappa = "n/a" if a["cohen_kappa"] is None else f"{a['cohen_kappa']:.3f}"
            agree = "n/a" if a["exact_agreement"] is None else f"{a['exact_agreement'] * 100:.1f}%"
            lines.append(f"\nAgreement {a['judges'][0]} vs {a['judges'][1]} on {a['n']} answers: "
                         f"exact {agree}, Cohen's kappa {kappa}.")
    return "\n".join(lines) + "\n"


SAMPLE_SIZE = 8


def answer_samples(rows, seed: int = 0, k: int = SAMPLE_SIZE) -> dict[str, list[dict]]:
    """A fixed-seed random sample of answers counted correct and of answers counted wrong (first
    sample of keyword-verifiable items), so a reader sees what was paid and what was not."""
    import random

    picked: dict[str, list[dict]] = {"correct": [], "wrong": []}
    for row in sorted(rows, key=lambda r: str(r.get("id"))):
        scores = row.get("scores") or ()
        if not scores or scores[0].get("correct") is None:
            continue
        s = scores[0]
        question = (row.get("ground_truth") or {}).get("question", "")
        picked["correct" if s["correct"] else "wrong"].append(
            {"id": row.get("id"), "question": question, "answer": s.get("final_answer", ""),
             "why": s.get("why") or [], "language": (row.get("facets") or {}).get("language")})
    rng = random.Random(seed)
    return {kind: sorted(rng.sample(xs, min(k, len(xs))), key=lambda x: str(x["id"])) for kind, xs in picked.items()}


def _cell(text: str, limit: int = 160) -> str:
    text = " ".join(str(text).split()).replace("|", "\\|")
    return text if len(text) <= limit else text[:limit - 3] + "..."


def sample_lines(samples: dict[str, list[dict]], seed: int) -> list[str]:
    lines: list[str] = []
    for kind, title in (("correct", "counted correct"), ("wrong", "counted wrong")):
        xs = samples.get(kind) or []
        lines += ["", f"## A random sample of answers {title} (seed {seed})", ""]
        if not xs:
            lines.append("(none)")
            continue
        lines += ["| item | question | answer | why not paid |", "|---|---|---|---|"] if kind == "wrong" else \
            ["| item | question | answer |", "|---|---|---|"]
        for x in xs:
            row = f"| {_cell(x['id'], 40)} | {_cell(x['question'], 80)} | {_cell(x['answer'])} |"
            if kind == "wrong":
                row += f" {_cell('; '.join(x['why']) or 'keyword not found', 120)} |"
            lines.append(row)
    return lines


def write_report(out: Path, metrics: dict, config: dict, rows=None) -> Path:
    o = metrics["overall"]
    chart = None
    if o["n"]:
        chart = bar_chart(out / "metrics.png", {"run": o}, headline_names(o),
                          f"{Path(str(config.get('model'))).name}: {o['n']} items").name
    p = out / "report.md"
    text = render_report(metrics, config, chart)
    if rows is not None:
        seed = int((metrics.get("bootstrap") or {}).get("seed") or 0)
        text += "\n".join(sample_lines(answer_samples(rows, seed), seed)) + "\n"
    p.write_text(text, encoding="utf-8")
    return p
