"""The other spellings of a keyword that people write for the same value: a number without its
unit ("27岁" said "二十七了"), a year by its last two digits, a clock time or a height in words, a
colour or a place without its suffix ("红的", "제주"), Japanese kana and inflected forms, Korean
compounds with and without a space. matching.prepare spells each keyword item (and the negative
keywords) with them once per ground truth."""

from __future__ import annotations

import re

from raiden_r1.canon import canonical
from raiden_r1.canon.hanja import hangul_readings
from raiden_r1.canon.readings import inflected_spellings, kana_spellings
from raiden_r1.canon.spelled_quantities import colour_spellings, quantity_spellings

from .clock import CLOCK, clock_of, clock_spellings
from .ja_verb_stems import verb_stems
from .lexicon import cues
from .notation import roman_spelling, zh_full_years
from .notation_classes import class_spellings
from .spoken_spellings import spoken_spellings
from .flavours import flavoured
from .value_words import value_words


def spellings(words, language: str, keywords: bool = False) -> list[str]:
    """The words, and other spellings of each after them: in Japanese its kana spellings (どようび
    for 土曜日) and other forms of a final -ている (持ってない for 持っていない), in Korean a compound
    with and without a space (레트로게임 / 레트로 게임: Korean spacing of compounds varies from writer
    to writer). ``keywords``: the words are a keyword item's, which may also be spelled with a
    two-kana reading (秋: あき; never a negative keyword's, which would void answers by a homophone)."""
    out = list(words)
    for w in words:
        # "27岁", "180 cm", "27 years old": people often say the number alone ("二十七了", "스물일곱이에요",
        # "I'm 180"); another unit after it still fails (occurrence_context.unit_mismatch reads the gold's unit).
        c = canonical(w)
        m = _MEASURE.fullmatch(c)
        if m and m.group(1) not in out:
            out.append(m.group(1))
        if language == "en" and c in _EVERYDAY_MONTHS and _EVERYDAY_MONTHS[c] not in out:
            # "March"/"May" stay words in text (they are everyday words) except in a date ("14th of March"
            # reads 3月14日, as "November" always reads 11月): the month keyword must meet the date's 3月
            out.append(_EVERYDAY_MONTHS[c])
        if language in ("zh", "ja") and _CJK_DATE.fullmatch(c) and c[:-1] not in out:
            out.append(c[:-1])  # "3月14日" is said "3月14" (三月十四出生的)
        if language == "zh" and (day := _ZH_DAY.fullmatch(c)):
            # a day after a month needs no 号 ("下个月十五", "本月十五"; "三月十五" reads as 3月15日 already)
            out.extend(v for m in ("个月", "下月", "本月", "上月") if (v := m + day.group(1)) not in out)
        out.extend(v for v in _number_spellings(c, language) if v not in out)
        if language == "en":
            out.extend(v for v in roman_spelling(m.group(1) if m else c) if v not in out)  # "XXII years"
        out.extend(v for v in _label_and_counter_spellings(w, c, language) if v not in out)
        out.extend(v for v in _short_forms(c, language) if v not in out)
        out.extend(v for v in flavoured(w, language) if v not in out)
        out.extend(v for v in class_spellings(w, language) if v not in out)  # "half a century": notation_classes.py
        out.extend(v for v in quantity_spellings(c, language) if v not in out)  # "72h", "3.2k", "国庆节"
        out.extend(v for v in spoken_spellings(c, language) if v not in out)  # "42℃", "30粒", "幺二零四", "拜三"
        if keywords:
            out.extend(v for v in colour_spellings(w, language) if v not in out)  # "红", "红颜色", "赤い"
        if keywords:
            out.extend(v for v in value_words(w, language) if v not in out)
            if language == "en":
                out.extend(v for v in _agent_nouns(w) if v not in out)
    if language == "ja":
        for w in words:
            spelled = (*kana_spellings(w, keywords), *inflected_spellings(w), *verb_stems(w))
            out.extend(v for v in spelled if v not in out)
            # "とーきょー" for とうきょう: a long vowel written with ー, as katakana spellings do
            out.extend(v for k in (w, *spelled) if (v := _CHOUON.sub(lambda m: (m.group(1) or m.group(2)) + "ー", k)) != k and v not in out)
            if len(w) >= 3 and w.endswith("曜日") and w[:-1] not in out:
                out.append(w[:-1])  # 金曜日 is said 金曜 too
            # 振り飛車 is written 振飛車, 受け付け 受付: a verb stem's okurigana between two kanji is often left out
            if (v := _OKURIGANA.sub("", w)) != w and v not in out:
                out.append(v)
    elif language == "ko":
        for w in words:
            w = w.strip()
            out.extend(v for v in hangul_readings(w) if v not in out)  # 全州 is answered 전주 (canon/hanja.py)
            if not _HANGUL_WORD.fullmatch(w.replace(" ", "")):
                continue
            if w.endswith("요일") and len(w) == 3:
                out.append(w[0] + "욜")  # 화요일 is said 화욜
            if " " in w:
                joined = [w.replace(" ", "")]
            else:  # 메인보컬 -> 메인 보컬, 치과의사 -> 치과 의사: one space anywhere inside
                joined = [f"{w[:i]} {w[i:]}" for i in range(2, len(w))] if 3 <= len(w) <= 6 else []
            out.extend(j for j in joined if j not in out)
    return _kilo_as_spelled(words, out)


