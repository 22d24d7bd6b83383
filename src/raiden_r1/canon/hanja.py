"""Hangul readings of hanja words in Korean text (安東 is 안동), from the small table hanja.yaml.

A Joseon scholar writes his home town 安東, a keyword may be written 全州 and answered 전주: the same
word in the other script. Each hanja has one reading or two (the initial-sound rule: 羅 나/라), so a
hanja word is read character by character; a word with a character the table lacks is not read at
all (no guess, so never a wrong match). Traditional and simplified forms are both looked up, since
the normaliser folds traditional characters to simplified.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from importlib import resources

import yaml

from .fold import fold

_HANJA_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_MAX_READINGS = 8  # spellings kept per hanja word


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, ...]]:
    data = yaml.safe_load(resources.files("raiden_r1.canon").joinpath("hanja.yaml").read_text("utf-8")) or {}
    readings = data.get("readings")
    if not isinstance(readings, dict):
        raise ValueError("canon/hanja.yaml: expected 'readings' (a hanja -> its hangul reading or a list of them)")
    out: dict[str, tuple[str, ...]] = {"": tuple(map(str, data.get("era_words") or ()))}
    for k, v in readings.items():
        vals = tuple(map(str, v if isinstance(v, list) else [v]))
        out[str(k)] = vals
        out.setdefault(fold(str(k)), vals)  # 東 is folded to 东
    return out


def _fits(word: str, hangul: str) -> bool:
    table = _table()
    return len(word) == len(hangul) and all(s in table.get(c, ()) for c, s in zip(word, hangul))


def hanja_spelled(text: str, hangul: str) -> tuple[str, ...]:
    """The hanja words in ``text`` (as written) that read ``hangul`` (two syllables or more):
    "경상도 安東이오" -> ("安東",) for 안동."""
    if len(hangul) < 2 or not _HANJA_RUN.search(text):
        return ()
    out: list[str] = []
    n = len(hangul)
    for m in _HANJA_RUN.finditer(text):
        run = m.group(0)
        for i in range(len(run) - n + 1):
            if _fits(run[i:i + n], hangul) and run[i:i + n] not in out:
                out.append(run[i:i + n])
    return tuple(out)


@lru_cache(maxsize=4096)
def hangul_readings(word: str) -> tuple[str, ...]:
    """The hangul spellings of a word written all in hanja (全州 -> 전주), () if any character is not
    in the table."""
    table = _table()
    if not word or not all(c in table for c in word):
        return ()
    return tuple("".join(p) for p in itertools.islice(itertools.product(*(table[c] for c in word)), _MAX_READINGS))


def writes_hanja(role: str) -> bool:
    """Whether a character of this role (GroundTruth.role) lived when Korean was written in hanja too
    (hanja.yaml: era_words: 조선, 선비, ...)."""
    return bool(role) and any(w in role for w in _table()[""])
