"""``raiden-r1 eval compare RUN_A RUN_B [...]``: runs side by side against the first (the baseline),
with deltas, McNemar's paired test on per-item correctness over the items both runs scored, a
chart, and the items whose correctness flipped."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from raiden_r1.errors import RaidenError
from raiden_r1.io_guard import check_output_dir, check_outputs, write_text

from .metrics import mcnemar
from .report import LABELS, bar_chart, headline_names
from .runner import CONFIG_FILE, ITEMS_FILE, METRICS_FILE
from .store import read_lines
from .summary import item_correct

COMPARE_OUTPUTS = ("flips.jsonl", "compare.json", "compare.md", "compare.png")


@dataclass
class Run:
    name: str
    path: Path
    config: dict
    metrics: dict
    rows: dict[str, dict]


def load_run(path: str | Path) -> Run:
    p = Path(path)
    for f in (CONFIG_FILE, METRICS_FILE, ITEMS_FILE):
        if not (p / f).is_file():
            raise RaidenError(f"{p}: not a finished eval run (no {f})")
    try:
        config = json.loads((p / CONFIG_FILE).read_text(encoding="utf-8"))
        metrics = json.loads((p / METRICS_FILE).read_text(encoding="utf-8"))
    except ValueError as e:
        raise RaidenError(f"{p}: unreadable run files: {e}") from None
    lines, _ = read_lines(p / ITEMS_FILE)
    rows = {r["id"]: r for r in lines}
    return Run(p.name, p, config, metrics, rows)


def unique_names(runs: list[Run]) -> None:
    seen: dict[str, int] = {}
    for r in runs:
        seen[r.name] = seen.get(r.name, 0) + 1
        if seen[r.name] > 1:
            r.name = f"{r.name}#{seen[r.name]}"


def paired(a: Run, b: Run) -> list[tuple[str, bool, bool]]:
    """(id, a correct, b correct) over items both runs scored, in a's order."""
    out = []
    for i, ra in a.rows.items():
        rb = b.rows.get(i)
        if rb is None or ra.get("status") != "ok" or rb.get("status") != "ok":
            continue
        ca, cb = item_correct(ra), item_correct(rb)
        if ca is not None and cb is not None:
            out.append((i, ca, cb))
    return out


def flip_row(i: str, a: Run, b: Run, a_ok: bool) -> dict:
    ra, rb = a.rows[i], b.rows[i]
    first = lambda r: ((r.get("scores") or [{}])[0]).get("final_answer")  # noqa: E731
    return {"id": i, "baseline": a.name, "run": b.name, "direction": "broken" if a_ok else "fixed",
            "question": (ra.get("meta") or {}).get("question"),
            "expected": (ra.get("meta") or {}).get("answer"),
            "keywords": (ra.get("ground_truth") or {}).get("keywords"),
            "baseline_answer": first(ra), "run_answer": first(rb)}


def compare_runs(paths: list[str | Path], out: str | Path) -> dict:
    if len(paths) < 2:
        raise RaidenError("compare needs at least two run directories")
    runs = [load_run(p) for p in paths]
    unique_names(runs)
    base = runs[0]
    # the outputs may sit in a run directory, but never on one of the run files read here
    inputs = [r.path / f for r in runs for f in (CONFIG_FILE, METRICS_FILE, ITEMS_FILE)]
    check_outputs([Path(out) / n for n in COMPARE_OUTPUTS], inputs)
    out = check_output_dir(out)
    names = headline_names(base.metrics["overall"])
    table = {k: {r.name: (r.metrics["overall"].get(k) or {}) for r in runs} for k in names}
    tests, flips = [], []
    for r in runs[1:]:
        pairs = paired(base, r)
        if not pairs:
            tests.append({"baseline": base.name, "run": r.name, "n": 0, "mcnemar": None})
            continue
        t = mcnemar([p[1] for p in pairs], [p[2] for p in pairs])
        tests.append({"baseline": base.name, "run": r.name, "n": len(pairs), "mcnemar": t.to_dict()})
        flips += [flip_row(i, base, r, ca) for i, ca, cb in pairs if ca != cb]
    write_text(out / "flips.jsonl", "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in flips), inputs)
    chart = bar_chart(out / "compare.png", {r.name: r.metrics["overall"] for r in runs}, names,
                      f"{len(runs)} runs vs {base.name}")
    result = {"runs": [{"name": r.name, "path": str(r.path), "model": r.config.get("model")} for r in runs],
              "table": table, "tests": tests, "flips": len(flips), "chart": str(chart)}
    write_text(out / "compare.json", json.dumps(result, ensure_ascii=False, indent=2) + "\n", inputs)
    write_text(out / "compare.md", render_compare(runs, table, tests, flips, chart.name), inputs)
    result["flip_rows"] = flips
    return result


def _pct(e: dict) -> str:
    return "n/a" if not e or e.get("mean") is None else f"{e['mean'] * 100:.1f}"


def _delta(e: dict, base: dict) -> str:
    if not e or not base or e.get("mean") is None or base.get("mean") is None:
        return ""
    return f" ({(e['mean'] - base['mean']) * 100:+.1f})"


def table_lines(names: list[str], table: dict) -> list[str]:
    """Metric rows, one column per run; later runs show their delta to the baseline in points."""
    base = names[0]
    head = "| metric | " + " | ".join(names) + " |"
    lines = [head, "|---" * (len(names) + 1) + "|"]
    for k, per_run in table.items():
        cells = [_pct(per_run[base])] + [_pct(per_run[n]) + _delta(per_run[n], per_run[base]) for n in names[1:]]
        lines.append(f"| {LABELS.get(k, k)} | " + " | ".join(cells) + " |")
    return lines


def test_line(t: dict) -> str:
    m = t["mcnemar"]
    if m is None:
        return f"{t['run']} vs {t['baseline']}: no items scored by both"
    return (f"{t['run']} vs {t['baseline']}: {t['n']} paired items, fixed {m['only_b']}, broken {m['only_a']}, "
            f"McNemar ({m['method']}) p = {m['p_value']:.4g}")


def render_compare(runs, table, tests, flips, chart_name) -> str:
    lines = [f"# Comparison against {runs[0].name}", "",
             "Values in percent (mean VRAR reward x100); deltas in points against the first run.", ""]
    lines += table_lines([r.name for r in runs], table)
    lines += ["", "## Paired test on per-item correctness (first sample)", ""]
    lines += [f"- {test_line(t)}" for t in tests]
    lines += ["", f"![comparison]({chart_name})", "", f"{len(flips)} flipped items in `flips.jsonl`."]
    return "\n".join(lines) + "\n"
