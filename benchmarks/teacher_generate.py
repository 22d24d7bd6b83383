"""`data generate` throughput: records per minute against the scripted chat server of the tests.

Usage: python benchmarks/teacher_generate.py [--cards 16] [--delay 0.1] [--capacity 16]
                                             [--concurrency 1 8 32]
       python benchmarks/teacher_generate.py --llama-server [--cards 1] [--concurrency 1 4]
                                             [--max-new-tokens 128]

The server (tests/teacher/teacher_support.py) answers over real HTTP on 127.0.0.1 after
``--delay`` seconds per request (standing for decoding time), at most ``--capacity`` requests at
once, like an inference server's batch. Each run generates SBK (4 per card, one of them MTDP) and
CM (1 per card) records with two teachers and CoT into a fresh directory, so every request is paid
(no cache). Throughput should grow with --concurrency until the server's capacity is the limit.

With ``--llama-server`` the same runs go to a REAL server instead: llama.cpp's Python server
(``pip install 'llama-cpp-python[server]'``) serving the quickstart's SmolLM2-135M GGUF on
127.0.0.1 (tests/teacher/llama_support.py), with the first ``--cards`` English cards of
data/profiles/characters.json, one teacher, CoT, 2 SBK + 1 CM per card and every reply capped at
``--max-new-tokens``. That server decodes one request at a time, so concurrency cannot help there.
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

HEADER = (f"{'concurrency':>11} {'records':>8} {'candidates':>10} {'requests':>9} {'tokens out':>10} "
          f"{'seconds':>8} {'records/min':>12} {'requests/min':>13}")


def row(concurrency: int, result, seconds: float) -> str:
    s = result.stats
    run = s["this_run"]
    return (f"{concurrency:>11} {s['kept']:>8} {s['candidates']:>10} {run['requests']:>9} {run['tokens_out']:>10} "
            f"{seconds:>8.1f} {s['kept'] / seconds * 60:>12.1f} {run['requests'] / seconds * 60:>13.1f}")


def llama_server_runs(args) -> None:
    """The same generation against a real llama.cpp server (SmolLM2-135M): a fresh directory per run, the same seed, so the same requests."""
    from llama_support import MODEL_ALIAS, LlamaServer, missing_reason

    from raiden_r1.teacher.generate import Settings
    from raiden_r1.teacher.run import GenerateOptions, generate

    reason = missing_reason()
    if reason:
        sys.exit(reason)
    english = [c for c in json.loads((ROOT / "data" / "profiles" / "characters.json").read_text(encoding="utf-8"))
               if c["name"].isascii()][:args.cards]
    with tempfile.TemporaryDirectory() as tmp, LlamaServer() as server:
        cards_file = Path(tmp) / "cards.json"
        cards_file.write_text(json.dumps(english, ensure_ascii=False), encoding="utf-8")
        print(f"llama.cpp server ({MODEL_ALIAS}, one slot), {len(english)} card(s), 2 SBK + 1 CM each, CoT, "
              f"--max-new-tokens {args.max_new_tokens}")
        print(HEADER)
        for i, c in enumerate(args.concurrency):
            t0 = time.perf_counter()
            result = generate(GenerateOptions(
                profiles=[cards_file], out=Path(tmp) / f"out{i}", api_base=server.base, model=MODEL_ALIAS,
                concurrency=c, timeout=600.0, max_new_tokens=args.max_new_tokens, progress=False,
                settings=Settings(per_profile=2, cm_per_profile=1, with_cot=True, seed=0)))
            print(row(c, result, time.perf_counter() - t0), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cards", type=int, default=16)
    ap.add_argument("--delay", type=float, default=0.1)
    ap.add_argument("--capacity", type=int, default=16)
    ap.add_argument("--concurrency", type=int, nargs="+", default=None)
    ap.add_argument("--llama-server", action="store_true", help="a real llama.cpp server instead of the scripted one")
    ap.add_argument("--max-new-tokens", type=int, default=128, help="--llama-server: cap on every reply")
    args = ap.parse_args()
    if args.llama_server:
        args.cards = args.cards if "--cards" in sys.argv else 1
        args.concurrency = args.concurrency or [1, 4]
        return llama_server_runs(args)
    args.concurrency = args.concurrency or [1, 8, 32]
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
