"""A ship, a boat or a truck the question asks about, called "she" in the answer: "How long is the
Kestrel?" - "She's 240 feet", "What's your truck called?" - "Her name's Lucille". The pronoun is
the thing asked about, not the character seen from outside. Only English genders its vessels; only
she/it with a copula, or her/its before "name", stand for the thing ("Her ship is 240 feet" is still
someone else's ship, "She calls it Lucille" someone else speaking)."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import _load_yaml
from .matching import PreparedTruth


@lru_cache(maxsize=1)
def _vessels() -> frozenset[str]:
    words = _load_yaml("vessels").get("en")
    if not isinstance(words, list):
        raise ValueError("lexicon/vessels.yaml: en: expected a list of nouns")
    return frozenset(str(w).lower() for w in words)


# "she s 240", "she is called lucille", "her name s lucille", "its name is" (canonical text before the keyword)
_THING_PRONOUN = re.compile(r"(?:^| )(?:(?:she|it) (?:s|is|was|s been|runs|measures|goes by)|(?:her|its) name (?:s|is|was))"
                            r"(?: called| named)? ?$")
_THE_NAME = re.compile(r"(?<=.)\bthe ([A-Z][a-z]+)\b")  # "…say the Kestrel is?": a named thing (never a person)


def asks_about_vessel(prep: PreparedTruth) -> bool:
    """The question asks about a vessel: it names one ("your truck"), or a name the role gives one."""
    if prep.language != "en":
        return False
    vessels = _vessels()
    if any(w in vessels for w in prep.question_norm.split()):
        return True
    role = prep.truth.role.lower()
    role_words = set(re.findall(r"[a-z]+", role))
    if role_words.isdisjoint(vessels):
        return False
    return any(m.group(1).lower() in role_words for m in _THE_NAME.finditer(prep.truth.question))


def vessel_pronoun(before: str, prep: PreparedTruth) -> bool:
    """The pronoun right before the keyword (``before``: its clause's canonical text up to it) is the
    vessel the question asks about."""
    if not _THING_PRONOUN.search(before):
        return False
    words = before.split()
    # ("her truck s name is…", "her ship s 240"): a vessel noun after the pronoun is someone else's vessel
    return not any(w in _vessels() for w in words) and asks_about_vessel(prep)
