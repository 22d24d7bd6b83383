"""The user's fact given back with "like me" (session 36, p3b): "요리사죠, 저처럼.", "요리사 맞죠? 저랑 같네요.",
"요리사죠. 우리 둘 다.", "料理人ですね。二人とも。", "Chef. Both of us.", "厨师吧？我们俩都是。". A short comment after
the user's value (the rest of its sentence, or a next sentence of a few words) that names the speaker as
alike, or the two together, claims the value for the character too (voice.py asks it for the user's facts).

Tables of classes: lexicon/same_as_me.yaml. Paid: "unlike me" / "私とは違って" / "저랑은 달라요" (no cue),
the same words in a long next sentence about something else. Language-independent (en/zh tables too).
Not caught: "we're colleagues, then" and other words for sharing it.
"""

from __future__ import annotations

from functools import lru_cache

from .analysis import Answer
from .lexicon import word_in, word_list

_SHORT = 14  # a comment, not a sentence of its own (characters, spaces aside)


@lru_cache(maxsize=None)
def _cues(lang: str) -> tuple[str, ...]:
    return word_list("same_as_me", "like_me", lang) + word_list("same_as_me", "both_of_us", lang)


def same_as_me(ans: Answer, ci: int, lang: str) -> str | None:
    """The "like me" comment after the keyword's clause ``ci`` (see the module doc), else None."""
    end = ans.sentence_span(ci)[1]
    texts = [c.text for c in ans.clauses[ci + 1:end]]
    if end < len(ans.clauses):
        nxt = " ".join(c.text for c in ans.clauses[end:ans.sentence_span(end)[1]])
        if len(nxt.replace(" ", "")) <= _SHORT:
            texts.append(nxt)
    for text in texts:
        cue = word_in(text, _cues(lang))
        if cue:
            return cue.strip()
    return None
