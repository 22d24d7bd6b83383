"""Peak resident memory of each quickstart stage, each run in its own process with the
quickstart's own settings (configs/local_quickstart*.yaml, float32 where the CPU lacks bf16):

- ``sft``: one SFT optimizer step (model, AdamW states, one batch in its micro-batches);
- ``grpo``: one GRPO step (rollout generation of rollout_batch_size x n samples, rewards, updates);
- ``eval``: the greedy prefix-shared evaluation of the first ``--eval-items`` items of the
  quickstart's evaluation subset (one batch of one character at the default batch size);
- ``chain``: eval, sft and grpo one after another in one process, as the quickstart runs its stages
  (what one stage leaves behind counts in the next one's peak).

    python benchmarks/peak_memory.py [--stages sft,grpo,eval,chain] [--model smollm2-135m] [--threads 1]
                                     [--eval-items 24] [--work DIR] [--set stage:key=value ...]

Each stage runs in a child process; its peak is the child's ``ru_maxrss`` (``os.wait4``), so one
stage's memory never counts in another's. The child also samples its RSS every 50 ms and says when
each phase of the stage (loading, forward, backward, optimizer step, saving...) peaked. The quickstart's
own peak is at least the largest of these; ``chain`` is the closest to it short of a whole run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

STAGES = ("sft", "grpo", "eval")
CHAIN = ("eval", "sft", "grpo")  # the order of the quickstart's first stages
PAGE = os.sysconf("SC_PAGE_SIZE")


def rss_bytes() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * PAGE


class Sampler:
    """RSS every ``every`` seconds in a thread: the peak of each phase (a label the stage sets)."""

    def __init__(self, every: float = 0.05):
        self.every, self.prefix, self.phase, self.peaks = every, "", "start", {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            rss, phase = rss_bytes(), self.phase
            self.peaks[phase] = max(self.peaks.get(phase, 0), rss)

    def set(self, phase: str) -> None:
        self.phase = self.prefix + phase

    def stop(self) -> dict:
        self._stop.set()
        self._thread.join()
        return {"phases_gb": {k: round(v / 1e9, 2) for k, v in self.peaks.items()}}


def label(sampler: Sampler, obj, name: str, phase: str, after: str | None = None) -> None:
    """Set the sampler's phase to ``phase`` while ``obj.name`` runs (to ``after`` once it returns);
    once per function (a chain of stages labels each function once)."""
    fn = getattr(obj, name)
    if getattr(fn, "_labelled", False):
        return

    def wrapped(*a, **kw):
        sampler.set(phase)
        try:
            return fn(*a, **kw)
        finally:
            if after is not None:
                sampler.set(after)

    wrapped._labelled = True
    setattr(obj, name, wrapped)


def quickstart_settings(model: str, threads: int, work: Path, extra: dict[str, list[str]]):
    """The GRPO config, the SFT overrides and the evaluation kwargs exactly as the quickstart
    builds them (quickstart.run_quickstart), with one step each."""
    from raiden_r1.cpu import bf16_is_fast
    from raiden_r1.quickstart import QuickstartOptions, training_overrides
    from raiden_r1.quickstart_sft import sft_overrides
    from raiden_r1.train.config import load_config
    from raiden_r1.train.default_model import resolve_model_path

    base = str(resolve_model_path(model))
    opts = QuickstartOptions(out=work, threads=threads, max_steps=1, overrides=list(extra.get("grpo", [])),
                             sft_overrides=list(extra.get("sft", [])))
    eval_dtype = "bfloat16"
    cfg = load_config(opts.config, training_overrides(opts, base))
    if cfg.actor.fsdp.mp_param_dtype == "bf16" and not bf16_is_fast():
        opts.overrides = ["worker.actor.fsdp.mp_param_dtype=fp32", *opts.overrides]
        cfg = load_config(opts.config, training_overrides(opts, base))
        eval_dtype = "float32"
    sft_ov = sft_overrides(cfg, base, work / "sft_data" / "train_cot.json", work / "sft", opts.sft_minutes, threads,
                           1, opts.sft_overrides, load_config(opts.sft_config, grpo=False).data.language)
    return opts, base, cfg, sft_ov, eval_dtype


def run_stage(stage: str, args) -> dict:
    """One stage in this process (``chain``: eval, SFT, GRPO one after another, as the quickstart
    runs them in one process); returns what it did (the parent measures its memory)."""
    import torch

    work = Path(args.work)
    extra: dict[str, list[str]] = {}
    for s in args.set or []:
        name, kv = s.split(":", 1)
        extra.setdefault(name, []).append(kv)
    settings = quickstart_settings(args.model, args.threads, work, extra)
    torch.set_num_threads(args.threads)
    sampler = Sampler()
    t0 = time.perf_counter()
    done: dict = {}
    for part in (CHAIN if stage == "chain" else [stage]):
        if part not in STAGES:
            raise SystemExit(f"unknown stage {part!r}")
        sampler.prefix = f"{part}: " if stage == "chain" else ""
        done.update(globals()[f"_{part}"](settings, work, sampler, args))
    done["seconds"] = round(time.perf_counter() - t0, 1)
    done.update(sampler.stop())
    return done


def _sft(settings, work: Path, sampler: Sampler, args) -> dict:
    from raiden_r1.quickstart_sft import run_sft, write_cot
    from raiden_r1.train import sft

    opts, base, cfg, sft_ov, eval_dtype = settings
    write_cot(opts.data_dir / "train.json", work / "sft_data" / "train_cot.json", opts.seed)
    sampler.set("load model")
    label(sampler, sft, "target_nll", "micro-batch forward", "micro-batch backward, optimizer step")
    label(sampler, sft.SFTTrainer, "save", "checkpoint")
    label(sampler, sft.SFTTrainer, "export", "export model")
    _, history, _ = run_sft(opts.sft_config, sft_ov)
    return {"sft_steps": len(history)}


def _grpo(settings, work: Path, sampler: Sampler, args) -> dict:
    from raiden_r1.quickstart import training_overrides
    from raiden_r1.train.config import load_config
    from raiden_r1.train.trainer import Trainer

    opts, base, cfg, sft_ov, eval_dtype = settings
    sampler.set("load model")
    trainer = Trainer(load_config(opts.config, training_overrides(opts, base)))
    _phases(trainer, sampler)
    m = trainer.step()
    return {k: round(m[k], 1) for k in ("rollout_time", "update_time", "step_time")}


def _eval(settings, work: Path, sampler: Sampler, args) -> dict:
    from raiden_r1.data.records_io import load_records, write_rows
    from raiden_r1.train import prefix_greedy
    from raiden_r1.quickstart_stages import eval_subset, evaluate

    opts, base, cfg, sft_ov, eval_dtype = settings
    test, _ = eval_subset(opts.data_dir / "test.json", work / "eval_data" / "test.json", opts.max_eval_items,
                          opts.seed)
    records = load_records(test)
    first = [r for r in records if r.character_name == records[0].character_name][:args.eval_items]
    part = work / "eval_data" / "part.json"
    write_rows(part, first, inputs=[test])
    sampler.set("load model, judge")
    label(sampler, prefix_greedy.shared, "forward_prompts", "shared prefix forward", "decode")
    label(sampler, prefix_greedy, "start_batch", "prompt rests forward", "decode")
    metrics = evaluate(base, part, work / "eval", layout=cfg.data.prompt_layout,
                       max_new_tokens=cfg.data.max_response_length, limit=None, batch_size=opts.eval_batch_size,
                       seed=opts.seed, overwrite=True, threads=args.threads, dtype=eval_dtype)
    return {"eval_items": metrics["counts"]["scored"]}


def _phases(trainer, sampler: Sampler) -> None:
    """Label the GRPO step's phases for the sampler."""
    import raiden_r1.train.rollout as rollout

    label(sampler, rollout, "generate", "rollout generation", "rewards")
    label(sampler, trainer, "_frozen_log_probs", "old log-probs (no grad)", "update")
    label(sampler, trainer, "_micro_loss", "update micro-batch forward", "update micro-batch backward")
    label(sampler, trainer.optim, "step", "optimizer step", "update")


