"""Which question opens a wish frame (session 36, p3b; reward/unserious.py asks it for its "wish" kind).

A question about a plan, a dream or what comes next used to open every wish frame at once, so "港だといいなぁ"
("I hope it's the harbour") answered "Where are you going tomorrow?" and "来年には港の予定" answered it too. The
frames are of different classes (lexicon/unserious.yaml wish_*), each opened by its own question:

- hope (that the value is so): only a question about a hope or a wish ("願いは？", "소원이 뭐예요?");
- dream: only a question about a dream or a goal ("夢は？": "陰陽頭が夢でございます" is the answer);
- someday (a vague or later time): a dream or goal question, or one naming that time ("来年どこへ？" — "来年には港の予定");
- plan (the rest: "Kの予定"): any question about a plan, a dream or what comes next, as before.

Past frames that END the value ("昨日までは", "작년까지는": until then, so not now) are not opened by a question
about the past ("何月何日生まれですか", "언제 태어났어요?" ask a fact that never changed): only by one naming that
bound ("去年まではどこに？"). The other past frames ("昔は") keep the past question's gate.

Not caught: a hope said in words outside the tables, a later time spelled another way ("再来年には").
The same classes in English and Chinese are reward/taken_back.py's (not changed here).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import word_list

_HOPE_QUESTION = {"ja": re.compile("願い|望み|希望|祈"), "ko": re.compile("소원|바라|희망")}
_DREAM_QUESTION = {"ja": re.compile("夢|目標|将来|なりたい|願い|野望|志"),
                   "ko": re.compile("꿈|목표|장래|되고 싶|소원")}
# The time word of a someday cue, without its particle ("来年には" -> "来年", "내년에는" -> "내년").
_PARTICLE = re.compile("(?:には|は|에는|는|은)$")


@lru_cache(maxsize=None)
def _classes(lang: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for cls in ("hope", "dream", "someday"):
        for w in word_list("unserious", f"wish_{cls}", lang):
            out.setdefault(w, cls)
    return out


def wish_open(cue: str, question: str, lang: str, plan_question: bool) -> bool:
    """Whether ``question`` asks for the wish frame ``cue`` (so it is the answer, not a hedge on it).
    ``plan_question``: the old gate, a question about a plan, a dream or what comes next."""
    cls = _classes(lang).get(cue)
    if cls == "hope":
        return bool(_HOPE_QUESTION[lang].search(question))
    if cls == "dream":
        return bool(_DREAM_QUESTION[lang].search(question))
    if cls == "someday":
        when = _PARTICLE.sub("", cue)
        return bool(_DREAM_QUESTION[lang].search(question)) or (bool(when) and when in question)
    return plan_question


_UNTIL = re.compile("(?:までは|まで|까지는|까지)$")


@lru_cache(maxsize=None)
def ended_frames(lang: str) -> frozenset[str]:
    return frozenset(word_list("unserious", "past_until", lang))


def until_asked(cue: str, question: str, lang: str) -> bool:
    """Whether ``question`` names the bound of the ending past frame ``cue`` ("去年まではどこに？" for "去年までは")."""
    when = _UNTIL.sub("", cue)
    return bool(when) and when in question
