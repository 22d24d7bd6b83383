"""A negative keyword reported as someone else's word and then called wrong (session 32, s21en-059):
"Pancakes! Max says pizza is better but he's wrong", "烤鸭！我哥说火锅最好吃，他说错了", "肉じゃが！兄はカレーだって
言うけど、間違ってる", "김치찌개요! 형은 된장찌개라는데 틀렸어요". Reported speech gives the value its speaker, and the
error word disowns it: no second answer. Without the error word a reported value still counts ("176. Old
Harris reckons 170" offers a second value); the speaker's own report ("I say pizza") is no one else's word;
"he's not wrong" agrees. What it does not catch: a rejection that names no error ("Max is silly").
"""

from __future__ import annotations

from .analysis import Answer, cue_in_text
from .lexicon import cues, word_in

# ja/ko report after the value; their lexicons have no hearsay_verbs list.
_REPORT_AFTER = {"ja": ("と言う", "って言う", "と言って", "って言って", "と言い", "って言い", "と思って", "って思って", "だって"),
                 "ko": ("라는데", "라고 하는데", "라고 해요", "라고 하지만", "래요", "라지만", "다는데", "라고 우기")}


# (session 34) A report rejected as unreliable, the negation inside the words ("报童讲黑色，我不采信", "the
# paperboy said black, but I don't believe him"). Only here, after a report of the wrong value: as error cues
# they would also take back a keyword said before them ("Grey, you said. … I don't believe him").
_REJECTED = {"zh": ("不采信", "不足采信", "不足为信", "不足信", "信不得", "不作数", "不算数", "靠不住", "不可信"),
             "en": ("don t believe him", "don t believe her", "don t believe them", "can t be trusted", "not to be trusted",
                    "don t buy it", "didn t believe him", "didn t believe her")}


def _reported(text: str, lang: str) -> bool:
    if lang in _REPORT_AFTER:
        return any(w in text for w in _REPORT_AFTER[lang])
    verbs = cues(lang).get("hearsay_verbs")
    if not verbs:
        return False
    if lang == "en":
        return word_in(text, verbs) is not None and word_in(text, cues(lang).get("first_person")) is None
    return any(v in text for v in verbs) and not text.startswith(tuple(cues(lang).get("first_person")))


def reported_then_called_wrong(ans: Answer, ci: int) -> bool:
    """Clause ``ci`` reports another's word, and a later clause of its sentence (or the next sentence's first)
    calls it an error without a negation."""
    lang = ans.language
    cl = ans.clauses[ci]
    if not _reported(cl.text, lang):
        return False
    later = [c for c in ans.clauses[ci + 1:ci + 3] if c.sentence <= cl.sentence + 1]
    for c in (cl, *later):
        if lang in _REJECTED and word_in(c.text, _REJECTED[lang]) is not None:
            return True  # (s34) "报童讲黑色，我不采信": the report rejected as unreliable
        cue = cue_in_text(c.text, lang, "error")
        if cue and not cue_in_text(c.text.replace(cue.strip(), " "), lang, "negation"):
            return True
    return False
