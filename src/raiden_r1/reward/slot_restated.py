"""A negative keyword given in another sentence that says the keyword's fact again in its own words
(docs/reward.md, family 7: hedges): "本機は2041年に製造されました。姉妹機と同じく2039年の製造です",
"I was built in 2041. Built in 2039, same as my sister unit." The second sentence shares the keyword
clause's content word (製造, built) and puts no one else before the value, or only someone the
character says it is like ("same as my sister unit", "姉妹機と同じく", "언니처럼"): a second value of the
same slot. "…姉妹機は2039年の製造です" (the sister unit's own) is colour.
"""

from __future__ import annotations

from .analysis import Answer, cue_in_text
from .clause_text import clause_before
from .think_substance import units


def _content(text: str) -> set[str]:
    # (two characters at least: a lone 年 or 살 is the unit, shared by any two numbers)
    return {u for u in units(text) if len(u) >= 2 and not any(c.isdigit() for c in u)}


def slot_restated(ans: Answer, ci: int, pos: int, canon: str, kw_clauses: set[int]) -> bool:
    """The negative at ``pos`` (clause ``ci``, canonical ``canon``) restates a keyword clause's fact."""
    if not kw_clauses or ci in kw_clauses:
        return False
    before = clause_before(ans, ci, pos).strip()
    sentence = " ".join(c.text for c in ans.clauses[ci:] if c.sentence == ans.clauses[ci].sentence)
    kw_content = set().union(*(_content(ans.clauses[k].text) for k in kw_clauses))
    # nobody before the value, the keyword clause's own subject again ("本機は…。本機も…"), or someone
    # the character is like ("姉妹機と同じく", "…, same as my sister unit")
    lang = ans.language
    same_subject = _content(before) <= kw_content and not any(
        cue_in_text(before, lang, k) for k in ("second_person", "third_person", "possessive", "kin"))
    if before and not same_subject and not cue_in_text(sentence, lang, "same_as"):
        return False  # ("My cat is Juniper; your cat is Pepper": the user's, "姉妹機は…": the sister unit's)
    mine = _content(ans.clauses[ci].text.replace(canon, " ") if canon else ans.clauses[ci].text)
    return bool(mine & kw_content)
