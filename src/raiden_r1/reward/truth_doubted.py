"""The speaker doubts the truth of what it just said (session 32): "1978年って看板にあるけど、本当かどうかは
私も知らないんですよ", "북한산이라던데, 진짜인지는 저도 몰라요", "1978年吧，是不是真的我也不知道", "1978, though
whether that's true I couldn't say". A later clause of the keyword's sentence, or the next sentence's
first clause, opens with "whether it is true" and says the speaker does not know: the keyword is
offered, not asserted. assertion.py asks this after the later-denial rule; the item earns nothing from
that occurrence but is not void (another occurrence may still assert it).

Not caught: doubt without the "whether true" words ("ちゃんと測ったことないんで", "I never checked"), and
a doubt about something else the clause names first ("あの噂が本当かどうかは知らない" is about the rumour).
"""

from __future__ import annotations

from functools import lru_cache

from raiden_r1.canon import canonical

from .analysis import Answer, cue_in_text
from .matching import PreparedTruth

_WHETHER_TRUE = {
    "ja": ("本当かどうか", "ほんとかどうか", "ほんとうかどうか", "本当なのかどうか", "ほんとなのかどうか", "事実かどうか",
           "正しいかどうか", "合ってるかどうか", "合っているかどうか", "確かかどうか", "真偽のほど", "真偽は", "ほんまかどうか"),
    "ko": ("진짜인지", "정말인지", "사실인지", "맞는지", "진짜 그런지", "정말 그런지", "사실 여부", "참말인지"),
    "zh": ("是不是真的", "是真是假", "真的假的", "是否属实", "真假", "对不对", "准不准"),
    "en": ("whether that s true", "whether it s true", "if that s true", "if it s true", "whether that s right",
           "if that s right", "whether it s right", "if that s even true", "whether that s even true", "if it s even true"),
}
# What may stand before "whether true": a conjunction, "that", the speaker.
_LEADS = {
    "ja": ("でも", "けど", "だけど", "まあ", "正直", "ただ", "それが", "それは", "それ", "私は", "私も"),
    "ko": ("근데", "그런데", "하지만", "다만", "그게", "그건", "그것이", "저도", "나도", "저는", "나는"),
    "zh": ("不过", "但是", "可是", "但", "可", "那", "这", "至于", "到底"),
    "en": ("but", "though", "although", "and", "still", "now"),
}
_NOT_KNOWN = ("ignorance", "negation", "uncertain")


@lru_cache(maxsize=8)
def _table(kind: str, lang: str) -> tuple[str, ...]:
    words = (_WHETHER_TRUE if kind == "whether" else _LEADS).get(lang, ())
    return tuple(sorted({canonical(w) for w in words}, key=len, reverse=True))


def _opens_with_doubt(text: str, lang: str) -> str | None:
    text = text.strip()
    changed = True
    while changed:
        changed = False
        for w in _table("leads", lang):
            if text.startswith(w) and text != w:
                text, changed = text[len(w):].lstrip(), True
                break
    phrase = next((w for w in _table("whether", lang) if text.startswith(w)), None)
    if phrase is None:
        return None
    rest = text[len(phrase):]
    cue = next((c for k in _NOT_KNOWN if (c := cue_in_text(rest, lang, k))), None)
    return f"{phrase} ... {cue.strip()}" if cue else None


def truth_doubted(ans: Answer, ci: int, prep: PreparedTruth) -> str | None:
    """The doubt said of clause ``ci``'s keyword in a later clause (see the module doc), or None."""
    lang = ans.language
    if lang not in _WHETHER_TRUE:
        return None
    sentence = ans.clauses[ci].sentence
    keys = [k for k in prep.keyword_norms if k]
    for c in ans.clauses[ci + 1:]:
        if c.sentence > sentence + 1:
            break
        if any(k in c.text for k in keys):
            return None  # the keyword's own later clause is judged by itself
        cue = _opens_with_doubt(c.text, lang)
        if cue:
            return cue
        if c.sentence == sentence + 1:
            break  # (of the next sentence only its first clause)
    return None
