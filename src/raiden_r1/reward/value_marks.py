"""Marks and tags around a value that take back its plain assertion (session 34, r14).

An outside template adversary (round two, data/redteam/probe3_*.json) found marks a drifting policy converges
on, paid on nearly every record because the canonical text drops them or reads a one-word tag as no clause:

- an aside in brackets after the answer or the value that disowns it: "K (sarcasm)", "K (/s)", "K (air quotes)",
  "K（反话）", "K（大雾）", "K（建前）", "K (반어법)", "K (뇌피셜)". DEFAULT-DENY: a short aside is a comment on the
  value unless it is a stage direction ("(smiles)", "（微笑）"), a number ("(178 cm)"), a reading ("清景（きよかげ）",
  a hanja gloss), or made of the record's own words (question, gold answer, keywords, names, role);
- emoji next to the value or at the answer's edges: ALLOW-list (warm or neutral: ♡ ♪ ☆ ✨ 😊 👍 ...); every other
  face or gesture emoji, and the prohibition, lie, clown, eye-roll and doubt signs, refuse ("K 🧢", "🚫 K", "K 🤡";
  the dog head only in Chinese, where it is irony). Pictures of things (🐱, 🍜) stay allowed: they depict;
- kaomoji there: allowed ones smile ((^_^), (◕‿◕)); any other is a smirk, a shrug or a wink ("( ͡° ͜ʖ ͡°)", "(¬‿¬)",
  "┐(￣ヘ￣)┌", "¯\\_(ツ)_/¯");
- a value struck through with combining overlay marks (U+0334-U+0338, U+20D2, U+20D3, U+20E5): "K̶".
Not caught: an aside in the middle of a longer answer away from the value, asides longer than a short tag (left to
the clause rules), emoji inside the value's sentence away from both the value and the answer's edges, a gloss in
another script that is not a reading ("沈佳宁（Shen Jianing）" is refused: a known false negative).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .analysis import Answer
from .lexicon import _load_yaml
from .matching import PreparedTruth

_SCAN = 4000
_STRIKE = frozenset("\u0334\u0335\u0336\u0337\u0338\u20d2\u20d3\u20e5")
_STRUCK_RUN = re.compile("(?:[^\\s\u0334-\u0338\u20d2\u20d3\u20e5][\u0334-\u0338\u20d2\u20d3\u20e5]+\\s?)+")
# What separates marks from each other and from the answer (dropped while peeling).
_SEP = " \t\r\n\u3000.。!！?？,，、…‥~～:：;；-—–_/\\\"'“”‘’「」『』*"
_CLOSE = {")": "(", "）": "（", "]": "[", "】": "【"}
_OPEN = {v: k for k, v in _CLOSE.items()}
_MAX_GROUP = 60
# Parts of an emoji that carry no meaning of their own: variation selectors, joiner, skin tones, keycap.
_GLUE = frozenset("\ufe0e\ufe0f\u200d\u20e3") | frozenset(chr(c) for c in range(0x1F3FB, 0x1F400))
_FACES = ((0x1F600, 0x1F64F), (0x1F910, 0x1F92F), (0x1F970, 0x1F97F), (0x1FAE0, 0x1FAFF), (0x1F440, 0x1F450),
          (0x1F926, 0x1F926), (0x1F937, 0x1F937), (0x1F9D0, 0x1F9D0), (0x2639, 0x263A))
# Characters that make a bracketed group a kaomoji (eyes, mouths, arms).
_KAO = frozenset("°͜͡ʖ¬‿ᴗω∀▽￣´`・･◕≧≦＾^﹏ಠ╯□︵｡•̀́✧≖⊙⌒∇ヘツ_;ᵔ◔￢ﾟ゜┐┌┻━◠✿∩ε≡ヮ")
_LATIN = re.compile(r"[a-z]+")
_RUNS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]+")
_HAN = re.compile(r"[\u3400-\u9fff]+$")
_KANA = re.compile(r"[\u3040-\u30ff]+")
_HANGUL_END = re.compile(r"[\uac00-\ud7af]$")
_DIGIT = re.compile(r"[0-9０-９]")
# A short aside is a tag: at most this many Latin words or CJK characters (a longer one says something,
# the clause rules read it).
_TAG_WORDS, _TAG_CHARS = 3, 6


@lru_cache(maxsize=None)
def _tables(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], tuple[str, ...]]:
    data = _load_yaml("value_marks")
    allowed = frozenset(str(data.get("emoji_allowed") or ""))
    denied = frozenset(str(data.get("emoji_denied_all") or "")) | frozenset(str((data.get("emoji_denied") or {}).get(lang) or ""))
    kaomoji = frozenset(str(k).replace(" ", "") for k in data.get("kaomoji_allowed") or [])
    stage = frozenset(str(w).lower() for lg in (lang, "en") for w in (data.get("stage") or {}).get(lg) or [])
    stage |= frozenset("!" + str(w).lower() for lg in (lang, "en") for w in (data.get("confirm") or {}).get(lg) or [])
    endings = tuple(str(w) for w in (data.get("stage_endings") or {}).get(lang) or [])
    return allowed, denied - allowed, kaomoji, stage, endings


def _symbol(ch: str) -> bool:
    cp = ord(ch)
    return cp > 0x7F and (unicodedata.category(ch) in ("So", "Sk", "Sm") or 0x1F000 <= cp <= 0x1FAFF)


def _emoji_reason(ch: str, lang: str) -> str | None:
    allowed, denied, _, _, _ = _tables(lang)
    if ch in allowed:
        return None
    cp = ord(ch)
    if ch in denied or any(a <= cp <= b for a, b in _FACES):
        return f"not a plain assertion (a mark beside it: '{ch}')"
    return None


def _known(prep: PreparedTruth) -> tuple[str, frozenset[str]]:
    t = prep.truth
    parts = [t.answer, t.question, t.character_name, t.role, *t.aliases, *t.others]
    parts += [a for item in t.keywords for a in item]
    text = " ".join(parts).lower()
    return re.sub(r"\s+", "", text), frozenset(_LATIN.findall(text))


def _aside_reason(content: str, before: str, lang: str, prep: PreparedTruth, words_too: bool) -> str | None:
    """Why a bracketed group is a comment taking the value back, else None (see the module doc); a worded aside
    only at the answer's edges (beside the value mid-answer it is as often a gloss: "Idris (station pilot)")."""
    _, _, kaomoji, stage, endings = _tables(lang)
    c = content.strip()
    if not c or _DIGIT.search(c):
        return None  # ("(178 cm)", "（2311年）": a number is notation)
    low = c.lower()
    words = _LATIN.findall(low)
    runs = _RUNS.findall(c)
    if any(ch in _KAO for ch in c) and not any(len(w) > 1 for w in words) and not any(len(r) > 1 for r in runs):
        return None if c.replace(" ", "") in kaomoji else f"not a plain assertion (a kaomoji beside it: '({c})')"
    if not words_too or len(words) > _TAG_WORDS or sum(len(r) for r in runs) > _TAG_CHARS:
        return None
    if (words or runs) and all(w in stage for w in words) and all(r in stage for r in runs):
        return None  # a stage direction
    if "!" + low.strip(" .!！。") in stage:
        return None  # the whole aside vouches for the value ("(correct)", "(no joke)", "（对）")
    if any(a.lower() in low for item in prep.truth.keywords for a in item if a):
        return None  # the value itself inside: a correction to it or its gloss ("Boise (correction: Tacoma)")
    if runs and endings and runs[-1].endswith(endings) and not words:
        return None  # an action while speaking ("（笑いながら）", "(웃으며)")
    b = before.rstrip()
    if lang == "ja" and runs == [c] and _KANA.fullmatch(c) and (m := re.search(r"[\u3400-\u9fff]+$", b)) \
            and len(c) >= len(m.group(0)):
        return None  # a reading after the kanji it reads ("藤原清景（ふじわらのきよかげ）")
    if lang == "ko" and runs == [c] and _HAN.match(c) and _HANGUL_END.search(b):
        return None  # a hanja gloss ("김철수(金哲洙)")
    text, latin = _known(prep)
    if (words or runs) and all(w in latin or len(w) < 3 and any(len(x) >= 3 for x in words) for w in words) \
            and all(r.lower() in text for r in runs):
        return None  # the record's own words ("Idris (my husband)": a gloss of what the card says)
    return f"not a plain assertion (an aside beside it: '({c})')"


