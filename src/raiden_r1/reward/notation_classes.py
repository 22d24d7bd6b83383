"""A number keyword spelled the other ways people write the same quantity (session 33), by class,
not by case: spans named by a word ("half a century" for 50 years, "a fortnight" for 14 days, "a
dozen" for 12 things: lexicon/notation_classes.yaml), durations in other units ("two weeks" for 14
days, "90 minutes" said "an hour and a half", "2.5 hours" said "two and a half hours", "两个半小时",
"2時間半", "2시간 반"), a share as a word or a decimal ("half" / 一半 / 半分 / 절반 for 50%, "0.42" for
42%) and a fraction in every language ("three quarters", 四分之三, 4分の3, 4분의 3 for 3/4).

Each equivalence needs the keyword's unit to be the same quantity: spelled from the keyword's own
unit ("50 years", "50年", "14 days"), or for a bare number keyword from the unit the gold answer gives
it (matching.prepare: "50" in "50 years now"); a count ("a dozen") only where the gold counts things
or the question asks how many. The other direction (a number said in digits where the keyword is the
word) is the normaliser's (canon/notations.py). keyword_spellings adds these to keyword items and to
negative keywords alike, so a wrong quantity said as a word ("two decades" for a negative 20 years)
stays refused.
"""

from __future__ import annotations

import re
from functools import lru_cache

from raiden_r1.canon import canonical, fold

from .lexicon import _load_yaml

# A keyword's unit, canonical (ja 時間/週間/日間 are folded to 时间/周间/日间), by kind.
_UNIT_KINDS = {
    "year": ("years", "year", "yrs", "yr", "年", "년", "载"),
    "day": ("days", "day", "天", "日间", "일간"),
    "week": ("weeks", "week", "周", "个星期", "星期", "个礼拜", "周间", "주", "주일"),
    "hour": ("hours", "hour", "hrs", "hr", "h", "小时", "个小时", "钟头", "个钟头", "时间", "시간"),
    "minute": ("minutes", "minute", "mins", "min", "分钟", "분"),
    # (ヶ月 folds to ゖ月, カ月 to か月, ケ月 to け月, 箇月 to 个月)
    "month": ("months", "month", "个月", "か月", "ゖ月", "け月", "개월"),
}
_KIND_OF = {u: k for k, units in _UNIT_KINDS.items() for u in units}
_UNIT_ALT = "|".join(sorted(_KIND_OF, key=len, reverse=True))
# "50 years", "2 5 hours" (2.5: the canonical text spaces a decimal point), "2时间半", "2个半小时", "2시간 반"
_QUANTITY = re.compile(rf"(\d{{1,4}})(?: (5))? ?(?:(个)?半(?=小时|钟头))?({_UNIT_ALT})(半| 반)?")
_METRES = re.compile(r"([1-9]\d{0,2})(000)? (km|m)")
_EN_COUNT = re.compile(r"(\d{1,3}) ([a-z]+)")
_SHARE_RAW = re.compile(r"%|percent|per cent|pct|ぱーせんと|퍼센트|프로|百分之|割")
_SHARE_NUMBER = re.compile(r"(\d{1,3})(?: (\d{1,2}))?")
_FRACTION_RAW = re.compile(r"\s*(\d{1,2})\s*/\s*(\d{1,2})\s*")
_FRACTION_CANON = re.compile(r"(\d{1,2})(?:分[之の]|분의 )(\d{1,2})")
_EN_PARTS = {2: ("half", "halves"), 3: ("third", "thirds"), 4: ("quarter", "quarters"), 5: ("fifth", "fifths"),
             6: ("sixth", "sixths"), 7: ("seventh", "sevenths"), 8: ("eighth", "eighths"), 9: ("ninth", "ninths"),
             10: ("tenth", "tenths")}
# How each language writes a unit after a generated number (the normaliser reads them back).
_WRITE = {"year": {"en": "years", "zh": "年", "ja": "年", "ko": "년"},
          "month": {"en": "months", "zh": "个月", "ja": "ヶ月", "ko": "개월"},
          "hour": {"en": "hours", "zh": "个小时", "ja": "時間", "ko": "시간"},
          "minute": {"en": "minutes", "zh": "分钟", "ja": "分", "ko": "분"},
          "day": {"en": "days", "zh": "天", "ja": "日間", "ko": "일"},
          "week": {"en": "weeks", "zh": "周", "ja": "週間", "ko": "주"}}


