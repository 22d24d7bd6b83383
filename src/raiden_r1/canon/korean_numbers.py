"""Korean numbers as digits: Sino-Korean numerals before a counter or with a scale syllable
("이십칠 살", "삼십"), native ones before a counter or standing as the answer ("스물일곱 살",
"마흔이요", "셋이야"), the two mixed as ages are counted ("삼백열두 살"), years counted with 해, and the
months and days said by name (date_names.py). numbers.canonical_numbers calls ``korean_numbers`` on
a text holding Hangul.

Korean numerals are also syllables of ordinary words ("열심히", "이사", "천천히"), so a run is read as
a number only where it cannot be much else: see each pattern.
"""

from __future__ import annotations

import re

from .date_names import korean_days, korean_months

# Korean: Sino-Korean numerals need a counter or a scale syllable, native ones a counter.
_KO_SINO = {"영": 0, "공": 0, "일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
_KO_SINO_SCALES = {"십": 10, "백": 100, "천": 1000, "만": 10000}
# Not inside a word ("롤플레이"), and a counter after a space only for a numeral of two or more
# syllables ("백팔십일 센티", but not "이 초코").
_KO_SINO_RUN = re.compile("(?<![가-힣])([영공일이삼사오육칠팔구십백천만]+)(?:(개월|학년|센티|미터|킬로|퍼센트|[월일년세층번호분초원반등위회주단개])|"
                          "(?<=[영공일이삼사오육칠팔구십백천만]{2}) (개월|학년|센티|미터|킬로|퍼센트|[월일년세층번호분초원반등위회주단개]))?")
_KO_SPACED_DAY = re.compile("(\\d{1,2})월 ?([일이삼사오육칠팔구]|[이삼]?십[일이삼사오육칠팔구]?) 일(?![가-힣])")
_KO_NATIVE_TENS = {"열": 10, "스물": 20, "스무": 20, "서른": 30, "마흔": 40, "쉰": 50, "예순": 60, "일흔": 70, "여든": 80,
                   "아흔": 90}
_KO_NATIVE_UNITS = {"하나": 1, "한": 1, "둘": 2, "두": 2, "셋": 3, "세": 3, "석": 3, "넷": 4, "네": 4, "넉": 4, "다섯": 5,
                    "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9}
_KO_NATIVE = re.compile(
    "(?<![가-힣])(" + "|".join(sorted(_KO_NATIVE_TENS, key=len, reverse=True)) + ")?("
    + "|".join(sorted(_KO_NATIVE_UNITS, key=len, reverse=True)) + ")?[ ]?(살|개|명|마리|시간|시|번째|번|권|잔|대|채|달|병|장|벌|킬로미터|킬로그램|킬로|센티미터|센티|미터|리터|그램)")

# Traditional lengths counted natively: 자 (a foot, 尺) and 치 (an inch, 寸), "여섯 자 한 치" = 6자 1치 (as a
# record writes it in digits). Only as a word of their own: "두 자리" (two places) is no length.
_KO_NATIVE_TRAD = re.compile(
    "(?<![가-힣])(" + "|".join(sorted(_KO_NATIVE_TENS, key=len, reverse=True)) + ")?("
    + "|".join(sorted(_KO_NATIVE_UNITS, key=len, reverse=True)) + ")? ?(자|치)"
    "(?=$|[^가-힣]|요|이|가|는|를|라|에|예|입|쯤|도|오|하고|와|과|반|가웃|나|로|짜리|정도|되|남짓|밖에|넘)")

# Old measures and counters of things, counted natively ("은화 석 닢", "쌀 두 섬", "닷 냥", "장미 세 송이"):
# as a word of their own only ("한 섬세한 손", "세 필요" are no counts). 석/넉 are 3 and 4 before them,
# 서 is 3 before 되 and 말 ("구슬이 서 말"), 닷/엿 are 5 and 6 before the old measures.
_KO_MEASURES = "닢|냥|푼|섬|되|근|홉|켤레|자루|그루|송이|포기|필|가지"
_KO_NATIVE_MEASURE = re.compile(
    "(?<![가-힣])(" + "|".join(sorted(_KO_NATIVE_TENS, key=len, reverse=True)) + ")?("
    + "|".join(sorted(_KO_NATIVE_UNITS, key=len, reverse=True)) + "|닷|엿)? ?(" + _KO_MEASURES + ")"
    "(?=$|[^가-힣]|이|가|은|는|을|를|의|에|도|만|씩|짜리|이라|이오|이요|이야|예요|입니다|이에요|이면|이나|쯤|정도|밖에|남짓|하고|과|와|로|으로)")
# (not 말 as a verb's stem, "…으로서 말하자면" spelt a syllable at a time: "으 로 서 말 하 자 면")
_KO_SEO = re.compile("(?<![가-힣])서 ?(되|말)(?=$|[^가-힣 ]| (?![하해했])|이|을|를|은|는|에|도|씩|짜리|이라|이오|이요|이야|예요|입니다)")
_KO_OLD_UNITS = {"닷": 5, "엿": 6}
# A single scale syllable counted with a space ("십 세", "백 년", "천 명"): a number before these counters
# (the run of two or more syllables is read by _KO_SINO_RUN; "이 초코" stays a word).
_KO_SCALE_SPACED = re.compile("(?<![가-힣])([십백천]) (세|년|명|번|층|원|개월|분|권|개|장|마리|병|잔)(?![가-힣]{2}(?<!입니|이에|이었|이던|이나|이라|이면|이고|이요|이오))")
# People counted with 인 (人) after digits are counted with 명 (名): "42인" = "42명" ("3인조", "1인분",
# "1인당", "2인용" are other words and stay).
_KO_IN_PERSONS = re.compile("(?<=\\d)인(?=$|[^가-힣]|이|은|을|의|에|도|만|입니다|이에요|이요|이오|이야|이다|이며|이고|이라|이나|뿐|밖에|정도|쯤|씩|과|와|으로|이서)")


def _ko_native_measure(m: re.Match[str]) -> str:
    tens, units, counter = m.groups()
    if not tens and not units:
        return m.group(0)
    v = _KO_NATIVE_TENS.get(tens or "", 0) + _KO_NATIVE_UNITS.get(units or "", 0) + _KO_OLD_UNITS.get(units or "", 0)
    return f"{v} {counter}"


# Sino-Korean hundreds before native tens and units ("삼백열두 살" = 312 살), as people count ages.
_KO_MIXED = re.compile(
    "(?<![가-힣])([일이삼사오육칠팔구]?[백천])(" + "|".join(sorted(_KO_NATIVE_TENS, key=len, reverse=True)) + ")?("
    + "|".join(sorted(_KO_NATIVE_UNITS, key=len, reverse=True)) + ")?[ ]?(살|개|명|마리|번째|권|잔|채|병|장|벌)")
# A native tens word and a native unit standing as a number of their own, without a counter
# ("일흔아홉.", "스물셋이요", "일흔 아홉 살"): the full unit forms only (한/두/세/네 are determiners).
# After a vowel (하나) the copula's 이 drops, as dialects say it: "일흔하나여", "일흔하나랑께", "하나제",
# "일흔하나인디" (rev71: a Jeolla fisherman's age). Each is a word's end, so "하나여서" or "제주" stays.
_KO_VOWEL_COPULA = "여(?![가-힣])|여서|여요|여라|라우|랑께|당께|란께|라니께|제(?![가-힣])|인디|인데|고(?![가-힣])"
_KO_NATIVE_FULL_UNITS = ("하나", "둘", "셋", "넷", "다섯", "여섯", "일곱", "여덟", "아홉")
_KO_NATIVE_BARE = re.compile(
    "(?<![가-힣])(" + "|".join(sorted(_KO_NATIVE_TENS, key=len, reverse=True)) + ") ?("
    + "|".join(_KO_NATIVE_FULL_UNITS) + ")(?=$|[^가-힣]|이|요|야|은|는|도|다|지|예요|입니다| ?살|에(?!게)|" + _KO_VOWEL_COPULA + ")")


# Years counted natively with 해 ("마흔 해", "열다섯 해", "한 해", "두 해 전"), written as the
# Sino-Korean years they are (예순 해 = 60년): not after 네 or 넉, which are "yes" as often ("네, 해요").
_KO_NATIVE_YEARS = re.compile(
    "(?<![가-힣])(" + "|".join(sorted(_KO_NATIVE_TENS, key=len, reverse=True)) + ")?(한|두|세|다섯|여섯|일곱|여덟|아홉)? ?해")
# A native tens word alone as a number ("마흔이요", "서른 넘었어", "예순."): only the tens that are no
# other word (열 is also heat, 쉰 also 'rested', 스무 needs a counter).
_KO_TENS_ALONE = re.compile("(?<![가-힣])(스물|서른|마흔|예순|일흔|여든|아흔)(?=$|[^가-힣]|이|요|야|은|는|도|에|을|쯤|즈음|넘|입니다|예요)")
# A native unit alone as the answer ("셋이야~", "넷이요", "하나예요", "둘이고", "둘이여"): only before a
# copula (also its joining and dialect forms) or at the end, never inside a word ("하나도", "둘이서", "열 받아").
_KO_NATIVE_ALONE = re.compile("(?<![가-힣])(하나|둘|셋|넷|다섯|여섯|일곱|여덟|아홉|열)"
                              "(?=이야|이에요|이요|예요|요(?![가-힣])|야(?![가-힣])|이죠|입니다|이다|이고|이지|이라|이었|이여|"
                              "이오|이네|이거든|이랍니다|이란다|$|[.,!?~…]|(?<=하나)(?:" + _KO_VOWEL_COPULA + "))")
_KO_HANJA_YEAR = re.compile("(?<=\\d)年|(?<=\\d) 年")
_KO_ALONE_VALUES = {"하나": 1, "둘": 2, "셋": 3, "넷": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10}


def _ko_native_bare(m: re.Match[str]) -> str:
    return str(_KO_NATIVE_TENS[m.group(1)] + _KO_NATIVE_UNITS[m.group(2)])


def _ko_mixed(m: re.Match[str]) -> str:
    sino, tens, units, counter = m.groups()
    if not tens and not units:
        return m.group(0)
    base = _ko_sino_value(sino)
    if base is None:
        return m.group(0)
    return f"{base + _KO_NATIVE_TENS.get(tens or '', 0) + _KO_NATIVE_UNITS.get(units or '', 0)} {counter}"


def _ko_sino_value(run: str) -> int | None:
    total = digit = 0
    last_scale = 10 ** 9
    for c in run:
        if c in _KO_SINO:
            if digit:
                return None  # two digits in a row: not a numeral ("이사")
            digit = _KO_SINO[c] or 0
            if not digit and c in "영공":
                digit = 0
        else:
            scale = _KO_SINO_SCALES[c]
            if scale >= last_scale:
                return None
            total += (digit or 1) * scale
            digit = 0
            last_scale = scale
    return total + digit


def _ko_sino(m: re.Match[str]) -> str:
    run, counter = m.group(1), m.group(2) or m.group(3) or ""
    if not counter and len(run) > 2 and run[-1] in "이가":
        # A particle glued on ("삼일이에요"): read the numeral without it.
        inner = _ko_sino(_KO_SINO_RUN.match(run[:-1]))
        if inner != run[:-1]:
            return inner + run[-1]
    if not counter and run.endswith("일") and len(run) >= 2:
        run, counter = run[:-1], "일"  # 이십일일 = 21 + 일 (day)
    if not counter and not (len(run) >= 2 and any(c in _KO_SINO_SCALES for c in run)):
        return m.group(0)
    if not counter and len(run) == 2 and not (run[0] in "일이삼사오육칠팔구" and run[1] in "십백천"):
        # a bare two-syllable run is a number only as digit and scale ("삼십", "오백"): "백구" is a
        # dog's name, "천만에요" you're welcome, "이만" this much, "만일" if
        return m.group(0)
    if counter and len(run) == 1 and run in _KO_SINO_SCALES and counter not in ("년", "세", "층", "원"):
        return m.group(0)
    if counter == "개" and len(run) < 2:
        # 개 counts natively up to the tens ("열일곱 개"); a Sino-Korean run before it is a number only
        # with a scale in it ("십칠 개", "삼백 개"): "일개" (a mere), "구개" (palate), "이 개" (this dog)
        return m.group(0)
    if counter == "일" and m.string.startswith("절", m.end()):
        return m.group(0)  # 삼일절 is the holiday of the First of March, no count of days
    if counter == "단" and run == "일":
        return m.group(0)  # 일단 is "for now" far more often than a first dan (초단, 1단)
    v = _ko_sino_value(run)
    if v is None and _read_digit_by_digit(run, counter):
        return "".join(str(_KO_SINO[c]) for c in run) + counter  # "구공이호" = 902호, "삼공일호" = 301호
    return m.group(0) if v is None else f"{v}{counter}"


def _read_digit_by_digit(run: str, counter: str) -> bool:
    """A room or a number read one digit at a time ("구공이호", "일공삼 번"): digits only, two to four
    of them, before 호 (with a zero, or three or more digits) or 번 (with a zero: "공일공 번"). Without
    the counter a run of digit syllables is a word ("이사", "오이")."""
    if not 2 <= len(run) <= 4 or any(c in _KO_SINO_SCALES for c in run):
        return False
    zero = "공" in run or "영" in run
    return (counter == "호" and (zero or len(run) >= 3)) or (counter == "번" and zero)


def _ko_native(m: re.Match[str]) -> str:
    tens, units, counter = m.group(1), m.group(2), m.group(3)
    if not tens and not units:
        return m.group(0)
    v = _KO_NATIVE_TENS.get(tens or "", 0) + _KO_NATIVE_UNITS.get(units or "", 0)
    return f"{v} {counter}"


def korean_numbers(text: str) -> str:
    """Korean numbers, months and days of ``text`` in their canonical forms (see the module doc)."""
    text = korean_months(text)  # 시월, 유월, 정월, 동짓달, 섣달
    if "年" in text:  # "1933年 4月 26日이었어요": the year in hanja is the 년 of a Korean date
        text = _KO_HANJA_YEAR.sub("년", text)
    text = _KO_MIXED.sub(_ko_mixed, text)
    text = _KO_NATIVE_BARE.sub(_ko_native_bare, text)
    text = _KO_NATIVE_ALONE.sub(lambda m: str(_KO_ALONE_VALUES[m.group(1)]), text)
    text = _KO_NATIVE.sub(_ko_native, text)
    text = _KO_NATIVE_MEASURE.sub(_ko_native_measure, text)
    if "서" in text:
        text = _KO_SEO.sub(r"3 \1", text)
    if "십 " in text or "백 " in text or "천 " in text:
        text = _KO_SCALE_SPACED.sub(lambda m: f"{_KO_SINO_SCALES[m.group(1)]}{m.group(2)}", text)
    if "자" in text or "치" in text:
        text = _KO_NATIVE_TRAD.sub(lambda m: _ko_native(m).replace(" ", ""), text)
    if "해" in text:
        text = _KO_NATIVE_YEARS.sub(lambda m: f"{_KO_NATIVE_TENS.get(m.group(1) or '', 0) + _KO_NATIVE_UNITS.get(m.group(2) or '', 0)}년"
                                    if m.group(1) or m.group(2) else m.group(0), text)
    text = _KO_TENS_ALONE.sub(lambda m: str(_KO_NATIVE_TENS[m.group(1)]), text)
    text = _KO_SINO_RUN.sub(_ko_sino, text)
    if "인" in text:
        text = _KO_IN_PERSONS.sub("명", text)
    if "월" in text:  # "5월 칠 일": a one-syllable day with a space, read after a month only
        text = _KO_SPACED_DAY.sub(lambda m: f"{m.group(1)}월 {_ko_sino_value(m.group(2))}일", text)
        # "칠월 보름", "오월 초닷새": the traditional names of a (lunar) month's days
        text = korean_days(text)
    return text
