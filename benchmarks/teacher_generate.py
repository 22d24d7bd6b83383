"""`data generate` throughput: records per minute against the scripted chat server of the tests.

Usage: python benchmarks/teacher_generate.py [--cards 16] [--delay 0.1] [--capacity 16]
                                             [--concurrency 1 8 32]

The server (tests/teacher/teacher_support.py) answers over real HTTP on 127.0.0.1 after
``--delay`` seconds per request (standing for decoding time), at most ``--capacity`` requests at
once, like an inference server's batch. Each run generates SBK (4 per card, one of them MTDP) and
CM (1 per card) records with two teachers and CoT into a fresh directory, so every request is paid
(no cache). Throughput should grow with --concurrency until the server's capacity is the limit.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "teacher"))

from teacher_support import Teacher, TeacherServer, run_generate, synthetic_world  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cards", type=int, default=16)
    ap.add_argument("--delay", type=float, default=0.1)
    ap.add_argument("--capacity", type=int, default=16)
    ap.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32])
    args = ap.parse_args()
    cards, sbk, cm = synthetic_world(args.cards)
    teachers = {"gen": Teacher(sbk=sbk, cm=cm, confirm=()), "t2": Teacher(sbk=sbk, cm=cm, confirm=())}
    server = TeacherServer(teachers, delay=args.delay, capacity=args.capacity)
    print(f"{args.cards} cards, {args.delay * 1000:.0f} ms per request, server capacity {args.capacity}")
    print(f"{'concurrency':>11} {'records':>8} {'requests':>9} {'seconds':>8} {'records/min':>12} {'requests/s':>11}")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            cards_file = Path(tmp) / "cards.json"
            cards_file.write_text(json.dumps(cards), encoding="utf-8")
            # untimed: the first run pays for imports and the reward's tables
            run_generate(cards_file, Path(tmp) / "warm", server, per_profile=1, cm_per_profile=0, concurrency=8)
            for i, c in enumerate(args.concurrency):
                t0 = time.perf_counter()
                result = run_generate(cards_file, Path(tmp) / f"out{i}", server, teachers="gen,t2", per_profile=4,
                                      cm_per_profile=1, with_cot=True, concurrency=c, timeout=60.0)
                seconds = time.perf_counter() - t0
                kept, requests = result.stats["kept"], result.stats["this_run"]["requests"]
                print(f"{c:>11} {kept:>8} {requests:>9} {seconds:>8.1f} {kept / seconds * 60:>12.0f} "
                      f"{requests / seconds:>11.1f}")
    finally:
        server.close()


if __name__ == "__main__":
    main()
