"""Checks of who the character is (session 33, reviews 70/71): a Korean or Japanese user who asks an
elder or one above them in plain speech ("몇 살이야?" to a 71-year-old fisherman), which the card's
반말 answers do not license (read as builder/voice.py user_defers does); and a job keyed without its
everyday names ("外卖骑手" without 送外卖: builder/equivalents.py job_names); and an English name of
an institution or a title cut at its "and" ("College of William" of the College of William and Mary).
"""

from __future__ import annotations

import re

from ..builder.equivalents import job_names
from ..builder.voice import is_polite, plain_to_friends, user_defers
from ..schema import SBK, Record

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


def check_job_names(record: Record, card: dict[str, str]) -> list[str]:
    """A job key that is a name of a job in equivalents.yaml JOB_NAMES has its everyday names too."""
    meta = record.metadata.model_extra or {}
    if record.focus != SBK or meta.get("family") not in ("occupation", "identity"):
        return []
    alts = [[k] if isinstance(k, str) else list(k) for k in record.keywords]
    out = []
    for item in alts:
        missing = [n for a in item for n in job_names(a, record.language) if n not in item]
        if missing:
            out.append(f"keywords: the job {item[0]!r} has no key for its everyday name {missing[0]!r}")
    return out


def check_and_cut(record: Record, card: dict[str, str]) -> list[str]:
    """No "<Kind> of <Name>" key stops at an "and" its name runs on over ("College of William" of
    "College of William and Mary"); a second title after it ("and Warden of the North") is no part."""
    if record.language != "en":
        return []
    text = "\n".join(card.values())
    alts = [a for k in record.keywords for a in ([k] if isinstance(k, str) else k)]
    return [f"keywords: {a!r} is a name cut at its 'and'" for a in alts
            if " of " in a and re.search(re.escape(a) + r" (?:and|&) [A-Z][\w'-]*(?![\w'-])(?! of\b)", text)]


ROLE_CHECKS = {"user_register": check_user_register, "job_names": check_job_names, "and_cut": check_and_cut}
