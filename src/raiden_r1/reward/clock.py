"""Clock times in keywords and answers: a keyword's hour and minute ("15:00", "3 p.m.", "下午3点半",
"午後7時", "오후 3시"), the ways people say it (24- or 12-hour, period words, half and quarter hours,
minutes in words), and a conflict at an occurrence (the other half of the day named beside it, or
minutes after a whole hour). keyword_spellings.py spells keywords with it; occurrence.py asks the conflict.
"""

from __future__ import annotations

import re

from raiden_r1.canon import Term, canonical

CLOCK = re.compile(r"(\d{1,2}) (\d\d)")

# A CJK clock time: hour + 点/时 (時 folded)/시, then the minutes as people say them.
_CJK_HOUR = {"zh": ("点", "时"), "ja": ("时",), "ko": ("시",)}
_CJK_HALF = {"zh": "半", "ja": "半", "ko": " 반"}
_CJK_MINUTE = {"zh": "分", "ja": "分", "ko": "분"}


_PM = "下午|傍晚|晚上|夜里|中午|午后|夕方|夜|昼|오후|저녁|밤|낮"
_AM = "上午|早上|早晨|清晨|凌晨|午前|朝|오전|아침|새벽"
_PM_RE = re.compile(_PM)
_NIGHT = frozenset({"夜", "晚上", "夜里", "밤"})
_PERIOD = re.compile(f"{_PM}|{_AM}")
_PERIOD_BEFORE = re.compile(f"(?:{_PM}|{_AM})$")
_EN_PERIOD_AFTER = re.compile(r"^ (a m|am|p m|pm|in the morning|in the afternoon|in the evening|at night|tonight)\b")
_EN_PM = frozenset({"p m", "pm", "in the afternoon", "in the evening", "at night", "tonight"})
_MINUTES_AFTER = re.compile(r"^ ?(?:半|반|\d)")
_EN_CLOCK = re.compile(r"(\d{1,2})(?: (\d\d))? ?(a m|am|p m|pm|in the morning|in the afternoon|in the evening)")
# (the minutes may follow after a space: "3시 30분", as Korean spaces them)
_CJK_CLOCK = re.compile(rf"({_PM}|{_AM})? ?(\d{{1,2}}) ?[点时시](?:(半| 반)| ?(\d{{1,2}}) ?[分분]?|整)?")


# Noon and midnight by name (session 33): the keyword "noon" is "12 pm", "12点", "낮 12시"; "12:00" is said
# "noon" (the names are spelled for a keyword at 12:00 or 0:00 only, never read into an answer's number).
_NAMED = {"noon": (12, 0), "midday": (12, 0), "正午": (12, 0), "정오": (12, 0), "midnight": (0, 0), "午夜": (0, 0),
          "자정": (0, 0)}
_NAMED_SPELLED = {(12, 0): {"en": ["noon", "midday", "12 noon"], "zh": ["正午", "中午12点"], "ja": ["正午", "昼の12时"],
                            "ko": ["정오", "낮 12시"]},
                  # (the hour that closes the day is midnight too, as timetables and gates write it: "24시", "24時",
                  # "24点", "24:00"; session 36, s27)
                  (0, 0): {"en": ["midnight", "12 midnight", "24 00"], "zh": ["午夜", "半夜12点", "午夜12点", "24点", "24时"],
                           "ja": ["午前0时", "夜中の12时", "24时"], "ko": ["자정", "밤 12시", "24시"]}}


def item_clock(raw_alts: tuple[str, ...]) -> tuple[int, int, bool] | None:
    """(hour, minute, whether the keyword fixes the half of the day) of a clock item: "4시" and "4:00"
    could be either half, "오후 4시", "4 pm" and "16:00" cannot."""
    for raw in raw_alts:
        c = canonical(raw)
        if clock := clock_of(c):
            known = clock[0] >= 13 or clock[0] == 0 or bool(_PERIOD.search(c)) or bool(_EN_CLOCK.fullmatch(c)) \
                or c in _NAMED
            return clock[0], clock[1], known
    return None


def clock_conflict(match: str, pos: int, term: Term, clock: tuple[int, int, bool]) -> str | None:
    """Another time than the keyword's at this occurrence: the other half of the day named beside
    it ("9:30 in the morning" for 21:30, "下午五点半" for 5:30, "저녁 여섯 시" for 6:00) or minutes after
    a whole hour ("여섯 시 반", "6点半" for 6:00). ``match``: the answer's match form."""
    h, mm, known = clock
    end = pos + len(term.norm)
    before, after = match[max(0, pos - 8):pos].rstrip(), match[end:end + 20]
    if known and not _PERIOD.search(term.norm):
        if m := _PERIOD_BEFORE.search(before):
            word = m.group(0)
            pm = _PM_RE.fullmatch(word) is not None
            night = word in _NIGHT and h < 5  # "夜2時", "새벽 두 시" and "밤 12시" are early morning
            # ("밤 12시", "夜12時" are midnight: no noon)
            if (pm and h < 12 and not night) or (not pm and h >= 12) or (word in _NIGHT and h == 12 and mm == 0):
                return word
    if known and (m := _EN_PERIOD_AFTER.match(after)) and ((m.group(1) in _EN_PM) != (h >= 12)):
        return m.group(1)
    if mm == 0 and term.norm[-1:] in "点时시" and (m := _MINUTES_AFTER.match(after)):
        return m.group(0).strip()
    return None


