"""Asked for a number that is a label (a room, a flat, a house number), the keyword's number said as a
count of something else: "mind the 7 steps on the stair" for Room 7, "上七级台阶" for 7号房. The number
says how many steps, not which room (occurrence.py asks the other way round: a count asked, a label found).
Not when the gold answer counts the same way."""

from __future__ import annotations

import re

_EN_NOT_PLURAL = frozenset({"is", "was", "has", "its", "yes", "this", "us", "plus", "minus", "as", "his", "hers", "ours",
                            "yours", "s", "bus", "gas", "pass", "class", "boss", "chess", "less", "miss", "address"})
_ZH_COUNTER = re.compile(r"(?:个|只|级|节|条|件|本|张|位|步|次|遍|岁|块|分钟|小时|天|年|口|把|台阶|棵|盏|扇)")


def counted_after(clause_text: str, number: str, gold: str, lang: str) -> str | None:
    """The counted noun right after ``number`` in ``clause_text`` ("7 steps", "7级"), else None."""
    if not number.isdigit():
        return None
    if lang == "en":
        m = re.search(rf"(?<![\w.]){re.escape(number)} ([a-z]+)", clause_text)
        if m is None:
            return None
        word = m.group(1)
        if len(word) < 3 or not word.endswith("s") or word.endswith("ss") or word in _EN_NOT_PLURAL:
            return None
        counted = f"{number} {word}"
    elif lang == "zh":
        m = re.search(rf"(?<!\d){re.escape(number)}({_ZH_COUNTER.pattern})", clause_text)
        if m is None:
            return None
        counted = m.group(0)
    else:
        return None
    return None if counted in gold else counted
