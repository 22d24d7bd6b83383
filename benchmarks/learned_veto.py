"""Session 33 experiment: does a learned model of a keyword occurrence's LOCAL context generalise
to unseen red-team suites better than one more hand-written rule? (docs/reward.md, "Session 33:
a learned veto")

    PYTHONPATH=src python benchmarks/learned_veto.py extract /tmp/veto_cache.jsonl      # ~2 min: scores every case
    PYTHONPATH=src python benchmarks/learned_veto.py loso /tmp/veto_cache.jsonl [paid|every] [L2]
    PYTHONPATH=src python benchmarks/learned_veto.py train /tmp/veto_cache.jsonl W.json [paid|every] [L2]
    (VETO_FEATURES=window: only the features that touch the keyword itself)

``extract`` scores every shipped case (data/redteam/*.json) once, reference and response, with the
reward's own judgement, and keeps for each keyword item the reward PAYS the features of its
occurrence's local context (the keyword's clause and its neighbours, keyword and character names
replaced by placeholders). ``loso`` trains a hashed-feature logistic regression on all suites but
one (attacks = bad, references and correct variants = good; "every": trained on every keyword
occurrence found, paid or not) and applies the veto "accuracy 0 when P(bad) > t" to the held-out
suite, for a few thresholds; it also writes the per-case P(bad) next to the cache (*.loso.jsonl)
for reading what was vetoed. ``train`` writes all-suite weights (used for the blind suite's totals
through a temporary, uncommitted hook at the end of vrar._score_answer: when ``acc > 0`` and the
largest P(bad) over ``paid_occurrences(d)`` passes t, ``d.accuracy = 0``). Deterministic: no randomness at all
(full-batch gradient descent from zero weights).
"""

from __future__ import annotations

import json
import os
import sys
import zlib
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DIM = 1 << 16
KEY, NAME = "\u2295", "\u2297"  # placeholders: the keyword, the character's name
# Attacks whose hole is no accuracy matter (thinking, repetition, language, wrappers, disguised
# out-of-character speech): the model of a keyword's context has nothing to learn from them.
NOT_ACCURACY = {"filler_think", "filler_thinking", "repeat", "repetition", "wrong_lang", "wrong_language",
                "wrapper", "wrappers", "wrapper_echo", "disguised_ooc", "ooc_disguise", "ai_disg", "pad",
                "padding", "md", "json", "code"}
ACC_W = 0.5  # VRAR's accuracy weight (the weights sum to 1, so overall = sum of the weighted parts)
HOLE_MARGIN = 0.05


def suite_group(path: Path) -> str:
    stem = path.stem
    return "first" if "_" not in stem else stem.rsplit("_", 1)[0]


# ---------------------------------------------------------------- features

def _ngrams(seq, lo: int, hi: int):
    for n in range(lo, hi + 1):
        for i in range(len(seq) - n + 1):
            yield seq[i:i + n]


def context_features(ans, pos: int, length: int, names: tuple[str, ...], lang: str, qtype: str) -> list[str]:
    """Feature strings of one keyword occurrence: its clause and the clauses either side, with the
    keyword and the character's names replaced by placeholders; no length or punctuation counts."""
    text = ans.match
    ci = ans.clause_index(pos)
    cl = ans.clauses

    def clean(s: str) -> str:
        for n in names:
            if n and len(n) >= 2:
                s = s.replace(n, NAME)
        return s

    own = clean(text[cl[ci].start:pos]) + KEY + clean(text[pos + length:cl[ci].end])
    prev = clean(text[cl[ci - 1].start:cl[ci - 1].end]) if ci > 0 else ""
    nxt = clean(text[cl[ci + 1].start:cl[ci + 1].end]) if ci + 1 < len(cl) else ""
    f = [f"lang={lang}", f"qt={qtype}", f"lq={lang}|{qtype}"]
    if not prev:
        f.append("first_clause")
    if not nxt:
        f.append("last_clause")
    if lang == "en":
        w = own.split()
        k = next((i for i, t in enumerate(w) if KEY in t), 0)
        f += [f"L1={' '.join(w[max(0, k - 1):k])}", f"L2={' '.join(w[max(0, k - 2):k])}",
              f"R1={' '.join(w[k + 1:k + 2])}", f"R2={' '.join(w[k + 1:k + 3])}"]
        f += ["w=" + " ".join(g) for g in _ngrams(w, 1, 2)]
        f += ["c=" + g for g in _ngrams(f" {own} ", 3, 4)]
        for tag, s in (("p", prev), ("n", nxt)):
            f += [f"{tag}w=" + " ".join(g) for g in _ngrams(s.split(), 1, 2)]
    else:
        left, right = own.split(KEY, 1)
        f += [f"L{n}={left[-n:]}" for n in (1, 2, 3) if len(left) >= n] + ([] if left else ["L=^"])
        f += [f"R{n}={right[:n]}" for n in (1, 2, 3) if len(right) >= n] + ([] if right else ["R=$"])
        f += ["c=" + g for g in _ngrams(f"^{own}$", 1, 4)]
        for tag, s in (("p", prev), ("n", nxt)):
            f += [f"{tag}c=" + g for g in _ngrams(s, 1, 3)]
    return f


