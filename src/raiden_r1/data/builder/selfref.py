"""The first person and word for the listener a card gives its character, in the gold answers
(voice.yaml SELF_REFERENCE, SECOND_PERSON; the dialect layer is dialect.py).

A reviewer read "我住在听雪峰" from a character whose card says 常自称"本座", and standard です from a
geisha whose card says she speaks 京言葉 with どす: the answers contradicted the card. Only what the
card states is applied, and only the first-person word and sentence endings change, never a key.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .dialect import dialect_second_person
from .tables import table


@lru_cache(maxsize=None)
def _self_pattern(language: str, group: str = "SELF_REFERENCE") -> re.Pattern[str] | None:
    spec = table("voice.yaml", group).get(language)
    if not spec:
        return None
    words = "|".join(sorted(map(re.escape, spec["words"]), key=len, reverse=True))
    return re.compile(spec["marks"] + f"({words})")


def second_person(fields: dict[str, str], language: str) -> str | None:
    """The word the card says its character calls the person it talks to ("相手を「お主」と呼ぶ"),
    else the word of the dialect it names (武家言葉: 貴殿, never あなた), or None (voice.yaml
    SECOND_PERSON, dialects.yaml DIALECTS ``you``)."""
    pattern = _self_pattern(language, "SECOND_PERSON")
    if pattern is None:
        return None
    m = pattern.search("\n".join(fields.values()))
    return m.group(1) if m else dialect_second_person(fields, language)


def with_second_person(text: str, word: str, language: str, keys: list[str]) -> str:
    """``text`` with the table's あなた / 你 said as ``word``; unchanged where a key holds it."""
    default = table("voice.yaml", "SECOND_PERSON")[language]["default"]
    if any(re.search(default, k) for k in keys):
        return text
    return re.sub(default, word, text)


def with_own_word(answer: str, word: str, language: str) -> str:
    """A character's answer about itself that names no one with the card's first person in front
    ("三十四歳でござる。" -> "拙者、三十四歳でござる。"); an answer that speaks of the user (あなた, 你,
    the card's second person) is left as it is."""
    spec = table("voice.yaml", "SECOND_PERSON").get(language)
    if not spec or word in answer or re.search("|".join([spec["default"], *map(re.escape, spec["words"])]), answer):
        return answer
    return f"{word}、{answer}" if language == "ja" else f"{word}{answer}" if language == "zh" else answer


def self_reference(fields: dict[str, str], language: str) -> str | None:
    """The first-person word the card states ("本座", "うち"), or None. A field named for it
    (一人称: うち) counts as well as a remark in the speech-style text (常自称"本座")."""
    pattern = _self_pattern(language)
    if pattern is None:
        return None
    spec = table("voice.yaml", "SELF_REFERENCE")[language]
    for name, value in fields.items():
        if re.fullmatch(r"\s*(?:一人称|自称)\s*", name) and value.strip() in spec["words"]:
            return value.strip()
        m = pattern.search(value)
        if m:
            return m.group(1)
    return None


def with_self_reference(text: str, word: str, language: str, keys: list[str]) -> str:
    """``text`` with the table's first person (我, 私) said as ``word``; unchanged where the
    default word is part of a key (a name or a place with 我 in it)."""
    default = table("voice.yaml", "SELF_REFERENCE")[language]["default"]
    if any(re.search(default, k) for k in keys):
        return text
    return re.sub(default, word, text)
