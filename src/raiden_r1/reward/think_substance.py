"""Which think-block sentences say something (docs/reward.md, family 9: filler thinking).

A policy learns quickly that the thinking component pays length, "because"/"所以" and the key fact,
and that all three can be had by restating the question and the answer: "So the answer is that I
grew up in Duluth, because that is where I grew up." Such a sentence is an echo. A sentence says
something only when it holds a content word that is in none of the question, the gold answer, the
keywords or the character's name, and is not one of the words any think block uses while saying
nothing (lexicon/thinking_generic.yaml: question, tell, recall, warmly, 口吻, 말투...).

Units, read from NFKC-lowered text (not the reward's canonical form, which folds katakana into
hiragana and so loses katakana words): Latin words of 3+ letters under a light stem, numbers,
bigrams of kanji/katakana runs (a lone kanji is too ambiguous to count), and the first two
syllables of each hangul word (a stem: 부산에서 -> 부산, 자랐는지 -> 자랐).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from raiden_r1.canon.trie import trie_pattern

from .lexicon import _load_yaml
from .similarity import _CJK_FUNCTION, STOP_WORDS

_LATIN = re.compile(r"[a-z][a-z']{2,}|\d+")
_HAN_KATA = re.compile(f"[^\\W\\d_a-z\u3040-\u309f\uac00-\ud7af{_CJK_FUNCTION}]+")
_HANGUL = re.compile("[\uac00-\ud7af]{2,}")
_KANA = re.compile("[\u3041-\u3096]")
_READABLE = re.compile("[a-zA-Z\u30a1-\u30fa\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_SUFFIXES = ("ing", "ed", "es", "s", "ly")


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=1)
def _generic() -> tuple[frozenset[str], re.Pattern[str] | None, frozenset[str], frozenset[str]]:
    """(English stems, a pattern of the Chinese/Japanese entries, Korean two-syllable stems, lone
    kanji that say nothing: 问, 说, 私...)."""
    data = _load_yaml("thinking_generic")
    def words(lang: str) -> list[str]:
        values = data.get(lang) or []
        if not isinstance(values, list):
            raise ValueError(f"lexicon/thinking_generic.yaml: {lang}: expected a list")
        return [unicodedata.normalize("NFKC", str(v)).lower().strip() for v in values if str(v).strip()]
    cjk = sorted({w for lang in ("zh", "ja") for w in words(lang) if len(w) > 1}, key=len, reverse=True)
    # (one trie: at each position it takes the longest entry, as the longest-first alternation did,
    # without trying the entries one by one)
    pattern = re.compile(trie_pattern(cjk)) if cjk else None
    singles = frozenset(w for lang in ("zh", "ja") for w in words(lang) if len(w) == 1)
    return frozenset(_stem(w) for w in words("en")), pattern, frozenset(w[:2] for w in words("ko")), singles


def units(text: str) -> frozenset[str]:
    """The content units of ``text`` that are not generic (see module doc)."""
    en_generic, cjk_generic, ko_generic, single_generic = _generic()
    low = (text if text.isascii() else unicodedata.normalize("NFKC", text)).lower()  # (ASCII is NFKC already)
    out = {_stem(w) for w in _LATIN.findall(low) if w not in STOP_WORDS} - en_generic
    if low.isascii():
        return frozenset(out)
    if cjk_generic is not None:
        low = cjk_generic.sub(" ", low)
    for run in _HAN_KATA.findall(low):
        if len(run) > 1:
            out.update(map(str.__add__, run, run[1:]))
        elif run not in single_generic:
            out.add(run)  # "紅葉が好き": Japanese says much with lone kanji between kana
    for word in _HANGUL.findall(low):
        if word not in STOP_WORDS and word[:2] not in ko_generic:
            out.add(word[:2])
    return frozenset(out)


def known_units(question: str, answer: str, keywords: tuple[str, ...], names: tuple[str, ...]) -> frozenset[str]:
    """What a think sentence may repeat without saying anything new."""
    return frozenset().union(*(units(t) for t in (question, answer, *keywords, *names)))


def says_something(sentence: str, known: frozenset[str]) -> bool:
    """Two new units: one is often a stray word ("First Duluth") or a bigram across a word edge
    ("会说" in "我会说我在苏州长大"); a sentence that tells something has more. A hangul stem
    counts twice (one Korean word holds what two English words do: "좋아해요"), and so does a
    kanji unit in Japanese, where kana cut the runs at word edges ("紅葉が好きだから")."""
    if len(_KANA.findall(sentence)) >= 8 and not _READABLE.search(sentence):
        return True  # all kana (a child's voice: "ひなたは5さいで、さくらぐみ"): nothing to read, so no judgement
    found = units(sentence)
    new = found - known
    japanese = _KANA.search(sentence) is not None
    return sum(2 if (not u.isascii() and (japanese or "\uac00" <= u[0] <= "\ud7af")) else 1 for u in new) >= 2
