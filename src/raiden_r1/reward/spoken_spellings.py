"""Spoken and written forms of a keyword's value that people use for the same quantity (session 35, fnz):

- the degree sign for 度/도 ("42℃", "1,250℃" for 42度, 1250도; "42度" for a keyword written 42℃): a Celsius
  degree in Chinese, Japanese and Korean, where 度 is Celsius by default. Fahrenheit ("42°F") is another
  quantity and stays unmatched;
- a small thing counted with another counter of the same count ("30粒", "30玉" for 30個; "30颗" for 30个;
  "30알" for 30개): any counter of the class, never a container ("30箱", "30袋": another quantity);
- Chinese 幺 for 一 in a number read digit by digit ("幺二零四" for 1204: rooms, doors, phones), and the
  Minnan weekday 拜三 for 礼拜三 (a dialect form of a negative keyword, 拜五 for 礼拜五, is spelled too);
- a length converted between metres and kilometres ("3.2公里", "3.2 km" for a bare 3200 the gold answer gives
  in 米/m), in either direction; a wrong conversion ("32公里") is another quantity.

Not here: synonyms (机器猫 for 机械猫) and descriptions of the item ("황태의 껍질 부분"), which need the
keywords changed; "'87" for 1887 (English drops the century only where the card's era fixes it)."""

from __future__ import annotations

import re

_DEGREE = re.compile(r"^(\d+(?: \d+)?) ?(度|도)$")
_CELSIUS = re.compile(r"^(\d+(?: \d+)?) ?(?:c|°c|℃)$")
# Counters of small things, one class per language (the canonical text writes 個 as 个).
_COUNTERS = {"ja": ("个", "粒", "玉", "こ", "つ"), "zh": ("个", "颗", "粒"), "ko": ("개", "알", "톨")}
_COUNTED = {lang: re.compile(rf"^(\d+) ?({'|'.join(cs)})$") for lang, cs in _COUNTERS.items()}
_WEEKDAY = re.compile(r"^星期([一二三四五六日天])$")
_DIGIT_STRING = re.compile(r"^\d{3,}$")


def spoken_spellings(c: str, language: str) -> list[str]:
    """Other spellings of one keyword (canonical text ``c``)."""
    out: list[str] = []
    if language in ("zh", "ja", "ko"):
        if m := _DEGREE.match(c):
            out.append(f"{m.group(1).replace(' ', '.')}℃")
        elif m := _CELSIUS.match(c):
            out.append(f"{m.group(1).replace(' ', '.')}{'도' if language == 'ko' else '度'}")
    elif m := _CELSIUS.match(c):
        out.append(f"{m.group(1).replace(' ', '.')} degrees celsius")
    if (pat := _COUNTED.get(language)) is not None and (m := pat.match(c)) is not None:
        out.extend(f"{m.group(1)}{k}" for k in _COUNTERS[language] if k != m.group(2))
    if language == "zh":
        if _DIGIT_STRING.match(c) and "1" in c:
            out.append(c.replace("1", "幺"))
        if m := _WEEKDAY.match(c):
            out.append(f"拜{m.group(1)}")
    return out


# Lengths converted: the gold answer's unit -> (the other unit, factor), as canonical text writes them.
_CONVERSIONS = {"m": ("km", 1000), "米": ("km", 1000), "미터": ("km", 1000), "km": ("m", 1 / 1000), "公里": ("m", 1 / 1000),
                "킬로미터": ("m", 1 / 1000)}


def converted_spellings(number: str, unit: str | None) -> list[str]:
    """A bare number keyword the gold answer gives in metres said in kilometres, or the reverse."""
    if not unit or unit not in _CONVERSIONS or not number.isdigit():
        return []
    other, factor = _CONVERSIONS[unit]
    value = int(number) / factor
    if value != int(value) and len(f"{value:g}") > 6:
        return []
    text = f"{value:g}"
    return [f"{text} {other}"] if "e" not in text else []
