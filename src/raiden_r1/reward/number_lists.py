"""A number keyword given as one of several numbers of its sentence (docs/reward.md, family 7: hedges).

hedges.hedge_reason reads a second number inside the keyword's clause ("17-18", "34、5歳"). Clause
punctuation cuts a spoken list into clauses, so "60년, 70년 했주게" or "三十年，三十五年" put the second
number in the next clause, where that rule does not look; and a doubt said in the keyword's own clause
("十二、三…いや十五やったかいな", "20년, 25년… 30년이었던가?") leaves the earlier numbers standing as
candidates. Both give the slot more than one value. A number of another unit ("27살, 2년 전에"), the
same value again ("三十年，整整三十年"), a relative's number ("딸은 이제 40이고요") and a time gone by
are not second values.
"""

from __future__ import annotations

import re

from .analysis import Answer, clause_cue
from .matching import PreparedTruth
from .negatives import relatives_clause
from .past_frame import past_frame
from .person_shape import persons_clause

_LEAD_DIGITS = re.compile(r"^[\d\s]+")
_NUMBER_UNIT = re.compile(r"(\d+)\s?(\S{0,3})")


def _unit(term_norm: str, tail: str) -> str:
    """The unit the keyword is said with: its own ("30년") or the word right after it ("三十" + "年")."""
    own = _LEAD_DIGITS.sub("", term_norm)
    if own:
        return own
    if not tail or tail[0].isdigit():
        return ""
    # (a CJK unit by its first character: "年吧" is 年 and a particle, "せんち" begins with せ all the same)
    return tail.split(" ")[0] if tail[0].isascii() else tail[0]


def _rival(other: str, value: str) -> bool:
    """Another number near enough to be a candidate for the same slot ("60년, 70년", "十二、三…十五"); a
    small part or a far number is something else ("628分，一分都不差", "三只，一只白的两只灰的", "9/8/1861").
    ``value`` empty: any number."""
    if not value:
        return True
    a, b = int(other[:12]), int(value[:12])
    return a != b and b > 0 and abs(a - b) <= 0.5 * b


def _opens_with(text: str, unit: str, value: str) -> bool:
    """``text`` opens with another number said with ``unit`` (or a bare number when there is none), and
    holds no other number (a breakdown into parts lists several)."""
    m = re.match(r"(\d+)\s?", text)
    if not m or not _rival(m.group(1), value) or len(re.findall(r"\d+", text)) > 1:
        return False
    rest = text[m.end():]
    return rest.startswith(unit) if unit else (not rest or rest[0] == " ")


def _closes_with(text: str, unit: str, value: str) -> bool:
    """``text`` is a bare number said with ``unit`` ("25년", "12"): a candidate of a spoken list."""
    m = re.fullmatch(rf"(\d+)\s?(?:{re.escape(unit)})?" if unit else r"(\d+)", text.strip())
    return bool(m) and _rival(m.group(1), value)


_BARE_DIGIT = re.compile("^[一二三四五六七八九]$")


def _others(ans: Answer, ci: int, prep: PreparedTruth, unit: str) -> list[int]:
    """Clauses that may hold a second value: those of the keyword's sentence, and bare numbers anywhere
    (a spoken list trails off in ellipses, which end sentences: "十二、三…いや十五")."""
    sent = ans.clauses[ci].sentence
    return [j for j, c in enumerate(ans.clauses) if j != ci and (c.sentence == sent or _closes_with(c.text, unit, "")
                                                                  or _BARE_DIGIT.match(c.text))
            and not past_frame(ans, j) and not relatives_clause(ans, ci, j, prep) and not persons_clause(ans, ci, j)]


def _doubted(ans: Answer, ci: int, others: list[int]) -> bool:
    """A doubt in the keyword's clause, or in a clause of no number right after it ("三十年吧，好像")."""
    near = [ci] + [j for j in (ci + 1,) if j in others and not any(c.isdigit() for c in ans.clauses[j].text)]
    return any(clause_cue(ans, j, "uncertain") or clause_cue(ans, j, "self_doubt") for j in near)


def listed_numbers(ans: Answer, ci: int, pos: int, end: int, term_norm: str, prep: PreparedTruth) -> str | None:
    """Why the number keyword at ``pos`` is one of a list or a doubted pick, or None."""
    value = re.fullmatch(r"(\d+)\s?\D*", term_norm)
    if not value:
        return None  # (no number, or a value of several: a date, a clock time)
    value_s = value.group(1)
    cl = ans.clauses[ci]
    tail = ans.match[end:cl.end].strip()
    unit = _unit(term_norm, tail)
    rest = tail[len(unit):].strip() if unit and tail.startswith(unit) else tail
    head = ans.match[cl.start:pos].strip()
    others = _others(ans, ci, prep, unit)
    # "60년, 70년 했주게": the keyword ends its clause and the next clause opens with another number
    if not rest and ci + 1 in others and _opens_with(ans.clauses[ci + 1].text, unit, value_s):
        return "hedged (two numbers: a list across a comma)"
    # "25년, 30년 했어요": the clause before is a bare number of the same unit
    if not head and ci - 1 in others and _closes_with(ans.clauses[ci - 1].text, unit, value_s):
        return "hedged (two numbers: a list across a comma)"
    # "十二、三…いや十五やったかいな": the keyword doubted beside other numbers of its sentence
    if "uncertain" not in prep.allowed_cues and _doubted(ans, ci, others):
        for j in others:
            other = ans.clauses[j].text
            if len(other) <= 8 and (_BARE_DIGIT.match(other) or any(
                    _rival(m.group(1), value_s) and (not unit or m.group(2).startswith(unit) or not m.group(2))
                    for m in _NUMBER_UNIT.finditer(other))):
                return "hedged (a doubted number beside others)"
    return None