def _group_back(s: str, end: int) -> int:
    """Where the bracketed group closing at s[end - 1] opens, else -1."""
    opener = _CLOSE[s[end - 1]]
    i = s.rfind(opener, max(0, end - 1 - _MAX_GROUP), end - 1)
    return i


def _peel_end(s: str, lang: str, prep: PreparedTruth, words_too: bool = True) -> str | None:
    for _ in range(8):
        s = s.rstrip(_SEP)
        while s and s[-1] in _GLUE:
            s = s[:-1]
        if not s:
            return None
        ch = s[-1]
        if ch in _CLOSE:
            o = _group_back(s, len(s))
            if o < 0:
                return None
            why = _aside_reason(s[o + 1:-1], s[:o], lang, prep, words_too)
            if why:
                return why
            s = s[:o]
        elif _symbol(ch):
            why = _emoji_reason(ch, lang)
            if why:
                return why
            s = s[:-1]
        else:
            return None
    return None


def _peel_start(s: str, lang: str, prep: PreparedTruth, words_too: bool = True) -> str | None:
    for _ in range(8):
        s = s.lstrip(_SEP)
        while s and s[0] in _GLUE:
            s = s[1:]
        if not s:
            return None
        ch = s[0]
        if ch in _OPEN:
            c = s.find(_OPEN[ch], 1, _MAX_GROUP)
            if c < 0:
                return None
            why = _aside_reason(s[1:c], "", lang, prep, words_too)
            if why:
                return why
            s = s[c + 1:]
        elif _symbol(ch):
            why = _emoji_reason(ch, lang)
            if why:
                return why
            s = s[1:]
        else:
            return None
    return None


