"""Traditional month and day names in dates ("음력 오월 초닷새", "동짓달 열닷새", "文月七日", "正月初一",
"五月朔日"), read as numbers from date_names.yaml; numbers.canonical_numbers calls these on text that
holds hangul or a CJK month or day."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from .fold import fold


@lru_cache(maxsize=1)
def _tables() -> dict[str, dict[str, int]]:
    data = yaml.safe_load(resources.files(__package__).joinpath("date_names.yaml").read_text("utf-8"))
    out = {}
    for name in ("ko_months", "ko_days", "cjk_months", "ja_days"):
        table = data.get(name) if isinstance(data, dict) else None
        if not isinstance(table, dict) or not all(isinstance(v, int) for v in table.values()):
            raise ValueError(f"canon/date_names.yaml: {name}: expected a mapping of name -> number")
        out[name] = {fold(str(k)): v for k, v in table.items()}
    return out


def _alternation(names) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    t = _tables()
    return (re.compile(_alternation(t["ko_months"])),
            re.compile(rf"(\d{{1,2}})월 ?({_alternation(t['ko_days'])})"),
            # (a month name, then the day: digits or 初; "正月初一", "文月7日", "腊月23"; or の and a day,
            # "霜月の十日", not a span of days, "正月の三日間")
            re.compile(rf"({_alternation(t['cjk_months'])})(?:(?=\s?(?:\d|初))|の(?=\d{{1,2}}日(?![間间])))"),
            re.compile(rf"(\d{{1,2}})月({_alternation(t['ja_days'])})"))


def korean_months(text: str) -> str:
    """"정월", "동짓달", "섣달", "시월", "유월" as "1월", "11월", "12월", "10월", "6월"."""
    months = _tables()["ko_months"]
    return _patterns()[0].sub(lambda m: f"{months[m.group(0)]}월", text)


def korean_days(text: str) -> str:
    """"5월 초닷새", "11월 열닷새", "3월 스무날" as "5월 5일", "11월 15일", "3월 20일" (after a month only)."""
    days = _tables()["ko_days"]
    return _patterns()[1].sub(lambda m: f"{m.group(1)}월 {days[m.group(2)]}일", text)


# After a month, a day without 日 ("八月十五") is the same day as "N日". (初九 stays as written: a keyword
# may be the day alone, "初九", and 初一 alone is also the first year of middle school.)
_BARE_DAY = re.compile(r"(\d{1,2})月 ?(\d{1,2})(?![\d日号:.：个只人次名位件本张岁歳才元块斤米分点天周年回匹枚])")


def cjk_month_names(text: str) -> str:
    """"文月7日", "正月初一", "腊月23", "5月朔日" as "7月7日", "1月初一", "12月23日", "5月1日"."""
    t = _tables()
    _, _, month, day = _patterns()
    text = month.sub(lambda m: f"{t['cjk_months'][m.group(1)]}月", text)
    if "朔" in text:
        text = day.sub(lambda m: f"{m.group(1)}月{t['ja_days'][m.group(2)]}日", text)
    return _BARE_DAY.sub(r"\1月\2日", text)
