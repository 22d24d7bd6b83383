"""Which think sentences are about this character and this question (docs/reward.md, family 9:
filler thinking). A policy learns that length and "because"/"所以" pay, and that one mention of the
keyword makes the whole block "related": a paragraph on the weather or the stock market with the
answer dropped at its end then outscores a short first-person think. So relatedness is read per
sentence: a sentence counts only when it holds the key fact, a word of the question or the gold
answer, the character's name, a person of the profile or the conversation, the user, or the
character's own voice (a first-person word; in Chinese,
Japanese and Korean, which drop the pronoun, also its family or its remembering).

Three more kinds count for nothing: the profile read out with no first-person word ("The character
is a firefighter", "設定にそう書いてある"), the
character narrated from outside ("Marcus Hale is 34 because...", "佐藤健太は41歳なので、彼は…": its
name with no first-person word, and after that the third-person pronouns), and text that is not
prose (lorem ipsum: a long Latin-letter sentence with almost no English function words).
"""

from __future__ import annotations

import re
from functools import lru_cache

from raiden_r1.canon import canonical, collapse

from .analysis import cue_in_text
from .lexicon import _entries, _load_yaml
from .matching import PreparedTruth
from .similarity import STOP_WORDS, content_units

# English prose has a function word in every few words; lorem ipsum and word salad do not.
MIN_FUNCTION_SHARE = 0.15
MIN_WORDS_FOR_PROSE_CHECK = 8
_CONNECTIVES = frozenset({"because", "so", "since", "therefore", "thus", "hence", "then", "and"})


def not_prose(sentence: str) -> bool:
    """A long Latin-letter sentence with almost no English function words (connectives the policy
    sprinkles in do not count): lorem ipsum, word lists, another language's filler."""
    words = [w for w in sentence.split() if w.isalpha() and w.isascii()]
    if len(words) < MIN_WORDS_FOR_PROSE_CHECK or len(words) < 0.6 * len(sentence.split()):
        return False
    function = sum(1 for w in words if w in STOP_WORDS and w not in _CONNECTIVES)
    return function < MIN_FUNCTION_SHARE * len(words)


@lru_cache(maxsize=4)
def _pattern(kind: str) -> re.Pattern[str]:
    data = _load_yaml("think_anchor")[kind]
    words = sorted({w for lang, ws in data.items() for w in _entries(ws, f"lexicon/think_anchor.yaml: {lang}")},
                   key=len, reverse=True)
    latin = "|".join(re.escape(w) for w in words if w.isascii())
    cjk = "|".join(re.escape(w) for w in words if not w.isascii())
    return re.compile(rf"(?<![a-z0-9])(?:{latin})(?![a-z0-9])|{cjk}")


@lru_cache(maxsize=8192)
def _canon(sentence: str) -> str:
    # (a think block's sentences are read several times here, and a GRPO group repeats them)
    return canonical(sentence)


def profile_talk(sentence: str, prep: PreparedTruth) -> bool:
    """The character's written profile read out by a narrator ("The character is a firefighter",
    "設定にそう書いてあるから"); with a first-person word it is the character recalling its own card
    ("I remember my profile says I love basketball", "제 설정에 …"), which a role-aware think may do."""
    return _pattern("profile_talk").search(_canon(sentence)) is not None and not first_person(sentence, prep)


def _language(sentence: str, prep: PreparedTruth) -> str:
    return "en" if sentence.isascii() else prep.language


def first_person(sentence: str, prep: PreparedTruth) -> bool:
    c = _canon(sentence)
    return bool(cue_in_text(c, _language(sentence, prep), "first_person") or
                (not sentence.isascii() and cue_in_text(c, "en", "first_person")))


def names_character(sentence: str, prep: PreparedTruth) -> bool:
    c = _canon(sentence)
    return any((f" {n} " in f" {c} ") if n.isascii() else (n in c) for n in prep.names if len(n) >= 2)


def narrated(sentence: str, prep: PreparedTruth, after_narration: bool) -> bool:
    """The character's name with no first-person word ("Marcus Hale is 34", "林晓梅今年28岁"), or,
    once the think has narrated it so, a third-person pronoun with none ("so he should answer 34").
    A character whose profile says it speaks of itself by name is not narrated by its name."""
    if prep.truth.self_name or first_person(sentence, prep):
        return False
    if names_character(sentence, prep):
        return True
    return after_narration and bool(cue_in_text(_canon(sentence), _language(sentence, prep), "third_person"))


@lru_cache(maxsize=1024)
def _others(others: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(c for c in (canonical(o) for o in others) if len(c) >= 2)


STRONG, WEAK = 2, 1


def anchored(sentence: str, prep: PreparedTruth, holds_key: bool) -> int:
    """How a sentence is tied to this character and question: STRONG (the key fact, a word of the
    question or the gold answer, the character's or another profile person's name), WEAK (only the
    character's voice: a first-person word, the user, a pronoun, its family, its remembering), or 0."""
    if holds_key or names_character(sentence, prep):
        return STRONG
    units = content_units(collapse(sentence))
    if units & prep.question_units or units & prep.gold_content:
        return STRONG
    c = _canon(sentence)
    if any(o and o in c for o in _others(prep.truth.others)):
        return STRONG  # the people of the profile and the conversation: "小周是同事，爱普洱"
    lang = _language(sentence, prep)
    if first_person(sentence, prep) or cue_in_text(c, lang, "second_person") or _pattern("addressee").search(c) \
            or cue_in_text(c, lang, "third_person"):
        return WEAK
    # Chinese, Japanese and Korean drop the pronoun: a memory ("祖母と朝市に行った", "할머니랑 시장에
    # 갔으니까 … 기억나") speaks through the character's family and its remembering instead.
    return WEAK if cue_in_text(c, lang, "kin") or _pattern("memory").search(c) else 0


__all__ = ["STRONG", "WEAK", "anchored", "narrated", "not_prose", "profile_talk"]
