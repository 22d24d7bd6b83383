"""Language detection, normalisation and term matching shared by the data builder and the reward.

One matcher for both sides matters: a keyword the builder calls "grounded in the profile" must be
found by exactly the rule the reward later uses to find it in an answer.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Literal

Language = Literal["en", "zh", "ja", "ko"]
LANGUAGES: tuple[str, ...] = ("en", "zh", "ja", "ko")

_NON_WORD = re.compile(r"[\W_]+")


def _is_kana(c: str) -> bool:
    o = ord(c)
    return 0x3040 <= o <= 0x30FF or 0x31F0 <= o <= 0x31FF or 0xFF66 <= o <= 0xFF9D


def _is_hangul(c: str) -> bool:
    o = ord(c)
    return 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F


def _is_han(c: str) -> bool:
    o = ord(c)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x2FA1F


def is_cjk_char(c: str) -> bool:
    """Han, kana or hangul: scripts written without spaces between words (Korean aside, but
    Korean particles attach to nouns, so substring matching is right there too)."""
    return _is_han(c) or _is_kana(c) or _is_hangul(c)


def has_cjk(text: str) -> bool:
    return any(is_cjk_char(c) for c in text)


def script_counts(text: str) -> tuple[int, int, int, int]:
    """(latin letters, han, kana, hangul) in ``text``."""
    latin = han = kana = hangul = 0
    for c in text:
        if c.isascii():
            if c.isalpha():
                latin += 1
        elif _is_han(c):
            han += 1
        elif _is_kana(c):
            kana += 1
        elif _is_hangul(c):
            hangul += 1
        elif c.isalpha():
            latin += 1  # accented Latin, Cyrillic, ...: treated as the "en" family
    return latin, han, kana, hangul


def detect_language(text: str, default: Language = "en") -> Language:
    """Best guess among en/zh/ja/ko from the scripts used.

    Kana marks Japanese even in kanji-heavy text; hangul marks Korean; other Han text is Chinese.
    Latin-script text is "en". CJK characters count triple against Latin letters because one CJK
    character carries about as much as a short Latin word (so a Chinese profile with an English
    alias is still Chinese).
    """
    return language_from_counts(*script_counts(text), default=default)


def language_from_counts(latin: int, han: int, kana: int, hangul: int, default: Language = "en") -> Language:
    """The decision rule of :func:`detect_language`, on script counts however they were taken
    (the reward counts them from UTF-8 bytes, which is much faster than a per-character loop)."""
    cjk = han + kana + hangul
    if cjk == 0 and latin == 0:
        return default
    if cjk * 3 < latin:
        return "en"
    if hangul >= max(kana, 1) and hangul * 2 >= han:
        return "ko"
    if kana >= 2 or (kana and kana * 10 >= han):
        return "ja"
    return "zh" if han else ("ko" if hangul else "ja")


def normalize(text: str) -> str:
    """NFKC (full/half width), case folding, punctuation and whitespace collapsed to one space."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return _NON_WORD.sub(" ", text).strip()


@lru_cache(maxsize=65536)
def normalize_term(term: str) -> str:
    """``normalize`` for keywords, cached: the same few keywords are matched against many answers."""
    return normalize(term)


def _is_latin_word_char(c: str) -> bool:
    return c.isalnum() and not is_cjk_char(c)


@lru_cache(maxsize=8192)
def _match_text(text: str) -> str:
    from raiden_r1.canon import canonical, match_form

    return match_form(canonical(text))


def keyword_in(text: str, keyword: str) -> bool:
    """Whether ``keyword`` occurs in ``text`` by the reward's own matcher (raiden_r1.canon):
    numbers, dates, units, script variants and inflections in one form; Latin terms on word
    boundaries ("C" is not in "C++"), CJK terms as substrings except one-character ones, which must
    stand as a word. For grounding a keyword in a history or a profile."""
    if not keyword:
        return False
    from raiden_r1.canon import find_term, make_term

    return find_term(_match_text(text), make_term(keyword)) != -1


def contains_term(norm_text: str, norm_term: str) -> bool:
    """Whether a normalised term occurs in normalised text (the builder's field and alias
    matching: exact words, no stemming).

    Terms containing CJK characters match as substrings. Other terms match on word boundaries
    ("art" is not in "party"), where a boundary is anything but a Latin letter or digit, so
    "basketball" is found in "我喜欢basketball". Linear in the text length (no regex backtracking).
    """
    if not norm_term:
        return False
    if has_cjk(norm_term):
        return norm_term in norm_text
    n = len(norm_term)
    start = norm_text.find(norm_term)
    while start != -1:
        end = start + n
        before_ok = start == 0 or not _is_latin_word_char(norm_text[start - 1])
        after_ok = end == len(norm_text) or not _is_latin_word_char(norm_text[end])
        if before_ok and after_ok:
            return True
        start = norm_text.find(norm_term, start + 1)
    return False


def text_length(text: str, language: str) -> int:
    """Length as a reader of that language counts it: characters for CJK, words otherwise."""
    if language in ("zh", "ja"):
        return sum(1 for c in text if not c.isspace() and unicodedata.category(c)[0] not in "PZ")
    return len(normalize(text).split())
