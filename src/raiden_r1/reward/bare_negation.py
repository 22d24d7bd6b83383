"""A negation that can only be the keyword's (session 32, s21en-116): a verbless clause that denies the
keyword itself ("Not under the birch, little mortal", "不在鞋柜", "鞋箱じゃないよ", "신발장 아니야"). The gold
answer's own negations ("The birches haven't said a word") let the other rules pass a negation elsewhere in a
response; this one has no other word to belong to. What it does not catch: a negation with a verb of its own
("It isn't under the birch"), left to the general negation rule.

paused_negation (session 36, p3b): the same verbless denial cut from the keyword by a pause and dressed in a
long polite ending ("こはく……ではないのでございます", "港、じゃないんですよ", "부산… 아님", "부산ㅋ 아니ㅋ"): the
negation is the next clause's whole text but for the sentence ending, which says nothing of its own. Not a
confirming question ("こはく……ではないのですか？") nor "ではないでしょうか" (a hedge, another rule's).
"""

from __future__ import annotations

import re

from raiden_r1.canon import Term

from .analysis import Answer
from .clause_text import clause_before, clause_rest

_EN_WORDS = r"under|in|at|by|on|near|behind|from|with|beside|inside|into|to|the|a|an|my|your|his|her|our|their|that|this|old|" \
            r"first|second|third|\d+"
_BEFORE = {"en": re.compile(rf"^(?:(?:no|oh|ah|well|nah|nope) )?not(?: (?:{_EN_WORDS})){{0,4}}$"),
           "zh": re.compile(r"^(?:不是|并不是|可不是|才不是|不在|并不在|没在|没有在|不放在|没放在)(?:在|放在)?$")}
_AFTER = {"ja": re.compile(r"^(?:じゃない|じゃありません|ではない|ではありません|じゃねえ|じゃねぇ)(?:よ|です|ぞ|わ|の)?$"),
          "ko": re.compile(r"^(?:가|이)? ?아니(?:야|에요|예요|요|다|오|랍니다|라니까)?$")}


# Only a negation copula and the ending of a sentence (explanatory の/ん, polite copulas, final particles).
_PAUSED = {"ja": re.compile(r"^(?:じゃ|では|でわ|で)(?:ない|ありません|ございません|なかった|ありませんでした|ねえ|ねぇ)"
                            r"(?:の|ん)?(?:です|でございます|だ|である|であります)?(?:よ|ぞ|わ|ね|さ|な|なあ|なぁ){0,2}$"),
           "ko": re.compile(r"^(?:가|이)? ?(?:아님|아니(?:야|에요|예요|요|다|오|랍니다|라니까|거든|거든요|었어요|었습니다|지롱)?)"
                            r"(?:요)?$")}


def paused_negation(ans: Answer, ci: int, pos: int, term: Term) -> str | None:
    """The keyword closes its clause and the next clause only denies it (see the module doc)."""
    lang = ans.language
    if lang not in _PAUSED or ci + 1 >= len(ans.clauses) or clause_rest(ans, ci, pos, term).strip():
        return None
    nxt = ans.clauses[ci + 1]
    text = nxt.text.replace(" ", "") if lang == "ja" else nxt.text.strip()
    if nxt.question or not text or not _PAUSED[lang].match(text):
        return None
    return f"negated ('{nxt.text.strip()}')"


def bare_negation(ans: Answer, ci: int, pos: int, term: Term) -> str | None:
    lang = ans.language
    if lang in _BEFORE:
        before = clause_before(ans, ci, pos)
        m = _BEFORE[lang].match(before.strip())
        return f"negated ('{before.strip()}')" if m and before.strip() else None
    if lang in _AFTER and not clause_before(ans, ci, pos).strip():
        rest = clause_rest(ans, ci, pos, term).strip()
        return f"negated ('{rest}')" if rest and _AFTER[lang].match(rest) else None
    return None
