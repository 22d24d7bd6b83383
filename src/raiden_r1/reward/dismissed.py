"""Korean -긴(요)/-기는(요) ending a clause dismisses what it says: "못 마시긴!" is "me, not drink? as if!",
the keyword's own words thrown back, not claimed (the opposite_polarity attack). Only where the ending
closes the keyword's clause: "마시긴 하는데", "못 마시긴 해" concede or grant inside a longer clause and stay
claims; 하긴 ("well, come to think of it") opens a thought; 여긴/거긴 are "here is"/"there is". Not caught: the ending with the clause cut
further on ("못 마시긴 무슨"), the other languages' forms (…なんて、とんでもない; r4's denial clauses)."""

from __future__ import annotations

import re

from .analysis import Answer
from .assertion import ItemVerdict
from .matching import PreparedTruth

# (여긴/거긴/저긴 are "here is", "there is": a place word, no ending)
_DISMISSING_END = re.compile(r"(?:^| )(?!(?:하|여|거|저)(?:긴|기는)(?:요)?$)([가-힣]*(?:긴|기는))(?:요)?$")


def dismissed(ans: Answer, v: ItemVerdict, index: int, prep: PreparedTruth) -> str | None:
    if ans.language != "ko" or v.position < 0:
        return None
    cl = ans.clauses[ans.clause_index(v.position)]
    m = _DISMISSING_END.search(cl.text)
    if m is None or cl.text.startswith(("하긴", "하기는")):
        return None
    return f"not asserted (dismissed: '{m.group(1)}')"
