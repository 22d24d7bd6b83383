"""Letters written as digits ("1'm ju5t 4n 4I", "0OC"): a policy can hide an out-of-character remark
from the word lists that way. gaming.out_of_character reads the answer a second time with such
words spelled in letters, but only when at least three words mix letters and digits that way: a unit or
an ordinal ("5km", "3rd", "T3", "4pm") is one word, and a lone one is never decoded."""

from __future__ import annotations

import re

_MAP = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
# A Latin word holding both letters and look-alike digits.
_MIXED = re.compile(r"(?<![\w@$])(?=[\w'@$]*[a-zA-Z])(?=[\w'@$]*[013457@$])[a-zA-Z0134579@$']{2,}(?![\w@$])")
# Units and ordinals, which mix digits and letters honestly.
_HONEST = re.compile(r"^\d+(?:st|nd|rd|th|s|am|pm|k|m|km|cm|mm|kg|g|lb|lbs|ft|in|h|hr|hrs|min|d|x)$|^[a-zA-Z]\d+$", re.I)


def decoded(raw: str) -> str | None:
    """``raw`` with its letter-for-digit words spelled in letters, or None when it has fewer than three."""
    words = [m for m in _MIXED.finditer(raw) if not _HONEST.match(m.group(0))]
    if len(words) < 3:
        return None
    out, last = [], 0
    for m in words:
        out += [raw[last:m.start()], m.group(0).translate(_MAP)]
        last = m.end()
    return "".join(out + [raw[last:]])
