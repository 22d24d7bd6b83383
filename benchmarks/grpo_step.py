"""One GRPO step: our engine against TRL's GRPOTrainer, side by side, same workload, one run.

    pip install -e '.[train,bench]'        # TRL is a benchmark-only extra
    python benchmarks/grpo_step.py [--steps 4] [--warmup 1] [--rounds 2] [--skip-trl] [--stock-allocator]

Workload (issue 4 item 6): SmolLM2-135M-Instruct in bf16, 4 prompts x 4 completions x 48 new
tokens (EOS held back until the 48th in both engines, so both do exactly the same work),
temperature 1, no KL (TRL's default beta=0 keeps no reference model; ours has kl_coef=0), one
policy update per rollout batch, the same role-play prompts (system layout), the same VRAR
reward (plus a tiny length tie-breaker so that every group has a non-zero advantage and both
engines do the full update every step). Each side runs in its own subprocess (so ru_maxrss is
its own peak RSS); the parent measures the machine's bf16 matmul peak and weight-read bandwidth
in the same run and prints both median step times, the ratio, tokens/s, peak RSS and our step
time against the physical floor:

    floor = step FLOPs / bf16 matmul peak  +  decode steps x model bytes / weight-read bandwidth

TRL's configuration: the model is loaded in bf16 and passed in (``bf16=False``: no autocast),
TRL's fastest CPU setting as measured (docs/tuning.md, "Figures behind the code"); no gradient
checkpointing, no reference model, one iteration.

Both workers run with the allocator settings our commands use (raiden_r1.cpu.tune_allocator:
freed memory kept for reuse, huge pages for torch), which make TRL ~18% faster too; the ratio
therefore compares the engines, not the allocators. ``--stock-allocator`` runs both with glibc's
defaults instead.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _grpo_bench import WORKLOAD, measure_bandwidth, measure_bf16_peak, step_flops  # noqa: E402


def _finish(out: Path, step_times: list[float], tokens: list[int], extra: dict) -> None:
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    out.write_text(json.dumps({"step_times": step_times, "completion_tokens": tokens,
                               "peak_rss_mb": rss_mb, **extra}))


def worker_ours(args, out: Path) -> None:
    from _grpo_bench import run_ours

    times, tokens, extra = run_ours(args)
    _finish(out, times, tokens, extra)


def worker_trl(args, out: Path) -> None:
    from _grpo_bench import run_trl

    times, tokens, extra = run_trl(args)
    _finish(out, times, tokens, extra)


def _spawn(which: str, args) -> dict:
    with tempfile.TemporaryDirectory() as d:
        out = Path(d) / "result.json"
        cmd = [sys.executable, __file__, "--worker", which, "--out", str(out), "--steps", str(args.steps),
               "--warmup", str(args.warmup), "--model", args.model, "--seed", str(args.seed)]
        cmd += ["--stock-allocator"] if args.stock_allocator else []
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, env={**os.environ, "TOKENIZERS_PARALLELISM": "false"})
        if proc.returncode != 0 or not out.is_file():
            raise SystemExit(f"{which} worker failed (exit {proc.returncode})")
        res = json.loads(out.read_text())
        res["wall_s"] = time.perf_counter() - t0
        return res


def _merge(results: list[dict], warmup: int) -> dict:
    """The timed (post-warm-up) steps of several rounds as one result; the largest peak RSS."""
    merged = dict(results[0])
    merged["step_times"] = [t for r in results for t in r["step_times"][warmup:]]
    merged["completion_tokens"] = [c for r in results for c in r["completion_tokens"][warmup:]]
    merged["peak_rss_mb"] = max(r["peak_rss_mb"] for r in results)
    if "phases" in results[0]:
        merged["phases"] = {k: statistics.median(r["phases"][k] for r in results) for k in results[0]["phases"]}
    return merged


def _summary(name: str, res: dict, warmup: int) -> dict:
    times, toks = res["step_times"][warmup:], res["completion_tokens"][warmup:]
    return {"name": name, "median_s": statistics.median(times), "min_s": min(times), "max_s": max(times),
            "tokens_per_s": sum(toks) / sum(times), "mean_completion_tokens": sum(toks) / len(toks) / WORKLOAD.n_seqs,
            "peak_rss_mb": res["peak_rss_mb"], "res": res}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--steps", type=int, default=4, help="timed steps after warm-up (median reported)")
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--rounds", type=int, default=2, help="alternating rounds of both engines (each: warm-up + steps)")
    ap.add_argument("--model", default="default", help="model directory (default: embedded SmolLM2-135M)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--skip-trl", action="store_true", help="time only our engine (and the floor)")
    ap.add_argument("--stock-allocator", action="store_true",
                    help="run both engines with glibc's default allocator settings (default: both tuned)")
    ap.add_argument("--worker", choices=["ours", "trl"], help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.worker:
        if not args.stock_allocator:
            # the same process environment for both engines (before either imports torch), so the
            # ratio measures the engines: our CLI tunes the allocator itself (raiden_r1.cpu)
            from raiden_r1.cpu import tune_allocator

            tune_allocator()
        (worker_ours if args.worker == "ours" else worker_trl)(args, args.out)
        return

    from raiden_r1.train.default_model import resolve_model_path

    args.model = str(resolve_model_path(args.model))  # convert once, outside the timed workers
    print(f"workload: {WORKLOAD.prompts} prompts x {WORKLOAD.n} completions x {WORKLOAD.max_new_tokens} new tokens, "
          f"{args.warmup} warm-up + {args.steps} timed steps, model {args.model}", flush=True)
    print("allocator: " + ("glibc defaults" if args.stock_allocator else
                           "tuned for both engines (raiden_r1.cpu.tune_allocator: mmap/trim thresholds, huge pages)"))
    peak = measure_bf16_peak()
    bw = measure_bandwidth()
    print(f"machine: bf16 2048x2048 matmul peak {peak / 1e12:.2f} TFLOP/s, weight-read bandwidth {bw / 1e9:.1f} GB/s",
          flush=True)

    # Rounds alternate the engines (ours, TRL, ours, TRL, ...): on a shared machine whose speed
    # drifts over minutes, a drift then hits both sides instead of only the one running then.
    runs: dict[str, list[dict]] = {"ours": [], "trl": []}
    round_ratios: list[float] = []
    for r in range(args.rounds):
        for which in ("ours",) + (() if args.skip_trl else ("trl",)):
            runs[which].append(_spawn(which, args))
        if not args.skip_trl and args.rounds > 1:
            o, t = (statistics.median(x["step_times"][args.warmup:]) for x in (runs["ours"][-1], runs["trl"][-1]))
            round_ratios.append(t / o)
            print(f"round {r + 1}: ours {o:.2f} s/step, TRL {t:.2f} s/step, ratio {t / o:.2f}x", flush=True)
    ours = _summary("ours", _merge(runs["ours"], args.warmup), 0)
    rows = [ours]
    if not args.skip_trl:
        rows.append(_summary("TRL GRPOTrainer", _merge(runs["trl"], args.warmup), 0))

    print()
    print(f"{'engine':<18}{'median s/step':>14}{'min':>8}{'max':>8}{'tokens/s':>10}{'resp tok':>10}{'peak RSS MB':>13}")
    for r in rows:
        print(f"{r['name']:<18}{r['median_s']:>14.2f}{r['min_s']:>8.2f}{r['max_s']:>8.2f}{r['tokens_per_s']:>10.1f}"
              f"{r['mean_completion_tokens']:>10.1f}{r['peak_rss_mb']:>13.0f}")
    if len(rows) == 2:
        ratio = rows[1]["median_s"] / ours["median_s"]
        print(f"\nspeed-up ours vs TRL (median step time ratio): {ratio:.2f}x  (target >= 3x)")
        if round_ratios:  # each round's two engines ran back to back: the paired comparison
            print(f"per round: {', '.join(f'{x:.2f}x' for x in round_ratios)}; "
                  f"median {statistics.median(round_ratios):.2f}x, lowest {min(round_ratios):.2f}x")

    info = ours["res"]["floor_inputs"]
    flops = step_flops(info["config"], info["prompt_tokens"], info["response_tokens_timed_mean"],
                       decode_steps=info["decode_steps_timed_mean"], n=WORKLOAD.n)
    decode_bytes = info["decode_steps_timed_mean"] * info["model_bytes"]
    floor_s = flops["total"] / peak + decode_bytes / bw
    print(f"\nfloor of our step: {flops['total'] / 1e12:.2f} TFLOP "
          f"(rollout {flops['rollout'] / 1e12:.2f}, train fwd+bwd {flops['train'] / 1e12:.2f}) at {peak / 1e12:.2f} "
          f"TFLOP/s = {flops['total'] / peak:.2f} s, + {info['decode_steps_timed_mean']:.0f} decode steps x "
          f"{info['model_bytes'] / 1e6:.0f} MB at {bw / 1e9:.1f} GB/s = {decode_bytes / bw:.2f} s  ->  {floor_s:.2f} s")
    print(f"ours / floor: {ours['median_s'] / floor_s:.2f}x  (target <= 3x)")
    if ours["median_s"] < floor_s:
        print("  (below 1: the formula counts the work of a plain implementation, each prompt once per sample and "
              "in both rollout and update; ours runs it once per group and once per step)")
    phases = ours["res"].get("phases")
    if phases:
        print("our step by phase (median s): " + ", ".join(f"{k} {v:.2f}" for k, v in phases.items()))


if __name__ == "__main__":
    main()
