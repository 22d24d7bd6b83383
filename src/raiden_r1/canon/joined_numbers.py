"""A kanji number said in two parts joined by と, as old and formal Japanese counts ("二百と十三年" =
213 years, "千と二百人", "百と八つ"): one number when the second part is below the first's last scale
(二百 then 十三), read before the kanji runs become digits. Two numbers of the same scale ("十と五を
足す", "三と五") stay a list; so does a pair with no counter after it."""

from __future__ import annotations

import re

_D = "[一二三四五六七八九]"
# (first part ending in a scale) と (second part with only smaller scales), then a counter.
_COUNTER = "(?=[年歳岁才人名個个回日月匹頭头本枚羽円冊册台杯番階代つ])"
_JOINED = re.compile(
    f"({_D}?千(?:{_D}?百)?(?:{_D}?十)?)と((?:{_D}?百)?(?:{_D}?十)?{_D}?){_COUNTER}|"
    f"({_D}?百(?:{_D}?十)?)と((?:{_D}?十)?{_D}?){_COUNTER}|"
    f"({_D}?十)と({_D}){_COUNTER}")
_SCALES = "千百十"


def _join(m: re.Match[str]) -> str:
    groups = [g for g in m.groups() if g is not None]
    first, second = groups[0], groups[1]
    if not second:
        return m.group(0)
    # every scale of the second part is below the first part's last one ("二百と十三", not "二百と三百")
    last = max(_SCALES.index(c) for c in first if c in _SCALES)
    if any(c in _SCALES and _SCALES.index(c) <= last for c in second):
        return m.group(0)
    return first + second


def joined_numbers(text: str) -> str:
    """``text`` with its と-joined kanji numbers written as one (see the module doc)."""
    return _JOINED.sub(_join, text)
