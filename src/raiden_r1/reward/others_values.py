"""Another person's number in the keyword's sentence (session 30, the fn51 hunter's false negatives):
"I'm 34, and my little brother Luke's 29", "저는 스물아홉이고, 우리 형은 서른둘이에요", "先生は40歳、校長先生は
60歳", "老师四十，王老师三十五". A clause that opens with a relative the question does not ask about
(after "and", "my", "little", "우리", "我家" ...) gives that relative's value; a clause whose subject is a
longer noun ending in the keyword clause's own subject ("校長先生は" beside "先生は") gives another
person's. Neither is a second value of the character's. What it does not catch: the relative named only
in an earlier clause ("我老伴儿比我小三岁，六十五")."""

from __future__ import annotations

import re

from raiden_r1.data.perspective import relation_nouns, starts_with_relation

from .analysis import Answer
from .matching import PreparedTruth

_LEAD = {
    "en": re.compile(r"^(?:(?:and|but|while|whereas|plus) )?(?:(?:my|our|the|his|her) )?"
                     r"(?:(?:little|big|older|younger|elder|baby|kid|dear|old) )?"),
    "zh": re.compile(r"^(?:而|但|可)?(?:我们家的|我们家|我家的|我家|咱家|俺家|我的|我)?"),
    "ja": re.compile(r"^(?:でも|で)?(?:うちの|私の|僕の|俺の)?"),
    "ko": re.compile(r"^(?:그리고 |근데 )?(?:우리|저희|제|내) ?"),
}

_TWIN = ("twin", "双胞胎", "孪生", "双生", "双子", "ふたご", "쌍둥이", "쌍동이")


def relative_opens(ans: Answer, ci: int, j: int, prep: PreparedTruth) -> bool:
    """Clause ``j`` opens (after a conjunction, a possessive, an adjective of age) with a relative that
    neither the question nor the keyword's clause is about."""
    if j == ci or any(w in ans.clauses[j].text for w in _TWIN):
        return False  # (a twin's age is one's own: "34, and my twin sister Laura is 40" contradicts it)
    lead = _LEAD.get(ans.language)
    text = ans.clauses[j].text
    stripped = lead.sub("", text, count=1) if lead else text
    if not stripped or not starts_with_relation(stripped):
        return False
    rels = relation_nouns(stripped[:12])
    return bool(rels) and not rels & (prep.question_relations | relation_nouns(ans.clauses[ci].text[:8]))


def longer_subject(other: str, k: int) -> bool:
    """The keyword clause's subject found at ``k`` of another clause (CJK) inside a longer noun glued
    before it ("校长先生は" for "先生は", "王老师" for "老师"): another person."""
    return k > 0 and other[k - 1] != " " and not other[k - 1].isascii()
