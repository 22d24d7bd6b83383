"""Checks of how the user and the character stand to each other (session 33, reviews 70/71): a
Korean or Japanese user who asks an elder or one above them in plain speech ("몇 살이야?" to a
71-year-old fisherman, "박만석, 잠깐 얘기할 수 있어?"), which the card's 반말 answers do not license.
Each reads the card's age, role and relations as the builder does (builder/voice.py user_defers).
"""

from __future__ import annotations

import re

from ..builder.voice import is_polite, plain_to_friends, user_defers
from ..schema import Record

# a Japanese question polite before its last particle ("行くんでしたっけ？") is no plain question
_JA_POLITE_INSIDE = re.compile(r"(?:です|ます|でし|まし|ください|ござい)")


def _polite(text: str, language: str) -> bool:
    return is_polite(text, language) or (language == "ja" and bool(_JA_POLITE_INSIDE.search(text)))


def check_user_register(record: Record, card: dict[str, str]) -> list[str]:
    """A user turn or question to an elder or superior keeps the polite register (존댓말, です/ます);
    a card plain to friends is asked by a friend, who may talk plainly."""
    lang = record.language
    if lang not in ("ko", "ja") or not user_defers(card, lang) or plain_to_friends(card, lang):
        return []
    turns = [t.content for t in record.conversation_history if t.role == "user"] + [record.question]
    # a turn that is a question or a request shows the register; a bare statement of a fact may not
    asks = [t for t in turns if t.rstrip().endswith(("?", "？"))]
    plain = [t for t in asks if not _polite(t, lang)]
    return [f"question: {t!r} is plain speech to a card the user speaks up to ({user_defers(card, lang)})"
            for t in plain[:1]]


USER_CHECKS = {"user_register": check_user_register}
