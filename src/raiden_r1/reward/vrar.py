"""VRAR, the Verifiable Role-Awareness Reward (shared/spec/vrar.md): the top-level score.

``overall = accuracy_weight * accuracy + format_weight * format + thinking_weight * thinking``
(divided by the weight sum when that exceeds 1, so ``overall`` stays in [0, 1]). Every value
returned is a plain float; flags are 0.0/1.0 so EasyR1 logs their batch means.

accuracy (final answer only, see parse.py): exact match of the gold answer 1.0; STV 1/0; MTDP 0,
  0.3-0.9 by share, 1.0 for all; no keywords: similarity in 0.3-0.6. Then: an item next to "or"
  (a competing candidate) is void, each negative keyword present cancels one found item; out of
  character (an AI disclaimer, or the character spoken of from outside: "Your pet: ...",
  "<name> is ...", see perspective.py), a pasted profile (3+ "label: value" pairs) or a keyword
  dump (more bare candidate terms than items + 2) -> 0; longer than max(4 x gold, floor) ->
  x budget / length; answer not in the question's language -> x 0.5.
format: 0.3 closed think block + 0.3 one block at the start then an answer + 0.4 an answer in
  character and in the question's language.
thinking (only with a closed block): 0.5 x length / target + 0.1 per reasoning indicator (max 3)
  + 0.2 x share of keyword items the thinking mentions.

``raiden-r1 reward explain`` prints all of this for one response. Pure Python, no torch: EasyR1
runs it in a one-CPU Ray actor.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

from raiden_r1.errors import RaidenError
from raiden_r1.text import language_from_counts

from . import components as C
from .fasttext import collapse, fold, length_units, script_counts_fast
from .gaming import candidate_segments, profile_labels, scan_answer
from .matching import ItemMatch, PreparedTruth, match_item, negatives_found, prepared_truth, reached_items
from .parse import ParsedResponse, split_response
from .perspective import perspective_break
from .similarity import content_units, f2_overlap, units_mentioned

FLAG_KEYS = ("in_character", "language_ok", "well_formed", "has_think", "hedged", "exact_match",
             "pasted_profile", "keyword_dump", "too_long", "unclosed_think", "repeated_tags", "empty_answer",
             "key_in_think_only")
SCORE_KEYS = ("overall", "accuracy", "format", "thinking", "keyword_share") + FLAG_KEYS
# Answers longer than this many characters are scored for similarity on their head only (they
# are already scaled down for length); keeps a 1 MB answer linear and fast.
SIMILARITY_MAX_CHARS = 8192


@dataclass(slots=True)
class ScoreDetail:
    """Every intermediate of one score, for ``score_response`` and ``raiden-r1 reward explain``."""

    parsed: ParsedResponse
    truth: PreparedTruth
    weights: tuple[float, float, float]
    norm_answer: str = ""
    answer_language: str = ""
    language_ok: bool = False
    ooc_phrase: str | None = None
    exact_match: bool = False
    items: list[ItemMatch] = field(default_factory=list)
    negatives: list[str] = field(default_factory=list)
    keyword_share: float = 0.0
    similarity: float | None = None
    base_accuracy: float = 0.0  # before the anti-gaming factors
    profile_labels: int = 0
    candidates: int = 0  # bare candidate terms enumerated
    answer_units: int = 0  # final answer length (words, or CJK characters)
    length_factor: float = 1.0
    list_factor: float = 1.0
    accuracy: float = 0.0
    format_parts: tuple[float, float, float] = (0.0, 0.0, 0.0)
    thinking_language: str = ""
    thinking_units: int = 0
    indicators: list[str] = field(default_factory=list)
    key_fact_share: float = 0.0
    thinking_parts: tuple[float, float, float] = (0.0, 0.0, 0.0)
    overall: float = 0.0

    @property
    def format(self) -> float:
        return sum(self.format_parts)

    @property
    def thinking(self) -> float:
        return sum(self.thinking_parts)

    def flags(self) -> dict[str, bool]:
        """The diagnostic flags, in FLAG_KEYS order."""
        p = self.parsed
        return {
            "in_character": self.ooc_phrase is None and bool(p.final_answer),
            "language_ok": self.language_ok,
            "well_formed": p.well_formed,
            "has_think": p.has_think,
            "hedged": bool(self.negatives) or any(m.hedge for m in self.items),
            "exact_match": self.exact_match,
            "pasted_profile": self.profile_labels >= C.PROFILE_LABELS_LIMIT,
            "keyword_dump": self.list_factor < 1.0,
            "too_long": self.length_factor < 1.0,
            "unclosed_think": p.unclosed,
            "repeated_tags": p.open_tags > 1 or p.close_tags > 1,
            "empty_answer": not p.final_answer,
            "key_in_think_only": (self.key_fact_share > 0 and bool(self.truth.items)
                                  and not any(m.alternative for m in self.items)),
        }

    def scores(self) -> dict[str, float]:
        """Plain floats in [0, 1]: the components, then the flags (FLAG_KEYS) as 0.0/1.0."""
        out = {"overall": _unit(self.overall), "accuracy": _unit(self.accuracy),
               "format": _unit(sum(self.format_parts)), "thinking": _unit(sum(self.thinking_parts)),
               "keyword_share": _unit(self.keyword_share)}
        out.update(zip(FLAG_KEYS, map(float, self.flags().values())))
        return out


def _unit(x: float) -> float:
    if 0.0 <= x <= 1.0:  # the common case; NaN fails both comparisons
        return float(x)
    return 0.0 if x != x or x < 0.0 else 1.0


def check_weights(accuracy_weight: Any, format_weight: Any, thinking_weight: Any) -> tuple[float, float, float]:
    out = []
    for name, w in (("accuracy_weight", accuracy_weight), ("format_weight", format_weight),
                    ("thinking_weight", thinking_weight)):
        try:
            v = float(w)
        except (TypeError, ValueError):
            raise RaidenError(f"reward_function_kwargs: {name}: expected a number, got {w!r}") from None
        if not math.isfinite(v) or v < 0:
            raise RaidenError(f"reward_function_kwargs: {name}: must be a finite number >= 0, got {w!r}")
        out.append(v)
    return out[0], out[1], out[2]


def _as_text(response: Any) -> str:
    if isinstance(response, str):
        return response
    if response is None:
        return ""
    if isinstance(response, (bytes, bytearray)):
        return bytes(response).decode("utf-8", "replace")
    return str(response)


def language_compatible(expected: str, detected: str, counts: tuple[int, int, int, int]) -> bool:
    """Whether an answer whose scripts were counted as ``counts`` and detected as ``detected`` is in
    the ``expected`` language, with two allowances for how CJK answers really look."""
    if detected == expected:
        return True
    latin, han, kana, hangul = counts
    # Short Japanese answers can be all kanji ("東京"): the detector reads Han-only text as Chinese.
    if expected == "ja" and detected == "zh":
        return kana == 0 and han <= 12
    # A CJK answer quoting a Latin name ("我住在 San Francisco Bay Area") reads as English to the
    # detector (one CJK character counts as three letters there); a Latin word of ~5 letters
    # carries about what one CJK character does, so count it that way here.
    if detected == "en" and expected in ("zh", "ja", "ko"):
        own = {"zh": han, "ja": han + kana, "ko": hangul}[expected]
        return own >= 2 and own * 5 >= latin
    return False


def evaluate(response: Any, ground_truth: Any, *, accuracy_weight: float = 0.5, format_weight: float = 0.3,
             thinking_weight: float = 0.2) -> ScoreDetail:
    """Score one response and keep every intermediate (see :class:`ScoreDetail`)."""
    weights = check_weights(accuracy_weight, format_weight, thinking_weight)
    return _evaluate(response, ground_truth, weights)


def _evaluate(response: Any, ground_truth: Any, weights: tuple[float, float, float]) -> ScoreDetail:
    truth = prepared_truth(ground_truth)
    parsed = split_response(_as_text(response))
    d = ScoreDetail(parsed=parsed, truth=truth, weights=weights)
    answer = parsed.final_answer
    if answer:
        _score_answer(d, answer)
    conclusion = bool(answer) and d.ooc_phrase is None and d.language_ok
    d.format_parts = (0.3 * parsed.has_think, 0.3 * parsed.well_formed, 0.4 * conclusion)
    if parsed.has_think and parsed.thinking:
        _score_thinking(d, parsed.thinking)
    total = sum(weights)
    raw = weights[0] * d.accuracy + weights[1] * d.format + weights[2] * d.thinking
    d.overall = _unit(raw / total if total > 1.0 else raw)
    return d


def _score_answer(d: ScoreDetail, answer: str) -> None:
    truth = d.truth
    folded = fold(answer)
    norm = d.norm_answer = collapse(folded)
    counts = script_counts_fast(answer)
    d.answer_language = language_from_counts(*counts, default=truth.language)
    d.language_ok = language_compatible(truth.language, d.answer_language, counts)
    d.ooc_phrase, hedging = scan_answer(norm)
    if d.ooc_phrase is None:
        d.ooc_phrase = perspective_break(norm, truth, d.answer_language)
    d.exact_match = bool(norm) and norm == truth.answer_norm
    if truth.items:
        d.items = [match_item(norm, alts, hedging) for alts in truth.items]
        d.negatives = negatives_found(norm, truth) if truth.negatives else []
        # Each wrong candidate named cancels one right one: naming both is hedging.
        matched = max(0, sum(m.matched for m in d.items) - len(d.negatives))
        d.keyword_share = matched / len(truth.items)
        d.base_accuracy = C.keyword_accuracy_from_share(matched, len(truth.items))
    elif truth.gold_content:
        d.similarity = f2_overlap(content_units(norm[:SIMILARITY_MAX_CHARS]), truth.gold_content)
        d.base_accuracy = C.similarity_accuracy(d.similarity)
    if d.exact_match:
        d.base_accuracy = 1.0
        d.keyword_share = 1.0 if truth.items else 0.0
    else:
        d.profile_labels = profile_labels(answer, C.PROFILE_LABELS_LIMIT)
        d.candidates = candidate_segments(answer, d.answer_language, C.list_allowance(len(truth.items)))
        d.answer_units = length_units(answer, truth.language, counts)
        d.length_factor = C.length_factor(d.answer_units, truth.gold_units, truth.language)
        d.list_factor = C.list_factor(d.candidates, len(truth.items))
    acc = d.base_accuracy * d.length_factor * d.list_factor
    if d.profile_labels >= C.PROFILE_LABELS_LIMIT or d.ooc_phrase is not None:
        acc = 0.0
    if not d.language_ok:
        acc *= 0.5
    d.accuracy = acc


def _score_thinking(d: ScoreDetail, thinking: str) -> None:
    truth = d.truth
    counts = script_counts_fast(thinking)
    lang = d.thinking_language = language_from_counts(*counts, default=truth.language)
    d.thinking_units = length_units(thinking, lang, counts)
    d.indicators = C.indicators_found(thinking, lang, counts[0])
    if truth.items:
        d.key_fact_share = reached_items(thinking, truth) / len(truth.items)
    elif truth.gold_content:
        # Half of the gold answer's content units mentioned counts as reaching the key fact.
        d.key_fact_share = min(1.0, units_mentioned(thinking, truth.gold_content) / len(truth.gold_content) / 0.5)
    d.thinking_parts = C.thinking_score(d.thinking_units, lang, len(d.indicators), d.key_fact_share)


def score_response(response: str, ground_truth: Any, *, accuracy_weight: float = 0.5, format_weight: float = 0.3,
                   thinking_weight: float = 0.2) -> dict[str, float]:
    """The VRAR score of one response: ``overall``, ``accuracy``, ``format``, ``thinking``,
    ``keyword_share`` and 0.0/1.0 flags (:data:`FLAG_KEYS`). Total: any string gives finite
    floats in [0, 1]. ``ground_truth``: a GroundTruth, our JSON string, a dict or a plain answer."""
    return evaluate(response, ground_truth, accuracy_weight=accuracy_weight, format_weight=format_weight,
                    thinking_weight=thinking_weight).scores()


def score_batch(responses: Sequence[Any], ground_truths: Sequence[Any] | Iterable[Any],
                **weights: float) -> list[dict[str, float]]:
    """``score_response`` over aligned sequences (a single ground truth is not broadcast)."""
    responses = list(responses)
    ground_truths = list(ground_truths)
    if len(responses) != len(ground_truths):
        raise RaidenError(f"score_batch: {len(responses)} responses but {len(ground_truths)} ground truths")
    w = check_weights(weights.pop("accuracy_weight", 0.5), weights.pop("format_weight", 0.3),
                      weights.pop("thinking_weight", 0.2))
    if weights:
        raise RaidenError(f"score_batch: unknown reward argument(s): {', '.join(sorted(weights))}")
    return [_evaluate(r, g, w).scores() for r, g in zip(responses, ground_truths)]


def item_matches(final_answer: str, ground_truth: Any) -> list[bool]:
    """Per keyword item: found in the final answer and not hedged with a competing candidate.
    The reward's own matcher, for evaluation metrics."""
    truth = prepared_truth(ground_truth)
    norm = collapse(fold(_as_text(final_answer)))
    return [match_item(norm, alts).matched for alts in truth.items]


