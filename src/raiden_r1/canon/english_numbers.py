"""English numbers written in words as digits: "twenty-seven" is 27, "one hundred and five" 105,
"thirty first" 31, and a number read group by group ("nineteen eighty-four" 1984, "four one seven"
417). numbers.canonical_numbers runs ``EN_RUN.sub(en_run, text)`` first, before any digit rule.
"""

from __future__ import annotations

import re

from .trie import trie_pattern

_UNITS_EN = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
_TENS_EN = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if i >= 2}
_ORDINALS_EN = {"third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
                "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
                "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
                "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
                "eightieth": 80, "ninetieth": 90, "hundredth": 100}
_SCALES_EN = {"hundred": 100, "thousand": 1000}


_NUMWORD = trie_pattern([*_UNITS_EN, *_TENS_EN, *_ORDINALS_EN, *_SCALES_EN])
# A run of number words: "twenty-seven", "one hundred and five", "a hundred", "thirty first".
# "and" joins only after a scale ("a hundred and five"): "seven and three quarters" is 7, then 3.
EN_RUN = re.compile(rf"\b(?:a(?=[ -]+(?:hundred|thousand)\b)|{_NUMWORD})(?:(?:(?:(?<=hundred)|(?<=thousand)|(?<=million))[ -]+and)?"
                    rf"[ -]+(?:{_NUMWORD}|first|second))*\b")
# The old order, unit before tens: "two-and-twenty" is 22, "four and twenty blackbirds" 24 (read
# before EN_RUN, which would read "2 and 20").
EN_UNIT_AND_TENS = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine)[ -]+and[ -]+"
                              r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b(?![ -]+(?:one|two|three|four|"
                              r"five|six|seven|eight|nine)\b)")


def en_unit_and_tens(m: re.Match[str]) -> str:
    return str(_UNITS_EN[m.group(1)] + _TENS_EN[m.group(2)])


# "oh" for a zero in a year said aloud: "twenty oh three" is 2003, "back in oh-three" '03 (after a
# preposition of time only: "oh, three of them" is no year).
_OH_DIGIT = r"(one|two|three|four|five|six|seven|eight|nine)"
EN_OH_YEAR = re.compile(rf"\b(?:(nineteen|twenty)[ -]+oh[ -]+{_OH_DIGIT}|(in|since|from|of|till|until|around|by)[ ]+oh[ -]+{_OH_DIGIT})\b")


def en_oh_year(m: re.Match[str]) -> str:
    if m.group(1):
        return f"{19 if m.group(1) == 'nineteen' else 20}0{_UNITS_EN[m.group(2)]}"
    return f"{m.group(3)} 0{_UNITS_EN[m.group(4)]}"


# Checked before the pattern runs (see numbers.py: a set intersection is cheaper than the alternation).
NUMWORD_SET = frozenset([*_UNITS_EN, *_TENS_EN, *_ORDINALS_EN, *_SCALES_EN])


def _en_value(words: list[str]) -> int | None:
    total = current = 0
    seen = False
    for w in words:
        if w == "and":
            continue
        if w == "a":
            current = 1
        elif w in _UNITS_EN:
            current += _UNITS_EN[w]
        elif w in _TENS_EN:
            current += _TENS_EN[w]
        elif w in _ORDINALS_EN:
            v = _ORDINALS_EN[w]
            current = current * v if v == 100 else current + v
        elif w in ("first", "second"):
            if not current:
                return None  # a bare "first"/"second" is a word, not a number
            current += 1 if w == "first" else 2
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w == "thousand":
            total += max(current, 1) * 1000
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _groups(words: list[str]) -> list[int] | None:
    """Number words read digit group by digit group ("nineteen eighty-four", "one eighty-three",
    "four one seven"): the values of the groups, or None when the words form one number."""
    if any(w in _SCALES_EN or w in _ORDINALS_EN or w in ("and", "a", "first", "second") for w in words):
        return None
    groups: list[int] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w in _TENS_EN:
            v = _TENS_EN[w]
            if i + 1 < len(words) and words[i + 1] in _UNITS_EN and _UNITS_EN[words[i + 1]] < 10:
                v += _UNITS_EN[words[i + 1]]
                i += 1
            groups.append(v)
        elif w in _UNITS_EN:
            groups.append(_UNITS_EN[w])
        else:
            return None
        i += 1
    return groups if len(groups) >= 2 else None


def en_run(m: re.Match[str]) -> str:
    words = m.group(0).replace("-", " ").split()
    groups = _groups(words)
    if groups is not None:
        head, rest = str(groups[0]), groups[1:]
        if all(g < 10 for g in rest) and groups[0] < 10:
            return "".join(str(g) for g in groups)  # "four one seven" -> 417
        return head + "".join(f"{g:02d}" if g >= 10 or len(rest) == 1 else str(g) for g in rest)
    if len(words) >= 2 and words[-1] in _ORDINALS_EN and _ORDINALS_EN[words[-1]] < 20:
        # "one third", "three fifth": a fraction, not a sum ("thirty third" is 33, "one third" no 4)
        count = _en_value(words[:-1])
        if count is not None and (count % 10 or 10 < count < 20):
            return f"{count} {words[-1]}"
    v = _en_value(words)
    return m.group(0) if v is None else str(v)
