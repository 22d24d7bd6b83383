"""Compare two `raiden-r1 reward audit --json` runs of the same suites: without and with the
session 33 frame view (RAIDEN_FRAME_VIEW=1, reward/frame_view.py).

usage: frame_view_compare.py BASE.jsonl VIEW.jsonl [--show N]

Prints holes and false negatives per family and language for both runs, how many paid holes the
view removes, how many paid correct answers and references it refuses, and (with --show N) the
first N refused correct answers and removed holes, for reading which frames are missing. Meant for
the shipped suites only: never give it a blind suite with --show.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict


def _load(path: str) -> dict[str, dict]:
    """Rows keyed by "line:id": case ids repeat across suites, and both runs list the cases in one order."""
    try:
        with open(path, encoding="utf-8") as f:
            return {f"{n}:{r['id']}": r for n, r in enumerate(json.loads(line) for line in f if line.strip())}
    except (OSError, ValueError, KeyError) as e:
        sys.exit(f"{path}: cannot read the audit results: {e}")


def _rate(rows: list[dict], kind: str) -> str:
    rs = [r for r in rows if r["kind"] == kind]
    f = sum(r["failed"] for r in rs)
    return f"{f}/{len(rs)} ({100 * f / max(1, len(rs)):.1f}%)"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("base")
    ap.add_argument("view")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--suites", nargs="*", default=[], help="the suite files, to print each shown case's question and reference")
    args = ap.parse_args(argv)
    base, view = _load(args.base), _load(args.view)
    ids = [i for i in base if i in view]
    b_rows, v_rows = [base[i] for i in ids], [view[i] for i in ids]
    print(f"{'':28} {'holes without':>18} {'holes with':>18} {'FN without':>18} {'FN with':>18}")
    print(f"{'all':28} {_rate(b_rows, 'attack'):>18} {_rate(v_rows, 'attack'):>18} "
          f"{_rate(b_rows, 'correct'):>18} {_rate(v_rows, 'correct'):>18}")
    if len(ids) != len(base):
        sys.exit("the two runs do not list the same cases in the same order")
    groups: dict[str, list[str]] = defaultdict(list)
    sizes: dict[str, int] = defaultdict(int)
    for i in ids:
        sizes[base[i]["family"]] += 1
    for i in ids:
        groups[f"lang {base[i]['language']}"].append(i)
        fam = base[i]["family"]
        groups[f"family {fam if sizes[fam] >= 40 else '(smaller families)'}"].append(i)
    for g in sorted(groups):
        bs, vs = [base[i] for i in groups[g]], [view[i] for i in groups[g]]
        print(f"{g[:28]:28} {_rate(bs, 'attack'):>18} {_rate(vs, 'attack'):>18} {_rate(bs, 'correct'):>18} {_rate(vs, 'correct'):>18}")
    closed = [i for i in ids if base[i]["kind"] == "attack" and base[i]["failed"] and not view[i]["failed"]]
    opened = [i for i in ids if base[i]["kind"] == "attack" and not base[i]["failed"] and view[i]["failed"]]
    refused = [i for i in ids if base[i]["kind"] == "correct" and not base[i]["failed"] and view[i]["failed"]]
    regained = [i for i in ids if base[i]["kind"] == "correct" and base[i]["failed"] and not view[i]["failed"]]
    refs = [i for i in ids if base[i]["reference_accuracy"] >= 1 - 1e-9 > view[i]["reference_accuracy"]]
    newly_unpaid = [i for i in ids if base[i]["kind"] == "attack" and base[i]["response_accuracy"] > 0
                    and view[i]["response_accuracy"] < base[i]["response_accuracy"]]
    print(f"holes removed {len(closed)}, holes opened {len(opened)} (a refused reference lets attacks tie), "
          f"correct answers refused {len(refused)}, FN regained {len(regained)} (the reference refused too), "
          f"references refused {len(refs)}, attacks paid less {len(newly_unpaid)}")
    cases, questions = {}, {}
    for p in args.suites:
        with open(p, encoding="utf-8") as f:
            data = json.load(f)
        qs = {r["id"]: r.get("question", "") for r in data["records"]}
        for c in data["cases"]:
            key = f"{len(cases)}:{c['id']}"
            cases[key], questions[key] = c, qs.get(c["record"], "")
    for title, sel in (("refused correct answers", refused), ("removed holes", closed), ("refused references", refs)):
        for i in sel[:args.show]:
            print(f"[{title}] {i} {base[i]['language']} {base[i]['family']}: {view[i]['text']!r}")
            if i in cases:
                print(f"    Q: {questions[i]!r}  ref: {cases[i].get('reference')!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
