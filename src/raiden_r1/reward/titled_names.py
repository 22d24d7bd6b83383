"""How people name a titled or older person by the family name and a title rather than the full
name: "Captain Elias Thorne" is "Captain Thorne", "陈桂芳" is "陈姐", "陈姨", "老陈". matching.prepare
adds these to the character's name forms, so that an answer narrating the character by them ("Captain
Thorne is a teetotaller. He…", "陈姐的女子报的…") reads as the character named in the third person.

Not the bare family name ("Thorne", "陈"): relatives share it. Japanese and Korean titles follow the
name already (outside.py: name_titles)."""

from __future__ import annotations

import re
from functools import lru_cache

from raiden_r1.canon import canonical

# English titles that go before a family name ("Captain Thorne", "Mrs Hobbs", "Doctor Hale").
_EN_TITLES = frozenset({"captain", "doctor", "dr", "mr", "mrs", "ms", "miss", "professor", "sergeant", "inspector",
                        "detective", "officer", "colonel", "major", "lieutenant", "commander", "admiral", "general",
                        "reverend", "father", "sister", "brother", "mother", "nurse", "coach", "judge", "mayor",
                        "madame", "madam", "mister", "lady", "lord", "master", "chef", "skipper", "granny", "old"})
# Chinese: the family name with a title or kin word after it, or 老/小 before it.
_ZH_AFTER = ("姐", "哥", "姨", "叔", "阿姨", "大姐", "大哥", "大叔", "大爷", "大妈", "大娘", "婶", "老师", "师傅",
             "老板", "老板娘", "掌柜", "先生", "女士", "太太", "奶奶", "爷爷", "伯", "嫂")
_ZH_COMPOUND = ("欧阳", "司马", "诸葛", "上官", "东方", "慕容", "令狐", "皇甫", "公孙", "司徒", "夏侯", "尉迟", "长孙")
_HAN = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


@lru_cache(maxsize=4096)
def titled_forms(character_name: str, language: str) -> tuple[str, ...]:
    """Canonical forms "<title> <family name>" (Latin) or "<family name><title>" (Chinese)."""
    name = character_name.strip()
    full = canonical(name)
    parts = full.split(" ")
    if full.isascii():
        if len(parts) >= 3 and parts[0] in _EN_TITLES:
            return (f"{parts[0]} {parts[-1]}",)
        return ()
    if language != "zh" or not _HAN.match(name):
        return ()
    surname = next((c for c in _ZH_COMPOUND if name.startswith(c)), name[0])
    if len(name) - len(surname) < 1:
        return ()
    s = canonical(surname)
    forms = [s + t for t in _ZH_AFTER] + ["老" + s, "小" + s]
    return tuple(canonical(f) for f in forms if canonical(f) != full)
