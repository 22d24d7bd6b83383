"""VRAR, the Verifiable Role-Awareness Reward (docs/reward.md): the top-level score.

``overall = accuracy_weight * accuracy + format_weight * format + thinking_weight * thinking``
(divided by the weight sum when that exceeds 1, so ``overall`` stays in [0, 1]). Every value
returned is a plain float; flags are 0.0/1.0 so EasyR1 logs their batch means.

accuracy (final answer only, see parse.py): the share of keyword items the character asserts
  (judge.py: the rule evaluation shares), mapped: STV 1/0; MTDP 0, 0.3-0.9 by share, 1.0 for all;
  no keywords: exact match 1.0, else similarity in 0.3-0.6. Then shaped: longer than
  max(4 x gold, floor) -> x budget / length; each repeated clause halves it again
  (x 1 / (1 + repeats)); answer not in the question's language -> x 0.5.
format: 0.3 closed think block + 0.3 one block at the start then an answer + 0.4 an answer in
  character and in the question's language.
thinking (only with a closed block; thinking.py): 0.5 x length / target + 0.1 per reasoning
  indicator (max 3) + 0.2 x share of keyword items the thinking reaches, filler taken out first.

``raiden-r1 reward explain`` prints all of this for one response. Pure Python, no torch: EasyR1
runs it in a one-CPU Ray actor.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

from raiden_r1.errors import RaidenError

from . import components as C
from .analysis import Answer, analyse
from .assertion import ItemVerdict
from .fasttext import length_units
from .repetition import keyword_overuse, repetitions
from .padding import padding
from .language_check import (without_terms, chinese_for_japanese, cjk_for_english, chinese_for_korean, english_for_cjk, foreign_latin_language, japanese_for_chinese,
                             japanese_for_korean)
from .judge import Judgement, judge
from .matching import PreparedTruth, prepared_truth
from .parse import ParsedResponse, split_response
from .similarity import content_units, f2_overlap
from .thinking import ThinkingDetail, score_thinking

FLAG_KEYS = ("in_character", "language_ok", "well_formed", "has_think", "hedged", "exact_match",
             "pasted_profile", "keyword_dump", "too_long", "unclosed_think", "repeated_tags", "empty_answer",
             "key_in_think_only", "not_asserted", "repetition", "filler_thinking", "bad_ground_truth")
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
    judgement: Judgement | None = None
    answer_language: str = ""
    language_ok: bool = False
    language_note: str = ""
    similarity: float | None = None
    base_accuracy: float = 0.0  # the share mapped into VRAR's bands, before shaping
    answer_units: int = 0  # final answer length (words, or CJK characters)
    length_factor: float = 1.0
    repeats: int = 0
    repetition_factor: float = 1.0
    accuracy: float = 0.0
    format_parts: tuple[float, float, float] = (0.0, 0.0, 0.0)
    thinking_detail: ThinkingDetail | None = None
    overall: float = 0.0

    @property
    def items(self) -> list[ItemVerdict]:
        return self.judgement.items if self.judgement else []

    @property
    def negatives(self) -> list[str]:
        return self.judgement.negatives if self.judgement else []

    @property
    def ooc_phrase(self) -> str | None:
        return self.judgement.ooc if self.judgement else None

    @property
    def exact_match(self) -> bool:
        return bool(self.judgement and self.judgement.exact_match)

    @property
    def keyword_share(self) -> float:
        return self.judgement.share if self.judgement and self.truth.items else 0.0

    @property
    def norm_answer(self) -> str:
        return self.judgement.answer.canon if self.judgement else ""

    @property
    def format(self) -> float:
        return sum(self.format_parts)

    @property
    def thinking(self) -> float:
        return sum(self.thinking_detail.parts) if self.thinking_detail else 0.0

    @property
    def correct(self) -> bool:
        """Evaluation's verdict: every keyword item earned (or the gold answer matched), no gate,
        in the question's language."""
        return bool(self.judgement) and self.judgement.share >= 1.0 - 1e-9 and self.language_ok and (
            bool(self.truth.items) or self.judgement.exact_match)

    def flags(self) -> dict[str, bool]:
        """The diagnostic flags, in FLAG_KEYS order."""
        p, j, t = self.parsed, self.judgement, self.thinking_detail
        gate = j.gate if j else None
        return {
            "in_character": self.ooc_phrase is None and bool(p.final_answer),
            "language_ok": self.language_ok,
            "well_formed": p.well_formed,
            "has_think": p.has_think,
            "hedged": bool(self.negatives) or any(v.hedge for v in self.items) or bool(gate and gate.startswith("hedged")),
            "exact_match": self.exact_match,
            "pasted_profile": bool(j and j.profile_labels >= C.PROFILE_LABELS_LIMIT),
            "keyword_dump": bool(gate and gate.startswith("keyword dump")),
            "too_long": self.length_factor < 1.0,
            "unclosed_think": p.unclosed,
            "repeated_tags": p.open_tags > 1 or p.close_tags > 1,
            "empty_answer": not p.final_answer,
            "key_in_think_only": (bool(t and t.key_fact_share > 0) and bool(self.truth.items)
                                  and not any(v.alternative for v in self.items)),
            "not_asserted": any(v.reason and not v.hedge for v in self.items),
            "repetition": self.repeats > 0,
            "filler_thinking": bool(t and (not t.related or t.filler_sentences or t.repeated_sentences)),
            "bad_ground_truth": bool(self.truth.truth.error),
        }

    def scores(self) -> dict[str, float]:
        """Plain floats in [0, 1]: the components, then the flags (FLAG_KEYS) as 0.0/1.0."""
        out = {"overall": _unit(self.overall), "accuracy": _unit(self.accuracy),
               "format": _unit(sum(self.format_parts)), "thinking": _unit(self.thinking),
               "keyword_share": _unit(self.keyword_share)}
        out.update(zip(FLAG_KEYS, map(float, self.flags().values())))
        return out