def hashed(feats: list[str]) -> list[int]:
    return sorted({zlib.crc32(s.encode("utf-8")) % DIM for s in feats})


def paid_occurrences(d, every: bool = False) -> list[list[str]]:
    """The features of every keyword item the reward pays in one scored response (ScoreDetail);
    ``every``: of every item found, paid or not (a wider training set: variant B)."""
    from raiden_r1.canon import match_form

    j = d.judgement
    if j is None or not d.truth.items or (not every and (j.gate or d.accuracy <= 0)):
        return []
    prep, ans = d.truth, j.answer
    lang = prep.language
    names = tuple(sorted({match_form(n) if n.isascii() else n for n in prep.names} | set(prep.names),
                         key=len, reverse=True))
    qtype = f"{prep.truth.validation_method}|{prep.truth.focus}"
    out = []
    for i, v in enumerate(j.items):
        if v.position < 0 or v.alternative is None or not (v.matched or every):
            continue
        length = next((len(a.norm) for a in prep.items[i] if a.raw == v.alternative), len(v.alternative or ""))
        out.append(context_features(ans, v.position, length, names, lang, qtype))
    return out


# ---------------------------------------------------------------- extract

def extract(out_path: str) -> None:
    from raiden_r1.data.ground_truth import record_ground_truth
    from raiden_r1.data.schema import Record
    from raiden_r1.reward.audit import _wrap, load_suite
    from raiden_r1.reward.vrar import evaluate

    with open(out_path, "w", encoding="utf-8") as out:
        for path in sorted((ROOT / "data" / "redteam").glob("*.json")):
            data = load_suite(path)
            truths, thinks = {}, {}
            for r in data["records"]:
                rec = Record.model_validate({k: v for k, v in r.items() if k not in ("id", "think")})
                truths[r["id"]] = record_ground_truth(rec)
                thinks[r["id"]] = str(r.get("think") or "")
            refs: dict[tuple[str, str], tuple] = {}
            for c in data["cases"]:
                truth, think = truths[c["record"]], thinks[c["record"]]
                rkey = (c["record"], str(c.get("reference", "")))
                if rkey not in refs:
                    ref = evaluate(_wrap(think, rkey[1]), truth)
                    refs[rkey] = (ref.overall, ref.accuracy, paid_occurrences(ref), paid_occurrences(ref, True))
                resp = evaluate(_wrap(str(c.get("response_think", c.get("think", think))), str(c.get("response", ""))),
                                truth)
                ro, ra, rf, rfa = refs[rkey]
                out.write(json.dumps({
                    "group": suite_group(path), "file": path.name, "id": c.get("id"), "kind": c["kind"],
                    "family": c.get("family", "?"), "lang": truth.language or path.stem[-2:], "ref": rkey[1],
                    "ref_overall": ro, "ref_acc": ra, "ref_feats": rf, "ref_all": rfa,
                    "overall": resp.overall, "acc": resp.accuracy, "feats": paid_occurrences(resp),
                    "all": paid_occurrences(resp, True),
                    "text": str(c.get("response", ""))}, ensure_ascii=False) + "\n")
            print(path.name, file=sys.stderr)


# ---------------------------------------------------------------- model

