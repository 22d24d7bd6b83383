"""Numbers, dates and units in one written form, so "twenty-seven", "27", "二十七" and "스물일곱"
are the same keyword to the matcher, and "August 9th", "9 August", "the ninth of August",
"8月9号" and "8월 9일" the same date.

Runs on folded text (see fold.py: lower case, hiragana, simplified Chinese, punctuation kept).
Canonical forms: Arabic digits; dates as ``{month}月{day}日`` in every language (a date keyword
then matches an answer whatever its language; the language rule judges the language); units
spaced from their number and spelled one way ("180cm", "180 centimetres" -> "180 cm").

The rewrites are careful where a numeral is also an ordinary word: a lone CJK numeral character is
converted only next to a counter or after 第 ("一起", "一直" stay), Korean numerals only before a
counter ("열심히" stays), and a malformed run ("천천히") is left alone. Every pattern is a plain
regular expression without nested repetition, so the cost is linear in the text.

Each script's own numerals are read beside this module: english_numbers.py (number words),
kana_numbers.py (Japanese numbers in kana), korean_numbers.py (Sino-Korean and native numerals);
Chinese and Japanese kanji numerals, dates and units are read here.
"""

from __future__ import annotations

import re

from .date_names import cjk_month_names
from .english_numbers import EN_OH_YEAR, EN_RUN, EN_UNIT_AND_TENS, NUMWORD_SET, en_oh_year, en_run, en_unit_and_tens
from .joined_numbers import joined_numbers
from .kana_numbers import kana_numbers
from .month_ordinals import month_first_second
from . import notations  # session 33: the notation classes, each behind its own precheck
from .korean_numbers import korean_numbers


_DIGIT_ORDINAL = re.compile(r"\b(\d+)(?:st|nd|rd|th)\b")
# (?!\d), not \b: a CJK counter or a unit letter right after the digits ("3,200人", "1,200m") is a word
# character, and \b there left the separator as a clause break. Not after the second part of a compound
# measure, "1米83，183厘米" (a list of two forms; the full-width comma is folded to ",")
_THOUSANDS = re.compile(r"(?<=\d)(?<!\d[^\W\d]\d)(?<!\d[^\W\d]\d\d)(?<!\d[^\W\d] \d)(?<!\d[^\W\d] \d\d),(?=\d{3}(?!\d))")
_DIGIT_LETTER = re.compile(r"(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)")
# "C++" / "C#" / "F#": punctuation that makes a different word; spelled out before punctuation is
# collapsed, so "C" does not match inside "C++".
_PLUS_SHARP = re.compile(r"(?<=[a-z0-9])(\+\+|\+|#)(?![a-z0-9])")

_MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
           "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
           "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_MD = re.compile(rf"\b({_MONTH})\.?[ ]+(?:the[ ]+)?(\d{{1,2}})\b")
_DATE_DM = re.compile(rf"\b(\d{{1,2}})[ ]+(?:of[ ]+)?({_MONTH})\b")
_FIRST_OF = re.compile(rf"\b(first|second)[ ]+of[ ]+({_MONTH})\b")
# A bare month name means the month (except "may" and "march", which are everyday words).
_BARE_MONTH = re.compile(r"\b(january|february|april|june|july|august|september|october|november|december)\b")
_DATE_CJK = re.compile(r"(\d{1,2})[ ]*[月월][ ]*の?[ ]*(\d{1,2})[ ]*[日号일]")
# "21/11", "8/9", "10. 17." : a numeric date. A number above 12 is the day; otherwise month first
# (the order of the US, China, Japan and Korea).
_DATE_NUMERIC = re.compile(r"(?<![\d/.])(\d{1,2})(?:/|\. )(\d{1,2})(?:\.(?!\d)|(?![\d/.]))")

