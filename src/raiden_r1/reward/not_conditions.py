"""Conditional words that make no condition, blanked before the conditional cue is looked for:

- a topic before a claim of being the best at it: "말이라면 누구보다 잘 타오" (as for horses, I ride
  better than anyone), "馬ならば誰にも負けぬ" (lexicon topic_if, topic_if_followers);
- Chinese 的话 where 话 is "words": "回客官的话" (the servant's "in reply to your words", whoever is
  addressed), "听师父的话" (lexicon words_frame_heads: the verb before the addressee).

Other conditionals of the text ("새라면 누구보다 높이 날 텐데": 텐데) are still read."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import cues


def not_conditions(text: str, lang: str) -> str:
    for pattern in _patterns(lang):
        text = pattern.sub(" ", text)
    return text


@lru_cache(maxsize=8)
def _patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    c = cues(lang)
    out = []
    words, followers = c.get("topic_if"), c.get("topic_if_followers")
    if words and followers:
        out.append(re.compile(f"(?:{_alt(words)})(?= ?(?:{_alt(followers)}))"))
    if heads := c.get("words_frame_heads"):
        # (the addressee: a title or a name of up to five characters, "客官", "王员外", "张大人"; not the
        # words 回头, 回来, 回家, 听说, 听到: "回头算的话" is "counting back, if ...")
        out.append(re.compile(f"(?:^| )(?:{_alt(heads)})(?![头来去家说到见])[^ 如若要假\\d]{{1,5}}?的话"))
    return tuple(out)


def _alt(words) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
