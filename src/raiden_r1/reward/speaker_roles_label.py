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
    if label not in roles and not (not label.isascii() and any(label.endswith(r) for r in roles if len(r) >= 2)) and \
            not _role_by_class(label, prep):
        return None
    if any(a.norm and (a.norm in label or label in a.norm) for alts in prep.items for a in alts):
        return None  # "Guard: the north gate": the label is the value asked for
    return m.group(1).strip()


def _role_by_class(label: str, prep: PreparedTruth) -> bool:
    """(session 35) A label that is a person by its ending ("快递员", "外卖小哥", "駅員", "택배 기사", "the courier") or
    another person of the card: a speaker's label, read when the gold answer opens with no label of its own."""
    lang = prep.language
    short = len(label) <= (6 if not label.isascii() else 24) and len(label.split(" ")) <= 3
    if not short or _GOLD_LABEL.match(prep.truth.answer or "") or _ADDRESS.search(label):
        return False
    # (an address to the listener is no speaker: "报告舰长：…", "大叔：…" where the gold answer says that word)
    if len(label) >= 2 and (label in prep.answer_norm or label in prep.question_norm):
        return False
    if label in prep.other_norms:
        return True
    if label.isascii():
        words = label.split(" ")
        head = " ".join(w for w in words if w not in ("the", "a", "an", "my", "our", "your"))
        return head in word_list("speaker_roles", "role_endings", "en")
    return any(label.endswith(r) for r in word_list("speaker_roles", "role_endings", lang))


_ADDRESS = re.compile(r"^(?:报告|禀报|禀告|启禀|回禀|回|敬爱的|亲爱的|尊敬的|dear|my dear|to|hey|oh)|(?:様|さま|殿|님께)$")
_GOLD_LABEL = re.compile(r"^\s*[^\n:：,，、。]{1,16}[:：]")
