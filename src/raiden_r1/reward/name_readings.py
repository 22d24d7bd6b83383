"""Kana spellings of a Japanese person's name written in kanji (お静, お琴, 市).

canon/readings.py spells a keyword in kana with the dictionary's context-free reading of each
kanji, which for a kanji alone is often its Sino-Japanese (on) reading: お静 -> おせい, お琴 -> おこん.
Names given with the honorific お, and one-kanji given names, are read with the native (kun) reading
(おしず, おこと), so for a name the on spelling would pay a reading nobody uses and refuse the one
everybody does. Here, for a name keyword, a one-kanji segment the dictionary reads in an unmistakably
Sino-Japanese shape (one mora, or a mora and ん/う/い: せい, こん, じょう) while it also lists native
readings is spelled with those instead; a kanji without a native reading gets no kana spelling, so
no reading is paid that may be wrong. Readings ending in く/き/つ/ち are left as the dictionary gives
them: native names take that shape as often (まつ, なつ, ゆき).
"""

from __future__ import annotations

import re
from functools import lru_cache

from raiden_r1.data.ground_truth import GroundTruth

_KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# One mora (with a small ゃゅょ), alone or before ん/う/い/ー: the shape of on readings (せい, じょう, か)
_SINO = re.compile(r"[ぁ-ゖ][ゃゅょ]?[んういー]?")


def _sino(reading: str) -> bool:
    return bool(_SINO.fullmatch(reading))


@lru_cache(maxsize=4096)
def _native(kanji: str) -> tuple[str, ...]:
    try:
        from pykakasi.kanji import Kanwa
    except ImportError:  # pragma: no cover - pykakasi is a core dependency
        return ()
    readings = [y for y, cond in (Kanwa().load(kanji) or {}).get(kanji, ()) if cond is None and y]
    return tuple(dict.fromkeys(r for r in readings if not _sino(r) and not r.endswith("っ")))


@lru_cache(maxsize=4096)
def _misread(raw: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(kanji, its native readings) for each one-kanji segment of ``raw`` read in the on shape."""
    from raiden_r1.canon.readings import _converter

    conv = _converter()
    if conv is None:
        return ()
    out = []
    for seg in conv.convert(raw):
        o, h = seg["orig"], seg["hira"]
        if len(o) == 1 and _KANJI.match(o) and _sino(h):
            out.append((o, _native(o)))
    return tuple(out)


def _is_name(truth: GroundTruth, alts) -> bool:
    from .matching import _ASKS_NAME

    if _ASKS_NAME.search(truth.question.lower()):
        return True
    people = (*truth.others, truth.character_name, *truth.aliases)
    return any(a and any(a in p for p in people if p) for a in alts)


def name_spellings(truth: GroundTruth, alts, spelled: list[str], language: str) -> list[str]:
    """``spelled`` (an item's alternatives and their other spellings) with the on-read kana spellings
    of a Japanese name replaced by its native readings (see the module doc)."""
    if language != "ja" or not any(_KANJI.search(a) for a in alts) or not _is_name(truth, alts):
        return spelled
    from raiden_r1.canon.readings import kana_spellings

    misread = {a: m for a in alts if _KANJI.search(a) and (m := _misread(a))}
    if not misread:
        return spelled
    # the dictionary's spellings of a misread name go (and their long-vowel forms: おせー for おせい)
    wrong = {v for a in misread for short in (False, True) for v in kana_spellings(a, short)}
    out = [v for v in spelled if v in alts or not any(v == w or _long_vowel_of(v, w) for w in wrong)]
    for a, segments in misread.items():
        variants = [a]
        for kanji, native in segments:
            variants = [v.replace(kanji, r, 1) for v in variants for r in native]
        out.extend(v for v in variants if v != a and v not in out)
    return out


def _long_vowel_of(v: str, w: str) -> bool:
    """Whether ``v`` is ``w`` with a long vowel written ー (おせー for おせい)."""
    return "ー" in v and len(v) == len(w) and all(a == b or a == "ー" for a, b in zip(v, w))
