"""A month name with the ordinal words "first" and "second" after it ("June second", "June the
first"): a date. numbers.py reads every other spelled ordinal after a month ("March third") and
"the second of June", but leaves a bare "first"/"second" alone, which is more often a rank or an
adverb ("I came second"); after a month name it is the day.

"may" and "march" are everyday words ("you may first want to..."): after them the day needs "the"
("May the first"). A noun after the ordinal ("June, second place") makes it a rank
(month_ordinals.yaml).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

_MONTHS = ("january", "february", "april", "june", "july", "august", "september", "october", "november",
           "december", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    data = yaml.safe_load(resources.files("raiden_r1.canon").joinpath("month_ordinals.yaml").read_text("utf-8")) or {}
    nouns = data.get("rank_nouns")
    if not isinstance(nouns, list) or not all(isinstance(n, str) for n in nouns):
        raise ValueError("canon/month_ordinals.yaml: rank_nouns: expected a list of words")
    months = "|".join(sorted(_MONTHS, key=len, reverse=True))
    rank = "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))
    return re.compile(rf"\b(?:({months})\.?[ ]+(?:the[ ]+)?|(may|march)[ ]+the[ ]+)(first|second)\b(?![ ]+(?:{rank})\b)")


def month_first_second(text: str) -> str:
    """``text`` (folded, lower-case) with "june second" as "june 2" (the date rules then read it)."""
    if "first" not in text and "second" not in text:
        return text
    return _pattern().sub(lambda m: f"{m.group(1) or m.group(2)} {1 if m.group(3) == 'first' else 2}", text)
