"""The character described from outside: the keyword's sentence opens with a definite or demonstrative
description ("The old parrot's favourite food is walnuts; he screeches for them", "这个小朋友最喜欢长颈鹿，
他说话奶声奶气的"), a later clause picks it up with "he"/"she" (他/她), and the answer says "I" nowhere: a
narrator's sentence about the character, not the character answering. Asked only when the question is
about the character itself (no relative or pet in it). Not caught: a description picked up by "it" ("The
little robot rolled across the dome, where it cleaned 48 panels": "it" stands as often for the dome, the
ship or the thing asked about), or one with no pronoun after it."""

from __future__ import annotations

import re

from .analysis import Answer, cue_in_text

_OPENING = {"en": re.compile(r"^(?:the|this|that) (?:[a-z]+ ){0,2}[a-z]+"),
            "zh": re.compile(r"^(?:这个|那个|这位|那位|这只|那只|这条|那条|这头|那头|该)(?![嘛呀啊呢吧么样])[\u4e00-\u9fff]{1,5}")}
_PICKED_UP = {"en": re.compile(r"(?:^| )(?:he|she)(?: |$)"), "zh": re.compile(r"(?:他|她)(?!们)")}


def described_from_outside(ans: Answer, ci: int, key: str, self_word: str, question: str, lang: str) -> str | None:
    """The description opening clause ``ci``'s sentence, when the answer narrates the character, else None.
    Not when the keyword (canonical ``key``) is inside the description ("The Marigold, and she's the
    fastest schooner": the value itself, a ship called she), nor when the description's noun is the
    question's ("Which schooner…?" - "The schooner's the Marigold; she…")."""
    opening_pat, picked = _OPENING.get(lang), _PICKED_UP.get(lang)
    if opening_pat is None:
        return None
    here = ans.clauses[ci].sentence
    opening = next(c for c in ans.clauses if c.sentence == here)
    m = opening_pat.match(opening.text)
    if m is None or cue_in_text(ans.canon, lang, "first_person") or (self_word and self_word in ans.canon):
        return None
    desc = m.group(0)
    if key and (f" {key} " in f" {desc} " if lang == "en" else key in desc):
        return None
    words = desc.split(" ")[1:] if lang == "en" else [desc[2:]]
    if any(len(w) > 2 and f" {w} " in f" {question} " if lang == "en" else w in question for w in words):
        return None
    later = [c.text for c in ans.clauses if c.start > opening.start]
    return m.group(0) if any(picked.search(t) for t in later) else None
