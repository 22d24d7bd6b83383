"""Relatives the question only calls the character by (session 32): "할아버지, 고향이 어디세요?",
"おじいちゃん、生まれはどこ？", "爷爷，您老家在哪？", "Grandpa, where are you from?". A kin word said as a
vocative at the question's start addresses the character; it does not ask about that relative, so the
rules that step aside when the question names a relative (fact_owners.kin_owner: a relative or a profile
person made the owner of the character's fact) still read the answer. A relative named elsewhere in the
question ("할아버지, 할머니 고향은요?") is still asked about.
"""

from __future__ import annotations

import re
from functools import lru_cache

from raiden_r1.canon import canonical
from raiden_r1.data.perspective import relation_nouns

# The question's first word, alone before a comma or an exclamation ("하은아,", "ももかちゃん、" are names).
_OPENING = re.compile(r"^\s*([^\s,、，!！?？。.]{1,10}?)(?:아|야|님|さん|ちゃん|くん|様)?\s*[,、，!！]")


@lru_cache(maxsize=4096)
def vocative_relations(question: str) -> frozenset[str]:
    """The relation nouns the question's opening vocative is made of (canonical), else empty."""
    m = _OPENING.match(question)
    if m is None:
        return frozenset()
    word = canonical(m.group(1))
    found = relation_nouns(word)
    # (only a vocative that is the relation word itself: not "내 동생," which names the user's relative)
    # (session 35, r17: or a family name before an address word, "周师傅，…", "叶老师，…", not "我妈，…")
    return frozenset(found) if any(word == f or word.startswith(f) and len(word) - len(f) <= 1 or
                                   word.endswith(f) and 1 <= len(word) - len(f) <= 2 and f in _ADDRESS and
                                   not word.startswith(_MINE) for f in found) else frozenset()


_ADDRESS = frozenset({"师傅", "师父", "老师", "先生", "大夫", "医生", "老板", "掌柜", "大哥", "大姐", "大叔", "大婶", "大爷", "大妈",
                      "阿姨", "叔", "姐", "哥", "さん", "先生", "선생님", "사장님", "씨"})
_MINE = ("我", "你", "您", "他", "她", "俺", "咱", "内", "제", "내", "우리", "네")


def asked_relations(question_relations: frozenset[str], question: str) -> frozenset[str]:
    """``question_relations`` without those only said as the opening vocative."""
    voc = vocative_relations(question)
    if not voc:
        return question_relations
    rest = canonical(_OPENING.sub("", question, count=1))
    return frozenset(r for r in question_relations if r not in voc or r in rest)
