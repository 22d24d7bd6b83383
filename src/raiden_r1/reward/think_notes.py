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
    if thinking.isascii() or not SPACED_IN_NFKC.search(thinking):
        return False  # (the pattern needs a space after the field word: most CJK thinking has none)
    found = {m.group(1) for m in _field_pattern().finditer(unicodedata.normalize("NFKC", thinking).lower())}
    return len(found) >= 2


# Every character whose NFKC form holds a space (the ideographic space becomes one; nothing else
# makes one, and lowering makes none): without one of them the normalised think block holds no
# space for the field pattern, and the (slow) normalisation is skipped. A scan of the block for
# this class replaces a per-character normalisation; tests/reward/test_speed_prechecks.py checks
# the class against unicodedata over all code points.
SPACED_IN_NFKC = re.compile("[\u0020\u00a0\u00a8\u00af\u00b4\u00b8\u02d8-\u02dd\u037a\u0384-\u0385\u1fbd\u1fbf-\u1fc1"
                            "\u1fcd-\u1fcf\u1fdd-\u1fdf\u1fed-\u1fee\u1ffd-\u1ffe\u2000-\u200a\u2017\u202f\u203e\u205f\u3000"
                            "\u309b-\u309c\ufc5e-\ufc63\ufdfa-\ufdfb\ufe49-\ufe4c\ufe70\ufe72\ufe74\ufe76\ufe78\ufe7a"
                            "\ufe7c\ufe7e\uffe3]")
