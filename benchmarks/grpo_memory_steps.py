"""What grows across GRPO steps: per step of one ``Trainer`` with the quickstart's settings
(configs/local_quickstart.yaml as the quickstart builds it: benchmarks/peak_memory.py's
quickstart_settings), the step's own peak RSS (VmHWM, reset before each step through
/proc/self/clear_refs) and the phase it was reached in, the RSS after the step and after the
trim the training loop does (cpu.release_free_memory), glibc's heap accounting (mallinfo2), the
tensors gc reaches, and the step's shapes (prompt columns, longest response).

    python benchmarks/grpo_memory_steps.py [--steps 5] [--threads 1] [--same-prompts] [--no-trim]
                                           [--set key=value ...]

``--same-prompts``: every step samples the first step's prompts again (new samples, same prompt
shapes): a peak that still climbs is memory kept across steps, not a longer batch. ``--longest``:
every step on the longest prompts the trainer kept (with data.max_prompt_length 1280 and CJK
weighted, four ~1,250-token ones: the worst batch a run can draw).
Environment variables (ONEDNN_PRIMITIVE_CACHE_CAPACITY, MALLOC_ARENA_MAX, ...) apply as usual.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))


def vm_hwm_gb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) * 1024 / 1e9, 3)
    return 0.0


def reset_hwm() -> None:
    """Start VmHWM again from the current RSS (Linux >= 4.0), so each step's own peak shows."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def heap_sampler(every: float = 0.1):
    """peak_memory's Sampler that also records, per phase, the most heap in use (glibc's mallinfo2:
    bytes of live allocations) it saw: a phase whose RSS peak is far above it holds memory freed
    inside the step that the allocator kept (fragmentation), not tensors."""
    from peak_memory import Sampler, rss_bytes
    from sft_memory_steps import heap_gb

    class HeapSampler(Sampler):
        def __init__(self):
            self.in_use: dict[str, float] = {}
            super().__init__(every)

        def _run(self) -> None:
            while not self._stop.wait(self.every):
                rss, phase, used = rss_bytes(), self.phase, heap_gb().get("in_use", 0.0)
                self.peaks[phase] = max(self.peaks.get(phase, 0), rss)
                self.in_use[phase] = max(self.in_use.get(phase, 0.0), used)

    return HeapSampler()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=5)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--model", default="smollm2-135m")
    ap.add_argument("--work", default="/tmp/grpo_memory_steps")
    ap.add_argument("--set", action="append", default=[], help="a GRPO config override, key=value")
    ap.add_argument("--same-prompts", action="store_true", help="every step on the first step's prompts")
    ap.add_argument("--longest", action="store_true",
                    help="every step on the rollout_batch_size longest prompts the trainer kept (the worst case)")
    ap.add_argument("--no-trim", action="store_true", help="no malloc_trim after each step")
    ap.add_argument("--tensors", action="store_true", help="count the tensors gc reaches after each step (slow)")
    ap.add_argument("--mmap-mb", type=int, default=0, help="glibc M_MMAP_THRESHOLD in MB (0: tune_allocator's)")
    args = ap.parse_args()
    from raiden_r1.cpu import release_free_memory, tune_allocator

    tune_allocator()  # as the quickstart's child does, before torch is imported
    if args.mmap_mb:
        import ctypes

        ctypes.CDLL("libc.so.6").mallopt(-3, args.mmap_mb << 20)  # M_MMAP_THRESHOLD
    import torch

    from peak_memory import _phases, quickstart_settings, rss_bytes
    from sft_memory_steps import heap_gb, live_tensors
    from raiden_r1.quickstart import training_overrides
    from raiden_r1.train.config import load_config
    from raiden_r1.train.trainer import Trainer

    work = Path(args.work)
    opts, base, cfg, _, _ = quickstart_settings(args.model, args.threads, work, {"grpo": args.set})
    torch.set_num_threads(args.threads)
    sampler = heap_sampler()
    trainer = Trainer(load_config(opts.config, training_overrides(opts, base)), overwrite=True)
    _phases(trainer, sampler)
    print(json.dumps({"step": 0, "rss_gb": round(rss_bytes() / 1e9, 3), "peak_gb": vm_hwm_gb(), **heap_gb()}),
          flush=True)
    first = None
    if args.longest:
        by_length = sorted(range(len(trainer.prompts)), key=lambda i: -len(trainer.prompts[i].ids))
        first = by_length[:cfg.data.rollout_batch_size]
        args.same_prompts = True
    for _ in range(args.steps):
        idx = first if args.same_prompts and first is not None else \
            trainer.sampler.next(cfg.data.rollout_batch_size)
        first = first or idx
        sampler.peaks.clear()
        sampler.in_use.clear()
        reset_hwm()
        t = time.perf_counter()
        m = trainer.step(idx)
        row = {"step": trainer.step_count, "peak_gb": vm_hwm_gb(), "rss_gb": round(rss_bytes() / 1e9, 3)}
        phases, in_use = dict(sampler.peaks), dict(sampler.in_use)
        if not args.no_trim:
            release_free_memory(trainer.device)
        b = trainer.last_batch
        row.update({"trimmed_gb": round(rss_bytes() / 1e9, 3), **heap_gb(),
                    "peak_phase": max(phases, key=phases.get) if phases else "",
                    "phases_gb": {k: round(v / 1e9, 2) for k, v in phases.items()},
                    "phases_in_use_gb": {k: round(v, 2) for k, v in in_use.items()},
                    "prompt_cols": int(b.prompt_mask.sum(-1).max()), "resp_max": max(b.response_lengths),
                    "live_groups": round(len(idx) * (1 - m["zero_adv_groups"])), "s": round(time.perf_counter() - t, 1)})
        if args.tensors:
            n, gb = live_tensors()
            row.update({"tensors": n, "tensor_gb": round(gb, 3)})
        print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