def keyword_accuracy(final_answer: str, ground_truth: Any) -> float:
    """Raw keyword accuracy of a final answer, for evaluation: STV 0/1, MTDP the share of items
    found (not mapped into the reward's band), with the reward's correctness rules: a hedged item
    does not count, each negative keyword present cancels one found item, and an out-of-character
    answer (an AI disclaimer, or the character spoken of from outside) or a pasted profile scores
    0. Length, list and language factors (reward shaping, not correctness) are not applied.
    Records without keywords: 1.0 on an exact (normalised) match of the gold answer, else 0.0."""
    truth = prepared_truth(ground_truth)
    text = _as_text(final_answer)
    norm = collapse(fold(text))
    ooc, hedging = scan_answer(norm)
    if ooc is None and norm:
        ooc = perspective_break(norm, truth, language_from_counts(*script_counts_fast(text), default=truth.language))
    if ooc is not None:
        return 0.0
    if norm and norm == truth.answer_norm:
        return 1.0
    if not truth.items or profile_labels(text, C.PROFILE_LABELS_LIMIT) >= C.PROFILE_LABELS_LIMIT:
        return 0.0
    matched = sum(match_item(norm, alts, hedging).matched for alts in truth.items)
    matched -= len(negatives_found(norm, truth)) if truth.negatives else 0
    return max(0, matched) / len(truth.items)