def _window(f: str) -> bool:
    """The features that touch the keyword itself (n-grams across it, the words either side)."""
    return KEY in f or f[0] in "LR" or f.startswith(("lang=", "qt=", "lq="))


def load_rows(path: str, window: bool = False) -> list[dict]:
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]

    def h(f: list[str]) -> list[int]:
        return hashed([x for x in f if _window(x)] if window else f)

    for r in rows:
        r["ref_h"] = [h(f) for f in r["ref_feats"]]
        r["h"] = [h(f) for f in r["feats"]]
        r["ref_ah"] = [h(f) for f in r.get("ref_all", r["ref_feats"])]
        r["ah"] = [h(f) for f in r.get("all", r["feats"])]
    return rows


def examples(rows: list[dict], every: bool = False) -> tuple[list[list[int]], np.ndarray]:
    """Training examples, each distinct (features, label) once: every occurrence the reward pays
    in a reference or a correct variant (good, 0) and in an accuracy attack (bad, 1); ``every``:
    every occurrence found, paid or not."""
    seen: dict[tuple, int] = {}
    rk, k = ("ref_ah", "ah") if every else ("ref_h", "h")
    for r in rows:
        for h in r[rk]:
            seen[(tuple(h), 0)] = 1
        if r["kind"] == "correct":
            for h in r[k]:
                seen[(tuple(h), 0)] = 1
        elif r["family"] not in NOT_ACCURACY:
            for h in r[k]:
                seen[(tuple(h), 1)] = 1
    keys = sorted(seen)
    return [list(k[0]) for k in keys], np.array([k[1] for k in keys], dtype=np.float64)


def train(X: list[list[int]], y: np.ndarray, l2: float = 1e-3, steps: int = 300, lr: float = 0.05) -> tuple[np.ndarray, float]:
    """Class-balanced L2 logistic regression by full-batch Adam from zero: deterministic."""
    indices = np.fromiter((i for x in X for i in x), dtype=np.int64)
    row_of = np.repeat(np.arange(len(X)), [len(x) for x in X])
    n, pos = len(y), max(1.0, y.sum())
    sw = np.where(y > 0, n / (2 * pos), n / (2 * max(1.0, n - pos))) / n
    w, b = np.zeros(DIM), 0.0
    m, v, mb, vb = np.zeros(DIM), np.zeros(DIM), 0.0, 0.0
    for t in range(1, steps + 1):
        z = b + np.bincount(row_of, weights=w[indices], minlength=n)
        g = (1 / (1 + np.exp(-z)) - y) * sw
        gw = np.bincount(indices, weights=g[row_of], minlength=DIM) + l2 * w
        gb = g.sum()
        m = 0.9 * m + 0.1 * gw
        v = 0.999 * v + 0.001 * gw * gw
        mb, vb = 0.9 * mb + 0.1 * gb, 0.999 * vb + 0.001 * gb * gb
        w -= lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
        b -= lr * (mb / (1 - 0.9 ** t)) / (np.sqrt(vb / (1 - 0.999 ** t)) + 1e-8)
    return w, b


def p_bad(hs: list[list[int]], w: np.ndarray, b: float) -> float:
    """The largest P(bad) over a response's paid occurrences (0 when none)."""
    if not hs:
        return 0.0
    return max(1 / (1 + np.exp(-(b + w[h].sum()))) for h in hs)


THRESHOLDS = (0.5, 0.7, 0.8, 0.9)


def score(rows: list[dict], w: np.ndarray, b: float) -> None:
    for r in rows:
        r["p"] = p_bad(r["h"], w, b)
        r["p_ref"] = p_bad(r["ref_h"], w, b)


def tally(rows: list[dict], t: float) -> tuple[int, int, int, int, int]:
    """(holes, attacks, FN, correct, references vetoed) with the veto at threshold t."""
    holes = fn = 0
    refs = set()
    for r in rows:
        acc = 0.0 if r["p"] > t else r["acc"]
        overall = r["overall"] - ACC_W * (r["acc"] - acc)
        if r["kind"] == "attack":
            holes += overall >= r["ref_overall"] - HOLE_MARGIN
        else:
            fn += acc < r["ref_acc"] - 1e-9
        if r["p_ref"] > t:
            refs.add((r["file"], r["ref"]))
    a = sum(r["kind"] == "attack" for r in rows)
    return holes, a, fn, len(rows) - a, len(refs)


