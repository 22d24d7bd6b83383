"""Report: another's reckoning of the same quantity ("22 years, though Father Benedict reckons it 15",
"…不过我师父算成十五年") is a second figure for the asked slot, not a concession about something else: the
answer leaves two values standing. Unless it is called wrong (negatives.reported_then_called_wrong decides
that first)."""

from __future__ import annotations

import re

_RECKONED = {"en": re.compile(r"\b(?:reckon|reckons|reckoned|reckoneth|count|counts|counted|counteth|makes|made|maketh|"
                              r"puts|put|putteth|calls|called|calleth|figures|figured|has|had|hath) it(?: at| as| to be)? \d"),
             "zh": re.compile(r"(?:算成|算作|算是|记成|记作|说是|认为是|当成)\d")}


def reckoned_same(clause_text: str, lang: str) -> bool:
    """Whether ``clause_text`` gives someone's reckoning of "it" (the asked quantity) as a number."""
    pat = _RECKONED.get(lang)
    return pat is not None and pat.search(clause_text) is not None
