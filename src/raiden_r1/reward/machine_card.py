"""Machine characters (session 35): a card that says the character is a robot, an android, an AI or a
ship's computer lets it say so. The out-of-character gate (gaming.py) refuses "I'm an AI", "제가 봇이에요"
from an ordinary character; from a machine's card the same words are its nature, unless they name the
model behind the role, an assistant or generated text (lexicon/machine_card.yaml still_ooc)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from raiden_r1.canon import canonical

from .lexicon import _load_yaml
from .outside import alternation


@lru_cache(maxsize=1)
def _table() -> dict:
    return _load_yaml("machine_card")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    t = _table()
    keys = [canonical(k) for k in t["kind_keys"]]
    key = re.compile("|".join(rf"(?<![a-z]){re.escape(k)}(?![a-z])" if k.isascii() else re.escape(k) for k in keys))
    en = alternation([canonical(n) for n in t["nouns"]["en"]])
    after = alternation(t["en_after"])
    # (the head noun of an English phrase: last, or before a preposition/relative: "the AI of the Meridian")
    en_head = re.compile(rf"(?<![a-z])(?:{en})(?:$|\s(?:{after})(?![a-z]))")
    cjk = alternation([canonical(n) for lang in ("zh", "ja", "ko") for n in t["nouns"][lang] if not n.isascii()] + ["ai"])
    # (CJK: the noun ends the value or one of its parts; Korean may add 이다/입니다 after it)
    cjk_head = re.compile(rf"(?:{cjk})(?:$|\s?(?:이다|입니다|이에요|です|である|だ)?$)")
    every = alternation([canonical(n) for ns in t["nouns"].values() for n in ns])
    noun = re.compile(rf"(?<![a-z])(?:{every})(?![a-z])|{cjk}")
    latin = alternation([canonical(w) for w in t["still_ooc"]["en"]])
    other = alternation([canonical(w) for lang in ("zh", "ja", "ko") for w in t["still_ooc"][lang]])
    still_ooc = re.compile(rf"(?<![a-z])(?:{latin})|{other}")
    return key, re.compile(rf"{en_head.pattern}|{cjk_head.pattern}"), noun, still_ooc


# (a relative clause is no longer the head's phrase: "a retired sailor who builds robots")
_PARTS = re.compile(r"[,，、;；。/|()（）\[\]【】「」『』]|\s-\s|\s—\s|\s(?:who|that|which|whose)\s.*")


def is_machine_card(profile: Mapping[str, object]) -> bool:
    """The card names a machine as what the character is: a kind/occupation/description field whose value
    (or one of its comma- or bracket-separated parts) has a machine noun as its head."""
    key, head, _, _ = _patterns()
    for k, v in profile.items():
        if not isinstance(v, str) or not key.search(canonical(str(k))):
            continue
        for part in _PARTS.split(v):
            c = canonical(part)
            if c and head.search(c):
                return True
    return False


def in_world(match_text: str) -> bool:
    """An out-of-character match a machine's card makes its own words: it names a machine noun and
    nothing of the model, assistant or role behind it."""
    _, _, noun, still = _patterns()
    return bool(noun.search(match_text)) and not still.search(match_text)
