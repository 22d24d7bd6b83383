"""Draft records and the strict keyword filter every draft must pass before it becomes a record.

The paper keeps an STV question only when its key is explicit and unique; the filter below is
that rule made mechanical, with one reason per failure so stats.json can say why records went:
every keyword alternative must be grounded in its source (the profile value for SBK, the history
for CM; for CM also absent from the profile), must not be a stopword, must not already be in the
question, must not overlap a negative keyword, must be a term rather than a sentence, and must be
in the gold answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pydantic import ValidationError

from raiden_r1.reward.vrar import item_matches
from raiden_r1.text import contains_term, keyword_in, normalize, normalize_term

from ..ground_truth import record_ground_truth
from ..schema import CM, MTDP, STV, Record
from .tables import table
from .terms import is_short_term, term_in

STOPWORDS: frozenset[str] = frozenset(table("words.yaml", "STOPWORDS"))


@dataclass
class Draft:
    """A candidate record before validation (keyword items as lists of alternatives)."""

    character: str
    profile_fields: dict[str, str]
    language: str
    focus: str
    family: str  # field family, "relation:<label>", or "cm:<kind>"
    field_name: str
    question: str
    answer: str
    keywords: list[list[str]]
    source_text: str  # where every keyword must be found
    question_type: str = "what"
    difficulty: str = "medium"
    history: list[dict[str, str]] = field(default_factory=list)
    negatives: list[str] = field(default_factory=list)
    source: str = ""
    speaker: str = ""  # CM: who states the asked fact in the history ("user" or "assistant")
    # SBK: the head term of each item of the card's value; other characters' questions of the
    # same family take their wrong answers from these (one any-of keyword holds several items).
    pool_terms: list[str] = field(default_factory=list)
    # alternatives that are another spelling of a grounded one (words.yaml VARIANTS: 水瓶座 for a
    # card's みずがめ座): exempt from being found in the source themselves
    variants: set[str] = field(default_factory=set)

    @property
    def method(self) -> str:
        return STV if len(self.keywords) == 1 else MTDP

    def to_record(self) -> Record:
        return Record(
            character_name=self.character,
            character_profile=self.profile_fields,
            conversation_history=self.history,
            question=self.question,
            answer=self.answer,
            keywords=[alts[0] if len(alts) == 1 else list(alts) for alts in map(_article_free, self.keywords)],
            negative_keywords=list(self.negatives),
            question_type=self.question_type,
            validation_method=self.method,
            difficulty=self.difficulty,
            metadata={"language": self.language, "focus": self.focus, "source": self.source,
                      "family": self.family, "field": self.field_name,
                      **({"speaker": self.speaker} if self.speaker else {})},
        )


_ARTICLE = re.compile(r"^(?:" + "|".join(table("words.yaml", "EN_ARTICLES")) + r")\s+(?=\S{3,})", re.IGNORECASE)


def _article_free(alts: list[str]) -> list[str]:
    """Keys without a leading article ("the plague carts" -> "plague carts"): an answer may say the
    noun with or without it, and the shorter key is found in both."""
    out: list[str] = []
    for a in alts:
        bare = _ARTICLE.sub("", a)
        if bare not in out:
            out.append(bare)
    return out


def overlaps(a: str, b: str) -> bool:
    """Whether two terms are equal or one contains the other (after normalisation)."""
    na, nb = normalize_term(a), normalize_term(b)
    return bool(na and nb) and (na == nb or contains_term(na, nb) or contains_term(nb, na))


def profile_text(name: str, fields: dict[str, str]) -> str:
    """Everything a CM fact must NOT appear in, normalised once per profile."""
    return normalize(" ".join([name, *fields.keys(), *fields.values()]))


# Where one item of a listed value ends: "钢琴、吉他、鼓" is three items, and "鼓" stands alone in
# its own even though the matcher, which reads through punctuation, would see "吉他鼓".
# A Japanese card's "母・よね" lists a relation and its person: the ・ ends the relation's word
# (the matcher reads through it, and a two-kana name after a kanji would be the kanji's ending).
_ITEM_BOUNDARY = re.compile(r"[、，,；;。.\n/|：:（）()「」“”\"'!?！？・]")


def grounded_for_reward(source: str, term: str) -> bool:
    """Whether the reward's matcher finds ``term`` in ``source`` or in one of its items."""
    return keyword_in(source, term) or any(keyword_in(part, term) for part in _ITEM_BOUNDARY.split(source) if part)


def check_draft(d: Draft, norm_profile: str = "") -> str | None:
    """The reason a draft must be dropped, or None when it may become a record."""
    if not d.keywords or any(not alts for alts in d.keywords):
        return "no_key_term"
    src, q, ans = normalize(d.source_text), normalize(d.question), normalize(d.answer)
    seen: set[str] = set()
    for alts in d.keywords:
        for kw in alts:
            k = normalize_term(kw)
            if not k:
                return "empty_keyword"
            if k in STOPWORDS:
                return "stopword"
            if not is_short_term(kw, phrase=True):
                return "keyword_too_long"
            if not term_in(src, k) and kw not in d.variants:
                return "not_grounded"
            if d.focus == CM and norm_profile and (contains_term(norm_profile, k) or keyword_in(norm_profile, kw)):
                return "cm_fact_in_profile"
            if contains_term(q, k):
                return "keyword_in_question"
            if any(overlaps(kw, neg) for neg in d.negatives):
                return "shared_with_negatives"
        # The reward's own matcher must find the item in its source too: a one-character CJK key
        # ("鼓" of "架子鼓", "粽" of "粽色") is a word only where it stands alone.
        if not any(grounded_for_reward(d.source_text, a) for a in alts):
            return "not_grounded_for_reward"
        keys = {normalize_term(a) for a in alts}
        if keys & seen:
            return "duplicate_keyword"
        seen |= keys
        if not any(contains_term(ans, normalize_term(a)) for a in alts):
            return "answer_missing_keyword"
    try:
        record = d.to_record()
    except ValidationError:
        return "schema_invalid"
    # The gold answer is what a model learns to say: the reward must credit every item in it
    # (not hedged by a "とか", not attributed to someone else by a "说").
    if not all(item_matches(d.answer, record_ground_truth(record))):
        return "gold_not_credited"
    return None
