"""Scoring one generation with the reward's own judgement, so an evaluation measures exactly what
training optimises (raiden_r1.reward.judge): an item counts when the character asserts it, in its
own voice, without a competing value; out-of-character answers, wrappers, dumps and hedges earn
nothing, and an answer in another language than the question's is wrong, and so is one the reward's
repetition rule penalises (a sentence said again, a word run, padding: the reward divides its accuracy
by 1 + repeats; session 34's base row counted "I am X, a humble xenobotanist and a humble
xenobotanist. I am a humble xenobotanist. ..." correct). STV: 0/1; MTDP: the share of keyword items
earned, divided as the reward divides it. The length factor stays the reward's shaping, not correctness."""

from __future__ import annotations

EPS = 1e-9


def score_generation(item, response: str) -> dict:
    """Per-sample scores. ``accuracy``/``correct`` are None for free-text references (RAIDEN),
    which only a judge can score (filled in by the runner). ``why`` names the rules that withheld
    credit, for the report's samples."""
    from raiden_r1.reward.vrar import evaluate

    d = evaluate(response, item.ground_truth)
    flags = d.flags()
    out = {
        "final_answer": d.parsed.final_answer,
        "well_formed": bool(d.parsed.well_formed),
        "in_character": bool(flags["in_character"]),
        "language_ok": bool(flags["language_ok"]),
        # the reward's repetition rule on the answer (a clause said again, a word run, padding)
        "repetition": bool(flags["repetition"]),
        "reward": float(d.overall),
        "accuracy": None,
        "correct": None,
        "why": [],
    }
    if item.keyword_verifiable:
        j = d.judgement
        acc = 0.0 if j is None or j.gate or not d.language_ok else j.share * d.repetition_factor
        out["accuracy"] = float(acc)
        out["correct"] = acc >= 1.0 - EPS
        why = list(j.reasons) if j is not None else ["no final answer"]
        if d.parsed.final_answer and not d.language_ok:
            why.append(f"language: {d.language_note}")
        if d.repeats:
            why.append(f"repetition: {d.repeats} repeat(s) in the answer, accuracy / {1 + d.repeats}")
        out["why"] = why
    return out


def apply_judgment(scores: dict, score: float) -> dict:
    """A judged score becomes the sample's accuracy; only the top grade counts as correct."""
    return {**scores, "accuracy": float(score), "correct": score >= 1.0 - EPS}