def _kilo_as_spelled(words, out: list[str]) -> list[str]:
    """A bare キロ / 킬로 is either unit, but not in an item that spells the unit out beside it
    ("320キログラム", "320キロ"): there it is that unit, and the other ("320キロメートル") another quantity."""
    explicit = {canonical(w) for w in words}
    drop = {f"{c[:-3]} {other}" for c in explicit for unit, other in ((" kg", "km"), (" km", "kg"))
            if c.endswith(unit) and c[:-3].isdigit()} - explicit
    return [v for v in out if v not in drop] if drop else out


def _agent_nouns(w: str) -> list[str]:
    """The one who does it, for a keyword that is an instrument or a pastime (lexicon en.yaml:
    agent_roots): "cellist" for cello, "pianist", "violinist", "drummer", "golfer" (asked "Do you play
    an instrument?", "I'm a cellist" names the cello). Not for other words ("Hamburg" is not in
    "hamburger")."""
    w = w.strip().lower()
    if not w.isalpha() or not w.isascii() or w not in cues("en").get("agent_roots"):
        return []
    stem = w[:-1] if w[-1] in "aeiou" else w
    out = [stem + "ist", w + "ist", w + "er"]
    if w[-1] == "e":
        out.append(w + "r")  # fiddle: fiddler
    elif w[-1] not in "aeiouwxy" and w[-2] in "aeiou" and w[-3] not in "aeiou":
        out.append(w + w[-1] + "er")  # drum: drummer
    return list(dict.fromkeys(out))


_OKURIGANA = re.compile("(?<=[\u4e00-\u9fff])[りしきけちみひいえげぎびれめ](?=[\u4e00-\u9fff])")
_HANGUL_WORD = re.compile("[\uac00-\ud7a3]+")
# Korean colour nouns beside their 색 forms (파란색 is 파랑, 파랑색, 파란).
_KO_COLOUR = {"파란색": ("파랑", "파랑색", "파란"), "빨간색": ("빨강", "빨강색", "빨간"), "노란색": ("노랑", "노랑색", "노란"),
              "하얀색": ("하양", "하양색", "하얀"), "까만색": ("까망", "검정", "까만"), "검은색": ("검정", "검정색", "까만색"),
              "초록색": ("초록",), "보라색": ("보라",), "분홍색": ("분홍",), "주황색": ("주황",), "남색": ("남색",)}
_PLACE_SUFFIX = {"ko": ("도", "시", "군"), "zh": ("省", "市", "县"), "ja": ("府", "県", "市")}


