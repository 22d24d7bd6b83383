"""A think block that is the profile pasted as notes (docs/reward.md, family 9: filler thinking).

repetition.profile_labels finds a profile pasted with its colons ("名前：…。職業：…"). Without them
("一人称 わらわ、古風な口調、好物 甘辛く煮た油揚げ、妹狐のるり") it is the same copy: field words, each
followed by a space and a value, in a language whose prose puts no space there. Two such fields make
notes, not a monologue; one may be a slip ("好物 は油揚げ").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from raiden_r1.canon.trie import trie_pattern

from .lexicon import _load_yaml

_FRAGMENT_START = r"(?:^|[、，,。；;\n]\s*)"


@lru_cache(maxsize=1)
def _field_pattern() -> re.Pattern[str]:
    extra, labels = _load_yaml("profile_fields"), _load_yaml("ooc")["labels"]
    words = {unicodedata.normalize("NFKC", str(w)).lower() for lang in ("zh", "ja", "ko")
             for w in list(extra.get(lang) or []) + list(labels.get(lang) or [])}
    words = sorted((w for w in words if w and not w.isascii()), key=len, reverse=True)
    # (one trie, not an alternation tried word by word at every fragment start; at one position it
    # still tries the longer of two words first, as the longest-first alternation did)
    return re.compile(_FRAGMENT_START + "(" + trie_pattern(words) + r")[ \u3000]+(?=[^\s、，,。])")


def pasted_as_notes(thinking: str) -> bool:
    """Two or more profile fields written "field value" in a CJK think block (see the module doc)."""
    if thinking.isascii() or not any(map(_spaced_in_nfkc, set(thinking))):
        return False  # (the pattern needs a space after the field word: most CJK thinking has none)
    found = {m.group(1) for m in _field_pattern().finditer(unicodedata.normalize("NFKC", thinking).lower())}
    return len(found) >= 2


@lru_cache(maxsize=65536)
def _spaced_in_nfkc(ch: str) -> bool:
    """Whether a character is, or NFKC-normalises to something holding, a space or an ideographic
    space: only then can the normalised text hold the space the field pattern needs (normalising
    never makes a space out of characters that hold none)."""
    return bool({" ", "\u3000"} & set(unicodedata.normalize("NFKC", ch).lower()))
