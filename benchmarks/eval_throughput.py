"""Evaluation throughput of the local backend: batched generation (left-padded, length-sorted,
batch 16) against one-at-a-time generation (what the unofficial public implementation does),
same model, same items, same greedy settings, measured side by side in one run.

    python benchmarks/eval_throughput.py [--model smollm2-135m] [--data test.json] [--n 32]
                                         [--batch-size 16] [--max-new-tokens 48] [--threads N] [--repeats R]

Without --data the items are simple English SBK questions about two invented characters, built
here so the benchmark needs no data files. Target: at least 4x items/s at batch 16 on 2 CPU cores.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from raiden_r1.data.schema import Record  # noqa: E402
from raiden_r1.eval.backends.base import GenerationConfig  # noqa: E402
from raiden_r1.eval.backends.local import LocalBackend  # noqa: E402
from raiden_r1.eval.items import items_from_records  # noqa: E402

TARGET = 4.0
CHARACTERS = [
    ("Mira", {"Name": "Mira", "Age": "17", "Job": "high-school student", "Hobby": "basketball and painting",
              "Home": "Seattle", "Pet": "a dog called Biscuit", "Best friend": "Jonas", "Favourite food": "ramen"}),
    ("Captain Reyes", {"Name": "Captain Reyes", "Age": "52", "Job": "ship captain", "Ship": "the Gull",
                       "Home port": "Lisbon", "Hobby": "chess", "Fear": "thunderstorms", "Daughter": "Ana"}),
]
QUESTIONS = [
    ("How old are you?", "Age"), ("What do you do for a living?", "Job"), ("What do you do for fun?", "Hobby"),
    ("Where do you live?", "Home"), ("Do you have a pet?", "Pet"), ("Who is your best friend?", "Best friend"),
    ("What is your favourite food?", "Favourite food"), ("What is your name?", "Name"),
    ("What is your ship called?", "Ship"), ("Which port do you sail from?", "Home port"),
    ("What are you afraid of?", "Fear"), ("What is your daughter's name?", "Daughter"),
]


def builtin_records(n: int) -> list[Record]:
    recs = []
    for name, profile in CHARACTERS:
        for q, field in QUESTIONS:
            if field in profile:
                value = profile[field]
                recs.append(Record.model_validate({
                    "character_name": name, "character_profile": profile, "question": q, "answer": value,
                    "keywords": [value.split(" and ")[0].removeprefix("a dog called ")], "question_type": "what",
                    "validation_method": "single_term_validation", "difficulty": "easy",
                    "metadata": {"language": "en", "focus": "script_knowledge", "source": "benchmark"}}))
    return (recs * (n // len(recs) + 1))[:n] if recs else []


def timed(backend: LocalBackend, items, cfg) -> tuple[float, float, dict[str, list[str]]]:
    """Wall seconds, CPU seconds of this process (all threads) and the generations. On a shared,
    oversubscribed machine the CPU time is the steadier measure of the work each mode needs."""
    t0, c0 = time.perf_counter(), time.process_time()
    out = {g.item_id: g.texts for g in backend.generate(items, cfg)}
    return time.perf_counter() - t0, time.process_time() - c0, out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default=None, help="model dir or alias (default: SmolLM2-135M-Instruct)")
    ap.add_argument("--data", type=Path, default=None, help="RAIDEN-R1 record file (default: built-in items)")
    ap.add_argument("--n", type=int, default=32, help="items")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--max-new-tokens", type=int, default=48)
    ap.add_argument("--dtype", default="bfloat16")
    ap.add_argument("--prompt-layout", default="system")
    ap.add_argument("--repeats", type=int, default=1, help="passes per mode; the median time is reported")
    ap.add_argument("--threads", type=int, default=None,
                    help="torch threads (default: torch's choice). On a shared, oversubscribed machine "
                         "1 thread avoids OpenMP spin-wait stalls that swamp both modes")
    args = ap.parse_args()

    import torch

    if args.threads:
        torch.set_num_threads(args.threads)

    from raiden_r1.train.default_model import resolve_model_path

    path = resolve_model_path(args.model)
    if args.data:
        from raiden_r1.data.records_io import load_records

        records = load_records(args.data)[:args.n]
    else:
        records = builtin_records(args.n)
    items = items_from_records(records, args.prompt_layout)
    # Distinct ids even when the built-in questions repeat: each is generated in both modes.
    for i, it in enumerate(items):
        it.id = f"{i}:{it.id}"
    cfg = GenerationConfig(max_new_tokens=args.max_new_tokens)
    batched = LocalBackend(path, batch_size=args.batch_size, dtype=args.dtype)
    batched.load()
    single = batched.with_batch_size(1)
    timed(batched, items[:2], GenerationConfig(max_new_tokens=4))  # warm-up (kernels, allocator)

    print(f"model {path} ({args.dtype}, {batched.device}), {len(items)} items, greedy, {args.max_new_tokens} "
          f"new tokens max, torch threads {torch.get_num_threads()}, cpus {os.cpu_count()}, "
          f"load average {os.getloadavg()[0]:.1f}")
    # Interleaved passes, so a burst of load on a shared machine hits both modes alike.
    wall_b, cpu_b, wall_s, cpu_s = [], [], [], []
    for _ in range(args.repeats):
        w, c, out_b = timed(batched, items, cfg)
        wall_b.append(w)
        cpu_b.append(c)
        w, c, out_s = timed(single, items, cfg)
        wall_s.append(w)
        cpu_s.append(c)
    med = statistics.median
    n = len(items)
    same = sum(out_b[k] == out_s[k] for k in out_b) / len(out_b)
    for label, wall, cpu in ((f"batched (batch {args.batch_size})", wall_b, cpu_b), ("one at a time", wall_s, cpu_s)):
        print(f"{label:<20} wall {med(wall):7.2f} s = {n / med(wall):6.2f} items/s | "
              f"cpu {med(cpu):7.2f} s = {n / med(cpu):6.2f} items/cpu-s  (median of {args.repeats})")
    ratio_wall = med(wall_s) / med(wall_b)
    ratio_cpu = med(cpu_s) / med(cpu_b)
    print(f"speed-up: {ratio_wall:.2f}x wall, {ratio_cpu:.2f}x cpu time (target >= {TARGET:.0f}x); identical "
          f"outputs: {same:.0%} (bf16 batched and unbatched kernels round differently)")
    return 0 if ratio_wall >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
