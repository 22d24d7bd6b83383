"""Other ways people write a number, date or height key: what the audit puts in the gold answer
in place of the key to see whether the reward still credits it ("July 31" -> "the 31st of July",
"7月31日" -> "七月三十一号", "17" -> "seventeen" / "十七" / "열일곱 살").

Only notations a person really writes are produced; a key with none (a name, a place) gets none.
"""

from __future__ import annotations

import re

_EN_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen " \
           "sixteen seventeen eighteen nineteen".split()
_EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_MONTHS = "january february march april may june july august september october november december".split()
_CJK_DIGITS = "〇一二三四五六七八九"
_KO_SINO = ["", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"]
_KO_NATIVE_ONES = ["", "하나", "둘", "셋", "넷", "다섯", "여섯", "일곱", "여덟", "아홉"]
_KO_NATIVE_ONES_ADN = ["", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉"]
_KO_NATIVE_TENS = ["", "열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔"]


def en_words(n: int) -> str:
    if n < 20:
        return _EN_ONES[n]
    tens, ones = divmod(n, 10)
    return _EN_TENS[tens] + (f"-{_EN_ONES[ones]}" if ones else "")


def ordinal_suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def cjk_number(n: int) -> str:
    """十七, 三十一, 二十 (below 100, as dates and ages are written)."""
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _CJK_DIGITS[ones]
    return ("" if tens == 1 else _CJK_DIGITS[tens]) + "十" + (_CJK_DIGITS[ones] if ones else "")


def ko_sino(n: int) -> str:
    tens, ones = divmod(n, 10)
    return ("" if tens <= 1 else _KO_SINO[tens]) + ("십" if tens else "") + _KO_SINO[ones]


def ko_native_age(n: int) -> str:
    """열일곱 (an age counted with 살: the attributive form 한/두/세/네, 스무 for 20)."""
    tens, ones = divmod(n, 10)
    if n == 20:
        return "스무"
    return _KO_NATIVE_TENS[tens] + _KO_NATIVE_ONES_ADN[ones]


_EN_DATE = re.compile(r"^(?:(?P<m1>[a-z]+)\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?|(?:the\s+)?(?P<d2>\d{1,2})(?:st|nd|rd|th)?"
                      r"\s+(?:of\s+)?(?P<m2>[a-z]+))$", re.IGNORECASE)
_CJK_DATE = re.compile(r"^(\d{1,2})月(\d{1,2})[日号]$")
_KO_DATE = re.compile(r"^(\d{1,2})월\s*(\d{1,2})일$")
_HEIGHT = re.compile(r"^(\d{3})\s*(?:cm|厘米|公分|センチ|센티미터|센티)?$", re.IGNORECASE)


def _en(key: str) -> list[str]:
    m = _EN_DATE.match(key.strip())
    if m:
        month = (m.group("m1") or m.group("m2")).lower()
        day = int(m.group("d1") or m.group("d2"))
        if month in _MONTHS and 1 <= day <= 31:
            name = month.capitalize()
            return [f"the {day}{ordinal_suffix(day)} of {name}", f"{name} {day}{ordinal_suffix(day)}", f"{day} {name}"]
    if key.isdigit() and 1 <= int(key) < 100:
        return [en_words(int(key))]
    return []


def _zh(key: str, after: str = "") -> list[str]:
    m = _CJK_DATE.match(key)
    if m:
        mo, d = int(m.group(1)), int(m.group(2))
        return [f"{mo}月{d}号", f"{cjk_number(mo)}月{cjk_number(d)}日", f"{cjk_number(mo)}月{cjk_number(d)}号"]
    h = _HEIGHT.match(key)
    # A bare number is a height only where a height unit follows it: "214号" is a cabin.
    is_height = h and (not key.isdigit() or re.match(r"\s*(?:cm|厘米|公分)", after, re.IGNORECASE))
    if is_height and 100 <= int(h.group(1)) < 250:
        cm = int(h.group(1))
        return [f"{cm}厘米", f"一米{''.join(_CJK_DIGITS[int(c)] for c in str(cm)[1:]).rstrip('〇')}"]
    if key.isdigit() and 1 <= int(key) < 100:
        return [cjk_number(int(key))]
    return []


def _ja(key: str) -> list[str]:
    m = _CJK_DATE.match(key)
    if m:
        mo, d = int(m.group(1)), int(m.group(2))
        return [f"{cjk_number(mo)}月{cjk_number(d)}日"]
    if key.isdigit() and 1 <= int(key) < 100:
        return [cjk_number(int(key))]
    return []


def _ko(key: str, after: str = "") -> list[str]:
    m = _KO_DATE.match(key)
    if m:
        mo, d = int(m.group(1)), int(m.group(2))
        month = {6: "유", 10: "시"}.get(mo, ko_sino(mo))  # 유월, 시월: the spoken forms
        return [f"{month}월 {ko_sino(d)}일"]
    if key.isdigit() and 1 <= int(key) < 100 and after.lstrip().startswith("살"):
        return [ko_native_age(int(key))]  # native numbers count years with 살, never with 세
    return []


_BY_LANGUAGE = {"en": _en, "ja": _ja}  # ko and zh are called with the text after the key


def notation_variants(key: str, language: str, after: str = "") -> list[str]:
    """The other notations of ``key`` in ``language`` (empty when it is no number or date);
    ``after``: the text that follows the key where it is written (a Korean age needs 살)."""
    if language in ("ko", "zh"):
        found = _ko(key, after) if language == "ko" else _zh(key, after)
    else:
        fn = _BY_LANGUAGE.get(language)
        found = fn(key) if fn else []
    return [v for v in found if v != key]