def child(stage: str, args) -> tuple[float, float, dict]:
    """Run one stage in a child process; (its peak RSS in GB, its CPU seconds, what it reported)."""
    cmd = [sys.executable, __file__, "--child", stage, "--model", args.model, "--threads", str(args.threads),
           "--eval-items", str(args.eval_items), "--work", str(Path(args.work) / stage)]
    for s in args.set or []:
        cmd += ["--set", s]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"stage {stage} failed (exit {proc.returncode})")
    report = json.loads(out.strip().splitlines()[-1])
    return usage.ru_maxrss * 1024 / 1e9, usage.ru_utime + usage.ru_stime, report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--stages", default=",".join(STAGES), help="comma-separated: sft, grpo, eval, chain (eval, "
                    "SFT and GRPO in one process, as the quickstart runs them)")
    ap.add_argument("--model", default="smollm2-135m")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--eval-items", type=int, default=24, help="items of the first evaluated character")
    ap.add_argument("--work", default=None, help="scratch folder (default: a temporary one)")
    ap.add_argument("--set", action="append", help="stage:key=value, e.g. grpo:worker.actor.optim.lr=1e-5")
    ap.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        from raiden_r1.cpu import tune_allocator

        tune_allocator()  # as the quickstart's command does, before torch is imported
        print(json.dumps(run_stage(args.child, args)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        args.work = args.work or tmp
        print(f"{'stage':<6} {'peak RSS':>9}  {'seconds':>7}  {'CPU s':>7}  peak phase")
        for stage in args.stages.split(","):
            peak, cpu, rep = child(stage, args)
            phases = rep.pop("phases_gb")
            top = max(phases, key=phases.get)
            detail = {k: v for k, v in rep.items() if k != "seconds"}
            print(f"{stage:<6} {peak:>7.2f} GB  {rep['seconds']:>7.1f}  {cpu:>7.1f}  {top}  {json.dumps(detail)}",
                  flush=True)
            print("       peak RSS per phase (GB, sampled every 50 ms): "
                  + ", ".join(f"{k} {v:.2f}" for k, v in phases.items()), flush=True)


if __name__ == "__main__":
    main()
