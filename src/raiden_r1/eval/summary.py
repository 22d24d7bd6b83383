"""From saved item lines to the run's metrics: headline rates with bootstrap intervals, the same
broken down per facet, pass@k with samples, and judge statistics."""

from __future__ import annotations

from typing import Sequence

from .metrics import agreement_rate, cohen_kappa, estimate, group_by, mean, pass_at_k

SBK, CM = "script_knowledge", "conversation_memory"
FACETS = ("focus", "language", "difficulty", "validation_method")
# metric name -> the per-sample score it averages
RATES = {"in_character_rate": "in_character", "language_match_rate": "language_ok",
         "well_formed_think_rate": "well_formed", "repetition_rate": "repetition", "mean_reward": "reward"}
HEADLINE = ("sbk_accuracy", "cm_accuracy", "accuracy", *RATES)


def item_value(row: dict, key: str) -> float | None:
    """Mean over the item's samples of one score (None when no sample has it)."""
    vals = [float(s[key]) for s in row.get("scores") or () if s.get(key) is not None]
    return mean(vals)


def item_correct(row: dict) -> bool | None:
    """Binary correctness of an item for paired tests: its first sample (the greedy answer when
    decoding is greedy)."""
    scores = row.get("scores") or ()
    if not scores or scores[0].get("correct") is None:
        return None
    return bool(scores[0]["correct"])


def _est(rows: Sequence[dict], key: str, boot: dict) -> dict:
    vals = [v for v in (item_value(r, key) for r in rows) if v is not None]
    return estimate(vals, **boot).to_dict()


def block(rows: Sequence[dict], boot: dict, samples: int) -> dict:
    """Every headline metric over ``rows`` (and pass@k when there are several samples)."""
    out = {
        "n": len(rows),
        "accuracy": _est(rows, "accuracy", boot),
        "sbk_accuracy": _est([r for r in rows if r["facets"]["focus"] == SBK], "accuracy", boot),
        "cm_accuracy": _est([r for r in rows if r["facets"]["focus"] == CM], "accuracy", boot),
    }
    for name, key in RATES.items():
        out[name] = _est(rows, key, boot)
    if samples > 1:
        out["pass@1"] = _est(rows, "correct", boot)
        passk = []
        for r in rows:
            flags = [s["correct"] for s in r.get("scores") or () if s.get("correct") is not None]
            if len(flags) >= samples:
                passk.append(pass_at_k(len(flags), sum(flags), samples))
        out[f"pass@{samples}"] = estimate(passk, **boot).to_dict()
    return out


def judge_stats(rows: Sequence[dict], judges: Sequence[str], boot: dict) -> dict:
    """Per-judge accuracy, and pairwise agreement on the grades of every judged sample."""
    out: dict = {"judges": list(judges), "per_judge": {}, "agreement": []}
    for j in judges:
        per_item = []
        for r in rows:
            vals = [js[j]["score"] for js in r.get("judgments") or () if js and j in js]
            if vals:
                per_item.append((r["facets"]["focus"], sum(vals) / len(vals)))
        out["per_judge"][j] = {
            "accuracy": estimate([v for _, v in per_item], **boot).to_dict(),
            "sbk_accuracy": estimate([v for f, v in per_item if f == SBK], **boot).to_dict(),
            "cm_accuracy": estimate([v for f, v in per_item if f == CM], **boot).to_dict(),
        }
    for a_i, a in enumerate(judges):
        for b in judges[a_i + 1:]:
            ga, gb = [], []
            for r in rows:
                for js in r.get("judgments") or ():
                    if js and a in js and b in js:
                        ga.append(js[a]["grade"])
                        gb.append(js[b]["grade"])
            out["agreement"].append({"judges": [a, b], "n": len(ga), "exact_agreement": agreement_rate(ga, gb),
                                     "cohen_kappa": cohen_kappa(ga, gb)})
    return out


def summarize(rows_by_id: dict[str, dict], item_ids: Sequence[str], *, samples: int = 1,
              judges: Sequence[str] = (), boot: dict | None = None) -> dict:
    """Metrics over the current items' latest lines; failed and missing items are counted, never
    scored as wrong."""
    boot = boot or {"n_boot": 1000, "confidence": 0.95, "seed": 0}
    rows = [rows_by_id[i] for i in item_ids if i in rows_by_id]
    ok = [r for r in rows if r.get("status") == "ok"]
    errors = [r for r in rows if r.get("status") != "ok"]
    metrics = {
        "counts": {"items": len(item_ids), "scored": len(ok), "errors": len(errors),
                   "missing": len(item_ids) - len(rows)},
        "samples": samples,
        "bootstrap": boot,
        "overall": block(ok, boot, samples),
        "breakdown": {facet: {k: block(g, boot, samples) for k, g in
                              group_by(ok, lambda r, f=facet: r["facets"].get(f)).items()}
                      for facet in FACETS},
    }
    if judges:
        metrics["judge"] = judge_stats(ok, list(judges), boot)
    if errors:
        metrics["error_examples"] = [{"id": r["id"], "stage": r.get("stage"), "error": r.get("error")}
                                     for r in errors[:5]]
    return metrics