def _unit(x: float) -> float:
    if 0.0 <= x <= 1.0:  # the common case; NaN fails both comparisons
        return float(x)
    return 0.0 if x != x or x < 0.0 else 1.0


# The paper's weights (docs/reward.md), the one place they are defined: every entry point's
# default (CLI, engine, EasyR1 compute_score) reads these.
ACCURACY_WEIGHT, FORMAT_WEIGHT, THINKING_WEIGHT = 0.5, 0.3, 0.2


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
    if han + kana + hangul == 0 and latin <= 3:
        return True  # "178cm", "C.", "OK": too few letters to be in any language
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


def _latin_only_in_keywords(ans: Answer, expected: str, quoted: tuple[str, ...]) -> bool:
    """A CJK answer whose only Latin letters are a Latin keyword or name ("Tina。", "叫Tina。" asked
    for an English name): nothing of it is in another language."""
    if expected not in ("zh", "ja", "ko") or not ans.counts[0]:
        return False
    rest = without_terms(ans.canon, quoted)
    if any("a" <= c <= "z" for c in rest):
        return False
    kana = any("\u3040" <= c <= "\u30ff" for c in rest)
    hangul = any("\uac00" <= c <= "\ud7af" for c in rest)
    own = {"zh": not kana and not hangul, "ja": not hangul, "ko": not kana}[expected]
    return own


def answer_language(ans: Answer, expected: str, quoted: tuple[str, ...] = ()) -> tuple[bool, str]:
    """(in the question's language?, a note when not): the script-level check, then the same-script
    ones (a French answer to an English question, a Chinese answer to a Japanese one, kana in a
    Korean one). ``quoted``: the keywords' canonical forms, which may be in another script."""
    if not (language_compatible(expected, ans.language, ans.counts) or _latin_only_in_keywords(ans, expected, quoted)):
        return False, f"answer reads as {ans.language}, question is {expected}"
    if expected != "en" and english_for_cjk(ans, quoted):
        # (the script detector reads "My name is 霍长风." as the keyword's language: name what was refused)
        return False, f"answer reads as en (English speech around the keywords), question is {expected}"
    if expected == "en" and cjk_for_english(ans, quoted):
        return False, "answer reads as CJK (its own words around the keywords), question is en"
    if expected == "en":
        foreign = foreign_latin_language(ans)
        if foreign:
            return False, f"answer reads as {foreign} (same script as en), question is en"
    if expected == "zh" and japanese_for_chinese(ans):
        return False, "answer reads as ja (a Japanese-only character form), question is zh"
    if expected == "ja" and chinese_for_japanese(ans, quoted):
        return False, "answer reads as zh (Chinese function characters, no kana), question is ja"
    if expected == "ko" and japanese_for_korean(ans, quoted):
        return False, "answer holds Japanese (kana), question is ko"
    if expected == "ko" and chinese_for_korean(ans, quoted):
        return False, "answer reads as zh (hangul only in the keywords), question is ko"
    return True, ""


