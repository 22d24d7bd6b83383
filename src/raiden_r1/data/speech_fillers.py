"""The words a card's speech style quotes for its character ("a warm Irish brogue, says 'sure' and
'so it is'", 口癖は「なまら」, 말버릇: '그려'): they are the character's own voice. The reward reads them
where an opener such as "Sure, ..." would otherwise be an assistant's compliance
(reward/assistant_voice.py).
"""

from __future__ import annotations

import re
from typing import Any

from raiden_r1.canon import canonical

from .quotes import quoted

# Profile fields that describe how the character talks (the suites' and cards' keys).
_SPEECH_KEY = re.compile(r"speech|speak|style|voice|catchphrase|habit|口癖|口調|話し方|口头禅|说话|說話|语气|語氣|말투|말버릇|어투|"
                         r"말씨", re.IGNORECASE)


def speech_fillers(profile: dict[str, Any]) -> tuple[str, ...]:
    """The canonical short words (up to eight) quoted in the profile's speech-style fields."""
    out: list[str] = []
    for key, value in profile.items():
        if not isinstance(key, str) or not isinstance(value, str) or not _SPEECH_KEY.search(key):
            continue
        for q in quoted(value, 24):
            c = canonical(q).strip()
            if c and c not in out:
                out.append(c)
    return tuple(out[:8])


__all__ = ["speech_fillers"]
