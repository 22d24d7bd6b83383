"""Ground truth prepared once, and keyword items matched against a normalised final answer.

The reward sees the same few thousand ground truths over and over (every rollout of a prompt, every
epoch), so everything derivable from the ground truth alone (normalised keywords, the gold answer's
length and content units, which negative keywords are usable) is computed once and cached.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from raiden_r1.data.ground_truth import GroundTruth, parse_ground_truth
from raiden_r1.text import LANGUAGES, has_cjk, normalize_term

from .fasttext import detect_language_fast, find_term, length_units, normalize_fast
from .gaming import disjunction_near
from .similarity import content_units

# Occurrences of one term inspected for hedging: enough for any honest answer; a text repeating a
# keyword more often is a dump, already scaled down for its length.
MAX_OCCURRENCES = 32


@dataclass(frozen=True, slots=True)
class Term:
    raw: str
    norm: str
    cjk: bool
    cased: bool = False  # has letters with case (search a lowered text)


@dataclass(frozen=True, slots=True)
class PreparedTruth:
    truth: GroundTruth
    language: str
    answer_norm: str
    items: tuple[tuple[Term, ...], ...]  # each item: its alternatives
    negatives: tuple[Term, ...]
    ignored_negatives: tuple[str, ...]  # negatives the gold answer or a keyword itself contains
    gold_units: int
    gold_content: frozenset[str]


@dataclass(frozen=True, slots=True)
class ItemMatch:
    matched: bool  # found and not hedged
    alternative: str | None  # the alternative found (raw spelling)
    position: int  # offset in the normalised answer, -1 if not found
    hedge: str | None  # the disjunction word that voided it


def _term(raw: str) -> Term:
    norm = normalize_term(raw)
    return Term(raw, norm, has_cjk(norm), norm != norm.upper())


def _language_tag(tag: object) -> str | None:
    """"zh", "zh-CN", "ZH_hans" -> "zh"; anything that is not one of en/zh/ja/ko -> None (detect)."""
    if not isinstance(tag, str):
        return None
    base = tag.strip().lower().replace("_", "-").split("-")[0]
    return base if base in LANGUAGES else None


def prepare(truth: GroundTruth) -> PreparedTruth:
    answer_norm = normalize_fast(truth.answer)
    language = _language_tag(truth.language) or detect_language_fast(
        truth.question + " " + truth.answer if truth.question else truth.answer)
    items = tuple(t for t in (tuple(a for a in (_term(x) for x in alts) if a.norm) for alts in truth.keywords) if t)
    negatives, ignored = [], []
    for raw in truth.negative_keywords:
        t = _term(raw)
        if not t.norm:
            continue
        # A negative the gold answer or a keyword contains cannot mark a wrong answer.
        inside = find_term(answer_norm, t.norm, t.cjk) != -1 or any(
            find_term(a.norm, t.norm, t.cjk) != -1 for alts in items for a in alts)
        if inside:
            ignored.append(raw)
        else:
            negatives.append(t)
    return PreparedTruth(
        truth=truth,
        language=language,
        answer_norm=answer_norm,
        items=items,
        negatives=tuple(negatives),
        ignored_negatives=tuple(ignored),
        gold_units=length_units(truth.answer, language),
        gold_content=content_units(answer_norm),
    )


@lru_cache(maxsize=16384)
def _prepare_cached(truth: GroundTruth) -> PreparedTruth:
    return prepare(truth)


@lru_cache(maxsize=16384)
def _prepare_str(s: str) -> PreparedTruth:
    return _prepare_cached(parse_ground_truth(s))


def prepared_truth(ground_truth: Any) -> PreparedTruth:
    """A ground truth in any accepted form (GroundTruth, our JSON string, dict, plain answer),
    prepared and cached."""
    if isinstance(ground_truth, PreparedTruth):
        return ground_truth
    if isinstance(ground_truth, str):
        return _prepare_str(ground_truth)
    return _prepare_cached(parse_ground_truth(ground_truth))


def match_item(norm_answer: str, alternatives: tuple[Term, ...], hedging: bool = True) -> ItemMatch:
    """Whether any alternative occurs in the answer without a competing candidate offered next to
    any of its occurrences ("basketball or football" names two answers, so it earns neither).
    ``hedging=False`` (the answer holds no disjunction word at all) skips that check."""
    first: ItemMatch | None = None
    for alt in alternatives:
        pos = find_term(norm_answer, alt.norm, alt.cjk)
        if pos == -1:
            continue
        if not hedging:
            return ItemMatch(True, alt.raw, pos, None)
        for _ in range(MAX_OCCURRENCES):
            hedge = disjunction_near(norm_answer, pos, pos + len(alt.norm))
            if hedge is not None:
                return ItemMatch(False, alt.raw, pos, hedge)
            if first is None:
                first = ItemMatch(True, alt.raw, pos, None)
            pos = find_term(norm_answer, alt.norm, alt.cjk, pos + 1)
            if pos == -1:
                break
    return first if first is not None else ItemMatch(False, None, -1, None)


def negatives_found(norm_answer: str, prepared: PreparedTruth) -> list[str]:
    return [t.raw for t in prepared.negatives if find_term(norm_answer, t.norm, t.cjk) != -1]


def reached_items(text: str, prepared: PreparedTruth) -> int:
    """How many keyword items a long text (the thinking) mentions. One-word terms are searched in
    the text itself (lowered when the term has Latin letters; no NFKC: a soft signal, and the
    thinking is the long part of a response); terms of several words need the normalised text."""
    lowered: str | None = None
    norm: str | None = None
    reached = 0
    for alts in prepared.items:
        for alt in alts:
            if " " in alt.norm:
                norm = normalize_fast(text) if norm is None else norm
                hit = find_term(norm, alt.norm, alt.cjk) != -1
            elif alt.cased:
                lowered = text.lower() if lowered is None else lowered
                hit = find_term(lowered, alt.norm, alt.cjk) != -1
            else:
                hit = find_term(text, alt.norm, alt.cjk) != -1
            if hit:
                reached += 1
                break
    return reached
