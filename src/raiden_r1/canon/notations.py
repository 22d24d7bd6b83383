"""Number notations read to one form (session 33, the blind suites' false negatives): the same value
written another way must be the same text to the matcher.

- Digits with CJK scale characters: "1万5千", "1.5万", "5千円", "3천만", "1만 5천 원" are 15000, 15000,
  5000円, 30000000 and 15000 원 (before, "5千" read as "5" then "千" = "51000").
- Shares: "42 percent", "42 per cent", "42パーセント", "42퍼센트", "42프로", "百分之四十二", "四割二分"
  are "42%" (and "%" itself, like all punctuation, leaves the canonical text: "42%" was already "42").
- Fractions in CJK numerals: "四分之三", "四分の三", "사분의 삼" are "4分之3", "4分の3", "4분의 3" (the
  numerator was left a word: a lone numeral is read only before a counter).
- "two and a half" is "2.5" (English says the half after the whole number).
- Korean native ordinals with 째: "스물일곱째", "둘째" are "27번째", "2번째", as "스물일곱 번째" is.
- A Korean year of birth read digit by digit ("구팔년생" = 98년생), a Sino-Korean digit spaced from a
  counter ("삼 층" = 3층), and a measure and a half ("1公斤半", "1キロ半", "1킬로 반" = 1.5 kg / kilo).

Each pattern is a plain regular expression without nested repetition (linear time); numbers.py calls
each behind a cheap character precheck.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

# ---- digits with scale characters -------------------------------------------------------------

_SMALL = {"百": 100, "千": 1000, "백": 100, "천": 1000}
_BIG = {"万": 10_000, "만": 10_000, "亿": 100_000_000, "억": 100_000_000}
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_SCALE = "[百千万亿백천만억]"
_PART = rf"(?:{_NUM})? ?{_SCALE}+"
# The first part needs its digits ("千葉" is a place, "만큼" a word); a digit right before is part of
# the number (no lookbehind cut inside "12万"), and a digit right after makes it another notation
# ("1万5" is said for 15000 as often as 10005: left as written).
DIGIT_SCALES = re.compile(rf"(?<![\d.,])({_NUM}) ?({_SCALE}+)((?: ?{_PART})*)(?: ?(\d+))?(?![\d.]|{_SCALE})")
_PARTS = re.compile(rf"({_NUM})? ?({_SCALE}+)")
# a scale character that begins a word of its own, not a multiplier: "5千葉", "3万一", "2百货", "5만큼"
# ("5만큼" is "as much as 5": 만큼 is a particle)
_WORD_AFTER = re.compile("^(?:葉|叶|货|큼)")


def _value(parts: list[tuple[str, str]]) -> Decimal | None:
    """The value of (number, scales) parts: small scales add within a section, big ones close it."""
    total = Decimal(0)
    section = Decimal(0)
    last_small = 10 ** 9
    last_big = 10 ** 12
    for i, (num, scales) in enumerate(parts):
        try:
            n = Decimal(num.replace(",", "")) if num else (Decimal(0) if i else Decimal(1))
        except InvalidOperation:
            return None
        for j, s in enumerate(scales):
            if s in _SMALL:
                if _SMALL[s] >= last_small or j:
                    return None  # "5百3千", "千百": no number
                section += n * _SMALL[s]
                n = Decimal(0)
                last_small = _SMALL[s]
            else:
                if _BIG[s] >= last_big:
                    return None
                total += (section + n) * _BIG[s]
                section = n = Decimal(0)
                last_small = 10 ** 9
                last_big = _BIG[s]
        if n:
            return None  # a number left over between two parts
    return total + section


def _digit_scales(m: re.Match[str]) -> str:
    rest = m.string[m.end():m.end() + 4]
    if _WORD_AFTER.match(rest):
        return m.group(0)
    parts = [(m.group(1), m.group(2))] + [(p.group(1) or "", p.group(2)) for p in _PARTS.finditer(m.group(3))]
    value = _value(parts)
    if value is None:
        return m.group(0)
    if m.group(4):
        # a plain number after the last scale fills its places: "1万5000", "3千500" (not "1万5")
        smallest = min(_SMALL.get(s) or _BIG[s] for s in parts[-1][1])
        tail = m.group(4)
        if len(tail) != len(str(smallest)) - 1:
            return m.group(0)
        value += int(tail)
    if value != value.to_integral_value() or value <= 0:
        return m.group(0)  # "1.23456万" is no whole number
    return str(int(value))


_DIGIT_THEN_SCALE = re.compile("\\d ?[百千万亿백천만억]")


def digit_scales(text: str) -> str:
    return DIGIT_SCALES.sub(_digit_scales, text) if _DIGIT_THEN_SCALE.search(text) else text


_ZH_DIGIT_VALUES = {**{c: i for i, c in enumerate("零一二三四五六七八九")}, "〇": 0, "两": 2}
_ZH_PLACE = {"百": 100, "千": 1000, "万": 10000}


def colloquial_tail(run: str) -> int | None:
    """The value of the digit after a Chinese number's last scale, when it counts the next place down:
    "一万五", "一千五", "三百五", "两万三", as people say prices and crowds (一万零五 is 10005), else None."""
    if len(run) < 3 or run[-2] not in _ZH_PLACE or run[-1] not in _ZH_DIGIT_VALUES or "零" in run or "〇" in run:
        return None
    return _ZH_DIGIT_VALUES[run[-1]] * _ZH_PLACE[run[-2]] // 10 or None


# "two and a half hours", "2 and a half": the decimal ("2.5 hours"), as the keyword writes it (after the
# number words are digits; the decimal point then reads as a written one does)
_AND_A_HALF = re.compile(r"(?<![\d.])(\d{1,4}) and (?:a|one) half\b")


# "half past three" is a clock time, no half of anything: one word, so that a share keyword spelled "half"
# is not found in it (the clock keyword's own spelling "half past 3" is read the same way)
_HALF_PAST = re.compile(r"\bhalf[ -]past\b")


def and_a_half(text: str, words: set[str]) -> str:
    if "half" not in words:
        return text
    text = _HALF_PAST.sub("halfpast", text) if "past" in words else text
    return _AND_A_HALF.sub(r"\1.5", text) if "and" in words else text


# ---- shares -----------------------------------------------------------------------------------

# "42 percent", "42 per cent", "42pct", "42パーセント" (folded to hiragana), "42퍼센트", "42 프로"
_PERCENT_WORDS = re.compile(r"(\d+(?:\.\d+)?) ?(?:percent|per cent|pct|ぱーせんと|퍼센트|프로(?=$|[^가-힣]|[요예입이가는를도나정쯤만에라면의로]))"
                            r"(?![a-z])")
# "百分之42" as the Chinese reading leaves it (百 read as 100 before 分, a counter)
_ZH_PERCENT = re.compile(r"(?:100|百)分之(\d+(?:\.\d+)?)")
# Japanese 割 (tenths) and 分 (hundredths) of a share: "四割", "3割", "四割二分", "九割九分"
_JA_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_WARI = re.compile("(?<![一二三四五六七八九十0-9])(十|10|[1-9一二三四五六七八九])割(?:([1-9一二三四五六七八九])分)?")


def _ja_digit(c: str) -> int:
    return 10 if c in ("十", "10") else int(c) if c.isdigit() else _JA_DIGIT[c]


def shares(text: str) -> str:
    """Percent words and Japanese 割/分 as "N%" (which the canonical text writes as "N")."""
    if not any(h in text for h in SHARE_HINTS):
        return text
    if "割" in text and _WARI.search(text):
        text = _WARI.sub(lambda m: f"{_ja_digit(m.group(1)) * 10 + (_ja_digit(m.group(2)) if m.group(2) else 0)}%", text)
    if "分之" in text:
        text = _ZH_PERCENT.sub(r"\1%", text)
    return _PERCENT_WORDS.sub(r"\1%", text)


SHARE_HINTS = ("percent", "per cent", "pct", "ぱーせんと", "퍼센트", "프로", "分之", "割")


# ---- fractions in CJK numerals ----------------------------------------------------------------

_CJK_NUMERAL = {**{c: i for i, c in enumerate("零一二三四五六七八九")}, "两": 2, "十": 10}
_KO_NUMERAL = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9, "십": 10}
# "4分之三", "4分の三", "4분의 삼", and a Korean denominator in words ("사분의 삼"): the parts, digits or
# one numeral each (a fraction's parts are small); the numerator must stand alone ("三分之一百" is
# no share anyone says, and "4분의 이상" is "over a quarter": 이 must not start a longer word).
_ZH_FRACTION = re.compile("(\\d{1,2}|[一二三四五六七八九十])分([之の])([一二两三四五六七八九十]|\\d{1,2})(?![一二三四五六七八九十百千万\\d])")


def _num(s: str, table: dict[str, int]) -> str:
    return s if s.isdigit() else str(table[s])


def fractions(text: str) -> str:
    if "分" not in text and "분의" not in text:
        return text
    if "分" in text and ("之" in text or "の" in text):
        text = _ZH_FRACTION.sub(lambda m: f"{_num(m.group(1), _CJK_NUMERAL)}分{m.group(2)}{_num(m.group(3), _CJK_NUMERAL)}", text)
    if "분의" in text:
        text = _KO_FRACTION_LOOSE.sub(_ko_fraction, text)
    return text


# the numerator may carry a particle or the copula ("사분의 삼이요", "3분의 2가"), never a longer word
_KO_FRACTION_LOOSE = re.compile("(?<![가-힣])(\\d{1,2}|[일이삼사오육칠팔구십])분의 ?([일이삼사오육칠팔구십]|\\d{1,2})"
                                "(?=$|[^가-힣\\d]|이요|이에요|이야|입니다|이죠|이고|이라|이나|쯤|정도|가|는|을|를|도|만|예요|요)")


def _ko_fraction(m: re.Match[str]) -> str:
    return f"{_num(m.group(1), _KO_NUMERAL)}분의 {_num(m.group(2), _KO_NUMERAL)}"


# ---- Korean native ordinals with 째 -----------------------------------------------------------

_KO_TENS = {"열": 10, "스물": 20, "스무": 20, "서른": 30, "마흔": 40, "쉰": 50, "예순": 60, "일흔": 70, "여든": 80, "아흔": 90}
_KO_ORDINAL_UNITS = {"첫": 1, "한": 1, "둘": 2, "두": 2, "셋": 3, "세": 3, "넷": 4, "네": 4, "다섯": 5, "여섯": 6,
                     "일곱": 7, "여덟": 8, "아홉": 9}
_KO_ORDINAL = re.compile("(?<![가-힣])(" + "|".join(sorted(_KO_TENS, key=len, reverse=True)) + ")?("
                         + "|".join(sorted(_KO_ORDINAL_UNITS, key=len, reverse=True)) + ")? ?째")


def _ko_ordinal(m: re.Match[str]) -> str:
    tens, unit = m.group(1), m.group(2)
    if not tens and not unit:
        return m.group(0)
    if unit in ("첫", "한") and tens and unit == "첫":
        return m.group(0)  # "스물첫째" is said, but read as 21 only by its other form (스물한째)
    if not tens and unit in ("한", "두", "세", "네"):
        return m.group(0)  # 1-4 alone are 첫째, 둘째, 셋째, 넷째 ("세째" is a misspelling, "한째" no word)
    return f"{_KO_TENS.get(tens or '', 0) + _KO_ORDINAL_UNITS.get(unit or '', 0)}번째"


def korean_ordinals(text: str) -> str:
    return _KO_ORDINAL.sub(_ko_ordinal, text) if "째" in text else text


# ---- Korean years digit by digit, a spaced digit before a counter --------------------------------

_KO_DIGIT = {"영": 0, "공": 0, "일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
# "구팔년생", "공삼년도": the two digits of a year (only before 생 or 도: "이사년" is no year)
_KO_YEAR_DIGITS = re.compile("(?<![가-힣])([영공일이삼사오육칠팔구])([영공일이삼사오육칠팔구])년(?=생|도)")
# "삼 층", "오 년", "칠 권": one digit syllable, a space, a counter that is no other word. Not 이 (this)
# nor 일 (work, one) and 오 only before a counter that is no verb's object ("오 분" reads as five minutes).
_KO_SPACED_DIGIT = re.compile("(?<![가-힣])([삼사오육칠팔구]) (층|권|호|학년|개월|년|번째|등|위)(?![가-힣]{3})")


def korean_spaced_digits(text: str) -> str:
    if " " not in text and "년" not in text:
        return text
    if "년" in text:
        text = _KO_YEAR_DIGITS.sub(lambda m: f"{_KO_DIGIT[m.group(1)]}{_KO_DIGIT[m.group(2)]}년", text)
    return _KO_SPACED_DIGIT.sub(lambda m: f"{_KO_DIGIT[m.group(1)]}{m.group(2)}", text)


# ---- a measure and a half ----------------------------------------------------------------------

# after the units are read ("1 kg半", "1 kilo 반이에요"): the half after the unit is the decimal
_UNIT_HALF = re.compile(r"(?<![\d.])(\d{1,3}) (kg|km|kilo|cm|m) ?(?:半|반(?=$|[^가-힣]|[이에요예쯤정]))")


def unit_and_a_half(text: str) -> str:
    return _UNIT_HALF.sub(r"\1.5 \2", text) if "半" in text or "반" in text else text
