"""Label words in the brackets after a character's name ("Kettle (unit K-7)", "小七（型号XQ-7）",
"ケトル（型番K-7）", "주전자 (모델 K-7)", name_labels.yaml): they say what kind of name follows and are
no alias of the character. perspective.profile_names reads a bracket through ``unlabelled``."""

from __future__ import annotations

import functools
import re
from importlib import resources

import yaml


@functools.lru_cache(maxsize=1)
def _labels() -> tuple[re.Pattern[str], frozenset[str]]:
    words = yaml.safe_load(resources.files("raiden_r1.data").joinpath("name_labels.yaml")
                           .read_text(encoding="utf-8"))["LABELS"]
    words = sorted({str(w).lower() for w in words}, key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    # a label at the bracket's start, then a space, colon or number sign, or the name straight after a
    # CJK label ("型号XQ-7"); an ASCII label needs its word to end ("units K-7" keeps "units")
    lead = re.compile(rf"^\s*(?:{alt})(?:(?<=[a-z.])(?=[\s:：#＃])|(?<![a-z.]))[\s:：#＃]*", re.IGNORECASE)
    return lead, frozenset(words)


def unlabelled(inner: str) -> str:
    """The bracket's text without a label word before the name ("unit K-7" -> "K-7")."""
    lead, _ = _labels()
    out = lead.sub("", inner, count=1)
    return out if out.strip() else inner


def is_label(part: str) -> bool:
    """Whether a bracket part is only a label word ("Kettle (K-7 unit)": "unit")."""
    return part.strip().lower() in _labels()[1]
