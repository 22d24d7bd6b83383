"""What one dreamt, with words between the dream and its verb ("…という夢を昨夜見たのじゃ", "입궁하는 꿈을
간밤에 꾸었느니라", "夢を、ゆうべまた見ました"): the keyword in the dream's content is not asserted, as
with the fixed cues of quoted_claim.yaml (dream_only), which need the dream and the verb side by side.
The verb must be one of dreaming (見る / 꾸다): a dream fulfilled or given up ("夢を叶えた", "꿈을 이뤘다",
"꿈을 접었다") is no dream's content. Texts are canonical (夢 is read as 梦, 見 as 见)."""

from __future__ import annotations

import re

# The dream as an object, a few words or characters before its verb of dreaming (an adverb of time or
# frequency: 昨夜, ゆうべ, また, 간밤에, 어젯밤, 또).
_DREAMT = {
    "ja": re.compile(r"梦を[ 、]?[^ ]{0,8}?(?:见|み)(?:た|ま|て|る|ちゃ|とる|てる|ておる)"),
    "ko": re.compile(r"꿈을 (?:[가-힣]+ ){0,2}(?:꾸|꿨|꿔|꾼|꿉|꿀)"),
}


def dreamt(text: str, lang: str) -> str | None:
    """The dream and its verb, with words between them, in canonical ``text`` (None if there is none)."""
    pattern = _DREAMT.get(lang)
    m = pattern.search(text) if pattern else None
    return m.group(0) if m else None
