"""An answer opening with a role as a speaker label ("小二：掌柜的出门进货去了", "Barman: he's out back",
"店員：…", "점원: …"): a line of a script, given to a servant, a guest, a passer-by (or the character's role
written as a label). Not a label that holds a keyword: "Guard: the north gate" asked the job is the value
and its detail. Only at the very start of the answer, before a colon."""

from __future__ import annotations

import re

from raiden_r1.canon import canonical

from .lexicon import word_list
from .matching import PreparedTruth

_OPENING = re.compile(r"^\s*[*_]*([^\n:：*,，、]{1,12}?)[*_]*\s*[:：]")


def role_label(raw: str, prep: PreparedTruth) -> str | None:
    """The role label opening ``raw``, or None."""
    m = _OPENING.match(raw)
    if m is None:
        return None
    label = canonical(m.group(1))
    roles = word_list("speaker_roles", "roles", prep.language)
    if label not in roles and not (not label.isascii() and any(label.endswith(r) for r in roles if len(r) >= 2)):
        return None
    if any(a.norm and (a.norm in label or label in a.norm) for alts in prep.items for a in alts):
        return None  # "Guard: the north gate": the label is the value asked for
    return m.group(1).strip()