_UNIT_WORDS = (
    ("cm", r"(?:cm|centimet(?:re|er)s?|厘米|公分|せんち(?:めーとる)?|센티(?:미터)?)"),
    ("km", r"(?:km|kilomet(?:re|er)s?|公里|千米|きろめーとる|킬로미터)"),  # before kg: 킬로 starts 킬로미터
    ("mi", r"(?:mi|miles?)"),
    # (abbreviations as people type them: "2 hrs", "10 mins", "27 yrs old")
    ("hours", r"(?:hrs?|hours?)"),
    ("minutes", r"(?:mins?|minutes?)"),
    ("years", r"(?:yrs?|years?)"),
    ("kg", r"(?:kg|kilo(?:gram(?:me)?)?s?|公斤|千克|きろぐらむ|킬로그램)"),
    # A bare キロ / 킬로 is a kilometre as often as a kilogram ("市場まで2キロ", "몸무게 60킬로"): its own
    # unit, which the matcher reads as either (keyword_spellings, occurrence_context.unit_mismatch).
    ("kilo", r"(?:きろ|킬로)"),
    # (めーたー: the spoken Japanese "メーター", "十五メーター")
    ("m", r"(?:met(?:re|er)s?|米(?![饭粉])|めーとる|めーたー|미터)"),
    # tonnes, as a cargo or a catch is weighed: "8t", "8 tons", "8トン", "8톤", "8吨" (session 36, s27)
    # (named "tonnes", not "t": a lone "t" is the negation of "can t")
    ("tonnes", r"(?:tonnes?|tons?|t|とん(?!かつ)|톤|吨)"),
    ("岁", r"(?:歳|才|岁|歲)"),  # age: 27歳, 27才, 27岁
    ("살", r"(?:살|세)(?![가-힣])|(?:살|세)(?=[이예입요])"),
)
# Heights said in metres: "1.86 m", "1米86", "一米八六", "1メートル78" -> "186 cm".
_METRES_CM = re.compile(r"(?<![\d.])(\d)\.(\d{2})[ ]*(?:m|met(?:re|er)s?|米|めーとる|미터)(?![a-z])")
_METRE_AND = re.compile(r"(?<![\d.])(\d)[ ]*(?:米|めーとる|미터)[ ]*(\d{2})(?!\d|\.\d)")
# One digit after the metres is tens of centimetres: "一米八", "1米8", "1.8 m" -> "180 cm".
_METRES_TENTH = re.compile(r"(?<![\d.])(\d)\.(\d)[ ]*(?:m|met(?:re|er)s?|米|めーとる|미터)(?![a-z\d])")
_METRE_AND_TENTH = re.compile(r"(?<![\d.])(\d)[ ]*(?:米|めーとる|미터)[ ]*(\d)(?![\d.]|[ ]*(?:cm|厘米|公分|せんち|센티))")
# (each pattern grouped: an alternation inside one must not drop the digit, or "5월 … 주세요" became "주 살요")
_UNITS = [(canon, re.compile(rf"(\d)[ ]*(?:{pattern})(?![a-z])")) for canon, pattern in _UNIT_WORDS]

# Chinese / Japanese numerals (folded to simplified: 兩 -> 两, 萬 -> 万).
_ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ZH_SCALES = {"十": 10, "百": 100, "千": 1000, "万": 10000}
# Prechecks, each matching wherever the pattern it guards could (a digit beside a letter; a digit, a
# comma and a digit; a CJK digit and the pause after it; any unit after a digit; a date's digits and
# separator): a text without a match is left as it is by the guarded substitutions, so their scans,
# which try lookbehinds or alternations at every position, are skipped. The unit patterns run one
# after another: with no match of any in the text, each leaves it unchanged for the next.
_DIGIT_BY_LETTER = re.compile(r"\d[a-z]|[a-z]\d")
_DIGIT_COMMA_DIGIT = re.compile(r"\d,\d")
_CJK_DIGIT_SEP = re.compile("[〇零一二三四五六七八九][,・]")
_ANY_UNIT = re.compile(r"\d[ ]*(?:" + "|".join(f"(?:{p})" for _, p in _UNIT_WORDS) + r")(?![a-z])")
_DIGIT_SEP_DIGIT = re.compile(r"\d[-/.]\d")
_EN_UNIT_AND = re.compile(r"(?:one|two|three|four|five|six|seven|eight|nine)[ -]+and[ -]")

