"""A height an English card writes in feet and inches ("5'9\"", "6 ft 1 in"): the key is the
height as written, and the forms people also say it in ("5 foot 9", "175 cm") are equal answers.
The number extractor alone took the feet ("5") and the gold answer said "I'm 5 cm tall."."""

from __future__ import annotations

import re

from raiden_r1.text import normalize, normalize_term

from .terms import term_in

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
# "1米58": how a Chinese card writes a height as it is said
_METRES_SAID = re.compile(r"(?<![\d.])([12])\s*米\s*(\d{1,2})(?![\d厘])")
_ZH_DIGITS = "零一二三四五六七八九"
# how each language says a height in centimetres ("172厘米"; zh also "一米七二", how people say it)
_CM_UNIT = {"en": " cm", "zh": "厘米", "ja": "センチ", "ko": "센티"}


_CENTIMETRES = re.compile(r"(?<![\d.])(1\d\d|[5-9]\d)\s*(?:cm|ｃｍ|㎝)(?![a-z])", re.IGNORECASE)


def metric_height(value: str, language: str) -> tuple[list[str], set[str]] | None:
    """A height written in metres ("1.66m", "1.72米"), or in Latin centimetres in a CJK card
    ("168cm"): the gold answer says it the way people do ("一米六六", "166センチ"), not in the
    card's notation; the notation and the bare centimetres stay equal answers. Returns
    (alternatives, those not written in the card) or None."""
    m = _METRES.search(value) or _METRES_SAID.search(value) if language == "zh" else _METRES.search(value)
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


# A height or weight the card writes in another unit than the table's (cm, kg): "190 lb",
# "5 pieds 1 pouce", "四尺九寸", "十一貫", "一百四十斤". The number alone would take the table's
# unit in the gold answer ("I weigh 190 kg.", "I'm 5 cm tall."); the notation as written is the key
# and the gold answer keeps it. Each entry: a pattern over one notation, and the forms it is said in.
_NUM = r"(\d+(?:\.\d+)?)"
_CJK_NUM = r"[〇零一二两三四五六七八九十百\d]+"
_POUNDS = re.compile(rf"(?<![\d.]){_NUM}\s*(?:lbs?\b\.?|pounds?\b)", re.IGNORECASE)
_STONE = re.compile(rf"(?<![\d.])(\d+)\s*(?:st\b\.?|stone\b)(?:\s*(\d+)\s*(?:lbs?\b\.?|pounds?\b))?", re.IGNORECASE)
_PIEDS = re.compile(r"(?<![\d.])(\d+)\s*pieds?\b(?:\s*(?:et\s+)?(\d+)\s*pouces?\b)?(?:\s*(?:et\s+)?(\d+)\s*lignes?\b)?", re.IGNORECASE)
# Korean old units ("4척 8촌", "열두 관"): the number in digits, Sino-Korean or native words
_KO_NUM = r"(?:\d+|[일이삼사오육칠팔구십백]+|(?:열|스물|스무|서른|마흔|쉰|예순|일흔|여든|아흔)(?:한|두|세|석|네|넉|다섯|여섯|일곱|여덟|아홉)?|(?:한|두|세|석|네|넉|다섯|여섯|일곱|여덟|아홉))"
_KO_OLD = re.compile(rf"(?<![가-힣\d]){_KO_NUM}\s*(?:(?:척|자)(?:\s*{_KO_NUM}\s*(?:촌|치))?|관(?:\s*{_KO_NUM}\s*돈)?|근)(?![가-힣])")
# "four stone eleven": a stone weight written in words, said with "and" and "pounds" as well
_EN_SMALL = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
_STONE_WORDS = re.compile(rf"\b({_EN_SMALL}(?:[- ]{_EN_SMALL})?)\s+stone(?:\s+(?:and\s+)?({_EN_SMALL})(?:\s+pounds?)?)?\b", re.IGNORECASE)
_CJK_OLD = re.compile(rf"{_CJK_NUM}\s*(?:尺(?:\s*{_CJK_NUM}\s*寸)?|貫(?:\s*{_CJK_NUM}\s*匁)?|(?<!公)斤(?:\s*{_CJK_NUM}\s*两)?)")
# a metric notation: the number, and the unit word the card writes after it
_METRIC = re.compile(rf"(?<![\d.]){_NUM}\s*(kg|kilos?|kilograms?|キロ(?:グラム)?|公斤|킬로(?:그램)?|cm|centimet(?:re|er)s?|センチ(?:メートル)?|厘米|公分|센티(?:미터)?)(?![a-z])",
                     re.IGNORECASE)
# "X (about Y)", "十一貫（約41キロ）": the card's second notation of the same measure
_SECOND = re.compile(r"[（(]\s*(?:about|approx(?:imately|\.)?|around|roughly|circa|ca\.|some|約|约|大约|大概|약|대략)?\s*([^（）()]+?)\s*[)）]",
                     re.IGNORECASE)
# how a CJK language says kilograms ("48kg" is written, "48킬로" said)
_KG_UNIT = {"zh": "公斤", "ja": "キロ", "ko": "킬로"}
_STANDARD = {"height": ("cm", "centimet", "センチ", "厘米", "公分", "센티"), "weight": ("kg", "kilo", "キロ", "公斤", "킬로")}


