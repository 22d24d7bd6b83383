"""Checks of where the character lives (session 33, review 71): a home written as a dwelling and
where it stands ("甲賀との境の山小屋") keyed by the whole phrase only, which no answer quotes: the place
(甲賀) and the dwelling (山小屋) answer too (builder/dwelling_keys.py reads the card the same way);
and a ship's intelligence said to live in the ship it is (review 70).
"""

from __future__ import annotations

import re

from ..builder.dwelling_keys import dwelling_keys, is_bare_kind, is_own_vessel
from ..builder.terms import clean
from ..schema import SBK, Record


def _language(value: str) -> str:
    return ("ko" if re.search(r"[가-힣]", value) else "ja" if re.search(r"[\u3040-\u30ff]", value)
            else "zh" if re.search(r"[\u4e00-\u9fff]", value) else "en")


def check_dwelling_keys(record: Record, card: dict[str, str]) -> list[str]:
    """A dwelling-and-place home has its place as a key."""
    meta = record.metadata.model_extra or {}
    if record.focus != SBK or meta.get("family") not in ("residence", "hometown"):
        return []
    value = clean(card.get(str(meta.get("field") or ""), ""))
    keys = dwelling_keys(value, _language(value)) if value else []
    alts = {a for k in record.keywords for a in ([k] if isinstance(k, str) else k)}
    if not keys:
        return []
    out = [f"keywords: the home {value!r} has no key for the place {keys[-1]!r}"] if keys[-1] not in alts else []
    # a bare kind ("屋敷") pays anyone's mansion (review 73)
    bare = sorted(a for a in alts if a != value and is_bare_kind(a, _language(value)))
    return out + [f"keywords: {a!r} is only the kind of dwelling of {value!r}" for a in bare]


_LIVES_IN = {"en": r"\b(?:live|living|lives|reside)\b", "zh": r"住在|住", "ja": r"住んで|暮らして", "ko": r"살아|살고|사는"}


def check_vessel_home(record: Record, card: dict[str, str]) -> list[str]:
    """A ship or station intelligence whose home is the vessel it runs is that place: its gold never
    says it lives in it ("I've been living in the Meridian Drift", review 70)."""
    meta = record.metadata.model_extra or {}
    lang = record.language
    if record.focus != SBK or meta.get("family") != "residence" or lang not in _LIVES_IN:
        return []
    first = record.keywords[0] if record.keywords else ""
    home = first if isinstance(first, str) else (first[0] if first else "")
    if not is_own_vessel(card, home, lang) or not re.search(_LIVES_IN[lang], record.answer):
        return []
    return [f"answer: {record.answer!r} says the character lives in the vessel it is"]


HOME_CHECKS = {"dwelling_keys": check_dwelling_keys, "vessel_home": check_vessel_home}
