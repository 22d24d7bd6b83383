"""Clipped speech (clipped.yaml): a card that says its character talks in fragments and drops
the pronoun ("Clipped fragments. Drops pronouns.") gets golds and CM turns without the opening
first person: "Good at welding, reactor repair and haggling.", never "I'm good at welding…".
Review 74 found every gold of such a card in full sentences with I/my; the audit's ``voice``
check reads the same cue (a clipped card's SBK gold needs no first person, and one that opens
with it is flagged)."""

from __future__ import annotations

import re

from raiden_r1.text import keyword_in

from .tables import table
from .voice import manner_fields

# a sentence starts at the text's start or after a sentence end (and a CJK comma after a lead)
_SENTENCE_START = re.compile(r"(^|(?<=[.!?。！？])\s*)")


def is_clipped(fields: dict[str, str], language: str) -> bool:
    """Whether the card's words on how the character talks say it drops the pronoun or speaks in
    fragments (clipped.yaml CUES)."""
    cue = table("clipped.yaml", "CUES").get(language)
    text = manner_fields(fields)
    return bool(cue and text and re.search(cue, text))


def _capitalised(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:] if sentence[:1].islower() else sentence


def _clip_sentence(sentence: str, language: str, rules: str = "DROP") -> str:
    lead = re.match(r"\s*", sentence).group(0)
    body = sentence[len(lead):]
    for pattern, replacement in table("clipped.yaml", rules).get(language, ()):
        new = re.sub("^" + pattern, replacement, body, count=1)
        if new != body:  # one drop a sentence ("I'd say I'm" is one)
            body = new
            break
    return lead + (_capitalised(body) if language == "en" else body)


def clipped(text: str, language: str, keys: list[str], rules: str = "DROP") -> str:
    """``text`` with each sentence's opening first person dropped (clipped.yaml DROP, or PLAIN_DROP
    for a plain-speech card); unchanged where a key the text says would no longer be found or
    nothing would be left."""
    parts = re.split(r"(?<=[.!?。！？])", text)
    out = "".join(_clip_sentence(p, language, rules) if p.strip() else p for p in parts)
    if not re.search(r"\w", out) or any(keyword_in(text, k) and not keyword_in(out, k) for k in keys):
        return text
    return out


def opens_with_first_person(text: str, language: str) -> bool:
    """Whether one of ``text``'s sentences still opens with a pronoun a clipped card drops."""
    drops = table("clipped.yaml", "DROP").get(language, ())
    parts = [p.strip() for p in re.split(r"(?<=[.!?。！？])", text) if p.strip()]
    return any(re.match(pattern, p) for p in parts for pattern, _ in drops
               if not (language == "en" and pattern.startswith("I'll")))


def plain_self_word(fields: dict[str, str], language: str) -> str | None:
    """The plain first person a Japanese card in plain speech quotes or lists without a 一人称 mark
    ("「俺」「なまら」をよく使う", "俺、お前で話す"), or None."""
    text = manner_fields(fields)
    if language != "ja" or not text:
        return None
    words = "|".join(sorted(map(re.escape, table("clipped.yaml", "PLAIN_WORDS")), key=len, reverse=True))
    m = re.search(rf"[「『\"“]({words})[」』\"”]|(?:^|[。、\s])({words})[、と,](?:[^。]{{0,12}})(?:で話|を使|と言|を用)", text)
    return (m.group(1) or m.group(2)) if m else None