def _short_forms(c: str, language: str) -> list[str]:
    """What people say for a colour or a place keyword without its suffix: "红的"/"粉红" for 红色/粉红色,
    "파랑" for 파란색, "제주" for 제주도, "大阪" for 大阪府, "浙江" for 浙江省."""
    out: list[str] = []
    if language == "zh" and len(c) >= 2 and c.endswith("色") and "色" not in c[:-1]:
        stem = c[:-1]
        out += [stem + "的"] + ([stem] if len(stem) >= 2 else [])
    elif language == "ko":
        out += list(_KO_COLOUR.get(c.replace(" ", ""), ()))
        if c.endswith("색") and len(c) >= 3 and c not in _KO_COLOUR:
            out += [c[:-1], c[:-1] + "빛"]  # 청록색: 청록, 청록빛
        words = c.split(" ")
        if len(words) >= 2 and words[-1].endswith("기") and len(words[-1]) >= 2:
            out.append(" ".join(words[:-1]))  # "시조 읊기", "바둑 두기": the thing done, said alone
    if language == "zh" and 2 <= len(c) <= 3 and c[0] in _ZH_SEPARABLE_VERBS and " " not in c:
        # a verb and its object said apart (session 30): "钓个鱼" for 钓鱼, "下盘棋" for 下棋, "打了篮球" for 打篮球
        out += [c[0] + m + c[1:] for m in _ZH_SEPARABLE_MIDDLES]
    if language in _PLACE_SUFFIX and c.endswith(_PLACE_SUFFIX[language]) and 3 <= len(c) <= 6 and " " not in c \
            and not any(ch.isdigit() for ch in c):  # (not "6시", a time)
        out.append(c[:-1])
    return out
_ZH_SEPARABLE_VERBS = frozenset("钓游跳唱下爬跑散打踢滑划骑弹拉吹练写画听做泡遛逛种养绣跳")
_ZH_SEPARABLE_MIDDLES = ("个", "了", "过", "会儿", "一会儿", "了个", "盘", "局", "场", "把")
_CHOUON = re.compile("([こごそぞとどのほぼぽもよろょヨコゴソゾトドノホボポモロョ])[うウ]|([けげせぜてでねへべぺめれケゲセゼテデネヘベペメレ])[いイ]")
_BARE_CJK_CLOCK = re.compile(r"\d{1,2} ?[点时시](?:半| 반| ?\d{1,2} ?[分분]?|整)?")  # no 下午/오후 before it
_EVERYDAY_MONTHS = {"march": "3月", "may": "5月"}
_CJK_DATE = re.compile(r"\d{1,2}月\d{1,2}日")
_ZH_DAY = re.compile(r"(\d{1,2})(?:号|日)")
_YEAR = re.compile(r"(?:19|20)(\d\d)")
_CM = re.compile(r"(1\d\d|2[0-4]\d) cm")


