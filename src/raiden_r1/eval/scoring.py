"""Scoring one generation: the VRAR reward's own matcher and flags, so an evaluation measures
exactly what training optimises (STV: the keyword is in the final answer, 0/1; MTDP: the share of
keyword items found; hedges and out-of-character answers earn nothing)."""

from __future__ import annotations

from raiden_r1.reward.parse import split_response

EPS = 1e-9


def score_generation(item, response: str) -> dict:
    """Per-sample scores. ``accuracy``/``correct`` are None for free-text references (RAIDEN),
    which only a judge can score (filled in by the runner)."""
    from raiden_r1.reward.vrar import keyword_accuracy, score_response

    parsed = split_response(response)
    reward = score_response(response, item.ground_truth)
    out = {
        "final_answer": parsed.final_answer,
        "well_formed": bool(parsed.well_formed),
        "in_character": bool(reward["in_character"] >= 0.5),
        "language_ok": bool(reward["language_ok"] >= 0.5),
        "reward": float(reward["overall"]),
        "accuracy": None,
        "correct": None,
    }
    if item.keyword_verifiable:
        acc = float(keyword_accuracy(parsed.final_answer, item.ground_truth))
        out["accuracy"] = acc
        out["correct"] = acc >= 1.0 - EPS
    return out


def apply_judgment(scores: dict, score: float) -> dict:
    """A judged score becomes the sample's accuracy; only the top grade counts as correct."""
    return {**scores, "accuracy": float(score), "correct": score >= 1.0 - EPS}
