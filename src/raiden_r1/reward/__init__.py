"""VRAR, the Verifiable Role-Awareness Reward (pure Python; docs/reward.md)."""

from .parse import ParsedResponse, split_response
from .vrar import SCORE_KEYS, evaluate, item_matches, keyword_accuracy, score_batch, score_response

__all__ = ["ParsedResponse", "SCORE_KEYS", "evaluate", "item_matches", "keyword_accuracy", "score_batch",
           "score_response", "split_response"]
