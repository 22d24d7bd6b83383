"""Tune the quickstart: many short quickstart runs side by side, held-out gains per setting.

    python benchmarks/quickstart_sweep.py --grid benchmarks/sweep_grid.json --parallel 8 --out runs/sweep

The quickstart must improve held-out SBK accuracy within the step count a 2-core CPU reaches in 15
minutes, and one run's gain is noisy (53 test items; the same config gave +5.9 and +15.6). So a
setting is judged by the mean gain over several seeds at a fixed number of steps, which a GPU runs
in about a minute per job, several jobs at once. Each job is one ``run_quickstart`` (base eval,
GRPO, trained eval) in its own process and folder.

The grid file: ``{"steps": 41, "seeds": [0, 1, 2], "configs": {"name": {"overrides": [...],
"steps": 53}}}`` (a config's own ``steps`` overrides the common one). Prints one line per finished
job and a table per config (mean and spread of the SBK / CM / all-items gain); writes
``<out>/results.json`` after every job, so a run cut short keeps what it finished.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path


def run_job(spec: dict) -> None:
    """Worker: one quickstart with the job's overrides; the summary lands in its folder."""
    from raiden_r1.quickstart import QuickstartOptions, run_quickstart

    out = Path(spec["out"])
    seed = spec["seed"]
    ov = list(spec["overrides"]) + [f"worker.rollout.seed={seed}", f"data.seed={seed}", "trainer.progress=false",
                                    "trainer.sample_every=0"]
    opts = QuickstartOptions(out=out, easyr1_dir=out / "easyr1", model=spec["model"], max_steps=spec["steps"],
                             minutes=15.0, overrides=ov, threads=spec.get("threads"))
    run_quickstart(opts, log=lambda s: None)


def _gain(summary: dict, key: str) -> tuple[float, float]:
    b, a = summary["before"]["overall"][key], summary["after"]["overall"][key]
    return 100 * b["mean"], 100 * a["mean"]


def collect(job: dict) -> dict | None:
    p = Path(job["out"]) / "summary.json"
    if not p.is_file():
        return None
    s = json.loads(p.read_text())
    row = {"config": job["config"], "seed": job["seed"], "steps": len(s["history"])}
    for key, short in (("sbk_accuracy", "sbk"), ("cm_accuracy", "cm"), ("accuracy", "all")):
        try:
            before, after = _gain(s, key)
        except (KeyError, TypeError):
            continue
        row[f"{short}_before"], row[f"{short}_after"], row[f"{short}_gain"] = before, after, after - before
    hist = s["history"]
    row["reward_first4"] = statistics.fmean(h["reward/overall"] for h in hist[:4]) if hist else None
    row["reward_last4"] = statistics.fmean(h["reward/overall"] for h in hist[-4:]) if hist else None
    row["train_s"] = next((st["seconds"] for st in s["stages"] if st["name"] == "GRPO training"), None)
    return row


def table(rows: list[dict]) -> str:
    lines = [f"{'config':<16}{'runs':>5}{'steps':>6}{'SBK gain mean':>15}{'min':>7}{'max':>7}"
             f"{'CM gain':>9}{'all gain':>10}{'SBK after':>11}"]
    for name in dict.fromkeys(r["config"] for r in rows):
        rs = [r for r in rows if r["config"] == name and "sbk_gain" in r]
        if not rs:
            continue
        g = [r["sbk_gain"] for r in rs]
        lines.append(f"{name:<16}{len(rs):>5}{rs[0]['steps']:>6}{statistics.fmean(g):>15.1f}{min(g):>7.1f}"
                     f"{max(g):>7.1f}{statistics.fmean(r.get('cm_gain', 0) for r in rs):>9.1f}"
                     f"{statistics.fmean(r.get('all_gain', 0) for r in rs):>10.1f}"
                     f"{statistics.fmean(r['sbk_after'] for r in rs):>11.1f}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--grid", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=Path("runs/sweep"))
    ap.add_argument("--model", default=None, help="model directory (default: the embedded SmolLM2-135M)")
    ap.add_argument("--parallel", type=int, default=1, help="jobs at once")
    ap.add_argument("--threads", type=int, default=None, help="CPU threads per job")
    ap.add_argument("--deadline", type=float, default=0,
                    help="seconds: start no job that would end after it (median job time), kill jobs at it")
    ap.add_argument("--job", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.job:
        run_job(json.loads(args.job))
        return

    grid = json.loads(args.grid.read_text())
    if args.model is None:
        from raiden_r1.train.default_model import resolve_model_path

        args.model = str(resolve_model_path(None))
    jobs = [{"config": name, "seed": seed, "overrides": c.get("overrides", []),
             "steps": c.get("steps", grid["steps"]), "model": args.model, "threads": args.threads,
             "out": str(args.out / f"{name}_s{seed}")}
            for seed in grid["seeds"] for name, c in grid["configs"].items()]  # seeds outermost: early stop keeps breadth
    args.out.mkdir(parents=True, exist_ok=True)
    t0, pending, running, rows = time.monotonic(), list(jobs), [], []
    env = {**os.environ, "TOKENIZERS_PARALLELISM": "false"}
    durations: list[float] = []
    while pending or running:
        elapsed = time.monotonic() - t0
        late = args.deadline and elapsed > args.deadline
        # start no job that would not finish before the deadline, going by the jobs done so far
        no_room = args.deadline and durations and elapsed + statistics.median(durations) > args.deadline
        while pending and len(running) < args.parallel and not (late or no_room):
            job = pending.pop(0)
            log = open(Path(job["out"] + ".log"), "w")
            proc = subprocess.Popen([sys.executable, __file__, "--grid", str(args.grid), "--job", json.dumps(job)],
                                    stdout=log, stderr=subprocess.STDOUT, env=env)
            running.append((proc, job, time.monotonic()))
        if late or (no_room and not running):
            pending.clear()
        for proc, job, started in list(running):
            if proc.poll() is None:
                if late:
                    proc.kill()
                continue
            running.remove((proc, job, started))
            durations.append(time.monotonic() - started)
            row = collect(job)
            if row is None:
                print(f"FAILED {job['config']} seed {job['seed']} (exit {proc.returncode}); see {job['out']}.log",
                      flush=True)
                continue
            rows.append(row)
            print(f"{time.monotonic() - t0:6.0f}s {row['config']:<16} seed {row['seed']}  steps {row['steps']:>3}  "
                  f"SBK {row['sbk_before']:.1f}->{row['sbk_after']:.1f} ({row['sbk_gain']:+.1f})  "
                  f"CM {row.get('cm_gain', 0):+.1f}  all {row.get('all_gain', 0):+.1f}  "
                  f"job {time.monotonic() - started:.0f}s", flush=True)
            (args.out / "results.json").write_text(json.dumps(rows, indent=1))
        time.sleep(0.5)
    print()
    print(table(rows))


if __name__ == "__main__":
    main()
