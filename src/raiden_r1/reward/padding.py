"""Padding that repetition.repetitions does not see (docs/reward.md, family 5): runs of punctuation
("!"×200, "～"×100, ". . ." spread with spaces; twelve or more), one short sound said over and over inside a word
("hahaha…"×50, "嗯"×10, "えーと"×4, "음"×8), and the keyword restated in clauses that say nothing
else ("我28岁。二十八。28。", "I'm 34. I am 34. Thirty-four."). Each counts as repeated clauses do:
the accuracy is divided by one plus the count.

Speech keeps a little of each: "!!!", "……", "哈哈哈哈", "えーと、えーと", and the keyword said once
more for emphasis ("34. Yep, 34.").
"""

from __future__ import annotations

import re

from .analysis import Answer
from .matching import PreparedTruth

MAX_RAW = 4000
# The same punctuation mark twelve or more times (spaces between them ignored).
PUNCT_RUN = 12
_PUNCT_RUN = re.compile(r"([^\w\s])\1{%d,}" % (PUNCT_RUN - 1))
_SPACE = re.compile(r"\s+")
# A sound of one to four letters or characters said four or more times in a row.
_SOUND_RUN = re.compile(r"([^\W\d_]{1,4}?)\1{3,}")


def _punctuation(ans: Answer) -> int:
    text = _SPACE.sub("", ans.raw[:MAX_RAW])
    return sum(len(m.group(0)) // PUNCT_RUN for m in _PUNCT_RUN.finditer(text))


def _sounds(ans: Answer, prep: PreparedTruth) -> int:
    """Eight times one sound, or four times one that runs twelve characters long or more ("嗯"×8,
    "haha"×6, "えーと"×4); a keyword that repeats itself ("ココ") is no padding."""
    keys = [a.norm for alts in prep.items for a in alts]
    out = 0
    for m in _SOUND_RUN.finditer(ans.canon[:MAX_RAW]):
        unit, run = m.group(1), m.group(0)
        times = len(run) // len(unit)
        if any(run in k or unit * 2 in k for k in keys):
            continue
        if times >= 8 or len(run) >= 12:
            out += 1 + len(run) // 24
    return out


_NUMBER = re.compile(r"\d+")


def _holds(text: str, form: str) -> bool:
    if form.isdigit():
        return re.search(rf"(?<!\d){form}(?!\d)", text) is not None
    return f" {form} " in f" {text} " if form.isascii() else form in text


def _restatements(ans: Answer, prep: PreparedTruth) -> int:
    """Clauses after the first that hold a keyword and little else (three words or four characters
    once the keyword is out: "28", "真的28岁", "41です", "i am 34"): past one (emphasis), each is padding."""
    out = 0
    for alts in prep.items:
        forms = sorted({a.norm for a in alts if a.norm}, key=len, reverse=True)
        if any(prep.answer_norm.count(f) >= 3 for f in forms):
            continue  # the gold answer says it three times itself
        # a number with its unit ("28岁", "41歳", "25살") is restated by the number alone ("二十八" -> "28")
        forms += [n for f in forms for n in _NUMBER.findall(f) if n != f and n not in forms]
        seen: set[str] = set()  # (alternatives may be different things: "开朗、好奇" names two traits)
        bare = 0
        for cl in ans.clauses:
            form = next((f for f in forms if _holds(cl.text, f)), None)
            if form is None:
                continue
            fact = next(iter(_NUMBER.findall(form)), form)  # "57岁" and "57" state one number
            if fact in seen:
                rest = cl.text.replace(form, " ").strip()
                small = len(rest.split()) <= 3 if rest.isascii() else len(rest.replace(" ", "")) <= 4
                bare += small
            seen.add(fact)
        out += max(0, bare - 1)
    return out


def padding(ans: Answer, prep: PreparedTruth) -> int:
    """How many repeated clauses the padding in ``ans`` counts as."""
    return _punctuation(ans) + _sounds(ans, prep) + _restatements(ans, prep)


__all__ = ["padding"]
