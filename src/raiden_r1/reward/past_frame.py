"""A clause framed by a time of life gone by ("学生のころは170だった", "上学那会儿170", "학생 때는 170이었어요",
"when I was at school I was 170"): a number there is a former value, not a second guess at the one
asked for now (hedges.py) nor a second answer (negatives.py)."""

from __future__ import annotations

import re

from .analysis import Answer, clause_cue

_PAST_FRAME = {"ja": re.compile(r"(?:の|た|だった) ?(?:ころ|頃|とき|時)"), "zh": re.compile(r"(?:的时候|那会儿|那时候|那阵子|那年)"),
               "ko": re.compile(r"(?:때는|땐|때에|시절)"), "en": re.compile(r"\bwhen (?:i|we) (?:was|were)\b|\bback (?:in|when)\b")}


def past_frame(ans: Answer, j: int) -> bool:
    """Clause ``j`` is set in a time of the character's life gone by (or carries a "former" cue)."""
    pat = _PAST_FRAME.get(ans.language)
    return bool(pat and pat.search(ans.clauses[j].text)) or clause_cue(ans, j, "former") is not None
