"""The same value said twice in two written forms (session 30, fourth and third suites): "一米八三，183厘米"
(the gold answer's own way), "10/5です、えっと、10月の5日です" — the normaliser makes both clauses one text,
but the speaker restated the value to be clear, not to pad. A clause whose two sayings are written
differently is not counted as repeated the second time; a third saying, or a copy written the same
way, still is (and a keyword said more than three times is counted by keyword_overuse)."""

from __future__ import annotations

import re
import unicodedata

from raiden_r1.canon import canonical

from .analysis import Answer

_SPLIT = re.compile(r"[,，、。.!！?？;；:：\n]+")
_MAX_SEGMENTS = 24


def written_forms(ans: Answer) -> dict[str, int]:
    """For each canonical clause text, how many different written forms the raw answer gives it."""
    forms: dict[str, set[str]] = {}
    segments = [s.strip() for s in _SPLIT.split(unicodedata.normalize("NFKC", ans.raw)) if s.strip()]
    if len(segments) > _MAX_SEGMENTS:
        return {}
    for seg in segments:
        forms.setdefault(canonical(seg).strip(), set()).add(re.sub(r"\s+", "", seg))
    return {k: len(v) for k, v in forms.items()}
