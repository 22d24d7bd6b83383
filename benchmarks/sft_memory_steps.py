"""What grows across SFT steps: per step, the process's RSS, glibc's heap accounting (mallinfo2:
bytes in use, bytes freed but kept in the arenas, bytes in mmapped chunks) and the tensors Python
can still reach (count and bytes, by gc), in one ``raiden-r1 sft`` run with the quickstart's
settings (benchmarks/peak_memory.py's quickstart_settings).

    python benchmarks/sft_memory_steps.py [--steps 10] [--threads 2] [--work DIR] [--set key=value ...]
                                          [--pick 1,12,34]

``--pick``: run only those steps of the quickstart's batch order (1-based; the largest batches are the
ones of several characters, whose common prefix is short), each with its own peak (VmHWM reset before
the step), the most heap in use seen during it, and its micro-batches' shapes.

RSS climbing while "in use" and the live tensors stay flat is the allocator keeping freed memory
(fragmentation across arenas); live tensors climbing is memory the code keeps alive.
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))


class _MallInfo2(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks",
                                                 "fsmblks", "uordblks", "fordblks", "keepcost")]


def heap_gb() -> dict:
    """glibc's view: in use, free but kept, mmapped (GB); {} off glibc."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallinfo2.restype = _MallInfo2
        m = libc.mallinfo2()
    except (OSError, AttributeError):
        return {}
    return {"in_use": round((m.uordblks + m.hblkhd) / 1e9, 3), "free_kept": round(m.fordblks / 1e9, 3),
            "mmapped": round(m.hblkhd / 1e9, 3)}


def peak_gb() -> float:
    import resource

    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e9, 3)


def live_tensors() -> tuple[int, float]:
    import torch

    seen, n, total = set(), 0, 0
    for o in gc.get_objects():
        try:
            if not isinstance(o, torch.Tensor):
                continue
            storage = o.untyped_storage()
            key = storage.data_ptr()
        except Exception:  # noqa: BLE001 (meta/sparse tensors)
            continue
        n += 1
        if key not in seen:
            seen.add(key)
            total += storage.nbytes()
    return n, total / 1e9


def shapes(trainer, batch) -> str:
    """The batch's segments (prefix run once, then micro-batches as rows x columns), as
    SFTTrainer.step plans them."""
    from raiden_r1.train.sft_batches import plan, rest_width, shared_length

    a = trainer.cfg.actor
    out = []
    for seg in plan([trainer.examples[i] for i in batch], a.micro_batch_size_per_device_for_update,
                    a.micro_batch_max_tokens):
        p = shared_length([e for part in seg for e in part])
        out.append(f"prefix {p}: " + " ".join(f"{len(c)}x{rest_width(c, p)}" for c in seg))
    return "; ".join(out)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=10)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--model", default="smollm2-135m")
    ap.add_argument("--work", default="/tmp/sft_memory_steps")
    ap.add_argument("--set", action="append", default=[], help="an SFT config override, key=value")
    ap.add_argument("--trim", action="store_true", help="malloc_trim(0) after each step")
    ap.add_argument("--arena-max", type=int, default=0, help="glibc M_ARENA_MAX (0: glibc's default)")
    ap.add_argument("--pick", default="", help="comma-separated steps of the batch order to run (1-based)")
    ap.add_argument("--mmap-mb", type=int, default=0, help="glibc M_MMAP_THRESHOLD in MB (0: tune_allocator's)")
    args = ap.parse_args()
    from raiden_r1.cpu import tune_allocator

    tune_allocator()
    libc = ctypes.CDLL("libc.so.6")
    if args.arena_max:
        libc.mallopt(-8, args.arena_max)  # M_ARENA_MAX
    if args.mmap_mb:
        libc.mallopt(-3, args.mmap_mb << 20)  # M_MMAP_THRESHOLD: larger blocks are mmapped, unmapped when freed
    import torch

    from peak_memory import quickstart_settings, rss_bytes
    from raiden_r1.quickstart_sft import write_cot
    from raiden_r1.train.config import load_config
    from raiden_r1.train.sft import SFTTrainer

    work = Path(args.work)
    opts, base, cfg, sft_ov, _ = quickstart_settings(args.model, args.threads, work, {"sft": args.set})
    write_cot(opts.data_dir / "train.json", work / "sft_data" / "train_cot.json", opts.seed)
    sft_ov = [o for o in sft_ov if not o.startswith("trainer.max_steps=")] + [f"trainer.max_steps={args.steps}"]
    torch.set_num_threads(args.threads)
    trainer = SFTTrainer(load_config(opts.sft_config, sft_ov, grpo=False), overwrite=True)
    row = {"step": 0, "rss_gb": round(rss_bytes() / 1e9, 3), **heap_gb()}
    print(json.dumps(row), flush=True)
    order = [trainer.sampler.next() for _ in range(max(pick))] if (pick := [int(x) for x in args.pick.split(",") if x]) else []
    from grpo_memory_steps import heap_sampler, reset_hwm, vm_hwm_gb

    for k in range(len(pick) if pick else args.steps):
        batch = order[pick[k] - 1] if pick else None
        t = time.perf_counter()
        libc.malloc_trim(0)
        reset_hwm()
        sampler = heap_sampler()
        m = trainer.step(batch)
        sampler.stop()
        shape = {"batch": pick[k], "parts": shapes(trainer, batch)} if pick else {}
        shape.update({"step_peak_gb": vm_hwm_gb(), "step_heap_gb": round(max(sampler.in_use.values(), default=0), 3)})
        trim_s = time.perf_counter()
        if args.trim:
            libc.malloc_trim(0)
        trim_s = time.perf_counter() - trim_s
        n, live = live_tensors()
        print(json.dumps({"step": trainer.step_count, "rss_gb": round(rss_bytes() / 1e9, 3), "peak_gb": peak_gb(),
                          **shape, **heap_gb(),
                          "tensors": n, "tensor_gb": round(live, 3), "loss": round(m["loss"], 3), "trim_s": round(trim_s, 3),
                          "s": round(time.perf_counter() - t, 1)}), flush=True)


if __name__ == "__main__":
    main()
