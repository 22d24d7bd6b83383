"""An elder's name given in Korean honorific speech: "박만석이라고 하세요", "김옥례라고 하십니다" (my
father / mother is called X), the -시- of 존댓말 that a polite speaker puts on every verb whose subject
is an elder. occurrence.py otherwise reads "라고 하" as hearsay ("people say X").

Paid only where the question asks a name (이름, 성함, 누구) and nothing before the keyword names
someone who speaks: no rumour subject ("사람들이", "다들"), no relative as the subject of saying
("어머니가 X라고 하세요": mother says X), only the asked relative as a topic ("아버지는 X라고 하세요").
Reports stay reports: past or hearsay endings ("라고 하더라고요", "라고 하던데요", "라고 하셨어요",
"라고 하신대요") never match, nor an order to say it ("그냥 X라고 하세요": just say X).
"""

from __future__ import annotations

import re

from raiden_r1.data.perspective import relation_nouns

from .analysis import cue_in_text
from .matching import PreparedTruth

# (present honorific statements only; not the past 하셨, the retrospective 하시던, the hearsay 하신대)
_HONORIFIC_NAMING = re.compile(r"^(?:이)?라(?:고)? (?:하세요|하셔요|하십니다|하시죠|하시지요|하시고|하시네요|"
                               r"부르세요|부르십니다)(?![가-힣])")
# A name question in honorific words too ("아버님 성함이 어떻게 되세요?", "어머니는 누구세요?").
_KO_ASKS_NAME = re.compile(r"이름|성함|존함|누구|뭐라고")
# What makes "X라고 하세요" an order or a dodge rather than a statement.
_ORDER = re.compile(r"(?:^| )(?:그냥|대충|아무튼|일단|그렇게|차라리)(?: |$)")
# The asked relative as the topic ("아버지는", "저희 어머니께서는"): the one who is called X.
_TOPIC = re.compile(r"(?:은|는|께서는) ?$")


def honorific_naming(before: str, rest: str, prep: PreparedTruth) -> bool:
    """Whether the keyword, followed by ``rest``, is an elder's name given with the honorific -시-
    (``before``: the sentence's text before the keyword)."""
    if not _HONORIFIC_NAMING.match(rest) or not (prep.asks_name or _KO_ASKS_NAME.search(prep.question_norm)):
        return False
    before = before.strip()
    if _ORDER.search(before) or cue_in_text(before, "ko", "rumour_subjects"):
        return False
    kin = relation_nouns(before)
    if not kin:
        return True
    # ("저희 아버지는 박만석이라고 하세요": the asked relative, as the topic, is the one named)
    # (the question's honorific word may differ, no relation noun to the lexicon: 아버님 asked, 아버지 answered)
    return bool(_TOPIC.search(before)) and all(k[:2] in prep.question_norm for k in kin)


__all__ = ["honorific_naming"]
