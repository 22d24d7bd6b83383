"""English words written with an elision apostrophe ("guv'nor", "ne'er", "o'er", "nor'easter", "'tis",
"p'raps") read as the whole words they stand for (elisions.yaml), before the apostrophe is folded away.
Split at it, their pieces were other words: "Twelve, guv'nor." held the hedge "nor" next to the
keyword (while "Twelve, guv." was paid), and "Ne'er been to Exeter." no negation at all."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

_APOSTROPHES = ("'", "\u2019")


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern[str], dict[str, str]]:
    data = yaml.safe_load(resources.files(__package__).joinpath("elisions.yaml").read_text("utf-8")) or {}
    words = data.get("en")
    if not isinstance(words, dict):
        raise ValueError("canon/elisions.yaml: en: expected a mapping of elided word -> whole word")
    table = {str(k).lower(): str(v).lower() for k, v in words.items()}
    # (longest first: "fo'c's'le" before "fo'c'sle"; either apostrophe; never inside a longer word)
    keys = sorted(table, key=len, reverse=True)
    alts = "|".join(re.escape(k).replace("'", "['\u2019]") for k in keys)
    return re.compile(rf"(?<![a-z'\u2019])(?:{alts})(?![a-z])"), table


def expand_elisions(text: str) -> str:
    """``text`` (lower case) with its elided words written whole."""
    if not any(a in text for a in _APOSTROPHES):
        return text
    pattern, table = _table()
    return pattern.sub(lambda m: table[m.group(0).replace("\u2019", "'")], text)
