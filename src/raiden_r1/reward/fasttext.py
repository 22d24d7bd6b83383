"""Fast equivalents of :mod:`raiden_r1.text` for the reward's hot path.

The reward must score tens of thousands of responses a second on one core, so it cannot afford a
Python loop per character. Every function here either returns exactly what its
``raiden_r1.text`` counterpart returns (``normalize_fast``, ``find_term``: property-tested against
the originals) or is a documented approximation used only for soft signals (script counts for
language detection and length, counted on UTF-8 lead bytes).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from raiden_r1.text import Language, has_cjk, is_cjk_char, language_from_counts

# Full-width / ideographic punctuation NFKC would map to ASCII punctuation. Chinese text is full
# of it, and a single such character sends NFKC down its slow path (~100x slower), so it is
# replaced by a space first: both routes end as one space after collapsing.
_WIDE_PUNCT = re.compile("[\u3000\u2026\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]")
_WORD_RUN = re.compile(r"[^\W_]+")  # the runs raiden_r1.text.normalize keeps (it replaces [\W_]+ by " ")
_ASCII_NON_WORD = {i: 32 for i in range(128) if not chr(i).isalnum()}


def fold(text: str) -> str:
    """NFKC + case folding, with wide punctuation already turned into spaces. Not the same string
    as ``normalize`` (punctuation is kept) but ``collapse(fold(t)) == normalize(t)``, and every
    word of ``normalize(t)`` occurs in ``fold(t)``: that makes it a sound pre-check."""
    if text.isascii():
        return text.lower()  # NFKC is the identity on ASCII and casefold is lower()
    if _WIDE_PUNCT.search(text) is not None:
        text = _WIDE_PUNCT.sub(" ", text)
    return unicodedata.normalize("NFKC", text).casefold()


def collapse(folded: str) -> str:
    """Punctuation and whitespace runs to one space, stripped (the last step of ``normalize``)."""
    if folded.isascii():
        return " ".join(folded.translate(_ASCII_NON_WORD).split())
    return " ".join(_WORD_RUN.findall(folded))


def normalize_fast(text: str) -> str:
    """Exactly ``raiden_r1.text.normalize(text)``, several times faster on typical text."""
    return collapse(fold(text))


def _is_latin_word_char(c: str) -> bool:
    return c.isalnum() and not is_cjk_char(c)


def find_term(norm_text: str, norm_term: str, cjk: bool | None = None, start: int = 0) -> int:
    """Offset of the first match of a normalised term in normalised text at or after ``start``,
    or -1: the rule of ``raiden_r1.text.contains_term`` (CJK terms as substrings, other terms on
    word boundaries), returning where it matched so hedging can look around it."""
    if not norm_term:
        return -1
    if cjk is None:
        cjk = has_cjk(norm_term)
    pos = norm_text.find(norm_term, start)
    if cjk:
        return pos
    n = len(norm_term)
    size = len(norm_text)
    for _ in range(_PY_TRIES):
        if pos == -1:
            return -1
        end = pos + n
        if (pos == 0 or not _is_latin_word_char(norm_text[pos - 1])) and (
            end == size or not _is_latin_word_char(norm_text[end])
        ):
            return pos
        pos = norm_text.find(norm_term, pos + 1)
    # Many occurrences inside longer words ("a" in "aaaa..."): finish in the regex engine, which
    # walks them in C, so the search stays linear and fast on adversarial text.
    if pos == -1:
        return -1
    m = _bounded_term(norm_term).search(norm_text, pos)
    return m.start() if m else -1


_PY_TRIES = 16
# A character ``_is_latin_word_char`` accepts (alphanumeric, not in the CJK ranges of
# raiden_r1.text.is_cjk_char), as a regex class.
_LATIN_WORD_CHAR = ("[^\\W_\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9d\uac00-\ud7af\u1100-\u11ff"
                    "\u3130-\u318f\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\U00020000-\U0002fa1f]")


@lru_cache(maxsize=4096)
def _bounded_term(term: str) -> re.Pattern[str]:
    # The lookbehind sits after the term so the pattern starts with a literal the engine can
    # search for quickly.
    return re.compile(f"{re.escape(term)}(?<!{_LATIN_WORD_CHAR}.{{{len(term)}}})(?!{_LATIN_WORD_CHAR})", re.DOTALL)


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
    word boundaries with ``find_term``; CJK words are scanned with ``in`` in long texts and by one
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
    Latin word boundaries, as in ``find_term``), CJK words first, at most ``limit`` (0: all).
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
            if w in text and find_term(text, w, False) != -1:
                found.append(w)
                if limit and len(found) >= limit:
                    break
    return found
