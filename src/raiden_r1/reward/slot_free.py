"""Clipped fragments beside a value that cannot fill its slot: a time phrase ("Since school.",
"초등학교 때부터", "从小学起", "小学校から") or a relation word ("Best friend.", "절친", "好朋友", "親友")
in "Rafael. Best friend. Since school." -- a terse speaker's remarks about the value, not a second
candidate (dumps.py would otherwise read the answer as a list and the fragment as a hedge).

Only fragments without a name in them: a time phrase whose words after the first are all lower case
("Since Marco left" still counts), a relation word of at most three words and only where no keyword
is itself a relation (asked "who is Marco to you?", "Brother." beside "Cousin." is a second value).
"""

from __future__ import annotations

import re
from functools import lru_cache

from raiden_r1.canon import canonical
from raiden_r1.data.perspective import relation_nouns

from .matching import PreparedTruth

_EN_TIME_LEADS = frozenset(("since", "ever", "for", "from", "till", "until", "back", "after", "before", "during",
                            "through", "ages", "always", "forever", "years"))
_TIME = {"ko": re.compile(r"(?:부터|이래|이래로|동안|적에|때)(?:요|예요|이에요)?$"),
         "zh": re.compile(r"^(?:从|自从|自)|(?:起|开始|以来|到现在|到如今)(?:的|了|啦)?$"),
         "ja": re.compile(r"(?:から|以来|このかた)(?:ずっと)?(?:だ|です|の付き合い|のつきあい)?$")}
# Words for a friend that the relation lexicon does not hold (a bond, not a kin noun).
_FRIEND_WORDS = {"en": ("best mate", "mate", "old mate", "pal", "buddy", "school friend"),
                 "ko": ("절친", "베프", "단짝", "동창", "소꿉친구", "불알친구", "죽마고우"),
                 "zh": ("老同学", "发小", "死党", "铁哥们", "闺蜜", "老铁", "同窗"),
                 "ja": ("幼なじみ", "幼馴染", "同級生", "相棒", "ダチ", "マブダチ")}


@lru_cache(maxsize=8)
def _friend_words(language: str) -> frozenset[str]:
    return frozenset(canonical(w) for w in _FRIEND_WORDS.get(language, ()))  # (同級生 reads 同级生)


def slot_free(segment: str, canon: str, language: str, prep: PreparedTruth) -> bool:
    """Whether the bare ``segment`` (``canon``: its canonical text) is a time phrase or a relation
    word that no keyword of the record could be."""
    seg = segment.strip(" .!?。！？…、，,")
    if not seg:
        return False
    keys = [a.canon for alts in prep.items for a in alts]
    if language == "en":
        words = seg.split()
        plain = all(w[:1].islower() or w[:1].isdigit() for w in words[1:])
        if plain and words[0].lower() in _EN_TIME_LEADS and not any(k.split(" ", 1)[0] == words[0].lower() for k in keys):
            return True
    elif language in _TIME and _TIME[language].search(seg) and not any(_TIME[language].search(k) for k in keys):
        return True
    if any(relation_nouns(k) for k in keys):
        return False  # (the slot is a relation: another relation word is a second value)
    friend = canon.removeprefix("your ").removeprefix("my ") in _friend_words(language)
    return (friend or bool(relation_nouns(seg) or relation_nouns(canon))) and (language != "en" or (
        len(seg.split()) <= 3 and all(w[:1].islower() for w in seg.split()[1:])))


__all__ = ["slot_free"]
