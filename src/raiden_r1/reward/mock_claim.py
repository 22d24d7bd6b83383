"""Sarcasm by an absurd claim of one's own that follows the value: "Oh sure, Port Harcourt. And I'm the
Police Commissioner." (the lexicon's sarcasm list holds the fixed ones: "and I'm the Queen", "那我还是
秦始皇呢"). English only: a sentence of its own, "And I'm the" and a capitalised title, after the keyword's
sentence; not a title the character holds ("And I'm the Chief Engineer" from the chief engineer)."""

from __future__ import annotations

import re

_MOCK = re.compile(r"(?:^|[.!?…]\s*)(?i:(?:(?:yeah|oh|sure|right),?\s+)?and\s+i['’]?m\s+the\s+)((?:[A-Z][\w-]*)(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w-]*)*)"
                   r"\s*[.!…]*\s*$")


_TAIL = 400  # the claim ends the answer: only its last characters are read (a long answer stays linear)


def mock_claim(raw: str, titles: tuple[str, ...]) -> str | None:
    """The mocking claim ending ``raw``, else None."""
    raw = raw.strip()
    tail = raw[-_TAIL:]
    m = _MOCK.search(tail)
    if m is None or (m.start() == 0 and len(tail) == len(raw)):
        return None
    title = m.group(1).lower()
    return None if any(t and t in title for t in titles) else m.group(0).strip(" .!?…")
