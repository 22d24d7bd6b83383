"""How people name a titled or older person by the family name and a title rather than the full name
(session 33): "Captain Elias Thorne" is "Captain Thorne", "陈桂芳" is "陈姐", "陈姨". outside.py reads
these beside the titles it knew ("Miss Callahan", "叶老师"), so an answer narrating the character by
them ("Captain Thorne is a teetotaller. He…", "陈姐的女子报的…") speaks of it from outside.

Not the bare family name ("Thorne", "陈"): relatives share it; nor 老陈/小陈, which name any 陈."""

from __future__ import annotations

import re
from functools import lru_cache

# English titles before a family name, beyond Mr/Mrs/Miss/Dr/Sir (an alternation for a regex).
EN_TITLES = "|".join(("captain", "capt", "doctor", "professor", "prof", "sergeant", "sarge", "inspector", "detective",
                      "officer", "colonel", "major", "lieutenant", "commander", "admiral", "general", "reverend",
                      "father", "sister", "brother", "mother", "nurse", "coach", "judge", "mayor", "skipper", "chef"))
# Chinese kin words said after a family name to an older non-relative ("陈姐", "王姨", "李叔").
ZH_KIN_TITLES = ("姐", "哥", "姨", "叔", "婶", "嫂", "伯", "阿姨", "大姐", "老板娘", "掌柜")


# The character giving its own title and name ("They call me Sister Ellery", "I'm Captain Thorne", "Captain
# Thorne, at your service"): naming itself, not spoken of.
_NAMES_ITSELF = re.compile(r"(?:call me|i m|i am|known as|name s|name is|it s|this is)\s$")


@lru_cache(maxsize=1024)
def _titled(family: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![a-z])(?:{EN_TITLES}) {re.escape(family)}(?![a-z])(?!,? at your service)")


def titled_from_outside(canon: str, family: str, full: str) -> re.Match[str] | None:
    """"Captain Thorne" in a canonical English answer, not where the character names itself so, nor the
    character's whole name ("Brother Aldric" is his name, which outside.py reads by its own rules)."""
    for m in _titled(family).finditer(canon):
        if m.group(0) != full and not _NAMES_ITSELF.search(canon[max(0, m.start() - 12):m.start()]):
            return m
    return None
