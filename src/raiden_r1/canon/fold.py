"""Character-level folding: one string per way of writing the same characters.

Every disguise that changes how a character is encoded but not what a reader sees is undone
here, before any rule looks at the text: zero-width and other invisible format characters,
full-width and other compatibility forms (NFKC also composes decomposed accents and hangul),
case, Latin look-alikes from other scripts (Cyrillic 'а', Greek 'ο': Unicode's confusables data),
katakana vs hiragana, traditional vs simplified Chinese (zhconv's character table). Punctuation
is kept (clauses are cut on it later), except wide punctuation, which becomes a space: it would
send NFKC down its slow path, and every rule treats it as a separator anyway.

All of it is ``str.translate`` and ``unicodedata.normalize``: C loops, so the reward's hot path
stays linear and fast on any string.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .elisions import expand_elisions
from .jamo import HAS_JAMO, compose_jamo

# Invisible characters a policy can slip into "A\u200bI" to hide a phrase: every format character
# (Unicode category Cf: zero-width space/joiners, bidi marks, word joiner, BOM, soft hyphen, tag
# characters), plus the combining grapheme joiner, variation selectors and the hangul fillers.
_EXTRA_INVISIBLE = [0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0, *range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0)]


# Category Cf as of Unicode 14 (Python 3.11's unicodedata; a test checks the list against the
# running interpreter), as ranges: scanning all code points at import would cost ~0.3 s.
_FORMAT_RANGES = ((0x00AD, 0x00AD), (0x0600, 0x0605), (0x061C, 0x061C), (0x06DD, 0x06DD), (0x070F, 0x070F),
                  (0x0890, 0x0891), (0x08E2, 0x08E2), (0x180E, 0x180E), (0x200B, 0x200F), (0x202A, 0x202E),
                  (0x2060, 0x2064), (0x2066, 0x206F), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB), (0x110BD, 0x110BD),
                  (0x110CD, 0x110CD), (0x13430, 0x13438), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A),
                  (0xE0001, 0xE0001), (0xE0020, 0xE007F))


def invisible_code_points() -> list[int]:
    out = {c for lo, hi in _FORMAT_RANGES for c in range(lo, hi + 1)}
    return sorted(out | set(_EXTRA_INVISIBLE))


# Full-width / ideographic punctuation NFKC would map to ASCII punctuation: replaced by a space
# first (one such character makes NFKC ~100x slower). Sentence enders become their ASCII twin so
# the clause splitter still sees them.
# The ideographic full stop becomes a line break, not ".": "19。十代" must not read as "19.10".
_WIDE_TO_ASCII = {"。": "\n", "．": ".", "！": "!", "？": "?", "；": ";", "，": ",", "、": ",", "：": ":",
                  "｡": "\n", "､": ",", "…": "."}


@lru_cache(maxsize=1)
def _pre_table() -> dict[int, object]:
    table: dict[int, object] = {c: None for c in invisible_code_points()}
    for o in [0x3000, *range(0xFF01, 0xFF10), *range(0xFF1A, 0xFF21), *range(0xFF3B, 0xFF41),
              *range(0xFF5B, 0xFF66), 0x2026]:
        table[o] = " "
    for k, v in _WIDE_TO_ASCII.items():
        table[ord(k)] = v
    return table


def _confusables() -> dict[int, str]:
    """Non-ASCII letters that look like one ASCII letter or digit (Cyrillic 'а' -> 'a'), from the
    confusable-homoglyphs package's copy of Unicode's confusables data. CJK characters are left
    alone: only Latin look-alikes can disguise a Latin phrase."""
    from confusable_homoglyphs.confusables import confusables_data

    out: dict[int, str] = {}
    for ch, homoglyphs in confusables_data.items():
        if len(ch) != 1 or ch.isascii() or not ch.isalpha():
            continue
        for h in homoglyphs:
            c = h.get("c", "")
            if len(c) == 1 and c.isascii() and c.isalnum():
                out[ord(ch)] = c.lower()
                break
    return out


def _traditional_to_simplified() -> dict[int, str]:
    """Single-character traditional -> simplified mappings of zhconv's table (Han only)."""
    import zhconv.zhconv as z

    z.loaddict()
    table = z.zhcdicts["zh2Hans"]
    return {ord(k): v for k, v in table.items()
            if len(k) == 1 and len(v) == 1 and k != v and _is_han(k) and _is_han(v)}


def _is_han(c: str) -> bool:
    o = ord(c)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x2FA1F


@lru_cache(maxsize=1)
def _post_table() -> dict[int, str]:
    table: dict[int, str] = {}
    table.update(_confusables())
    # Katakana -> hiragana (ァ..ヶ -> ぁ..ゖ): バスケ and ばすけ are one word to a reader.
    table.update({o: chr(o - 0x60) for o in range(0x30A1, 0x30F7)})
    table.update(_traditional_to_simplified())
    # After NFKC some punctuation is ASCII-like but not ASCII (fancy quotes, dashes): one space.
    for c in "\u2018\u2019\u201c\u201d\u2212\u300c\u300d\u300e\u300f\u3010\u3011":
        table[ord(c)] = " "
    # Dashes separate clauses ("Duluth\u2014no wait, Two Harbors"): a comma to the splitter.
    for c in "\u2013\u2014\u2015":
        table[ord(c)] = ","
    return table


def fold(text: str) -> str:
    """The folded form of ``text`` (see the module doc). ASCII text is only lowered."""
    if text.isascii():
        return expand_elisions(text.lower())
    text = text.translate(_pre_table())
    text = expand_elisions(unicodedata.normalize("NFKC", text).casefold())
    if HAS_JAMO.search(text):
        text = compose_jamo(text)  # "ㅇㅕㄱㅎㅏㄹㄱㅡㄱ" = 역할극 (jamo.py)
    return text.translate(_post_table())


_KATAKANA = re.compile("[\u30a1-\u30f6]")
_KANA_TABLE = {o: chr(o - 0x60) for o in range(0x30A1, 0x30F7)}


def fold_light(text: str) -> str:
    """A cheaper fold for long text that only feeds soft signals (the think block): NFKC, case and
    kana, without the invisible-character, look-alike and Chinese-variant tables (each costs a
    table lookup per character)."""
    if text.isascii():
        return expand_elisions(text.lower())
    text = expand_elisions(unicodedata.normalize("NFKC", text).casefold())
    if _KATAKANA.search(text):
        text = text.translate(_KANA_TABLE)
    return text


def warm() -> None:
    """Build the tables now (importing the reward in a worker should not pay for it mid-batch)."""
    _pre_table()
    _post_table()
