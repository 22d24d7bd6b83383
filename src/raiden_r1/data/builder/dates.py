"""Key terms of a date value: "5月5日（日本儿童节）" -> "5月5日", "农历八月十五" -> [农历八月十五,
八月十五], "公元181年" -> the year alone (sbk asks which year, not which day). Split from keys.py,
which re-exports both functions."""

from __future__ import annotations

import re

from .prose import EN_MONTH
from .tables import table
from .terms import Items, clean, grounded, is_clause, is_short_term, unique_terms

_DATE_PATTERNS = (
    re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]"),
    re.compile(r"(\d{1,2})\s*월\s*(\d{1,2})\s*일"),
    re.compile(rf"{EN_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b", re.IGNORECASE),
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{EN_MONTH}\b", re.IGNORECASE),
    re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b"),
    re.compile(r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b"),
)
_CJK_NUM = "一二三四五六七八九十"
_CJK_DATE = re.compile(rf"(?:农历|阴历|旧历)?(?P<md>(?:[{_CJK_NUM}]|十[一二]|正|腊|冬)月(?:初|廿)?[{_CJK_NUM}]{{1,3}}(?:日|号)?)")
_LUNAR = re.compile("(?:" + "|".join(table("words.yaml", "LUNAR_MARKERS")) + r")\s*$")
_YEAR = re.compile(r"(?:公元前?|西元)?\s*\d{1,4}\s*年(?![\d\s]*[月])")


def date_keys(value: str) -> Items:
    for pattern in _DATE_PATTERNS:
        m = pattern.search(value)
        if not m:
            continue
        if pattern is _DATE_PATTERNS[0] or pattern is _DATE_PATTERNS[1]:
            unit = ("月", "日") if pattern is _DATE_PATTERNS[0] else ("월 ", "일")
            short = f"{int(m.group(1))}{unit[0]}{int(m.group(2))}{unit[1]}"
            lunar = _LUNAR.search(value[:m.start()])
            if lunar and grounded(short, value):  # "음력 3월 21일": the answer says it is lunar
                return [[value[lunar.start():m.start()] + short, short]]
            if grounded(short, value):
                return [[short]]
        return [[m.group(0).strip()]]
    m = _CJK_DATE.search(value)
    if m:  # "农历八月十五" may be said "八月十五"
        return [unique_terms([m.group(0), m.group("md")])]
    m = _YEAR.search(value)
    if m:  # a year and nothing finer: sbk asks which year, not which day
        return [[m.group(0).strip()]]
    v = clean(value)
    return [[v]] if v and is_short_term(v) and not is_clause(v) else []


def is_year_only(term: str) -> bool:
    """"公元181年", "1965年", "公元前221年": a birth year, not a birthday."""
    return bool(_YEAR.fullmatch(term.strip()))
