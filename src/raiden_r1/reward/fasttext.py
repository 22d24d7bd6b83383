"""Fast script counts and lexicon lookups for the reward's hot path.

The reward scores thousands of responses a second on one core, so it cannot afford a Python loop
per character: script counts (for language detection and length) are taken on UTF-8 lead bytes
with ``bytes.translate``, a documented approximation of ``raiden_r1.text.script_counts`` used only
for soft signals. Matching and normalising live in ``raiden_r1.canon``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from raiden_r1.text import Language, has_cjk, language_from_counts

_LATIN_WORD_CHAR = re.compile("[^\\W_\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9d\uac00-\ud7af\u1100-\u11ff"
                              "\u3130-\u318f\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\U00020000-\U0002fa1f]")


def _whole_word(text: str, word: str) -> bool:
    """``word`` (Latin) occurs in ``text`` not inside a longer Latin word."""
    start = text.find(word)
    n = len(word)
    while start != -1:
        end = start + n
        if (start == 0 or not _LATIN_WORD_CHAR.match(text[start - 1])) and (
                end == len(text) or not _LATIN_WORD_CHAR.match(text[end])):
            return True
        start = text.find(word, start + 1)
    return False


def _class_table() -> bytes:
    """Maps each UTF-8 byte to its script class: L = ASCII letter or lead byte of U+00C0..U+07FF
    (accented Latin, Greek, Cyrillic), H = lead byte of U+4000..U+9FFF (Han), J = lead byte E3
    (U+3000..U+3FFF: kana, plus CJK punctuation E3 80, subtracted), K = lead byte of
    U+A000..U+DFFF (mostly hangul, U+AC00..U+D7AF)."""
    t = bytearray(b"." * 256)
    for c in [*range(65, 91), *range(97, 123), *range(0xC3, 0xE0)]:
        t[c] = ord("L")
    for c in range(0xE4, 0xEA):
        t[c] = ord("H")
    for c in range(0xEA, 0xEE):
        t[c] = ord("K")
    t[0xE3] = ord("J")
    return bytes(t)


_CLASS = _class_table()
_EXT_A = re.compile(rb"\xe3[\x90-\xbf]")
_DEL_NON_ALPHA = bytes(b for b in range(256) if not (65 <= b <= 90 or 97 <= b <= 122))
SAMPLE_CHARS = 192


def script_counts_fast(text: str) -> tuple[int, int, int, int]:
    """(latin letters, han, kana, hangul), counted on UTF-8 lead bytes in C.

    Approximates ``raiden_r1.text.script_counts``: rare blocks sharing lead bytes (Yi, bopomofo,
    CJK extensions) are misfiled, which does not move the language decision. Texts longer than
    SAMPLE_CHARS are counted on their head and tail and scaled: language and length are soft
    signals, and this keeps the cost flat.
    """
    n = len(text)
    if n > SAMPLE_CHARS:
        half = SAMPLE_CHARS // 2
        sample = text[:half] + text[-half:]
        scale = n / SAMPLE_CHARS
    else:
        sample, scale = text, 1.0
    if sample.isascii():
        counts = (len(sample.encode("ascii").translate(None, _DEL_NON_ALPHA)), 0, 0, 0)
    else:
        b = sample.encode("utf-8", "ignore")  # "ignore" drops lone surrogates
        c = b.translate(_CLASS)
        counts = (c.count(b"L"), c.count(b"H"), c.count(b"J") - b.count(b"\xe3\x80"), c.count(b"K"))
        if counts[2] > 0 and (ext := len(_EXT_A.findall(b))):
            # CJK extension A (U+3400..U+3FFF, lead byte E3 too) is Han: Cantonese 㗎, 㖭, 㨂 are no kana
            counts = (counts[0], counts[1] + ext, counts[2] - ext, counts[3])
    if scale == 1.0:
        return counts
    return int(counts[0] * scale), int(counts[1] * scale), int(counts[2] * scale), int(counts[3] * scale)


def detect_language_fast(text: str, default: Language = "en") -> Language:
    """``raiden_r1.text.detect_language`` on byte-counted scripts."""
    return language_from_counts(*script_counts_fast(text), default=default)


def length_units(text: str, language: str, counts: tuple[int, int, int, int] | None = None) -> int:
    """Length as a reader of ``language`` counts it: CJK characters (plus one per ~5 Latin letters)
    for zh/ja, whitespace-separated words otherwise. A fast stand-in for ``text_length``;
    ``counts`` (from :func:`script_counts_fast`) saves recounting."""
    if language in ("zh", "ja"):
        latin, han, kana, hangul = counts if counts is not None else script_counts_fast(text)
        return han + kana + hangul + (latin + 4) // 5
    return len(text.split())


# Below this length one regex pass finds the CJK words faster than one ``in`` scan per word;
# above it the scans win (the regex engine tries every alternative at every position).
SHORT_TEXT = 400


@dataclass(frozen=True, slots=True)
class Lexicon:
    """A word list prepared for searching. Latin words are scanned with ``in`` and confirmed on
    word boundaries; CJK words are scanned with ``in`` in long texts and by one
    regex alternation in short ones (whichever is faster)."""

    latin: tuple[str, ...]
    cjk: tuple[str, ...]
    cjk_pattern: re.Pattern[str] | None


def lexicon(words: Iterable[str]) -> Lexicon:
    words = tuple(dict.fromkeys(words))
    cjk = tuple(w for w in words if has_cjk(w))
    pattern = re.compile("|".join(re.escape(w) for w in sorted(cjk, key=len, reverse=True))) if cjk else None
    return Lexicon(tuple(w for w in words if not has_cjk(w)), cjk, pattern)


def words_found(text: str, lex: Lexicon, limit: int = 0, latin: bool = True) -> list[str]:
    """Distinct words of a :class:`Lexicon` in ``text`` (CJK words as substrings, Latin words on
    Latin word boundaries), CJK words first, at most ``limit`` (0: all).
    ``latin=False`` skips the Latin words (for text known to hold no Latin letters)."""
    found: list[str] = []
    if lex.cjk and not text.isascii():
        if len(text) <= SHORT_TEXT:
            # One pass reports non-overlapping matches: a word found only inside a longer one
            # at the same place is not reported separately (no lexicon here relies on that).
            found = list(dict.fromkeys(lex.cjk_pattern.findall(text)))
        else:
            for w in lex.cjk:
                if w in text:
                    found.append(w)
                    if limit and len(found) >= limit:
                        return found
        if limit and len(found) >= limit:
            return found[:limit]
    if latin:
        for w in lex.latin:
            if w in text and _whole_word(text, w):
                found.append(w)
                if limit and len(found) >= limit:
                    break
    return found
