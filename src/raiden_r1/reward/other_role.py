"""A wrong name given its own role (session 36, s27): asked for one person's name ("the party's healer"), the
answer names them and then the others with their own parts, "リオさんです！ダンさんは前衛、セラさんは弓使い",
"丽娜啊。大牛是前锋", "리오 씨요. 단 씨는 전위고요", "Rio. Dan's the tank." The negative is the topic of a clause
of its own whose predicate is a short noun phrase sharing no word with the question: another slot, not a
second value of the one asked. Still a second value: the question's own role said of it ("ダンさんは回復役"),
a clause holding the keyword too, a number, or an answer without the keyword elsewhere.
What it does not catch: a role said with a verb ("Dan heals too"), left to the other rules."""

from __future__ import annotations

import re

from raiden_r1.canon import Term

from .analysis import Answer
from .clause_text import clause_before
from .matching import PreparedTruth
from .similarity import content_units

# After the negative: its topic marker, the role, a copula or a final particle, to the clause's end.
_ROLE = {
    # (not the quotative って, "雷丸って呼んでる": a name given, not a part)
    "ja": re.compile(r"^(?:さん|くん|ちゃん|様|さま|殿)?は ?([^ ]{1,12}?)(?:でしたよね|でしたね|でした|です|だったね|だった|"
                     r"だよね|だよ|だね|だ|やね|や|よね|ね|よ)?$"),
    "zh": re.compile(r"^ ?(?:是|呢是|则是|就是|当|负责当)([^ ]{1,10}?)(?:啦|呀|啊|吧|嘛|哦|的)?$"),
    "ko": re.compile(r"^(?: ?씨| ?님)?(?:은|는|이는) ([가-힣 ]{1,12}?)(?:이었죠|였죠|이었지|였지|이에요|예요|이고요|고요|이고|고|"
                     r"이죠|죠|이야|야|이다|다|요)?$"),
    "en": re.compile(r"^ (?:s|is|was) (?:the |our |my |a |an )?([a-z][a-z ]{0,23}?)$"),
}


# A predicate ending as a verb does, not a noun of a part
_VERB_END = {"ja": re.compile(r"(?:[るたてぐむぶすく]|ない|ます|ません|でる|てる)$"),
             "ko": re.compile(r"(?:했|었|았|한다|해|하고|하죠|했어|었어|았어)$"),
             "zh": re.compile(r"(?:了|过|着|去|来|说)$")}


# Nouns of naming: a predicate holding one names the slot asked, a name ("本名", "小名", "이름", "nickname")
_NAME_WORDS = ("名", "이름", "name", "称", "呼")


def given_other_role(ans: Answer, ci: int, pos: int, t: Term, prep: PreparedTruth, kw_clauses: set[int]) -> bool:
    pat = _ROLE.get(ans.language)
    if pat is None or not prep.asks_name or not kw_clauses or ci in kw_clauses or not t.canon:
        return False
    text = ans.clauses[ci].text
    rest = text[len(clause_before(ans, ci, pos)):].lstrip()
    if not rest.startswith(t.canon):
        return False
    m = pat.match(rest[len(t.canon):])
    if not m:
        return False
    role = m.group(1).strip()
    if _VERB_END.get(ans.language) and _VERB_END[ans.language].search(role):
        return False  # "ダンさんは来る", "단 씨는 쉬었어": a deed, not a part
    if any(w in role for w in _NAME_WORDS):
        return False  # "ミケは本名です", "Sooty's her real name": the slot (a name) itself, offered
    units = content_units(role)
    return bool(units) and not any(c.isdigit() for c in role) and not units & prep.question_units
