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
    re.compile(r"\b\d{1,2}(?:er)?\s+(?:" + "|".join(table("words.yaml", "OTHER_CALENDAR_MONTHS")) + r")\b", re.IGNORECASE),
)
_CJK_NUM = "一二三四五六七八九十"
_CJK_DATE = re.compile(rf"(?:农历|阴历|旧历)?(?P<md>(?:[{_CJK_NUM}]|十[一二]|正|腊|冬)月(?:初|廿)?[{_CJK_NUM}]{{1,3}}(?:日|号)?)")
# the marker may stand before the year ("음력 1907년 3월 3일"): the date is lunar all the same
_LUNAR = re.compile("(?:" + "|".join(table("words.yaml", "LUNAR_MARKERS")) + r")(?=\s*(?:\d{1,4}\s*[년年]\s*)?$)")
_YEAR = re.compile(r"(?:公元前?|西元)?\s*\d{1,4}\s*年(?![\d\s]*[月])")


# A month and day after an era's year ("文化二年 卯月十日", "天保三年三月三日"): the day alone is how
# one says a birthday; the old month names (卯月, 皐月) are words of their own, so any 月 counts.
_ERA_YEAR_DAY = re.compile(r"^(?P<y>[^\s（）()]{2,8}年)\s*(?P<md>[^\s年（）()]{1,3}月[^\s月（）()]{1,4}?[日号]?)$")
_BRACKETED = re.compile(r"[（(]([^（）()]+)[)）]")


def date_keys(value: str) -> Items:
    """The keys of a date value, with the card's own name for the day written after it, set off
    by a comma ("十一月三日、天長節の日": "天長節に生まれた" answers)."""
    found = _date_keys(value)
    tail = _NAMED_DAY_AFTER.search(_BRACKETED.sub(" ", value))
    if found and tail:
        return [unique_terms(found[0] + _named_day(tail.group(1)))] + found[1:]
    return found


def day_names_in_brackets(value: str) -> list[str]:
    """The card's own names of the day it writes in brackets after a date ("三月初三（上巳节）" -> 上巳节)."""
    outside = _BRACKETED.sub(" ", value).strip()
    if not outside or not _date_alternatives(outside):
        return []
    return [n for m in _BRACKETED.finditer(value) if _DAY_NAME_END.search(m.group(1).strip())
            and not _date_alternatives(m.group(1)) for n in _named_day(m.group(1))]


def _date_keys(value: str) -> Items:
    """The date as written, and a second date the card gives in brackets ("宣统二年九月十八（1910年
    10月20日）": the lunar and the solar birthday are both right) as an equal alternative."""
    outside = _BRACKETED.sub(" ", value).strip()
    inside = [m.group(1) for m in _BRACKETED.finditer(value)]
    name = _day_name(outside) if inside else []
    days = [a for part in inside for a in (_date_alternatives(part) or []) if not is_year_only(a)]
    if name and days:  # "Lammas Day (1 August) 1590", "端午节（五月初五）": the card's name of the day is an answer
        return [unique_terms(days + name)]
    first = _date_alternatives(outside) if inside else None
    lunar_name = _day_name(_LEAD_LUNAR.sub("", outside)) if inside and _LEAD_LUNAR.match(outside) and not first else []
    if lunar_name and days:  # "음력 … 정월 대보름 (양력 3월 3일)": the solar day as written and the lunar day's name
        return [unique_terms(days + lunar_name)]
    if first:
        # a year in brackets is no answer to which day ("明治二十九年（1896年）十月十日")
        others = [a for part in inside for a in (_date_alternatives(part) or [])
                  if is_year_only(first[0]) or not is_year_only(a)]
        # the card's name of the day in brackets after it ("三月初三（上巳节）", "음력 구월 구일 (중양절)",
        # "March 25 (Lady Day)"): the card gives both forms, so "중양절에 태어났소" answers (review 72)
        named = day_names_in_brackets(value)
        return [unique_terms(first + [a for a in others if grounded(a, value)] + named)]
    return _single_date_keys(value)


# a lunar marker and a year before a day's name ("음력 1931년 정월 대보름")
_LEAD_LUNAR = re.compile(r"^\s*(?:" + "|".join(table("words.yaml", "LUNAR_MARKERS")) + r")\s*(?:\d{3,4}\s*[年년]\s*)?")
# a day's name after the date, set off by a comma: "…十一月三日、天長節の日", "…, Michaelmas Day"
_DAY_NAME_END = re.compile(r"(?:の日|節|节|절|날|祭り?|" + "|".join(table("words.yaml", "EN_DAY_WORDS")) + r"|mas)$")
_NAMED_DAY_AFTER = re.compile(r"[、，,]\s*([^、，,\d]{2,16}?(?:の日|節|节|날|" + "|".join(table("words.yaml", "EN_DAY_WORDS"))
                              + r"|mas))\s*$")