def _notation_forms(text: str, family: str, language: str) -> list[str] | None:
    """The forms one notation is said in, the first the one the gold answer says; None where
    ``text`` holds no notation this module reads."""
    if family == "height":
        found = imperial_height(text) or (metric_height(text, language) if not _CJK_OLD.search(text) else None)
        if found:
            return found[0]
        m = _PIEDS.search(text)
        if m:
            return [m.group(0).strip()]
    if family == "weight":
        m = _STONE.search(text)
        if m:  # "11 st 4 lb" is said "11 stone 4"
            said = f"{m.group(1)} stone" + (f" {m.group(2)}" if m.group(2) else "")
            return list(dict.fromkeys([said, m.group(0).strip()]))
        m = _POUNDS.search(text)
        if m:
            # "How much do you weigh?" - "142, soaking wet.": the bare number is how the pounds are said,
            # as the bare centimetres or kilos are (the metric forms below)
            return list(dict.fromkeys([f"{m.group(1)} pounds", m.group(0).strip(), f"{m.group(1)} lb", f"{m.group(1)} lbs",
                                       m.group(1)]))
        m = _STONE_WORDS.search(text)
        if m:  # "four stone eleven" is said "four stone and eleven" and "four stone eleven pounds" too
            stone, pounds = m.group(1).lower(), (m.group(2) or "").lower()
            forms = [m.group(0).strip(), f"{stone} stone"]
            if pounds:
                forms = [m.group(0).strip(), f"{stone} stone {pounds}", f"{stone} stone and {pounds}",
                         f"{stone} stone {pounds} pounds", f"{stone} stone and {pounds} pounds"]
            seen: set[str] = set()
            return [f for f in forms if not (f.lower() in seen or seen.add(f.lower()))]
    m = _CJK_OLD.search(text)
    if m and (family == "height") == ("尺" in m.group(0)):
        written = m.group(0).replace(" ", "")
        # "五尺六寸" is said "五尺六" (review 76): the 寸 after a 尺 goes unsaid, as "5 foot 6" drops inches
        short = re.sub(r"(?<=尺)([〇一二三四五六七八九十\d]+)寸$", r"\1", written)
        return list(dict.fromkeys([written, short]))
    m = _KO_OLD.search(text) if language == "ko" else None
    if m and (family == "height") == bool(re.search(r"[척자]", m.group(0))):
        # "4척 8촌" as written and run together; never the 척 alone ("4"), which the table's unit would take
        return list(dict.fromkeys([m.group(0).strip(), re.sub(r"\s+", "", m.group(0))]))
    m = _METRIC.search(text)
    if m and m.group(2).lower().startswith(_STANDARD.get(family, ())):
        forms = [m.group(0).strip(), m.group(1)]
        if family == "weight" and language in _KG_UNIT and m.group(2).isascii():
            forms.insert(0, m.group(1) + _KG_UNIT[language])  # "48kg" is said "48킬로", "52公斤"
        if family == "weight" and language == "zh":
            forms += _jin(m.group(1))
        return forms
    return None


def _jin(kilos: str) -> list[str]:
    """A weight in 公斤 as Chinese speakers say it in 斤 (half a kilogram): "52" -> ["104斤"]."""
    jin = float(kilos) * 2
    if not jin.is_integer() or not 0 < jin < 1000:
        return []
    # "一百零四斤": the reward reads "一百四十" as 140, but a written 零 it does not fold
    return [f"{int(jin)}斤", _zh_number(int(jin)) + "斤"]


def _zh_number(n: int) -> str:
    """1 <= n < 1000 in Chinese numerals: 104 -> 一百零四, 15 -> 十五, 90 -> 九十."""
    hundreds, tens, ones = n // 100, n // 10 % 10, n % 10
    out = _ZH_DIGITS[hundreds] + "百" if hundreds else ""
    if tens:
        out += ("" if tens == 1 and not hundreds else _ZH_DIGITS[tens]) + "十"
    elif hundreds and ones:
        out += "零"
    return out + (_ZH_DIGITS[ones] if ones else "")


def measure_items(value: str, family: str, language: str) -> tuple[list[str], set[str]] | None:
    """(the alternatives of the one height or weight item, those not written in the card) for a
    value written in another unit than the table's, or in two notations ("十一貫（約41キロ）", "5 pieds
    1 pouce (about 165 cm)": both are right, the first is what the gold answer says); None where the
    number with the table's unit says it (sbk's own path)."""
    if family not in _STANDARD:
        return None
    seconds = [m.group(1) for m in _SECOND.finditer(value)]
    first = _SECOND.sub(" ", value).strip()
    primary = _notation_forms(first, family, language)
    if primary is None:
        return None
    other = [a for s in seconds for a in (_notation_forms(s, family, language) or [])]
    standard = _METRIC.search(first) is not None and primary[0] == _METRIC.search(first).group(0).strip()
    if standard and not other and not (family == "weight" and language == "zh"):
        return None  # "48kg": the number with the table's unit
    alts = list(dict.fromkeys(primary + other))
    # "148" stands in "約148センチ" as text, not as a term the builder's check finds there
    return alts, {a for a in alts if not term_in(normalize(value), normalize_term(a))}


def unread_notation(value: str, family: str, language: str) -> bool:
    """True where the value writes a second notation in brackets this module reads, but its first
    notation in a unit it does not ("3間 (about 5 m)"): the number extractor would glue the first
    number to the bracket's unit ("4척 8촌(약 145센티)" gave "4센티"), so the question is skipped."""
    if family not in _STANDARD or measure_items(value, family, language) is not None:
        return False
    first = _SECOND.sub(" ", value).strip()
    return bool(re.search(r"\d|[一二三四五六七八九十]", first)) and any(
        _notation_forms(m.group(1), family, language) for m in _SECOND.finditer(value))