@lru_cache(maxsize=1)
def _table() -> dict:
    data = _load_yaml("notation_classes")
    if not isinstance(data, dict) or not all(isinstance(data.get(k), (dict, list)) for k in
                                             ("spans", "shares", "count_questions", "count_units")):
        raise ValueError("lexicon/notation_classes.yaml: expected spans, shares, count_questions and count_units")
    return data


def _named(section: dict, key, value: int, language: str) -> list[str]:
    entry = (section.get(key) or {}) if key is not None else section
    words = (entry.get(value) or {}).get(language) or []
    return [str(w) for w in words]


def quantity(c: str) -> tuple[float, str] | None:
    """(value, unit kind) of a canonical keyword that is a duration: "50 years", "2 5 hours", "2时间半"."""
    m = _QUANTITY.fullmatch(c)
    if m is None:
        return None
    n, decimal, _, unit, half = m.groups()
    value = int(n) + (0.5 if decimal or half or "半" in m.group(0)[len(n):] else 0.0)
    return value, _KIND_OF[unit]


def span_spellings(value: float, kind: str, language: str) -> list[str]:
    """What people say for ``value`` of a unit kind (year, day, week, hour, minute)."""
    spans = _table()["spans"]
    out: list[str] = []
    whole = value == int(value)
    v = int(value)
    if whole:
        out += _named(spans, kind, v, language)
    if kind == "year" and whole and v % 10 == 0 and 20 <= v <= 90 and language == "en":
        out.append(f"{v // 10} decades")
    if kind == "day" and whole and v % 7 == 0 and 14 <= v <= 70:
        out += _weeks(v // 7, language)
    if kind == "week" and whole and 1 <= v <= 10:
        out.append(f"{7 * v}{' ' if language == 'en' else ''}{_WRITE['day'][language]}")
        out += _named(spans, "day", 7 * v, language)
    if kind == "minute" and whole and v % 30 == 0 and 60 <= v <= 600:
        out += _hours(v / 60, language)
    if kind == "month" and whole and v % 6 == 0 and 12 <= v <= 120:
        # "18 months" is "a year and a half", "24 months" "2 years"
        out += _halves(v / 12, "year", language) if v % 12 else [_write(v // 12, "year", language)]
    if kind == "year" and 1 <= value <= 10 and value * 12 == int(value * 12):
        out.append(_write(int(value * 12), "month", language))
    if kind in ("hour", "year") and not whole:
        out += _halves(v, kind, language)
        if kind == "hour":
            out += _named(spans, "minute", int(value * 60), language) + [f"{int(value * 60)}{' ' if language == 'en' else ''}{_WRITE['minute'][language]}"]
    return out


def _write(n: int, kind: str, language: str) -> str:
    return f"{n}{' ' if language == 'en' else ''}{_WRITE[kind][language]}"


def _year_short(c: str, language: str) -> list[str]:
    """A year with its unit by its last two digits ("1998年": "98年", "98년생"), as the bare year is."""
    m = re.fullmatch(r"(?:19|20)(\d\d)(年|년)", c)
    return [f"{m.group(1)}{m.group(2)}"] if m and language in ("zh", "ja", "ko") else []


def _weeks(k: int, language: str) -> list[str]:
    return {"en": [f"{k} weeks"], "zh": [f"{k}周", f"{k}个星期"], "ja": [f"{k}週間"], "ko": [f"{k}주"]}.get(language, [])


def _hours(h: float, language: str) -> list[str]:
    if h != int(h):
        return _halves(h, "hour", language) + _named(_table()["spans"], "minute", int(h * 60), language)
    h = int(h)
    return [f"{h}{' ' if language == 'en' else ''}{_WRITE['hour'][language]}"] + (["1小时"] if language == "zh" and h == 1 else [])


def _halves(value: float, kind: str, language: str) -> list[str]:
    """x.5 of an hour or a year: "two and a half hours", "两个半小时", "2時間半", "2시간 반"."""
    n = int(value)
    unit = _WRITE[kind][language]
    if language == "en":
        single = kind  # "an hour and a half", "a year and a half"
        out = [f"{n} and a half {unit}", f"{n} 5 {unit}"]
        if n == 1:
            out += [f"{'an' if kind == 'hour' else 'a'} {single} and a half", f"one and a half {unit}"]
        return out
    if language == "zh":
        return [f"{n}个半小时", f"{n}个半钟头", f"{n}小时半"] if kind == "hour" else [f"{n}年半"]
    if language == "ja":
        return [f"{n}時間半"] if kind == "hour" else [f"{n}年半"]
    if language == "ko":
        return [f"{n}시간 반"] if kind == "hour" else [f"{n}년 반"]
    return []


def count_spellings(value: int, language: str, noun: str = "") -> list[str]:
    """A count as dozens ("a dozen", "two dozen eggs", "半ダース", "반 다스")."""
    named = _named(_table()["spans"], "count", value, language)
    out = [f"{w} {noun}" if noun else w for w in named]
    if language == "en" and value % 12 == 0 and 36 <= value <= 120:
        out.append(f"{value // 12} dozen{' ' + noun if noun else ''}")
    if language == "ja" and value % 12 == 0 and 12 <= value <= 120:
        out.append(f"{value // 12}ダース")
    if language == "ko" and value % 12 == 0 and 12 <= value <= 120:
        out.append(f"{value // 12}다스")
    return out


def share_spellings(raw: str, c: str, language: str) -> list[str]:
    """A keyword written as a share ("42%", "42 percent", "百分之四十二", "4割2分"): the share as a decimal
    ("0.42") and, for 25/50/75, as a word (half, 一半, 半分, 절반; a quarter; three quarters)."""
    if not _SHARE_RAW.search(fold(raw)):
        return []
    m = _SHARE_NUMBER.fullmatch(c)
    if m is None or m.group(2):
        return []
    v = int(m.group(1))
    if not 1 <= v <= 99:
        return []
    out = [f"0.{v:02d}".rstrip("0")]
    out += _named(_table()["shares"], None, v, language)
    return out


def fraction_spellings(raw: str, c: str, language: str) -> list[str]:
    """A fraction keyword ("3/4", "四分之三", "4分の3", "4분의 3") as each language says it: "three
    quarters", "3 fourths", 四分之三, 4分の3, 4분의 3. (The normaliser reads "3/4" as a date, March 4:
    the fraction's words are spellings of the keyword, never of a date in an answer.)"""
    if m := _FRACTION_RAW.fullmatch(raw):
        n, d = int(m.group(1)), int(m.group(2))
    elif m := _FRACTION_CANON.fullmatch(c):
        d, n = int(m.group(1)), int(m.group(2))
    else:
        return []
    if not (1 <= n < d <= 10):
        return []
    out = {"zh": [f"{d}分之{n}"], "ja": [f"{d}分の{n}"], "ko": [f"{d}분의 {n}"]}.get(language, [])
    if language == "en":
        one, many = _EN_PARTS[d]
        out += [f"1 {one}", f"one {one}"] if n == 1 else [f"{n} {many}"]
        if d == 4:
            out += ["a quarter"] if n == 1 else [f"{n} fourths"]
        if d == 2:
            out += ["half", "a half"]
    share = 100 * n / d
    if share == int(share):
        out += _named(_table()["shares"], None, int(share), language)
    return out


def class_spellings(raw: str, language: str) -> list[str]:
    """Every class's spellings of one keyword (as written) that carries its own unit or notation."""
    c = canonical(raw)
    out = share_spellings(raw, c, language) + fraction_spellings(raw, c, language)
    out += _year_short(c, language)
    if (m := _METRES.fullmatch(c)) and bool(m.group(2)) == (m.group(3) == "m"):
        # "5 km" is "5000 m" ("五千米"), and "5000 m" is 5 km
        out.append(f"{m.group(1)} km" if m.group(2) else f"{m.group(1)}000 m")
    if language == "ja" and (m := re.fullmatch(r"(\d{1,3})分", c)):
        out += span_spellings(int(m.group(1)), "minute", language)  # (分 is minutes in Japanese only)
    elif q := quantity(c):
        out += span_spellings(q[0], q[1], language)
    elif language == "en" and (m := _EN_COUNT.fullmatch(c)) and m.group(2) not in _KIND_OF:
        out += count_spellings(int(m.group(1)), language, m.group(2))
    elif (m := re.fullmatch(r"(\d{1,3})(\S+)", c)) and language != "en" and m.group(2) in _table()["count_units"]:
        out += count_spellings(int(m.group(1)), language)
    return [w for w in dict.fromkeys(out) if canonical(w) != c]


def bare_number_spellings(c: str, gold_unit: str | None, question: str, language: str) -> list[str]:
    """A bare number keyword ("50") read with the unit the gold answer gives it ("50 years now"): the
    same classes as a keyword with that unit; a count of things where the gold counts things or, with
    no unit, the question asks how many."""
    if not c.isdigit() or len(c) > 4:
        return []
    if gold_unit and (kind := _KIND_OF.get(gold_unit)):
        return span_spellings(int(c), kind, language)
    table = _table()
    counted = gold_unit in table["count_units"] if gold_unit else \
        any(w in question for w in (table["count_questions"].get(language) or []))
    return count_spellings(int(c), language) if counted else []