def evaluate(response: Any, ground_truth: Any, *, accuracy_weight: float = ACCURACY_WEIGHT,
             format_weight: float = FORMAT_WEIGHT, thinking_weight: float = THINKING_WEIGHT) -> ScoreDetail:
    """Score one response and keep every intermediate (see :class:`ScoreDetail`)."""
    weights = check_weights(accuracy_weight, format_weight, thinking_weight)
    return _evaluate(response, ground_truth, weights)


# What _score_answer sets: a pure function of (final answer, prepared truth), so one batch may
# reuse it for every response that ends in the same answer with another thinking.
_ANSWER_FIELDS = ("answer_language", "language_ok", "language_note", "judgement", "similarity", "base_accuracy",
                  "answer_units", "length_factor", "repeats", "repetition_factor", "accuracy")


def _evaluate(response: Any, ground_truth: Any, weights: tuple[float, float, float],
              answers: dict[tuple[str, int], tuple[Any, ...]] | None = None) -> ScoreDetail:
    """``answers``: a memo of _score_answer's fields by (final answer, id of the prepared truth),
    for one batch (whose prepared truths stay alive while it runs, so an id is not reused)."""
    truth = prepared_truth(ground_truth)
    parsed = split_response(_as_text(response))
    d = ScoreDetail(parsed=parsed, truth=truth, weights=weights)
    answer = parsed.final_answer
    if answer:
        key = (answer, id(truth))
        done = answers.get(key) if answers is not None else None
        if done is None:
            _score_answer(d, answer)
            if answers is not None:
                answers[key] = (truth, *(getattr(d, f) for f in _ANSWER_FIELDS))
        else:
            for f, v in zip(_ANSWER_FIELDS, done[1:]):
                setattr(d, f, v)
    conclusion = bool(answer) and d.ooc_phrase is None and d.language_ok
    if parsed.has_think and parsed.thinking:
        d.thinking_detail = score_thinking(parsed.thinking, truth)
    # "Reasoning present" needs reasoning: a think block of nothing but filler (repeated, generic,
    # copied from the question, or about something else) earns no format credit for it.
    reasoning = parsed.has_think and d.thinking_detail is not None and d.thinking_detail.units > 0 and \
        d.thinking_detail.related
    d.format_parts = (0.3 * reasoning, 0.3 * parsed.well_formed, 0.4 * conclusion)
    total = sum(weights)
    raw = weights[0] * d.accuracy + weights[1] * d.format + weights[2] * d.thinking
    d.overall = _unit(raw / total if total > 1.0 else raw)
    return d


def _score_answer(d: ScoreDetail, answer: str) -> None:
    truth = d.truth
    ans = analyse(answer, truth.language)
    d.answer_language = ans.language
    d.language_ok, d.language_note = answer_language(ans, truth.language, truth.keyword_norms + truth.names + truth.other_norms)
    j = d.judgement = judge(answer, truth, ans)
    if j.gate:
        d.accuracy = 0.0
        return
    if truth.items:
        d.base_accuracy = C.keyword_accuracy_from_share(j.matched, len(truth.items))
    elif j.exact_match:
        d.base_accuracy = 1.0
    elif truth.gold_content:
        d.similarity = f2_overlap(content_units(ans.canon[:SIMILARITY_MAX_CHARS]), truth.gold_content)
        d.base_accuracy = C.similarity_accuracy(d.similarity)
    if j.exact_match:
        d.base_accuracy = 1.0
    else:
        d.answer_units = length_units(answer, truth.language, ans.counts)
        d.length_factor = C.length_factor(d.answer_units, truth.gold_units, truth.language)
    # also on an exact match: emoji padding leaves the canonical text equal to the gold answer's
    d.repeats = repetitions(ans, truth) + keyword_overuse(ans, truth) + padding(ans, truth)
    d.repetition_factor = 1.0 / (1 + d.repeats)
    acc = d.base_accuracy * d.length_factor * d.repetition_factor
    if not d.language_ok:
        acc *= 0.5
    d.accuracy = acc