_ZH_RUN = re.compile("(第?)([零〇一二两三四五六七八九十百千万廿卅卌]+)(.?)")
_ZH_WEEKDAY = re.compile("(?:星期|礼拜|周)([一二三四五六日天])")  # 周三 = 礼拜三 = 星期三
_ZH_COUNTERS = frozenset("岁月日号年个名人只次点分秒层楼米斤元块本张位代届期级章集号尺寸岁歳才时匹羽头枚册台杯回阶件轩番段")
# "very", "in case", "for a while", Japanese "the most" (一番好き), "a stretch of" / "even more" (一段时间,
# 一段と): words first, numbers second
_ZH_KEEP = ("十分", "万一", "一时", "一番", "一段")
# Unit words of two characters or more whose first character is no counter: a numeral before one is
# a number ("八公里", "二キロ", "十八钟头"), as before a counter.
# (session 35: litres too, "二リットル", "三升" being a counter already)
_ZH_UNIT_HEADS = ("公里", "公斤", "公分", "公尺", "千米", "千克", "厘米", "钟头", "きろ", "めーとる", "せんち", "ぐらむ", "りっとる", "公升")


_ZH_TWENTIES = {"廿": 20, "卅": 30, "卌": 40}  # 廿六 = 26, as dates and ages are still written


def _zh_value(run: str) -> int | None:
    if run[0] in _ZH_TWENTIES:
        rest = run[1:]
        if not rest:
            return _ZH_TWENTIES[run[0]]
        return _ZH_TWENTIES[run[0]] + _ZH_DIGITS[rest] if len(rest) == 1 and rest in _ZH_DIGITS else None
    if any(c in _ZH_TWENTIES for c in run):
        return None
    if len(run) >= 3 and run[-1] in _ZH_DIGITS and run[-2] in _ZH_DIGITS and run[-3] in _ZH_SCALES \
            and run[-2] not in "零〇":
        return None  # "二十八九岁", "三百五六十": a range said the short way, not one number (两千零三 is 2003)
    if (tail := notations.colloquial_tail(run)) is not None:  # "一万五" is 15000
        return None if (head := _zh_value(run[:-1])) is None else head + tail
    if all(c in _ZH_DIGITS for c in run):
        if len(run) == 1:
            return _ZH_DIGITS[run]
        return int("".join(str(_ZH_DIGITS[c]) for c in run))  # 二〇〇九 -> 2009
    total = section = digit = 0
    last_scale = 10 ** 9
    for c in run:
        if c in _ZH_DIGITS:
            digit = _ZH_DIGITS[c]
        else:
            scale = _ZH_SCALES[c]
            if scale == 10000:
                total += (section + digit) * 10000
                section = digit = 0
                last_scale = 10 ** 9
                continue
            if scale >= last_scale:
                return None
            section += (digit or 1) * scale
            digit = 0
            last_scale = scale
    value = total + section + digit
    return value if value or "零" in run or "〇" in run else None  # 万 alone (万岁, 万物) is a word, not 0


def _zh_run(m: re.Match[str]) -> str:
    prefix, run, after = m.group(1), m.group(2), m.group(3)
    if (run + after)[:2] in _ZH_KEEP and len(run) <= 2 and m.string[m.end():m.end() + 1] != "钟" and \
            not (run == "十" and after == "分" and m.string[m.end():m.end() + 1] == "钟"):
        return m.group(0)
    after_metre = m.start() > 0 and m.string[m.start() - 1] == "米"  # 一米八六: 1 m 86
    if after_metre and not prefix:
        v = _zh_value(run)
        return m.group(0) if v is None else f"{v}{after}"
    if after and m.string.startswith(_ZH_UNIT_HEADS, m.start(3)):
        after_is_counter = True
    else:
        after_is_counter = after in _ZH_COUNTERS
    numeric = len(run) >= 2 or prefix or after_is_counter or any(c in _ZH_SCALES or c in _ZH_TWENTIES for c in run)
    if not numeric or (len(run) == 1 and run in "一" and not prefix and not after_is_counter):
        return m.group(0)
    # "一一", "三三两两": word games, not numbers; "一五零二" (a room, a year read digit by digit) is one
    spelled = len(run) >= 3 and "两" not in run and len(set(run)) >= 2 and all(c in _ZH_DIGITS for c in run)
    if len(run) >= 2 and not any(c in _ZH_SCALES or c in _ZH_TWENTIES for c in run) and not prefix \
            and not after_is_counter and not spelled:
        return m.group(0)
    if len(run) == 2 and run[0] in "零〇" and run[1] in _ZH_DIGITS and after == "年" and not prefix:
        return f"0{_ZH_DIGITS[run[1]]}年"  # "零三年": a year by its last two digits ('03), not year 3
    approx = _ZH_APPROX.get(run[:2]) if not prefix else None
    if approx and (len(run) == 2 and after_is_counter or len(run) == 3 and run[2] in _ZH_SCALES):
        # "七八岁", "二三十年", "两三个": two neighbouring numbers said as one, an estimate of
        # either; written as the two numbers, as "7~8" is, so that a keyword finds a range.
        scale = _ZH_SCALES[run[2]] if len(run) == 3 else 1
        return f"{approx[0] * scale} {approx[1] * scale}{after}"
    v = _zh_value(run)
    return m.group(0) if v is None else f"{prefix}{v}{after}"


