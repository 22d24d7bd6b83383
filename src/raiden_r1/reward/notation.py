"""Numbers written in another notation than the keyword's digits (session 32): Roman numerals
("XXII years", "MCMLVIII") and Chinese numerals before 周岁 ("五周岁" for 5岁: the normaliser leaves a
numeral before 周, a week, alone). keyword_spellings adds them to a number keyword's spellings (and
to the negative keywords', so a wrong number in Roman numerals stays refused)."""

from __future__ import annotations

import re

_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
# Roman numerals that are also words, names or units ("mix", "Xi", "civil", "cm"): never a spelling.
_ROMAN_WORDS = frozenset({"i", "v", "x", "l", "c", "d", "m", "vi", "xi", "li", "mi", "di", "ci", "mm", "cm", "cd",
                          "dc", "xl", "xxx", "mix", "dix", "mid", "mil", "dim", "lid", "liv", "civ", "mcm", "mcc", "iv"})  # (an IV drip)
_INTEGER = re.compile(r"[1-9]\d{0,3}")


def roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def roman_spelling(c: str) -> list[str]:
    """The Roman numeral of a canonical integer keyword (lower case, as the normaliser folds it),
    unless it is also a word ("mix" for 1009, "xi" for 11, "cm" for 900)."""
    if not _INTEGER.fullmatch(c) or not 2 <= int(c) <= 3999:
        return []
    r = roman(int(c))
    return [] if r in _ROMAN_WORDS else [r]


_ZH_DIGITS = "零一二三四五六七八九"


def zh_numeral(n: int) -> str:
    """1..199 in Chinese numerals as ages are said: 五, 十二, 二十, 一百零五."""
    if n < 10:
        return _ZH_DIGITS[n]
    if n < 20:
        return "十" + (_ZH_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _ZH_DIGITS[n // 10] + "十" + (_ZH_DIGITS[n % 10] if n % 10 else "")
    rest = n % 100
    tail = "" if not rest else ("零" + _ZH_DIGITS[rest] if rest < 10 else ("一" + zh_numeral(rest) if rest < 20 else zh_numeral(rest)))
    return _ZH_DIGITS[n // 100] + "百" + tail


def zh_full_years(n: str) -> list[str]:
    """An age in full years in Chinese numerals: "五周岁", and "两周岁" for 2."""
    if not n.isdigit() or not 1 <= int(n) <= 199:
        return []
    v = int(n)
    return [zh_numeral(v) + "周岁"] + (["两周岁"] if v == 2 else [])


_ROMAN_TOKEN = re.compile(r"\b[MDCLXVI]{2,}\b")
_ROMAN_VALUES = {"m": 1000, "d": 500, "c": 100, "l": 50, "x": 10, "v": 5, "i": 1}


def roman_value(token: str) -> int | None:
    """The value of a well-formed Roman numeral ("xxii": 22), or None ("iiv", "mix" a word)."""
    t = token.lower()
    if t in _ROMAN_WORDS or not t or any(ch not in _ROMAN_VALUES for ch in t):
        return None
    n = 0
    for i, ch in enumerate(t):
        v = _ROMAN_VALUES[ch]
        n += -v if i + 1 < len(t) and _ROMAN_VALUES[t[i + 1]] > v else v
    return n if 0 < n <= 3999 and roman(n) == t else None


def roman_as_digits(raw: str) -> str:
    """Raw text with its capitalised Roman numerals written in digits ("XXII years": "22 years"), for
    rules that tell a number from a word by its digits."""
    if not _ROMAN_TOKEN.search(raw):
        return raw
    return _ROMAN_TOKEN.sub(lambda m: str(v) if (v := roman_value(m.group(0))) else m.group(0), raw)