def score_response(response: str, ground_truth: Any, *, accuracy_weight: float = ACCURACY_WEIGHT,
                   format_weight: float = FORMAT_WEIGHT, thinking_weight: float = THINKING_WEIGHT) -> dict[str, float]:
    """The VRAR score of one response: ``overall``, ``accuracy``, ``format``, ``thinking``,
    ``keyword_share`` and 0.0/1.0 flags (:data:`FLAG_KEYS`). Total: any string and any ground
    truth give finite floats in [0, 1]. ``ground_truth``: a GroundTruth, our JSON string, a dict
    or a plain answer."""
    return evaluate(response, ground_truth, accuracy_weight=accuracy_weight, format_weight=format_weight,
                    thinking_weight=thinking_weight).scores()


def score_batch(responses: Sequence[Any], ground_truths: Sequence[Any] | Iterable[Any],
                **weights: float) -> list[dict[str, float]]:
    """``score_response`` over aligned sequences (a single ground truth is not broadcast)."""
    responses = list(responses)
    ground_truths = list(ground_truths)
    if len(responses) != len(ground_truths):
        raise RaidenError(f"score_batch: {len(responses)} responses but {len(ground_truths)} ground truths")
    w = check_weights(weights.pop("accuracy_weight", ACCURACY_WEIGHT), weights.pop("format_weight", FORMAT_WEIGHT),
                      weights.pop("thinking_weight", THINKING_WEIGHT))
    if weights:
        raise RaidenError(f"score_batch: unknown reward argument(s): {', '.join(sorted(weights))}")
    # A GRPO group samples one prompt many times and small policies often repeat themselves: an
    # identical (response, ground truth) pair is scored once (each caller gets its own dict).
    # Rollouts that differ only in their thinking end in the same final answer, judged once too.
    done: dict[tuple[str, str], dict[str, float]] = {}
    answers: dict[tuple[str, int], tuple[Any, ...]] = {}
    out = []
    for r, g in zip(responses, ground_truths):
        key = (r, g) if isinstance(r, str) and isinstance(g, str) else None
        if key is None or key not in done:
            scores = _evaluate(r, g, w, answers).scores()
            if key is not None:
                done[key] = scores
        out.append(dict(done[key]) if key is not None else scores)
    return out


def item_matches(final_answer: str, ground_truth: Any) -> list[bool]:
    """Per keyword item: asserted by the character and not hedged (the reward's own judgement),
    for evaluation metrics. All False when a gate (out of character, dump, ...) fired."""
    truth = prepared_truth(ground_truth)
    j = judge(_as_text(final_answer), truth)
    if j.gate:
        return [False] * len(truth.items)
    return [v.matched for v in j.items]


def keyword_accuracy(final_answer: str, ground_truth: Any) -> float:
    """Evaluation's accuracy of a final answer: the share of keyword items the character asserts,
    under exactly the reward's rules (judge.py), and 0 when the answer is not in the question's
    language (a Japanese question answered in English is wrong). Reward shaping (length,
    repetition) is not applied. Records without keywords: 1.0 on an exact match of the gold
    answer, else 0.0."""
    truth = prepared_truth(ground_truth)
    text = _as_text(final_answer)
    ans = analyse(text, truth.language)
    j = judge(text, truth, ans)
    if j.gate or not answer_language(ans, truth.language, truth.keyword_norms + truth.names + truth.other_norms)[0]:
        return 0.0
    return j.share