def _struck(raw: str, prep: PreparedTruth) -> str | None:
    if not any(ch in _STRIKE for ch in raw):
        return None
    alts = [a.lower() for item in prep.truth.keywords for a in item if a]
    for m in _STRUCK_RUN.finditer(raw):
        run = "".join(ch for ch in m.group(0) if ch not in _STRIKE).strip().lower()
        if run and any(a in run or (len(run) >= 2 or run == a) and run in a for a in alts):
            return f"not asserted (struck through: '{m.group(0).strip()}')"
    return None


def value_marks(ans: Answer, prep: PreparedTruth) -> str | None:
    """Why the answer's value wears a mark or a tag that takes back its plain assertion, else None."""
    raw = ans.raw[:_SCAN]
    lang = prep.language
    why = _struck(raw, prep)
    if why:
        return why
    gold = prep.truth.answer
    why = _peel_end(raw, lang, prep) or _peel_start(raw, lang, prep)
    if why and not _in_gold(why, gold):
        return why
    low = raw.lower()
    for item in prep.truth.keywords:
        for alt in item:
            a = alt.lower()
            at = low.find(a) if a else -1
            while at != -1:
                why = _peel_start(raw[at + len(a):at + len(a) + _MAX_GROUP + 8], lang, prep, False) or \
                    _peel_end(raw[max(0, at - 8):at], lang, prep, False)
                if why and not _in_gold(why, gold):
                    return why
                at = low.find(a, at + 1)
    return None


def _in_gold(why: str, gold: str) -> bool:
    """A mark the gold answer itself wears is the card's own (a card may end on "♪" or "(笑)")."""
    mark = why[why.find("'") + 1:why.rfind("'")]
    return bool(mark) and mark in gold