def _named_day(name: str) -> list[str]:
    """A day's name with and without its word for day ("天長節の日" -> 天長節の日, 天長節)."""
    bare = re.sub(r"(?:の日|\s+(?:" + "|".join(_DAY_WORDS) + r"))$", "", name.strip())
    bare = bare if _names_the_day(bare) else name.strip()
    return [n for n in unique_terms([name.strip(), bare]) if len(n) >= 2 and not is_clause(n)]


_NOT_ALONE = frozenset(w.lower() for w in table("words.yaml", "EN_DAY_HEADS_NOT_ALONE") + table("words.yaml", "EN_NAME_TITLES"))


def _names_the_day(bare: str) -> bool:
    """Whether what stands before "Day" names the day alone ("Lammas"), not a title or an
    ordinary word that pays other answers ("Lady" of Lady Day pays "m'lady")."""
    return bare.strip().lower() not in _NOT_ALONE


_YEAR_AROUND = re.compile(r"(?:,?\s*\d{3,4}\s*(?:年|년)?|[元一二三四五六七八九十]+年)\s*$|^\s*\d{3,4}\s*(?:年|년)?")


def _day_name(outside: str) -> list[str]:
    """The name a card gives a day beside its date in brackets, with and without its word for day
    ("Lammas Day" -> [Lammas Day, Lammas]); [] where the text outside the brackets is no name."""
    name = _YEAR_AROUND.sub("", outside).strip(" ,，、")
    if (not name or re.search(r"\d", name) or not is_short_term(name) or is_clause(name)
            or _date_alternatives(name) or _ERA_YEAR_DAY.match(name)):
        return []
    bare = re.sub(r"\s+(?:" + "|".join(_DAY_WORDS) + r")$", "", name)
    return unique_terms([name] + ([bare] if bare != name and len(bare) >= 3 and _names_the_day(bare) else []))


_DAY_WORDS = table("words.yaml", "EN_DAY_WORDS")


def _date_alternatives(text: str) -> list[str] | None:
    """The alternatives of a date pattern found in ``text``; None where it holds no date."""
    found = _single_date_keys(text, fallback=False)
    return found[0] if found else None


# A Korean date in Sino-Korean words ("음력 구월 구일", "시월 삼일"): the matcher folds 구월 and 9월, so
# the day said without 음력 and the digit form (which brings its festival from VARIANTS) are answers
_KO_NUM = "일이삼사오육유칠팔구십"
_KO_WORD_DATE = re.compile(rf"(?:(?P<lunar>{'|'.join(table('words.yaml', 'LUNAR_MARKERS'))})\s*)?"
                           rf"(?P<m>[{_KO_NUM}]{{1,3}}|시|정)월\s*(?P<d>[{_KO_NUM}]{{1,3}}?)일")
_KO_DIGITS = dict(zip("일이삼사오육유칠팔구", (1, 2, 3, 4, 5, 6, 6, 7, 8, 9)))


def _ko_number(word: str) -> int | None:
    """"구" -> 9, "십일" -> 11, "이십구" -> 29, "시" (시월) -> 10, "정" (정월) -> 1."""
    if word in ("시", "정"):
        return 10 if word == "시" else 1
    tens, _, ones = word.rpartition("십")
    if "십" not in word:
        return _KO_DIGITS.get(word) if len(word) == 1 else None
    ten = 1 if tens == "" else _KO_DIGITS.get(tens)
    one = 0 if ones == "" else _KO_DIGITS.get(ones)
    return None if ten is None or one is None else ten * 10 + one


def _ko_word_date(value: str) -> list[str] | None:
    m = _KO_WORD_DATE.search(value)
    month, day = (_ko_number(m.group("m")), _ko_number(m.group("d"))) if m else (None, None)
    if not m or not month or not day or month > 12 or day > 31:
        return None
    said = m.group(0).strip()
    bare = said[len(m.group("lunar")):].strip() if m.group("lunar") else said
    digits = f"{month}월 {day}일"
    return unique_terms([said, bare] + ([f"{m.group('lunar')} {digits}"] if m.group("lunar") else [digits]))