_ZH_APPROX = {"一二": (1, 2), "一两": (1, 2), "两三": (2, 3), "二三": (2, 3), "三四": (3, 4), "四五": (4, 5),
              "五六": (5, 6), "六七": (6, 7), "七八": (7, 8), "八九": (8, 9), "三五": (3, 5)}

# Colloquial Chinese 俩 (two) and 仨 (three), not in a pronoun ("咱俩", "他们仨").
_ZH_LIANG = re.compile("(?<![们咱他她你我它])([俩仨])")


# Classical Chinese joins tens and units with 有 or 又 ("五十有八", "三十又八" = 58, 38); "十有八九" (most
# likely) has no digit before 十.
_ZH_YOU = re.compile("([一二三四五六七八九]十)[有又]([一二三四五六七八九])")

# Banker's numerals (大写数字, Japanese 大字), as ledgers and cheques write them: 叁拾捌 = 三十八.
# 肆 伍 陆 拾 参 佰 仟 are also ordinary words or names (放肆, 队伍, 大陆, 收拾, 参加): read as numerals
# only in a run that holds a scale or an unmistakable numeral (伍拾, 参拾, 陆佰), never alone.
_BANKER = {"壹": "一", "壱": "一", "贰": "二", "弐": "二", "叁": "三", "参": "三", "肆": "四", "伍": "五", "陆": "六",
           "柒": "七", "捌": "八", "玖": "九", "拾": "十", "佰": "百", "仟": "千"}
_BANKER_SURE = frozenset("壹壱贰弐叁柒捌玖")
_BANKER_SCALES = frozenset("拾佰仟十百千万")
_BANKER_SET = frozenset(_BANKER)
_BANKER_RUN = re.compile("[" + "".join(_BANKER) + "零〇一二两三四五六七八九十百千万]+")


def _banker_run(m: re.Match[str]) -> str:
    run = m.group(0)
    if _BANKER_SET.isdisjoint(run):
        return run
    if not (_BANKER_SURE.intersection(run) or (len(run) >= 2 and _BANKER_SCALES.intersection(run))):
        return run
    return "".join(_BANKER.get(c, c) for c in run)

# Japanese era years as Gregorian years (昭和52年 = 1977年): a person says either.
_JA_ERAS = {"明治": 1867, "大正": 1911, "昭和": 1925, "平成": 1988, "令和": 2018}
# (の may join the era and its year as people say it: "明治の十二年", "昭和の三十年")
_JA_ERA_YEAR = re.compile("(明治|大正|昭和|平成|令和)(?:の)?(元|[0-9]{1,2}) ?年")


def _ja_era_year(m: re.Match[str]) -> str:
    n = 1 if m.group(2) == "元" else int(m.group(2))
    return f"{_JA_ERAS[m.group(1)] + n}年" if n >= 1 else m.group(0)


def _month_day(month: str, day: str) -> str:
    d = int(day)
    return f" {_MONTHS[month]}月{d}日 " if 1 <= d <= 31 else f"{month} {day}"


# The day, then the month as an afterthought: "24日です、12月の", "十八号，六月的", "14일이요, 3월".
_DATE_DAY_FIRST = re.compile(r"(?<!\d)(\d{1,2}) ?[日号일](?:です|だよ|だ|이요|이에요|예요|요|啊|呀)?[ ,、]*(\d{1,2}) ?[月월](?:の|的)?(?![ ]?\d)")


