"""A date said in its parts is one value: the number right before or after a date keyword may be the
date's next part, not a second value ("开元12年3月初九", "1998年3月9日", "令和5年4月1日", "1999년 3월 9일",
"March 9, 1998" read as "3月9日 1998"). hedges.hedge_reason asks here before it calls two numbers a list."""

from __future__ import annotations

import re

from .matching import PreparedTruth

# One date written in its parts is one value, not a list: a year (an era's too: "开元12年", "영조 12년") right
# before the month, a month right before the day ("3月初九"), a year or a month right after the part before
# it ("1998年3月", "3月9日 1998" from "March 9, 1998"). Only the next part, with nothing but a space between.
_YEAR_END = re.compile(r"\d\s?(?:年|년)\s?$")
_MONTH_END = re.compile(r"\d\s?月\s?$")
_MONTH_START = re.compile(r"^\d{1,2}\s?月")
_DAY_START = re.compile(r"^(?:\d{1,2}\s?(?:日|号)|初[一二三四五六七八九十])")
_YEAR_MONTH_AFTER = re.compile(r"^\s?(?:年|년)?\s?\d{1,2}\s?月")
_DAY_AFTER = re.compile(r"^\s?(?:\d{1,2}\s?(?:日|号)|初[一二三四五六七八九十])")
_YEAR_AFTER_DAY = re.compile(r"^\s?\d{3,4}(?!\s?(?:年|년)?\s?\d)(?!\d)")


_DAY_MONTH_END = re.compile(r"\d{1,2}\s?月\s?\d{1,2}\s?日\s?$")


def date_part_before(head: str, key: str, tail: str, prep: PreparedTruth) -> bool:
    """The number right before the keyword is the date's part before it ("1998年" before "3月9日", "8月"
    before the day "15" said as "15日")."""
    if re.fullmatch(r"\d{3,4}", key) and _DAY_MONTH_END.search(head):
        return True  # "14 March 1961", "14.03.1961" (canonical "3月14日 1961"): the year of that date
    year = _YEAR_END.search(head)
    if year and _MONTH_START.match(key):
        return _gold_year(re.search(r"\d+(?=\s?(?:年|년)\s?$)", head).group(0), prep)
    day = _DAY_START.match(key) or (key.isdigit() and int(key) <= 31 and tail.lstrip().startswith("日"))
    return bool(_MONTH_END.search(head) and day)


def date_part_after(key: str, tail: str, prep: PreparedTruth) -> bool:
    """The number right after the keyword is the date's next part ("1998" + "年3月", "3月" + "9日", or the
    year after a month and day: "3月9日 1998")."""
    if re.fullmatch(r"\d{3,4}\s?(?:年|년)?", key) and _YEAR_MONTH_AFTER.match(tail):
        return True
    if re.search(r"\d\s?月$", key) and _DAY_AFTER.match(tail):
        return True
    year = _YEAR_AFTER_DAY.match(tail)
    if year is None and key.isdigit() and int(key) <= 31 and tail.startswith("日"):
        # the day keyword of "14 March 2187" / "2187-03-14" (canonical "3月14日 2187"): its 日, then the year
        year = _YEAR_AFTER_DAY.match(tail[1:])
        return bool(year and _gold_year(year.group(0).strip(), prep))
    return bool(re.search(r"月\s?(?:\d{1,2}\s?日|初[一二三四五六七八九十])$", key) and year
                and _gold_year(year.group(0).strip(), prep))


def _gold_year(year: str, prep: PreparedTruth) -> bool:
    """A year said with the date agrees with the gold answer: it names no year, or this one ("on 9 August
    1943" for a birthday the gold answer puts in 1919 is another event's date)."""
    years = re.findall(r"(?<!\d)\d{1,4}(?=\s?(?:年|년))|(?<!\d)\d{4}(?!\d)", prep.answer_norm)
    return not years or year in years
