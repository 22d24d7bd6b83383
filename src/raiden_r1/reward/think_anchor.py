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
from raiden_r1.canon.trie import trie_pattern

from .analysis import cue_in_text
from .first_of import FirstOf
from .lexicon import _entries, _load_yaml
from .matching import PreparedTruth
from .similarity import STOP_WORDS, content_units

# English prose has a function word in every few words; lorem ipsum and word salad do not.
MIN_FUNCTION_SHARE = 0.15
MIN_WORDS_FOR_PROSE_CHECK = 8
_CONNECTIVES = frozenset({"because", "so", "since", "therefore", "thus", "hence", "then", "and"})


_LATIN_TOKEN = re.compile(r"[a-z]+")


def not_prose(sentence: str) -> bool:
    """A long Latin-letter sentence with almost no English function words (connectives the policy
    sprinkles in do not count): lorem ipsum, word lists, another language's filler."""
    if not sentence.isascii():
        return False
    words = _LATIN_TOKEN.findall(sentence)  # ("it's" gives "it" and "s")
    if len(words) < MIN_WORDS_FOR_PROSE_CHECK:
        return False
    function = sum(1 for w in words if w in STOP_WORDS and w not in _CONNECTIVES)
    return function < MIN_FUNCTION_SHARE * len(words)


@lru_cache(maxsize=4)
def _pattern(kind: str) -> FirstOf:
    data = _load_yaml("think_anchor")[kind]
    words = sorted({w for lang, ws in data.items() for w in _entries(ws, f"lexicon/think_anchor.yaml: {lang}")},
                   key=len, reverse=True)
    # (callers ask only whether there is a match: tries searched apart find one exactly when the
    # "latin|cjk" alternation did, without trying every word at every position)
    latin = trie_pattern(w for w in words if w.isascii())
    cjk = trie_pattern(w for w in words if not w.isascii())
    return FirstOf(rf"(?<![a-z0-9])(?:{latin})(?![a-z0-9])", cjk)


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


_KO_SELF = frozenset({"나", "저", "난", "전", "내", "제"})


def first_person(sentence: str, prep: PreparedTruth) -> bool:
    c = _canon(sentence)
    if _language(sentence, prep) == "ko" and not _KO_SELF.isdisjoint(c.split(" ")):
        return True  # "나, 박도현": the pronoun alone as a word
    return bool(cue_in_text(c, _language(sentence, prep), "first_person") or
                (not sentence.isascii() and cue_in_text(c, "en", "first_person")))


def names_character(sentence: str, prep: PreparedTruth) -> bool:
    c = _canon(sentence)
    return any((f" {n} " in f" {c} ") if n.isascii() else (n in c) for n in prep.names if len(n) >= 2)


def narrated(sentence: str, prep: PreparedTruth, after_narration: bool) -> bool:
    """The character's name with no first-person word ("Marcus Hale is 34", "林晓梅今年28岁"), or,
    once the think has narrated it so, a third-person pronoun with none ("so he should answer 34").
    Not for a character whose profile says it speaks of itself by name, nor when the name is what
    is asked ("「朝倉すず」と言えば済む")."""
    if prep.truth.self_name or first_person(sentence, prep) or _name_asked(prep):
        return False
    if names_character(sentence, prep):
        return True
    return after_narration and bool(cue_in_text(_canon(sentence), _language(sentence, prep), "third_person"))


def _name_asked(prep: PreparedTruth) -> bool:
    return any(n in a.norm or a.norm in n for alts in prep.items for a in alts for n in prep.names)


@lru_cache(maxsize=1024)
def _others(others: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(c for c in (canonical(o) for o in others) if len(c) >= 2)


def anchored(sentence: str, prep: PreparedTruth, holds_key: bool) -> bool:
    """A sentence about this character and this question (see the module doc)."""
    if holds_key or names_character(sentence, prep):
        return True
    units = content_units(collapse(sentence))
    if units & prep.question_units or units & prep.gold_content:
        return True
    c = _canon(sentence)
    # the people of the profile and the conversation ("小周是同事，爱普洱"), the values the answer must
    # not give ("虽然还说到过青岛和厦门，可那是另一回事"), the character's role ("銭湯の女将として生きてきた")
    if any(o in c for o in _others(prep.truth.others)) or any(n.norm and n.norm in c for n in prep.negatives) or \
            any(r in c for r in _role_words(prep.truth.role, prep.titles)):
        return True
    lang = _language(sentence, prep)
    if first_person(sentence, prep) or cue_in_text(c, lang, "second_person") or cue_in_text(c, lang, "third_person"):
        return True
    # Chinese, Japanese and Korean drop the pronoun: the character speaks through its family, its
    # remembering and hearing ("祖母と朝市に行った", "ちゃんと聞いていた", "어린 시절이 떠오른다"), the
    # user ("客人", "손님"), its manner of speaking ("늘 하던 대로 말하면 되겠지", "いつもの調子で") and the
    # profile's words it quotes ("もともと「世話好き」な性分だし").
    return bool(cue_in_text(c, lang, "kin") or cue_in_text(c, lang, "cognition") or _pattern("memory").search(c)
                or _pattern("addressee").search(c) or _pattern("manner").search(c) or _QUOTED.search(sentence))


# A profile value quoted in a think ("「世話好き」", "'꼼꼼함'", "“一口地道东北话”", "(slow and warm)").
_QUOTED = re.compile(r"[「『“\"'‘(（][^」』”\"'’)）]{2,40}[」』”\"'’)）]")


@lru_cache(maxsize=1024)
def _role_words(role: str, titles: tuple[str, ...]) -> tuple[str, ...]:
    """The role's parts ("銭湯の女将（大川湯の三代目）" -> 銭湯の女将, 大川湯の三代目) and its titles."""
    parts = [canonical(p) for p in re.split(r"[()（）、,，/・;；]+", role)] if role else []
    # (a Korean or English role's words too: "물시계 기술자" -> 기술자; not "the", "of")
    words = [w for p in parts for w in p.split(" ") if " " in p and w not in STOP_WORDS and len(w) >= (4 if w.isascii() else 2)]
    return tuple(dict.fromkeys(p for p in (*parts, *words, *titles) if len(p) >= 2))


__all__ = ["anchored", "narrated", "not_prose", "profile_talk"]
