"""Kana spellings of a Japanese keyword written in kanji (土曜日 -> どようび, 苺大福 -> いちご大福).

Japanese writes the same word in kanji, in kana, or mixed, and a natural answer picks any of them
("どようびです！", "いちご大福が好き"). The reward cannot read kanji in an answer without a
dictionary, but it can spell each keyword the other ways once per ground truth: the keyword's
segments (pykakasi's dictionary segmentation) each kept as written or replaced by their hiragana
reading, every combination but the original.

Not the other direction: a keyword written in kana ("ぽんず") has no single kanji spelling.
A reading is context-free (pykakasi gives 灯村 as ともしびむら), so a name may get a wrong
spelling; that costs nothing, since nobody writes it. An all-kana spelling shorter than three
kana is left out: two-kana words are homophones of too many others (はし: 橋, 箸, 端).
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

_KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_MAX_SEGMENTS = 4  # 2**4 spellings at most per keyword


@lru_cache(maxsize=1)
def _converter():
    try:
        import pykakasi  # the kanji dictionary (~10 MB, pure Python): loaded on the first Japanese keyword
    except ImportError:  # pragma: no cover - a core dependency; tolerated when absent
        return None
    return pykakasi.kakasi()


@lru_cache(maxsize=16384)
def kana_spellings(raw: str) -> tuple[str, ...]:
    """Other spellings of ``raw`` with some or all kanji segments in hiragana ((): no kanji)."""
    if not _KANJI.search(raw):
        return ()
    conv = _converter()
    if conv is None:
        return ()
    segments = [(s["orig"], s["hira"]) for s in conv.convert(raw)]
    if not segments or len(segments) > _MAX_SEGMENTS or "".join(o for o, _ in segments) != raw:
        return ()
    choices = [(o, h) if _KANJI.search(o) and h and h != o else (o,) for o, h in segments]
    out = []
    for combo in itertools.product(*choices):
        spelled = "".join(combo)
        if spelled == raw or spelled in out:
            continue
        if not _KANJI.search(spelled) and len(spelled) < 3:
            continue
        out.append(spelled)
    return tuple(out)
