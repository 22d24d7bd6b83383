"""A Japanese card's own sentence ending (review 69): a card that says its character ends her
sentences with 「〜なのです」 got golds in plain です and humble 「と申します」. The ending the card
states replaces the copula です of each sentence of the gold and of the character's chat turns;
a verb's ます is left (its conjugation is no copula's), and a key is never touched."""
from __future__ import annotations

import re

from .tables import table

_SPEC = table("voice.yaml", "DECLARED_ENDING")["ja"]
_CUE = re.compile(_SPEC["cue"])
_ENDINGS = _SPEC["endings"]  # the ending as the card writes it -> [after a noun, after an i-adjective]


def declared_ending(fields: dict[str, str]) -> str | None:
    """The sentence ending a Japanese card states ("語尾に「〜なのです」をつける"), if the builder knows it."""
    for value in fields.values():
        m = _CUE.search(value)
        if m and m.group(1).lstrip("〜~ー") in _ENDINGS:
            return m.group(1).lstrip("〜~ー")
    return None


def with_ending(text: str, ending: str) -> str:
    """``text`` with the copula です of each sentence said with ``ending``: "十五歳です。" ->
    "十五歳なのです。", "楽しいです。" -> "楽しいのです。"; "と申します" is said "です" first."""
    after_noun, after_adjective = _ENDINGS[ending]
    text = re.sub(r"と申します(?=[。！!？?]|$)", "です", text)

    def one(m: re.Match[str]) -> str:
        before = m.group(1)
        if before.endswith(("なの", "の", ending[:-2])):
            return m.group(0)
        return before + (after_adjective if before.endswith("い") else after_noun) + m.group(2)

    return re.sub(r"([^\s。！？!?、]+?)です((?:よ|ね|よね)?(?:[。！!？?]|(?<=ね)、|$))", one, text)
