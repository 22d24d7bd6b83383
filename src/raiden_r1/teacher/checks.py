"""The paper's validation, as pure functions over teacher replies (no requests here).

- Grounding: a keyword must occur in its source (the card for SBK, the history for CM) by the
  reward's matcher (``keyword_in``) and by ``data validate``'s (``contains_term``), so a kept
  record always validates; a CM keyword must not be on the card (it would not test memory).
- STV: a keyword survives only when every teacher's independent answer contains it.
- MTDP: an equivalent expression is kept when grounded in the source, or when a second teacher
  (not the one that proposed it) confirms it.
- Negatives: plausible (a term, not a sentence), never overlapping a positive, never said by the
  gold answer or any teacher, never stated in the source (it could be true); for CM the source is
  the card and the fact's turn, since another turn's thing of the same kind is the distractor.
- CM memory, as ``data audit`` judges it: the fact is not in the last exchange and some negative
  (a distractor) is said in the history.
- CoT: in the record's language, reaches every keyword item, does not quote the gold answer
  wholesale, carries no tags.
Every term these functions throw away comes back with its reason, for stats.json.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from raiden_r1.data.schema import Message
from raiden_r1.text import contains_term, detect_language, keyword_in, normalize, normalize_term, text_length

MAX_NEGATIVES = 3
MAX_ALTERNATIVES = 4
# a negative is a term: longer than this is a sentence, which the reward would match too loosely
MAX_TERM_LENGTH = {"en": 6, "zh": 12, "ja": 14, "ko": 6}
# an answer this short is one term: a monologue naming it is reaching the keyword, not quoting
MIN_QUOTED_ANSWER = {"en": 5, "zh": 8, "ja": 10, "ko": 4}


def grounded(source: str, term: str) -> bool:
    return keyword_in(source, term) and contains_term(normalize(source), normalize_term(term))


def overlaps(a: str, b: str) -> bool:
    """Equal, or one contains the other, by either matcher."""
    na, nb = normalize_term(a), normalize_term(b)
    if not (na and nb):
        return False
    return na == nb or contains_term(na, nb) or contains_term(nb, na) or keyword_in(a, b) or keyword_in(b, a)


def history_text(history: Sequence[Message]) -> str:
    return "\n".join(m.content for m in history)


def card_text(name: str, profile: dict[str, str]) -> str:
    return "\n".join([name, *profile.values()])


# a keyword holding an enumeration or a bracketed aside is a copied field value, not a term: the
# reward would demand all of "周董、小公举" or "5月5日（日本儿童节）", brackets included
_NOT_A_TERM = re.compile(r"[、，；;（）()【】\[\]]")


def ground_keywords(keywords: Iterable[str], source: str, answer: str, question: str, *, forbidden: str = "",
                    drops: Counter) -> list[str]:
    """The keywords grounded in ``source``, said by the gold ``answer``, not given away by the
    ``question``, and (for CM) absent from ``forbidden`` (the card); duplicates merged."""
    kept: list[str] = []
    for kw in keywords:
        if any(overlaps(kw, k) for k in kept):
            drops["keyword_duplicate"] += 1
        elif _NOT_A_TERM.search(kw):
            drops["keyword_not_a_term"] += 1
        elif keyword_in(question, kw):
            drops["keyword_in_question"] += 1
        elif not grounded(source, kw):
            drops["keyword_not_grounded"] += 1
        elif forbidden and grounded(forbidden, kw):
            drops["cm_keyword_on_card"] += 1
        elif not keyword_in(answer, kw):
            drops["keyword_not_in_gold_answer"] += 1
        else:
            kept.append(kw)
    return kept


def history_problem(history: Sequence[Message], fact_turn: int, keywords: Sequence[str]) -> str | None:
    """Why a CM history cannot be used: turns must alternate from the user, end with the
    character (the question is the user's next turn), the fact turn must hold a keyword, and an
    exchange must follow it (a fact asked about in the very next turn tests no memory)."""
    for i, m in enumerate(history):
        if m.role != ("user" if i % 2 == 0 else "assistant") or not m.content.strip():
            return "history_not_alternating"
    if history[-1].role != "assistant":
        return "history_not_alternating"
    if fact_turn >= len(history) or not any(keyword_in(history[fact_turn].content, k) for k in keywords):
        return "fact_turn_mismatch"
    # data audit's memory check reads where a keyword is first said, not the teacher's fact_turn
    first = min(i for i, m in enumerate(history) for k in keywords if keyword_in(m.content, k))
    if first >= len(history) - 2:
        return "cm_fact_in_last_exchange"
    return None


def has_distractor(history: Sequence[Message], negatives: Sequence[str]) -> bool:
    """CM: some kept negative is said in the history (data audit's "no distractor" check)."""
    text = history_text(history)
    return any(keyword_in(text, neg) for neg in negatives)


def agreed_keywords(keywords: Sequence[str], answers: Sequence[str], drops: Counter) -> list[str]:
    """STV: the keywords every teacher's independent answer contains."""
    kept = []
    for kw in keywords:
        if all(keyword_in(a, kw) for a in answers):
            kept.append(kw)
        else:
            drops["teachers_disagree"] += 1
    return kept


def keyword_items(keywords: Sequence[str], proposals: dict[str, list[str]], confirmed: dict[str, set[str]],
                  source: str, negatives_proposed: Sequence[str], drops: Counter) -> list[str | list[str]]:
    """MTDP: each keyword with the equivalents that are grounded or confirmed by a second
    teacher; an equivalent that overlaps another item (or a proposed negative) is dropped, as is
    one that is the keyword again."""
    items: list[str | list[str]] = []
    for kw in keywords:
        alternatives = [kw]
        others = [k for k in keywords if k != kw] + list(negatives_proposed)
        for eq in proposals.get(kw, []):
            if any(normalize_term(eq) == normalize_term(a) for a in alternatives):
                continue
            if any(overlaps(eq, o) for o in others):
                drops["equivalent_overlaps_other_term"] += 1
            elif grounded(source, eq) or eq in confirmed.get(kw, set()):
                if len(alternatives) < MAX_ALTERNATIVES:
                    alternatives.append(eq)
            else:
                drops["equivalent_unconfirmed"] += 1
        items.append(alternatives if len(alternatives) > 1 else kw)
    return items


def plausible_negatives(negatives: Sequence[str], items: Sequence[str | list[str]], said: Sequence[str],
                        source: str, language: str, drops: Counter) -> list[str]:
    """Negatives that are terms, overlap no positive alternative, occur in no answer (gold or
    teacher: a teacher saying it means it may be true) and are not stated in the source."""
    positives = [a for item in items for a in ([item] if isinstance(item, str) else item)]
    kept: list[str] = []
    for neg in negatives:
        if any(overlaps(neg, k) for k in kept):
            drops["negative_duplicate"] += 1
        elif text_length(neg, language) > MAX_TERM_LENGTH.get(language, 6):
            drops["negative_not_a_term"] += 1
        elif any(overlaps(neg, p) for p in positives):
            drops["negative_overlaps_positive"] += 1
        elif any(keyword_in(s, neg) for s in said):
            drops["negative_in_an_answer"] += 1
        elif grounded(source, neg):
            drops["negative_stated_in_source"] += 1
        elif len(kept) < MAX_NEGATIVES:
            kept.append(neg)
    return kept


def cot_problem(cot: str, answer: str, items: Sequence[str | list[str]], language: str) -> str | None:
    """Why a monologue cannot be the record's chain of thought, or None."""
    if "<think>" in cot or "</think>" in cot or "<answer>" in cot:
        return "cot_has_tags"
    # Japanese may be all kanji (read as zh); any other mismatch is a monologue in another language
    said = detect_language(cot, default=language)
    if said != language and not (language == "ja" and said == "zh"):
        return "cot_wrong_language"
    for item in items:
        if not any(keyword_in(cot, a) for a in ([item] if isinstance(item, str) else item)):
            return "cot_misses_keyword"
    quoted = normalize(answer)
    if text_length(answer, language) >= MIN_QUOTED_ANSWER.get(language, 5) and quoted and quoted in normalize(cot):
        return "cot_quotes_answer"
    return None
