"""A height an English card writes in feet and inches ("5'9\"", "6 ft 1 in"): the key is the
height as written, and the forms people also say it in ("5 foot 9", "175 cm") are equal answers.
The number extractor alone took the feet ("5") and the gold answer said "I'm 5 cm tall."."""

from __future__ import annotations

import re

_FEET_INCHES = re.compile(
    r"\b([3-7])\s*(?:'|′|’|ft\.?|feet|foot)\s*(\d{1,2})\s*(?:\"|″|”|''|in\b\.?|inches\b)?", re.IGNORECASE)
CM_PER_INCH = 2.54


def imperial_height(value: str) -> tuple[list[str], set[str]] | None:
    """(the alternatives of the one height item, those not written in the card), or None when the
    value gives no feet and inches."""
    m = _FEET_INCHES.search(value)
    if not m or int(m.group(2)) > 11:
        return None
    feet, inches = int(m.group(1)), int(m.group(2))
    cm = round((feet * 12 + inches) * CM_PER_INCH)
    said = m.group(0).strip()
    spoken = [f"{feet}'{inches}", f"{feet} foot {inches}", f"{feet} feet {inches}", f"{feet} ft {inches}",
              f"{cm} cm", f"{cm} centimetres", f"{cm} centimeters"]
    # "5'9" is 5'9\" to the reward's matcher: only forms it tells apart are alternatives
    alts = list(dict.fromkeys([said, *(s for s in spoken if not said.startswith(s))]))
    if re.search(r"\d\s*(?:ft|in)\b", said, re.IGNORECASE):
        # "5 ft 9 in" is written, not said: the gold answer says "5 foot 9" (the first form)
        alts.remove(f"{feet} foot {inches}")
        alts.insert(0, f"{feet} foot {inches}")
    return alts, {a for a in alts if a not in value}


_METRES = re.compile(r"(?<![\d.])([12])\.(\d{1,2})\s*(?:m\b|米|公尺|メートル|ｍ|미터)", re.IGNORECASE)
_ZH_DIGITS = "零一二三四五六七八九"
# how each language says a height in centimetres ("172厘米"; zh also "一米七二", how people say it)
_CM_UNIT = {"en": " cm", "zh": "厘米", "ja": "センチ", "ko": "센티"}


_CENTIMETRES = re.compile(r"(?<![\d.])(1\d\d|[5-9]\d)\s*(?:cm|ｃｍ|㎝)(?![a-z])", re.IGNORECASE)


def metric_height(value: str, language: str) -> tuple[list[str], set[str]] | None:
    """A height written in metres ("1.66m", "1.72米"), or in Latin centimetres in a CJK card
    ("168cm"): the gold answer says it the way people do ("一米六六", "166センチ"), not in the
    card's notation; the notation and the bare centimetres stay equal answers. Returns
    (alternatives, those not written in the card) or None."""
    m = _METRES.search(value)
    if m:
        metres, rest = m.group(1), m.group(2)
    else:
        m = _CENTIMETRES.search(value) if language in ("zh", "ja", "ko") else None
        if not m:
            return None
        metres, rest = m.group(1)[:-2] or "0", m.group(1)[-2:]
    cm = int(metres) * 100 + int(rest.ljust(2, "0"))
    said = [f"{cm}{_CM_UNIT.get(language, _CM_UNIT['en'])}"]
    if language == "zh" and metres == "1":  # 1.66 -> 一米六六, 1.70 -> 一米七
        said.insert(0, "一米" + "".join(_ZH_DIGITS[int(d)] for d in rest.rstrip("0")))
    alts = list(dict.fromkeys([*said, str(cm), m.group(0).strip()]))
    # "168" is inside "168cm" as text, not as a term the builder finds there: every form but the
    # card's notation is one the builder adds
    return alts, {a for a in alts if a != m.group(0).strip()}
