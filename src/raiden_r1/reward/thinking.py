"""Thinking quality (docs/reward.md, component 3), with filler taken out before anything is counted.

A think block earns length, reasoning-indicator and key-fact credit only for what it really
thinks: sentences repeated, copied from the question or the instructions, or generic enough to
stand in any think block ("Let me think. I will answer the question.") count for nothing, and a
block that neither reaches a key fact nor touches what the question asks about keeps a fifth of
its length and indicator credit: inner monologue about something else is not reasoning about this.
A key fact dropped into a few words ("Pretzel.") is not reasoning that reaches it either: the
key-fact credit grows with the real thinking up to a quarter of the target length.

The think block is the long part of a response and its signals are soft, so it is only lowered and
cut into sentences (C-level operations); only sentences that could be a copy or that hold a
generic phrase are normalised and looked at more closely.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from raiden_r1.canon import canonical_light, collapse
from raiden_r1.canon.numbers import canonical_numbers
from raiden_r1.canon.trie import trie_pattern
from raiden_r1.text import language_from_counts

from . import components as C
from .fasttext import length_units, script_counts_fast
from .first_of import FirstOf
from .lexicon import _entries, _load_yaml
from .matching import PreparedTruth
from .repetition import profile_labels
from .similarity import content_units
from .think_anchor import anchored, narrated, not_prose, profile_talk
from .think_notes import pasted_as_notes
from .think_substance import says_something

_SENTENCES = re.compile(r"[.!?\n;。！？；]+")
MAX_THINK_CHARS = 8192
MAX_SENTENCES = 256
UNRELATED_FACTOR = 0.2
# The instruction of the role-play prompt (data/templates/role_playing.jinja): copying it is filler.
_INSTRUCTION = ("stay fully in character as the person described above first think as that character in their "
                "inner monologue inside think then after think answer as the character in first person in the "
                "same language as the question use exactly this form your inner thoughts your answer")


@lru_cache(maxsize=2)
def _generic(kind: str = "thinking") -> FirstOf:
    """Generic filler phrases ("thinking") or phrases from outside the role ("thinking_meta")."""
    data = _load_yaml(kind)
    words = sorted({w for lang, ws in data.items() for w in _entries(ws, f"lexicon/thinking.yaml: {lang}")},
                   key=len, reverse=True)
    # the think text is only lowered: an entry folded to hiragana at load ("ゆーざー") is looked for
    # as katakana too ("ユーザー")
    cjk_words = [v for w in words if not w.isascii() for v in dict.fromkeys((w, w.translate(_HIRA_TO_KATA)))]
    # Matched on lowered, unnormalised text: a space in an entry stands for any run of non-letters
    # ("i ll answer" finds "I'll answer").
    # (callers ask only whether there is a match: each list as a trie, searched apart, finds one
    # exactly when the "latin|cjk" alternation of the words did)
    latin = trie_pattern(w for w in words if w.isascii()).replace("\\ ", r"[\W_]+")
    return FirstOf(rf"(?<![a-z0-9])(?:{latin})(?![a-z0-9])", trie_pattern(cjk_words))


@dataclass(slots=True)
class ThinkingDetail:
    language: str = ""
    units: int = 0  # length of what counts (unique, non-filler sentences)
    filler_sentences: int = 0
    repeated_sentences: int = 0
    echo_sentences: int = 0  # the question or the answer restated (think_substance.py)
    indicators: tuple[str, ...] = ()
    key_fact_share: float = 0.0
    related: bool = True
    pasted_profile: bool = False  # "名前：…。職業：…。": the profile copied, not thought about
    parts: tuple[float, float, float] = (0.0, 0.0, 0.0)


def _is_filler(sentence: str, prep: PreparedTruth, question: str) -> bool:
    """Copied from the question or the instructions, or generic and about nothing in particular
    (a generic phrase with no word of the question or the gold answer). ``sentence`` is lowered
    text; it is normalised here only when it could be a copy or holds a generic phrase."""
    if len(sentence) <= (2 if sentence.isascii() else 1):  # "ok", "嗯"; but "민수" may be the key fact
        return True
    if len(sentence) <= max(len(question), len(_INSTRUCTION)) + 12:
        c = collapse(sentence)
        if len(c) <= (2 if c.isascii() else 1) or (question and ((c in question and len(c) >= min(6, len(question))) or
                                                        (question in c and len(c) < len(question) + 12))) or \
                (len(c) > 12 and c in _INSTRUCTION):
            return True
    if _generic("thinking_meta").search(sentence) is not None:
        return True
    if _generic().search(sentence) is None:
        return False
    units = content_units(collapse(sentence))
    return not (units & prep.question_units or units & prep.gold_content)


@lru_cache(maxsize=65536)
def _spellings(raw: str) -> tuple[str, ...]:
    """How a keyword may be written in a think block that is only lowered, not normalised: as
    written, in its canonical form, and with katakana and hiragana swapped."""
    low = raw.lower().strip()
    hira = low.translate(_KATA_TO_HIRA)
    kata = low.translate(_HIRA_TO_KATA)
    # the think text gets numbers canonical but no collapse ("1 번"), the canonical form is collapsed ("1번")
    return tuple(dict.fromkeys(x for x in (low, hira, kata, canonical_light(raw), canonical_numbers(low)) if x))


_KATA_TO_HIRA = {o: o - 0x60 for o in range(0x30A1, 0x30F7)}
_HIRA_TO_KATA = {o: o + 0x60 for o in range(0x3041, 0x3097)}
_LATIN_WORD = re.compile("[a-z0-9]")


def _mentions(body: str, spelling: str) -> bool:
    start = body.find(spelling)
    while start != -1:
        end = start + len(spelling)
        if not spelling.isascii() or ((start == 0 or not _LATIN_WORD.match(body[start - 1])) and
                                      (end == len(body) or not _LATIN_WORD.match(body[end]))):
            return True
        start = body.find(spelling, start + 1)
    return False


def _key_fact_share(body: str, prep: PreparedTruth) -> float:
    if not body:
        return 0.0
    if prep.items:
        return sum(1 for alts in prep.items
                   if any(_mentions(body, sp) for a in alts for sp in _spellings(a.raw))) / len(prep.items)
    if prep.gold_content:
        return min(1.0, len(content_units(collapse(body)) & prep.gold_content) / len(prep.gold_content) / 0.5)
    return 0.0


class _SentenceVerdict:
    """What score_thinking reads of one think sentence under one prepared truth, each a pure function
    of the two, worked out when first asked. The rollouts of a GRPO group (and the think blocks of
    one policy) repeat many sentences word for word: each is read once per ground truth."""

    __slots__ = ("filler", "_narrated", "_key", "_says", "_anchored")

    def __init__(self, filler: bool) -> None:
        self.filler = filler  # filler, not prose, or the profile read out
        self._narrated: dict[bool, bool] = {}
        self._key: bool | None = None
        self._says: bool | None = None
        self._anchored: bool | None = None

    def narrated(self, s: str, prep: PreparedTruth, after_narration: bool) -> bool:
        if after_narration not in self._narrated:
            self._narrated[after_narration] = narrated(s, prep, after_narration)
        return self._narrated[after_narration]

    def holds_key(self, s: str, prep: PreparedTruth) -> bool:
        if self._key is None:
            self._key = _key_fact_share(s, prep) > 0
        return self._key

    def says(self, s: str, prep: PreparedTruth) -> bool:
        if self._says is None:
            self._says = says_something(s, prep.think_known)
        return self._says

    def anchored(self, s: str, prep: PreparedTruth, holds_key: bool) -> bool:
        # (holds_key is always this sentence's own holds_key, so one value is kept)
        if self._anchored is None:
            self._anchored = anchored(s, prep, holds_key)
        return self._anchored


# Per prepared truth (by identity; the entry keeps the truth alive, so an id is never reused while
# its entry stands): the verdicts of the sentences met so far. Bounded: emptied when full.
_MEMO: dict[int, tuple[PreparedTruth, dict[str, _SentenceVerdict]]] = {}
_MEMO_TRUTHS = 256
_MEMO_SENTENCES = 8192


def _sentence_memo(prep: PreparedTruth) -> dict[str, _SentenceVerdict]:
    entry = _MEMO.get(id(prep))
    if entry is None or entry[0] is not prep:
        if len(_MEMO) >= _MEMO_TRUTHS:
            _MEMO.clear()
        entry = _MEMO[id(prep)] = (prep, {})
    if len(entry[1]) >= _MEMO_SENTENCES:
        entry[1].clear()
    return entry[1]


_SENTENCE_ENDS = ".!?;。！？；"


def _sentences(text: str) -> list[str]:
    """``_SENTENCES.split(text, MAX_SENTENCES)`` less some empty pieces (which the caller skips):
    the ends made line breaks by str.replace and split there, in half the regex's time. With more
    ends than the split may make, the regex itself (its last piece keeps the rest as written)."""
    ends = text
    for c in _SENTENCE_ENDS:
        if c in ends:
            ends = ends.replace(c, "\n")
    if ends.count("\n") > MAX_SENTENCES:
        return _SENTENCES.split(text, MAX_SENTENCES)
    return ends.split("\n")


def score_thinking(thinking: str, prep: PreparedTruth) -> ThinkingDetail:
    """The think block is lowered and cut into sentences, nothing more: it is the long part of a
    response and its signals are soft, so the full normaliser is kept for the answer."""
    d = ThinkingDetail()
    if profile_labels(thinking[:MAX_THINK_CHARS], 3) >= 3 or pasted_as_notes(thinking[:MAX_THINK_CHARS]):
        d.pasted_profile = True
        return d
    text = thinking[:MAX_THINK_CHARS].lower()
    if prep.numeric_keys:  # numbers and dates in their canonical form only when a keyword needs them
        text = canonical_numbers(text)
    question = prep.question_norm
    memo = _sentence_memo(prep)
    seen: set[str] = set()
    kept: list[str] = []
    narration = False  # the think has narrated the character by name: its he/she are the character
    for raw in _sentences(text):
        s = " ".join(raw.split())
        if not s:
            continue
        if s in seen:
            d.repeated_sentences += 1
            continue
        seen.add(s)
        verdict = memo.get(s)
        if verdict is None:
            verdict = memo[s] = _SentenceVerdict(
                _is_filler(s, prep, question) or not_prose(s) or profile_talk(s, prep))
        if verdict.filler:
            d.filler_sentences += 1
            continue
        if verdict.narrated(s, prep, narration):  # the character seen from outside is not its inner monologue
            narration = True
            d.filler_sentences += 1
            continue
        kept.append(s)
    # Echoes (the question or the answer restated with words any think block uses) earn no reasoning
    # credit. One that reaches the key fact is still a recall ("こはるの柴犬はぽんず"): it counts at half
    # length; one that does not ("They want to know where I grew up") counts for nothing.
    said, recalled = [], []
    loose = 0
    follows = False  # the last sentence was about this: a "because …" right after it continues it
    connectives = C.REASONING_INDICATORS.get(prep.language, ()) + C.REASONING_INDICATORS["en"]
    for s in kept:
        verdict = memo[s]
        key = verdict.holds_key(s, prep)
        if verdict.says(s, prep):
            # a sentence about something else earns nothing, however long (think_anchor.py)
            own = verdict.anchored(s, prep, key)
            if own or (follows and s.startswith(connectives)):
                said.append(s)
            else:
                loose += 1
            follows = own  # a continuation carries on one sentence, not a chain
        elif key:
            recalled.append(s)
    d.filler_sentences += loose
    d.echo_sentences = len(kept) - len(said) - loose
    body = " ".join(said)
    recall = " ".join(recalled)
    counts = script_counts_fast(body or recall)
    lang = d.language = language_from_counts(*counts, default=prep.language)
    said_units = length_units(body, lang, counts) if body else 0
    # a fact recalled counts once, said at its shortest, however many echoes restate it
    recall_units = min((length_units(r, lang) for r in recalled), default=0)
    d.units = said_units + (recall_units + 1) // 2
    d.indicators = tuple(C.indicators_found(body, lang, counts[0])) if body else ()
    d.key_fact_share = _key_fact_share(f"{body} {recall}", prep)
    # a monologue that reaches the key fact is about the question even when the sentence that says
    # something new does not name it ("想起小时候在平江路边的石桥上跑来跑去。我是在苏州长大的。")
    d.related = not question or d.key_fact_share > 0 or (
        bool(body) and bool(prep.question_units & content_units(collapse(body))))
    length_part, indicator_part, key_part = C.thinking_score(d.units, lang, len(d.indicators), d.key_fact_share)
    target = C.THINK_TARGET.get(lang, 60)
    key_part *= min(1.0, d.units / (0.25 * target))
    if not d.related:
        length_part *= UNRELATED_FACTOR
        indicator_part *= UNRELATED_FACTOR
        key_part *= UNRELATED_FACTOR
    elif prep.items and not d.key_fact_share:
        # a monologue about the question that never reaches the answer is not reasoning to it
        length_part *= UNRELATED_FACTOR
        indicator_part *= UNRELATED_FACTOR
    d.parts = (length_part, indicator_part, key_part)
    return d
