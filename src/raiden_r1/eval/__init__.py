"""Evaluation: SBK/CM accuracy with bootstrap intervals, three backends, RAIDEN input, reports,
comparisons. ``run_eval(EvalOptions(...))`` is what ``raiden-r1 eval`` runs."""

from .evaluate import EvalOptions, run_eval

__all__ = ["EvalOptions", "run_eval"]
