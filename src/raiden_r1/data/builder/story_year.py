"""The year a card's story takes place in, and what the CM material may name in it
(story_year.yaml).

The era cues of setting.yaml count words; a card that writes its period as "정조 19년 을묘년
(1795년)" or "民国十六年" gave them nothing to count (年/년 glue the digits to a word), and its
stonemason heard of hamsters and gym lockers. The year is read from what the card states: its era
field (Gregorian years, reign names with their year), else its birth year plus its age. A card
that states neither has no year and only the cue-based setting gates its material.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .fields import classify_field
from .tables import table

_FILE = "story_year.yaml"
_GREGORIAN = re.compile(r"(?<![\d.])(1\d\d\d|20\d\d)(?:\s*(?:年|년))?(?![\d])")
_DECADE = re.compile(r"(?<!\d)(1\d\d|20\d)0\s*(?:'?s\b|年代|년대)")
_CJK_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUMBER = r"元|원|\d{1,3}|[〇零一二三四五六七八九十百]{1,4}|[일이삼사오육칠팔구십백]{1,4}"


def _cjk_number(text: str) -> int | None:
    """一 .. 九百九十九 in Chinese numerals, or the same in Sino-Korean syllables."""
    digits = {**_CJK_DIGITS, **table(_FILE, "KO_SINO_DIGITS")}
    total, current = 0, 0
    for ch in text:
        if ch in digits:
            current = digits[ch]
        elif ch in "十십":
            total += (current or 1) * 10
            current = 0
        elif ch in "百백":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current or None


def number_value(text: str) -> int | None:
    """A count written in digits, Chinese numerals, Sino-Korean or native Korean words (마흔둘)."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    if text in ("元", "원"):
        return 1
    tens, units = table(_FILE, "KO_NATIVE_TENS"), table(_FILE, "KO_NATIVE_UNITS")
    m = re.fullmatch(f"({'|'.join(tens)})?({'|'.join(units)})?", text)
    if m and m.group(0):
        return tens.get(m.group(1) or "", 0) + units.get(m.group(2) or "", 0)
    return _cjk_number(text)


@lru_cache(maxsize=None)
def _reign_pattern() -> re.Pattern[str]:
    names = sorted({n for by_lang in table(_FILE, "REIGNS").values() for n in by_lang}, key=len, reverse=True)
    return re.compile(f"({'|'.join(names)})\\s*({_NUMBER})\\s*(?:年|년)")


def _reign_start(name: str) -> int:
    return next(by_lang[name] for by_lang in table(_FILE, "REIGNS").values() if name in by_lang)


def years_in(text: str) -> list[int]:
    """Every year ``text`` states: Gregorian (1795, 1795년, 1970s = 1979), or a reign year."""
    years = [int(y) for y in _GREGORIAN.findall(text)]
    years += [int(d) * 10 + 9 for d in _DECADE.findall(text)]
    for name, number in _reign_pattern().findall(text):
        n = number_value(number)
        if n:
            years.append(_reign_start(name) + n - 1)
    return years


def _family(key: str) -> str | None:
    return getattr(classify_field(key), "name", None)


def story_year(fields: dict[str, str]) -> int | None:
    """The year the story is set in: the latest year the era field states (an era of several
    years is as late as its last), else the birth year plus the age, else None (also for an
    era field that says the present day: its years are past events)."""
    eras = [v for k, v in fields.items() if _family(k) == "era"]
    if any(re.search(table(_FILE, "PRESENT_DAY"), v) for v in eras):
        return None
    era = [y for v in eras for y in years_in(v)]
    if era:
        return max(era)
    born = [y for k, v in fields.items() if _family(k) == "birthday" for y in years_in(v)]
    ages = [number_value(m) for k, v in fields.items() if _family(k) == "age"
            for m in re.findall(r"\d+|[〇零一二三四五六七八九十百]+|[가-힣]+", v)[:1]]
    if len(set(born)) == 1 and ages and ages[0]:
        return born[0] + ages[0]
    # "A roughneck on a drilling rig in West Texas, 1963.": an introduction's first sentence that
    # ends on a year is dated by it (review 73: a 1963 card planned a trip to Hanoi); years told
    # elsewhere in a narrative are past events, not the story's
    for k, v in fields.items():
        if _family(k) == "narrative":
            first = re.split(r"(?<=[.!?。！？])\s*", v.strip(), maxsplit=1)[0]
            m = re.search(r"[,，、]\s*((?:1[6-9]|20)\d\d)\s*年?\s*[.。]$", first)
            return int(m.group(1)) if m else None
    return None


def setting_of_year(year: int) -> str:
    """The CM setting of a story year (setting.py's settings)."""
    if year < 1880:
        return "historical"
    if year < 1960:
        return "early"
    return "recent" if year < 2000 else "modern"


@lru_cache(maxsize=None)
def _entries(language: str) -> tuple[tuple[re.Pattern[str], int, tuple[int, int] | None, int | None], ...]:
    return tuple((re.compile(e["words"], re.IGNORECASE), int(e["year"]), tuple(e["gap"]) if e.get("gap") else None,
                  int(e["until"]) if e.get("until") else None)
                 for e in table(_FILE, "WORD_YEARS").get(language, ()))


def too_new(text: str, language: str, year: int | None, card: str = "") -> tuple[str, int] | None:
    """(the word, the year it came into use) of the first thing ``text`` names that the story
    year did not have (or had lost: ``gap``; or had given up for good: ``until``, returned as
    that year, which is then not after the story's); None when all fits or the year is unknown.
    What the ``card`` itself names belongs to its world (a card may give its 1860 hero a bicycle)."""
    if year is None:
        return None
    for pattern, first, gap, until in _entries(language):
        gone = until is not None and year >= until
        if not (year < first or gone or (gap is not None and gap[0] <= year <= gap[1])):
            continue
        for m in pattern.finditer(text):
            if not (card and pattern.search(card) and m.group(0).casefold() in card.casefold()):
                if gone:
                    return m.group(0), until
                return m.group(0), (gap[1] + 1 if gap and year >= first else first)
    return None
