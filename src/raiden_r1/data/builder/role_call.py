"""How a user calls a character whose role has its own form of address (review 76: a Goryeo tea
monk was greeted "혜각 씨"; a monk is 스님). voice.yaml ROLE_CALL: per language, a cue over the
card's occupation and identity and the call that replaces the name-and-honorific of user turns."""

from __future__ import annotations

import re

from .fields import classify_field
from .tables import table

# the name and its honorific as the CM tables greet (Korean "혜각 씨", Japanese "松井さん", Chinese
# "孟三郎，" at a turn's start)
_NAMED = {
    "ko": lambda name: r"[가-힣]+(?: [가-힣]+)? 씨(?=[,!?\s])",
    "ja": lambda name: "(?:" + "|".join(map(re.escape, [name, *name.split()])) + r")(?:さん|様|さま)",
    "zh": lambda name: "^(?:" + "|".join(map(re.escape, [name, *name.split()])) + r")(?=[，,])",
}


def role_call(fields: dict[str, str], language: str) -> str | None:
    """The call the card's role takes ("스님" for a monk), or None."""
    roles = " ".join(v for k, v in fields.items()
                     if getattr(classify_field(k), "name", None) in ("occupation", "identity"))
    for entry in table("voice.yaml", "ROLE_CALL").get(language, ()) if roles else ():
        if re.search(entry["role"], roles):
            return entry["call"]
    return None


def call_by_role(history: list[dict[str, str]] | None, fields: dict[str, str], language: str, name: str) -> None:
    """User turns of ``history`` with the character's name and honorific as its role's call."""
    call = role_call(fields, language)
    if not call or language not in _NAMED:
        return
    pattern = _NAMED[language](name)
    for turn in history or []:
        if turn["role"] == "user":
            turn["content"] = re.sub(pattern, call, turn["content"])