def _day_first(m: re.Match[str]) -> str:
    day, month = int(m.group(1)), int(m.group(2))
    return f"{month}月{day}日" if 1 <= month <= 12 and 1 <= day <= 31 else m.group(0)


def _numeric_date(m: re.Match[str]) -> str:
    a, b = int(m.group(1)), int(m.group(2))
    month, day = (b, a) if a > 12 >= b else (a, b)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return m.group(0)
    return f" {month}月{day}日 "


# Tens or scores and the rest, as archaic or careful speech counts years: "four decades and one year"
# (41), "fourscore and seven" (87). Only with the "and" part: "two decades" alone is often a round figure.
_EN_SUM = re.compile(r"\b(?:(\d{1,2}) (decades?|score)|(four|three)score) and (\d{1,2}|a)\b")


def _en_sum(m: re.Match[str]) -> str:
    tens, unit, word = m.group(1), m.group(2), m.group(3)
    rest = 1 if m.group(4) == "a" else int(m.group(4))
    if rest >= (10 if unit and unit.startswith("decade") else 20):
        return m.group(0)
    value = int(tens) * 10 if unit and unit.startswith("decade") else (int(tens) if tens else {"four": 4, "three": 3}[word]) * 20
    return str(value + rest)


# A full date in digits: ISO "2187-03-14", "2187/04/03", "2187.4.3", and the year last: "03/14/2187",
# "14.03.2187" (a number above 12 is the day; with both 12 or under the order is the writer's, unread).
_DATE_YMD = re.compile(r"(?<![\d/.\-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d/\-]|\.\d)")
_DATE_DMY = re.compile(r"(?<![\d/.\-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?![\d/\-]|\.\d)")


def _full_date(year: str, a: str, b: str, ascii_text: bool, hangul: bool, year_first: bool = True) -> str | None:
    """The date as the text's own language writes it in words, so that its keyword finds it: "3月14日
    2187" as "March 14, 2187" reads, "2187년 3月14日", "2187年3月14日"; None where it is no date or its order unknown."""
    x, y = int(a), int(b)
    month, day = (y, x) if x > 12 >= y else (x, y)
    # ("9/8/1861": with the year last, a British 9 August or an American September 8: left as written)
    if not (1 <= month <= 12 and 1 <= day <= 31) or (not year_first and x <= 12 and y <= 12 and x != y):
        return None
    if ascii_text:
        return f" {month}月{day}日 {year} "
    return f" {year}년 {month}月{day}日" if hangul else f"{year}年{month}月{day}日"


# Japanese native numbers (after folding, hiragana): "いつつ" is 5. Only as a word of their own.
_JA_NATIVE = {"ひとつ": 1, "ふたつ": 2, "みっつ": 3, "よっつ": 4, "いつつ": 5, "むっつ": 6, "ななつ": 7, "やっつ": 8,
              "ここのつ": 9, "とお": 10}
# followed by a particle or a copula ("むっつだよ", "ななつの時") or by no more kana ("みっつめの" is an ordinal)
_JA_NATIVE_RE = re.compile("(?<![ぁ-ゖ])(" + "|".join(_JA_NATIVE) + ")(?:(?=だ|で|よ|ね|の|は|も|か|さい|に|と)|(?![ぁ-ゖ]{2}))")
# The same counts written with a kanji digit ("七つのとき", "三つです"): only a digit standing alone
# (not "十七つ") before a particle, a copula or no more letters ("三つ編み", "一つ目" are other words).
_JA_KANJI_NATIVE = re.compile("(?<![\u4e00-\u9fff々0-9])([一二三四五六七八九])つ"
                              "(?=だ|で|よ|ね|の|は|も|か|さい|に|と|[^\u3040-\u30ff\u4e00-\u9fffa-z0-9]|$)")
_KANJI_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九", 1)}
# (prechecks: the words without the lookbehind that makes the patterns above slow to scan)
_JA_NATIVE_WORD = re.compile("|".join(_JA_NATIVE))
_JA_KANJI_TSU = re.compile("[一二三四五六七八九]つ")


