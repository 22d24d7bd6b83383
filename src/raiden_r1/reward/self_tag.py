"""A self-naming character's own speech tag (session 36, s27): a character the profile says speaks of
itself by name (GroundTruth.self_name) tags its words with that name in the present, "1,200 metres, says
Pip!", "Pip says twelve hundred!", "豆豆说，十八个小时！", "ルルは言うのです、三日！", "누리가 말해요, 72시간!".
That is the character talking, not a report of someone else's words, so the tag is blanked before the
hearsay cues are read. Only the character's own names, right beside a present-tense verb of saying: "Bolt
says", "They say Pip drills", "听豆豆说", "said Pip" (a narrator's past, narrator_tag.py) are still read."""

from __future__ import annotations

import re
from functools import lru_cache

# (a tag closes its clause, "…, says Pip", or opens it, "Pip says …"; the clause may be stemmed: "say")
_EN = r"(?:(?:^| )says? (?:{n}) *$|^ *(?:{n}) says?(?![a-z]))"
_ZH = r"(?:^| )(?:{n})(?:说|讲)(?![过了])"
_JA = r"(?:^| )(?:{n})(?:は|が)(?:言う|いう|言います|申します)"
_KO = r"(?:^| )(?:{n})(?:이|가|는|은)? (?:말해|말합니다|말하지|말한다)"
_BY_LANG = {"en": _EN, "zh": _ZH, "ja": _JA, "ko": _KO}


@lru_cache(maxsize=1024)
def _pattern(names: tuple[str, ...], lang: str) -> re.Pattern[str] | None:
    forms = sorted({n for n in names if len(n) >= 2}, key=len, reverse=True)
    if not forms or lang not in _BY_LANG:
        return None
    return re.compile(_BY_LANG[lang].format(n="|".join(re.escape(f) for f in forms)))


def self_tag_blanked(text: str, names: tuple[str, ...], lang: str) -> str:
    """``text`` (a canonical clause) with the self-naming character's own present speech tag blanked."""
    pat = _pattern(names, lang)
    return pat.sub(" ", text) if pat is not None and text else text
