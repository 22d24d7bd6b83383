"""Dataset-builder throughput: profiles per second on copies of a profiles file.

Usage: python benchmarks/bench_builder.py [--copies 200] [--repeats 3] [--sample data/profiles/characters.json]
(any profiles file works, e.g. the RAIDEN sample cards at ../shared/data/raiden_npc_sample.json).
Prints the median wall time of build_dataset (no file writing) and records/profiles per second.
The builder must stay linear in the number of characters: compare --copies 100 with 400.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from raiden_r1.data.builder import build_dataset
from raiden_r1.data.profiles import load_profiles


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=200)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--sample", type=Path, default=Path(__file__).resolve().parents[1] / "data" / "profiles" / "characters.json")
    args = ap.parse_args()
    base = load_profiles(args.sample)
    profiles = [p.model_copy(update={"name": f"{p.name}#{i}"}) for i in range(args.copies) for p in base]
    times, n_records = [], 0
    for _ in range(args.repeats):
        t = time.perf_counter()
        result = build_dataset(profiles, seed=0)
        times.append(time.perf_counter() - t)
        n_records = sum(len(v) for v in result.splits.values())
    med = statistics.median(times)
    print(f"profiles={len(profiles)} records={n_records} median_s={med:.3f} "
          f"profiles_per_s={len(profiles) / med:.0f} records_per_s={n_records / med:.0f}")


if __name__ == "__main__":
    main()