def clock_of(c: str) -> tuple[int, int] | None:
    """(hour 0-23, minute) of a keyword that is a clock time ("15 00", "3 p m", "下午3点半", "午后7时",
    "오후 3시"; canonical), or None."""
    if c in _NAMED:
        return _NAMED[c]
    if m := CLOCK.fullmatch(c):
        h, mm = int(m.group(1)), int(m.group(2))
        return (h, mm) if h < 24 and mm < 60 else None
    if m := _EN_CLOCK.fullmatch(c):
        h, mm, part = int(m.group(1)), int(m.group(2) or 0), m.group(3)
        pm = part in _EN_PM
    elif m := _CJK_CLOCK.fullmatch(c):
        h, mm = int(m.group(2)), 30 if m.group(3) else int(m.group(4) or 0)
        pm = bool(m.group(1)) and _PM_RE.fullmatch(m.group(1)) is not None
    else:
        return None
    if not (0 <= h <= 23 and mm < 60):
        return None
    return (h + 12 if pm and h < 12 else h), mm


def _period_language(word: str) -> str:
    if re.search("[가-힣]", word):
        return "ko"
    return "ja" if word in ("午后", "午前", "夕方", "夜", "昼", "朝") else "zh"


def clock_spellings(h: int, mm: int, language: str) -> list[str]:
    """A clock time ("15:00", "7:40") as people say it: 24- or 12-hour ("下午3点" holds "3点", "3 pm",
    "three o'clock" for 15:00), half and quarter hours, minutes in words or digits."""
    h12 = h % 12 or 12
    hours = [h] if h == h12 else [h, h12]
    out: list[str] = list(_NAMED_SPELLED.get((h, mm), {}).get(language, []))
    if language == "en":
        nxt = h12 % 12 + 1
        out.append(f"{h12}{mm:02d}")  # "seven forty" reads 740
        out += {0: [f"{h12} o clock", f"{h12} sharp"], 15: [f"quarter past {h12}"], 30: [f"half past {h12}", f"half {h12}"],
                45: [f"quarter to {nxt}"]}.get(mm, [])
        if 0 < mm < 30 and mm != 15:
            out.append(f"{mm} past {h12}")
        elif mm > 30 and mm != 45:
            out.append(f"{60 - mm} to {nxt}")
        clocks = [f"{h12}", f"{h12} 00"] if mm == 0 else [f"{h12} {mm:02d}"]  # "3 pm", "3:00 p.m."
        for clock in clocks:
            out += [f"{clock} pm", f"{clock} p m"] if h >= 12 else [f"{clock} am", f"{clock} a m"]
        if mm == 0:
            part = "in the morning" if 4 <= h < 12 else "in the afternoon" if 12 <= h < 18 else \
                "in the evening" if 18 <= h < 22 else "at night"
            out.append(f"{h12} {part}")
        return out
    # "下午3:00", "午後3:00", "오후 3:00": a period word before a clock written with a colon
    periods = [p for p in (_PM if h >= 12 else _AM).split("|") if language == _period_language(p) or (language == "zh" and p == "午后")]
    out += [f"{p}{sep}{h12} {mm:02d}" for p in periods for sep in ("", " ")]
    for x in hours:
        for mark in _CJK_HOUR.get(language, ()):
            hour = f"{x}{mark}"
            if mm == 0:
                out.append(hour)
            else:
                minute = _CJK_MINUTE[language]
                out += [f"{hour}{mm}{minute}", f"{hour} {mm}{minute}"]
                if mm == 30:
                    out.append(f"{hour}{_CJK_HALF[language]}")
                if language == "zh":
                    out.append(f"{hour}{mm:02d}")
                    if mm in (15, 45):
                        out.append(f"{hour}{'一' if mm == 15 else '三'}刻")
                if mm > 30:
                    # the minutes before the next hour: "差一刻四点", "4時15分前", "4시 15분 전" (session 33)
                    nxt, rest = x % (24 if x > 12 else 12) + 1, 60 - mm
                    out += {"zh": [f"差{rest}分{nxt}{mark}", *([f"差一刻{nxt}{mark}"] if rest == 15 else []),
                                   *([f"差十分{nxt}{mark}"] if rest == 10 else [])],  # (十分 stays a word: "very")
                            "ja": [f"{nxt}{mark}{rest}分前"], "ko": [f"{nxt}{mark} {rest}분 전"]}.get(language, [])
    return out