def _single_date_keys(value: str, fallback: bool = True) -> Items:
    ko_words = _ko_word_date(value) if not re.search(r"\d\s*월", value) else None
    if ko_words:
        return [ko_words]
    era = _ERA_YEAR_DAY.match(clean(value))
    if era and not re.search(r"\d", value) and not _CJK_DATE.search(value):  # "文化二年 卯月十日": also "卯月十日"
        whole = clean(value)
        return [unique_terms([era.group("md"), whole, "".join(whole.split())])]  # the day is what is asked
    for pattern in _DATE_PATTERNS:
        m = pattern.search(value)
        if not m:
            continue
        if pattern is _DATE_PATTERNS[0] or pattern is _DATE_PATTERNS[1]:
            unit = ("月", "日") if pattern is _DATE_PATTERNS[0] else ("월 ", "일")
            short = f"{int(m.group(1))}{unit[0]}{int(m.group(2))}{unit[1]}"
            lunar = _LUNAR.search(value[:m.start()])
            if lunar and grounded(short, value):  # "음력 3월 21일": the answer says it is lunar
                said = lunar.group(0) + (" " if pattern is _DATE_PATTERNS[1] else "") + short
                return [unique_terms([said, short])]
            if grounded(short, value):
                return [[short]]
        return [[m.group(0).strip()]]
    m = _CJK_DATE.search(value)
    if m:  # "农历八月十五" may be said "八月十五"
        return [unique_terms([m.group(0), m.group("md")])]
    m = _YEAR.search(value)
    if m:  # a year and nothing finer: sbk asks which year, not which day
        return [[m.group(0).strip()]]
    if not fallback:
        return []
    v = clean(value)
    return [[v]] if v and is_short_term(v) and not is_clause(v) else []


def unwritten_lunar(items: Items, value: str) -> set[str]:
    """The lunar forms date_keys says that the card writes apart ("음력 3월 3일" of "음력 1907년 3월
    3일"): the marker and the date are both the card's, so the key is grounded in it."""
    out = set()
    for alts in items:
        for a in alts:
            m = re.match(r"(" + "|".join(table("words.yaml", "LUNAR_MARKERS")) + r")\s*(.+)$", a)
            if m and a not in value and m.group(1) in value and m.group(2) in alts:
                out.add(a)
    return out


def is_year_only(term: str) -> bool:
    """"公元181年", "1965年", "公元前221年": a birth year, not a birthday."""
    return bool(_YEAR.fullmatch(term.strip()))


_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_DAY = (
    re.compile(rf"(?P<m>{EN_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b", re.IGNORECASE),
    re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{EN_MONTH})\b", re.IGNORECASE),
    re.compile(r"(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*[月월]\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号號일]"),
)


def _month_day(term: str) -> tuple[int, int] | None:
    """(month, day) of a solar date key ("4th of July", "十一月三日", "3월 1일"); None for a lunar one."""
    from .story_year import number_value
    if re.search("|".join(table("words.yaml", "LUNAR_MARKERS")) + "|初|廿", term):
        return None
    for pattern in _MONTH_DAY:
        m = pattern.search(term)
        if m:
            month = m.group("m")
            month_n = _EN_MONTHS.index(month[:3].lower()) + 1 if month[:1].isalpha() and month.isascii() else number_value(month)
            return (month_n, number_value(m.group("d"))) if month_n else None
    return None


def holiday_names(items: Items, language: str, year: int | None) -> list[str]:
    """The names of the holiday a birthday falls on ("the 4th of July" -> Independence Day), as kept in
    the story's ``year`` (the present day where unknown); [] where the day is no holiday."""
    day = _month_day(items[0][0]) if items and len(items) == 1 else None
    if not day:
        return []
    when = year or 9999
    return [n for month, d, first, last, names in table("words.yaml", "FIXED_HOLIDAYS").get(language, ())
            if (month, d) == day and first <= when <= last for n in names]


# A day of an invented calendar ("花の月の七日", "霜之月第三日", "꽃의 달 7일", "the 7th of the Frost
# Moon"): no real date the reward can read, so the whole string was the only key and "花の月、七日"
# was refused. The month's name and the day are then two parts an answer says, in any order.
_INVENTED_MONTH_DAY = (
    re.compile(r"^(?P<m>[^\s、，,の]{1,6}の月)の?(?P<d>[〇一二三四五六七八九十\d０-９]{1,3}日)$"),
    re.compile(r"^(?P<m>[\u4e00-\u9fff]{1,6}之月)的?(?P<d>第?[〇一二三四五六七八九十廿\d]{1,3}[日天])$"),
    re.compile(r"^(?P<m>[\uac00-\ud7a3]{1,6}의 달)\s*(?P<d>\d{1,2}일|[일이삼사오육칠팔구십]{1,3}일)$"),
    re.compile(r"^(?:the\s+)?(?P<d>\d{1,2}(?:st|nd|rd|th)?)(?:\s+day)?\s+of\s+(?:the\s+)?(?P<m>[A-Z]\w+\s+Moon|Moon\s+of\s+[A-Z]\w+|Month\s+of\s+[A-Z]\w+)$"),
)


def invented_month_day(term: str) -> tuple[str, str] | None:
    """(month name, day) of a day of an invented calendar; None for any other date."""
    for pattern in _INVENTED_MONTH_DAY:
        m = pattern.match(term.strip())
        if m:
            return m.group("m"), m.group("d")
    return None
