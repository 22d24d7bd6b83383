"""The asked thing declared unknown or kept back after the keyword (session 30, eighteenth suite):
a later sentence of the answer that holds the question's own question word and then says the
character does not know or will not tell ("昆布の問屋…やったら、よろしおましたんやけど。ほんまに何を
商うとるかは、内緒だす", "토요일마다 알바 가는 거 알지? 암튼 너 언제 가는지는 모르겠다", "周六吧…反正你
什么时候走我也不记得了", "Saturday's my shift. When you're leaving, no idea."). The keyword before it
was a guess or answered something else. One-item records only, as slot_withheld (disowned.py) and
the lexicon's refusals: a two-item answer may well not know its second value. Table:
lexicon/asked_unknown.yaml.
"""

from __future__ import annotations

from functools import lru_cache

from .analysis import Answer, cue_in_text
from .lexicon import word_in, word_list
from .matching import PreparedTruth

def _words(kind: str, lang: str) -> tuple[str, ...]:
    return word_list("asked_unknown", kind, lang)


def asked_unknown(ans: Answer, ci: int, prep: PreparedTruth) -> str | None:
    """The cue of a later sentence that declares the asked thing unknown, or None."""
    lang = ans.language
    if len(prep.items) != 1 or lang not in ("en", "ja", "ko", "zh"):
        return None
    asked = _asked(prep.question_norm, lang)
    if not asked:
        return None
    cues = _words("unknown", lang)
    key = ("asked_unknown", asked, lang)
    if key not in ans.memo:
        ans.memo[key] = _possible(ans.canon, asked) and _possible(ans.canon, cues)
    if not ans.memo[key]:
        return None  # (no asked word or no cue anywhere in the answer: checked once, not per occurrence)
    spans: dict[int, list[str]] = {}  # sentence -> its clauses after the keyword's
    for c in ans.clauses[ci + 1:]:
        if not c.question:  # ("何を商うとるか知らんの？": asks whether the user knows)
            spans.setdefault(c.sentence, []).append(c.text)
    for texts in spans.values():
        text = " ".join(texts)
        if any(k and k in text for k in prep.keyword_norms):
            continue  # (the keyword said again there: "何を商うてるかて？昆布に決まってますがな")
        word = word_in(text, asked)
        if word is None:
            continue
        after = text[text.find(word) + len(word):] if word in text else text
        cue = word_in(after, cues)
        if cue and cue_in_text(after, lang, "rhetorical_yes"):
            continue  # (s34) "它叫什么我哪能忘啦", "what she's called I could never forget": remembered
        if cue:
            return f"{word} ... {cue}"
    return None


@lru_cache(maxsize=4096)
def _asked(question_norm: str, lang: str) -> tuple[str, ...]:
    return tuple(w for w in _words("question_words", lang) if word_in(question_norm, (w,)))


def _possible(canon: str, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` may be in a text made of the answer's clauses (the loop above joins
    a sentence's clauses, leaving its questions out): every space-separated part of some word is in
    the whole canonical answer. A necessary condition for word_in on any such text, cheap to test."""
    return any(all(part in canon for part in w.split()) for w in words)