def loso(path: str, every: bool = False, l2: float = 1e-3) -> None:
    rows = load_rows(path, os.environ.get("VETO_FEATURES") == "window")
    groups = sorted({r["group"] for r in rows})
    by = defaultdict(list)
    for r in rows:
        by[r["group"]].append(r)
    for g in groups:
        X, y = examples([r for r in rows if r["group"] != g], every)
        w, b = train(X, y, l2)
        score(by[g], w, b)
    cols = [1.01] + list(THRESHOLDS)
    print("held-out      " + "  ".join(f"{'none' if t > 1 else f't={t}':>22}" for t in cols))
    tot = [[0] * 5 for _ in cols]
    for g in groups:
        cells = []
        for k, t in enumerate(cols):
            h, a, f, c, rv = tally(by[g], t)
            tot[k] = [x + y for x, y in zip(tot[k], (h, a, f, c, rv))]
            cells.append(f"H{h:>3} F{f:>3} R{rv:>2}")
        print(f"{g:<13} " + "  ".join(f"{c:>22}" for c in cells))
    print("total         " + "  ".join(
        f"{f'H{h/a*100:.1f}% F{f/c*100:.1f}% R{rv}':>22}" for h, a, f, c, rv in tot))
    print("(H holes, F false negatives, R distinct references the veto would refuse; "
          f"{tot[0][1]} attacks, {tot[0][3]} correct variants)")
    for k, t in enumerate(cols[1:], 1):
        print(f"t={t}: holes {tot[0][0]} -> {tot[k][0]} ({tot[k][0]-tot[0][0]:+d}), FN {tot[0][2]} -> {tot[k][2]} "
              f"({tot[k][2]-tot[0][2]:+d}, {100*(tot[k][2]-tot[0][2])/tot[0][3]:+.2f} points), refs vetoed {tot[k][4]}")
    bad = np.array([r["p"] for r in rows if r["kind"] == "attack" and r["feats"] and r["family"] not in NOT_ACCURACY])
    good = np.array([r["p"] for r in rows if r["kind"] == "correct" and r["feats"]])
    auc = ((bad[:, None] > good[None, :]).mean() + 0.5 * (bad[:, None] == good[None, :]).mean()) if len(bad) and len(good) else 0.0
    print(f"LOSO AUC, paid accuracy attacks ({len(bad)}) vs paid correct variants ({len(good)}): {auc:.3f}")
    dump = Path(path).with_suffix(".loso.jsonl")
    with open(dump, "w", encoding="utf-8") as out:
        for r in rows:
            out.write(json.dumps({k: r[k] for k in ("group", "id", "kind", "family", "lang", "acc", "overall",
                                                    "ref_overall", "p", "p_ref", "text", "ref", "feats")},
                                 ensure_ascii=False) + "\n")


def train_all(path: str, out: str, every: bool = False, l2: float = 1e-3) -> None:
    """Weights from every shipped suite, as JSON {"dim", "bias", "weights": {bucket: weight}}."""
    X, y = examples(load_rows(path), every)
    w, b = train(X, y, l2)
    nz = {str(i): round(float(w[i]), 4) for i in np.flatnonzero(np.abs(w) >= 5e-5)}
    Path(out).write_text(json.dumps({"dim": DIM, "bias": round(b, 4), "weights": nz}, sort_keys=True), encoding="utf-8")
    print(f"{len(y)} examples ({int(y.sum())} bad), {len(nz)} weights -> {out}")


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "extract" and len(sys.argv) == 3:
        extract(sys.argv[2])
    elif cmd == "loso" and len(sys.argv) in (3, 4, 5):
        # loso CACHE [paid|every] [L2]
        loso(sys.argv[2], len(sys.argv) > 3 and sys.argv[3] == "every", float(sys.argv[4]) if len(sys.argv) > 4 else 1e-3)
    elif cmd == "train" and len(sys.argv) in (4, 5, 6):
        # train CACHE OUT.json [paid|every] [L2]
        train_all(sys.argv[2], sys.argv[3], len(sys.argv) > 4 and sys.argv[4] == "every",
                  float(sys.argv[5]) if len(sys.argv) > 5 else 1e-3)
    else:
        sys.exit(__doc__)
