"""A narrator's speech tag opening the answer: the line is handed to a speaker by a narrative verb of
saying before a colon ("鹦鹉小翠儿扑棱着翅膀叫道：…", "The old hob croaked: …", "ぽん太は叫んだ：…",
"보리가 외쳤다: …"). A character speaking does not introduce its own line like a novel; the tag is
the narrator's (gaming.wrapper asks). Chinese …道 is the novel's tag; Japanese, Korean and English
take their past-tense narrative verbs. A tag with the first person is the character recounting
("I said: …", "我叫道：…", "私は言った：…") and is left to the rules of reports. Not caught: a tag after a
first sentence, or one without a colon ("…叫道：" is caught, "…叫道“…”" is not)."""

from __future__ import annotations

import re

from .analysis import cue_in_text
from raiden_r1.canon import canonical

_TAG = {
    # (a verb before 道: "味道", "街道", "知道" are no tags)
    "zh": re.compile(r"^\s*([^：:\n“”「」\"]{0,30}?(?:说|叫|喊|笑|答|问|嚷|骂|叹|吼|哭|念|唱|回|应)道)\s*[：:]"),
    "ja": re.compile(r"^\s*([^：:\n「」『』]{1,30}?(?:言った|叫んだ|答えた|つぶやいた|呟いた|鳴いた|笑った|告げた|言いました|叫びました))\s*[：:]"),
    "ko": re.compile(r"^\s*([^:：\n\"“”]{1,30}?(?:말했다|외쳤다|대답했다|중얼거렸다|소리쳤다|속삭였다|말했습니다|외쳤습니다))\s*[:：]"),
    "en": re.compile(r"^\s*((?:[\w'’-]+\s){1,6}(?:said|replied|cried|shouted|muttered|croaked|squawked|answered|exclaimed|"
                     r"whispered|growled|chirped|declared|announced))\s*:", re.IGNORECASE),
}


def narrators_tag(raw: str, language: str) -> str | None:
    """The speech tag opening the answer, or None."""
    pat = _TAG.get(language)
    m = pat.match(raw) if pat else None
    if m is None:
        return None
    tag = canonical(m.group(1))
    if any(cue_in_text(tag, x, "first_person") for x in {language, "en"}):
        return None  # "我叫道：", "I said:": the character recounting its own words
    return m.group(1).strip()