def _number_spellings(c: str, language: str) -> list[str]:
    """Other ways people say a canonical number keyword: a year by its last two digits ("16年开的",
    "16년도", "back in '16"), a clock time in words ("seven forty", "twenty to eight", "half past
    seven"), a distance in k ("10k"), a height in metres ("one metre eighty", "1 m 80"), a Chinese
    date with a dot ("4.9", "11.23")."""
    out: list[str] = []
    if m := _YEAR.fullmatch(c):
        yy = m.group(1)
        out += {"zh": [f"{yy}年"], "ja": [f"{yy}年"], "ko": [f"{yy}년"]}.get(language, [f"in {yy}"])
    elif clock := clock_of(c):
        h, mm = clock
        out += [v for v in (f"{h} {mm:02d}", f"{h:02d} {mm:02d}", *clock_spellings(h, mm, language)) if v != c]
        if CLOCK.fullmatch(c) and 1 <= h <= 11:
            out.append(f"{h + 12} {mm:02d}")  # "9:30" may be the evening's: "21:30"
        elif 1 <= h <= 11 and _BARE_CJK_CLOCK.fullmatch(c):
            # "2시", "3点" name no half of the day: the afternoon's is said "14시", "15点", "15:00" too
            pm = str(h + 12)
            out += [v for v in (f"{pm} {mm:02d}", *clock_spellings(h + 12, mm, language)) if v.startswith(pm) and v not in out]
    elif c.endswith(" km") and c[:-3].isdigit():
        out.append(f"{c[:-3]} k")
        if language in ("ja", "ko"):
            out.append(f"{c[:-3]}キロ")  # "2キロ" for 2 km (as written: "kilo" is English for kg)
    elif c.endswith(" kilo") and c[:-5].isdigit():
        out += [f"{c[:-5]} km", f"{c[:-5]} kg"]  # a keyword "2キロ" is either; the answer says which
    elif c.endswith(" kg") and c[:-3].isdigit() and language in ("ja", "ko"):
        out.append(f"{c[:-3]}キロ")
    elif language == "en" and (m := _EN_TIME_UNIT.fullmatch(c)):
        # "36h", "36 hrs", "90 mins": the unit's symbol (the normaliser splits "36h" into "36 h")
        out += [f"{m.group(1)} {u}" for u in _EN_TIME_SYMBOLS[m.group(2)]]
    elif m := _CM.fullmatch(c):
        v = int(m.group(1))
        out.append(f"{v // 100} m {v % 100}")
    elif language in ("zh", "ko") and (m := re.fullmatch(r"(\d{1,2})月(\d{1,2})日", c)):
        out.append(f"{m.group(1)} {m.group(2)}")  # "4.9", "3.14요": a date with a dot
    return out


_EN_TIME_UNIT = re.compile(r"(\d{1,4}) (hours?|minutes?)")
_EN_TIME_SYMBOLS = {"hours": ("h", "hrs", "hr"), "hour": ("h", "hr"), "minutes": ("min", "mins"), "minute": ("min",)}
_MEASURE = re.compile(r"(\d{1,3}) ?(?:岁|歳|才|살|세|cm|kg|kilo|years old|years|yrs|公斤|斤|きろ|킬로)")


_EN_LABEL_NUMBER = re.compile(r"([a-z]+) (\d{1,3})")
_JA_PEOPLE = re.compile(r"(\d{1,4})([人名])")
_ZH_AGE_OR_YEARS = re.compile(r"(\d{1,3})(岁|年)")


def _label_and_counter_spellings(w: str, c: str, language: str) -> list[str]:
    """A numbered thing named by its ordinal ("the ninth dock" for Dock 9: the normaliser writes the
    ordinal as its number, "the 9 dock"), and Japanese people counted with 名 as with 人 (五名様 for
    五人). The negative keywords are spelled so too, so the wrong number stays refused."""
    if language == "en" and (m := _EN_LABEL_NUMBER.fullmatch(c)) and not m.group(1) in ("the", "a", "an", "in", "at", "on"):
        return [f"the {m.group(2)} {m.group(1)}"]
    if language == "zh" and (m := _ZH_AGE_OR_YEARS.fullmatch(c)):
        # an age in full years is "八周岁" (not 虚岁, the nominal age, one more); years lived are counted
        # "九百载" in the old style and "三个年头" in speech (not a calendar year: "1998年" has four digits)
        n = m.group(1)
        # (周岁 keeps the numeral as written: the normaliser leaves a numeral before 周, a week, alone)
        raw = w.strip()
        return [f"{n}周岁", f"{raw[:-1]}周岁", *zh_full_years(n)] if m.group(2) == "岁" else [f"{n}载", f"{n}个年头"]
    if language == "ja" and _JA_PEOPLE.fullmatch(c) and (w := w.strip()).endswith(("人", "名")):
        # (spelled in the keyword's own numerals: a bare "5" would become a word the thinking check
        # takes as already known, think_substance.known_units)
        return [w[:-1] + ("名" if w[-1] == "人" else "人")]
    return []
