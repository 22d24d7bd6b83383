"""The noun a which-question asks for ("どこの病棟で働いてる?", "どちらの病院に", "어느 병동에서 일해요?",
"무슨 과에 있어요?"): a keyword glued to that noun ("小児科病棟に", "소아과 병동에서") names the thing
asked, not another thing the place or field is a modifier of (place_modifier.py)."""

from __future__ import annotations

import re

_WHICH = {"ja": re.compile(r"(?:どこの|どちらの|どの|何の|なんの)([\u4e00-\u9fff\u30a0-\u30ffー\u3041-\u3096]{1,4}?)(?:で|に|へ|が|は|を|の|$)"),
          "ko": re.compile(r"(?:어느|무슨|어떤|어디) ([가-힣]{1,4}?)(?:에서|에|으로|로|이|가|은|는|을|를|$| )")}


def asked_noun(question: str, noun: str, lang: str) -> bool:
    """Whether ``noun`` (what follows the keyword) opens with the noun the question asks which one of."""
    pattern = _WHICH.get(lang)
    if pattern is None or not question or not noun:
        return False
    return any(noun.startswith(m.group(1)) for m in pattern.finditer(question))
