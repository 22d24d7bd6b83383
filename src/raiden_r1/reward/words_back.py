"""The user's own words given back in Korean (session 30, rev66 #15): asked what the user said of
their own fact, "통영이래요" and "통영이라면서요" report what the user told the character ("it's Tongyeong,
you said"), the way "You said Tongyeong" does. The ending must sit right on the keyword (with the
copula's 이) and the sentence must name no source of a rumour (`rumour_subjects`: 누가, 사람들, 소문 ...);
"누가 통영이래요" stays a rumour, and the character's own fact said with -래요 stays a report of others."""

from __future__ import annotations

import re

from raiden_r1.canon import Term

from .analysis import Answer, cue_in_text
from .clause_text import clause_rest
from .matching import PreparedTruth

_BACK = re.compile(r"^(?:이)?(?:래요|래|래유|라면서요|라면서|라며)(?=$| |[?!.,])")


def user_words_back(ans: Answer, ci: int, pos: int, term: Term, prep: PreparedTruth) -> bool:
    if ans.language != "ko" or prep.truth.subject != "user":
        return False
    if not _BACK.match(clause_rest(ans, ci, pos, term)):
        return False
    sentence = " ".join(c.text for c in ans.clauses if c.sentence == ans.clauses[ci].sentence)
    return cue_in_text(sentence, "ko", "rumour_subjects") is None and "소문" not in sentence