_HANGUL = re.compile("[\uac00-\ud7a3]")
_HIRAGANA = re.compile("[ぁ-ゖ]")
_DIGIT = re.compile(r"\d")
_ASCII_WORDS = re.compile(r"[a-z]+")
# Word sets checked before any pattern runs: most texts hold no number word and no month name, and
# a set intersection costs far less than an alternation of sixty words tried at every position.
_MONTH_SET = frozenset(_MONTHS)


# A year clipped to its last two digits after an apostrophe ("summer of '58", "class of '09"): read as
# "in 58", the spelling a year keyword has for it (reward keyword_spellings); not a number in quotes ('58').
_CLIPPED_YEAR = re.compile(r"(?<![\w'\u2019])['\u2019](\d\d)(?![\w'\u2019]|[.,]\d)")
# English metres and centimetres after the units are read ("one metre eighty", "1m80": "1 m 80"): 180 cm,
# as "一米八零" is (two digits after the metres are centimetres).
_EN_METRE_AND = re.compile(r"(?<![\d.])(\d) m (\d{2})(?!\d|[.,]\d)")
# "'Leven of 'em": eleven with its first vowel clipped, as dialect writing spells it; only with the
# apostrophe that marks the clipping (Leven is also a place: Loch Leven, Leven in Fife).
_CLIPPED_ELEVEN = re.compile(r"(?<![a-z])['\u2019](leven(?:th)?)\b")


_EN_TENS = re.compile(r"(?<![\d.,])([1-9]) tens\b")
# A number read out digit by digit with a pause after each ("三、九、二、七", "三・九・二・七": a telephone
# number, a code): one number; four digits at least, since "一、二、三" counts off a list.
_CJK_DIGIT_BY_DIGIT = re.compile(r"(?<![〇零一二三四五六七八九十百千万])[〇零一二三四五六七八九](?:[,・]\s?[〇零一二三四五六七八九]){3,}"
                                 r"(?![〇零一二三四五六七八九十百千万])")


def canonical_numbers(folded: str) -> str:
    """Numbers, dates and units of folded text in their canonical forms (see the module doc)."""
    text = folded
    ascii_text = text.isascii()
    if "+" in text or "#" in text:
        text = _PLUS_SHARP.sub(lambda m: {"++": "plusplus", "+": "plus", "#": "sharp"}[m.group(1)], text)
    if "'lev" in text:
        text = _CLIPPED_ELEVEN.sub(lambda m: "e" + m.group(1), text)
    if "'" in text or "\u2019" in text:
        text = _CLIPPED_YEAR.sub(r"in \1", text)
    words = set(_ASCII_WORDS.findall(text))
    months = not words.isdisjoint(_MONTH_SET)
    if not words.isdisjoint(NUMWORD_SET):
        if "and" in words and _EN_UNIT_AND.search(text):
            text = EN_UNIT_AND_TENS.sub(en_unit_and_tens, text)
        if "oh" in words:
            text = EN_OH_YEAR.sub(en_oh_year, text)
        text = EN_RUN.sub(en_run, text)  # first: "twenty-first" is one number
        if "and" in words and ("decades" in words or "decade" in words or "score" in words or "fourscore" in words):
            text = _EN_SUM.sub(_en_sum, text)
        if "tens" in words:
            text = _EN_TENS.sub(r"\g<1>0", text)  # "three tens of jars", "two tens and a five": counted in tens
    text = notations.and_a_half(text, words)  # "two and a half hours", "half past"
    if months and ("first" in words or "second" in words):
        text = _FIRST_OF.sub(lambda m: f"{1 if m.group(1) == 'first' else 2} of {m.group(2)}", text)
        text = month_first_second(text)  # "june second", "june the first"
    if not ascii_text:
        text = notations.digit_scales(text)  # "1万5千", "1.5万", "5千円"
        if ("," in text or "・" in text) and _CJK_DIGIT_SEP.search(text):  # (fold writes 、 and ， as ",")
            text = _CJK_DIGIT_BY_DIGIT.sub(lambda m: re.sub(r"[,・]\s?", "", m.group(0)), text)
        if "周" in text or "礼拜" in text or "星期" in text:
            text = _ZH_WEEKDAY.sub(lambda m: "星期" + ("日" if m.group(1) == "天" else m.group(1)), text)
        if not _BANKER_SET.isdisjoint(text):
            text = _BANKER_RUN.sub(_banker_run, text)
        if "有" in text or "又" in text:
            text = _ZH_YOU.sub(r"\1\2", text)
        if "俩" in text or "仨" in text:
            text = _ZH_LIANG.sub(lambda m: "2" if m.group(1) == "俩" else "3", text)
        if _HIRAGANA.search(text):
            text = kana_numbers(text)
        if "と" in text:
            text = joined_numbers(text)  # "二百と十三年" = 213年
        if _ZH_RUN.search(text):
            text = _ZH_RUN.sub(_zh_run, text)
        if "年" in text and _JA_ERA_YEAR.search(text):
            text = _JA_ERA_YEAR.sub(_ja_era_year, text)
        if "月" in text or "弥生" in text or "师走" in text:
            text = cjk_month_names(text)  # "文月7日", "正月初一", "腊月23": a month by its old name
        if ("つ" in text or "とお" in text) and _JA_NATIVE_WORD.search(text):
            text = _JA_NATIVE_RE.sub(lambda m: str(_JA_NATIVE[m.group(1)]), text)
        if "つ" in text and _JA_KANJI_TSU.search(text):
            text = _JA_KANJI_NATIVE.sub(lambda m: str(_KANJI_DIGITS[m.group(1)]), text)
        if _HANGUL.search(text):
            text = notations.korean_spaced_digits(korean_numbers(notations.korean_ordinals(text)))  # 스물일곱째, 삼 층
        text = notations.fractions(text)  # "四分之三", "사분의 삼"
    text = notations.shares(text)  # "42 percent", "百分之四十二", "四割二分"
    if _DIGIT.search(text):
        latin = not ascii_text or _ASCII_WORDS.search(text) is not None
        if latin and ("st" in text or "nd" in text or "rd" in text or "th" in text) and _DIGIT_BY_LETTER.search(text):
            text = _DIGIT_ORDINAL.sub(r"\1", text)
        if "," in text and _DIGIT_COMMA_DIGIT.search(text):
            text = _THOUSANDS.sub("", text)
        if latin and _DIGIT_BY_LETTER.search(text):
            text = _DIGIT_LETTER.sub(" ", text)
        if months:
            text = _DATE_MD.sub(lambda m: _month_day(m.group(1), m.group(2)), text)
            text = _DATE_DM.sub(lambda m: _month_day(m.group(2), m.group(1)), text)
        if ("/" in text or "-" in text or "." in text) and _DIGIT_SEP_DIGIT.search(text):
            hangul = _HANGUL.search(text) is not None
            text = _DATE_YMD.sub(lambda m: _full_date(m.group(1), m.group(3), m.group(4), ascii_text, hangul) or m.group(0), text)
            text = _DATE_DMY.sub(lambda m: _full_date(m.group(4), m.group(1), m.group(3), ascii_text, hangul, False)
                                 or m.group(0), text)
        if "/" in text or ". " in text:
            text = _DATE_NUMERIC.sub(_numeric_date, text)
        if (not ascii_text or "月" in text) and ("月" in text or "월" in text):
            text = _DATE_DAY_FIRST.sub(_day_first, text)
            text = _DATE_CJK.sub(lambda m: f"{int(m.group(1))}月{int(m.group(2))}日", text)
        if "." in text and _DIGIT_SEP_DIGIT.search(text):
            text = _METRES_CM.sub(r"\1\2 cm", text)
            text = _METRES_TENTH.sub(r"\1\g<2>0 cm", text)
        if not ascii_text and ("米" in text or "めーとる" in text or "미터" in text):
            text = _METRE_AND.sub(r"\1\2 cm", text)
            text = _METRE_AND_TENTH.sub(r"\1\g<2>0 cm", text)
        if _ANY_UNIT.search(text):
            for canon, pattern in _UNITS:
                if ascii_text and canon in ("岁", "살"):
                    continue
                text = pattern.sub(rf"\1 {canon}", text)
        text = notations.unit_and_a_half(text)  # "1公斤半", "1킬로 반"
        if " m " in text:  # (any script: "1m78といったところじゃ")
            text = _EN_METRE_AND.sub(r"\1\2 cm", text)
    if months:
        text = _BARE_MONTH.sub(lambda m: f"{_MONTHS[m.group(1)]}月", text)
    return text
