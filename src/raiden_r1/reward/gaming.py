"""Anti-gaming rules of the VRAR reward (vrar.md, "Rules that make it verifiable").

Each rule is a small pure function on the (normalised) final answer, so `raiden-r1 reward explain`
can say exactly which one fired. Phrase tables are per language but every table is checked
against every answer: stepping out of the role in English inside a Chinese answer is still
stepping out of the role.
"""

from __future__ import annotations

import re

from raiden_r1.text import has_cjk, normalize

from .fasttext import find_term, lexicon, words_found
from .similarity import FUNCTION_CHARS as _FUNCTION_CHARS, STOP_WORDS as _STOP_WORDS

# Phrases that step out of the role: the model talking about itself as a model or assistant, or
# about the role-play from outside. Written naturally; normalised once at import.
_OUT_OF_CHARACTER = {
    "en": [
        "as an AI", "I am an AI", "I'm an AI", "I'm just an AI", "I am just an AI", "as a language model",
        "I am a language model", "as a large language model", "I am a large language model", "AI language model",
        "AI assistant", "virtual assistant", "as an artificial intelligence", "I am an artificial intelligence",
        "I don't have personal opinions", "I do not have personal opinions", "I don't have personal experiences",
        "I do not have personal experiences", "I cannot role-play", "I can't roleplay", "in this role-play",
        "in this roleplay", "as the character", "stay in character", "break character", "I am ChatGPT",
        "developed by OpenAI", "trained by OpenAI", "created by OpenAI", "developed by Alibaba", "I am Qwen",
        "I'm Qwen",
    ],
    "zh": [
        "作为一个AI", "作为AI", "作为一名AI", "作为一个人工智能", "作为人工智能", "我是一个AI", "我是AI", "我是人工智能",
        "我只是一个AI", "我只是AI", "作为一个语言模型", "作为语言模型", "我是一个语言模型", "我是语言模型", "人工智能助手",
        "AI助手", "虚拟助手", "我无法扮演", "角色扮演", "扮演这个角色", "我是通义千问", "没有个人观点", "没有个人经历",
    ],
    "ja": [
        "AIとして", "AIアシスタント", "私はAI", "人工知能として", "私は人工知能", "言語モデルとして", "私は言語モデル",
        "ロールプレイ", "キャラクターを演じ",
    ],
    "ko": [
        "AI로서", "AI로써", "인공지능으로서", "저는 AI", "나는 AI", "저는 인공지능", "언어 모델로서", "저는 언어 모델",
        "AI 어시스턴트", "AI 비서", "롤플레이", "역할극",
    ],
}

# Words that offer alternatives: "basketball or football", "篮球或者足球", "バスケかサッカー".
_DISJUNCTIONS_LATIN = frozenset({"or", "either", "nor"})
_DISJUNCTIONS_CJK = ("或者", "或是", "还是", "或", "抑或", "要么", "還是", "または", "あるいは", "もしくは",
                     "それとも", "또는", "아니면", "혹은")

_STILL = ("还是", "還是")  # "or" after a word, usually "still" before one

# Separators of enumerations (checked on the raw answer: normalisation erases them).
_LIST_SEPARATORS = (",", "，", "、", ";", "；", "/", "|", "\n", "·", "・")
_COLONS = (":", "：")
# Bounds on the Python-level loops over a (possibly 1 MB) answer: a pasted profile or a dump
# shows itself long before these.
MAX_COLONS, MAX_SEGMENTS = 256, 512
_LABEL_BREAKS = ("\n", ",", "，", "、", ";", "；", "。", ".", "!", "?", "！", "？", ":", "：")


def _variants(phrase: str) -> set[str]:
    """A phrase normalised, plus the spacing variant at Latin/CJK junctions ("ai として" and
    "aiとして" both occur after normalisation, depending on how the model spaced it)."""
    n = normalize(phrase)
    out = {n}
    squeezed = []
    for i, c in enumerate(n):
        if c == " " and 0 < i < len(n) - 1 and (has_cjk(n[i - 1]) != has_cjk(n[i + 1])):
            continue
        squeezed.append(c)
    out.add("".join(squeezed))
    spaced = []
    for i, c in enumerate(n):
        spaced.append(c)
        if i + 1 < len(n) and c != " " and n[i + 1] != " " and has_cjk(c) != has_cjk(n[i + 1]):
            spaced.append(" ")
    out.add("".join(spaced))
    return out


OOC_PHRASES: tuple[str, ...] = tuple(sorted({v for phrases in _OUT_OF_CHARACTER.values() for p in phrases
                                               for v in _variants(p)}))
# Anchors make the check cheap: every phrase contains one of these words (Latin, matched as whole
# tokens) or strings (CJK, substrings); only phrases whose anchor occurs are searched for.
_LATIN_ANCHORS = ("ai", "model", "assistant", "intelligence", "personal", "role", "roleplay", "character",
                  "openai", "chatgpt", "alibaba", "qwen")
_CJK_ANCHORS = ("人工智能", "人工知能", "语言模型", "助手", "扮演", "通义", "没有", "言語モデル", "ロールプレイ", "演じ",
                "アシスタント", "인공지능", "언어", "롤플레이", "역할", "어시스턴트", "비서")


def _anchor_of(phrase: str) -> str:
    for a in _CJK_ANCHORS:
        if a in phrase:
            return a
    for a in _LATIN_ANCHORS:
        if find_term(phrase, a, False) != -1:
            return a
    raise ValueError(f"out-of-character phrase without an anchor: {phrase!r}")


_BY_ANCHOR: dict[str, tuple[str, ...]] = {}
for _p in OOC_PHRASES:
    _a = _anchor_of(_p)
    _BY_ANCHOR[_a] = _BY_ANCHOR.get(_a, ()) + (_p,)


_DISJUNCTION_WORDS = frozenset(_DISJUNCTIONS_LATIN) | frozenset(_DISJUNCTIONS_CJK) | {"か"}
# One pass over the answer finds both the out-of-character anchors and the disjunction words.
_MARKERS = lexicon(_LATIN_ANCHORS + _CJK_ANCHORS + tuple(_DISJUNCTION_WORDS))
_ASCII_LETTER = re.compile("[a-z]")  # normalised text is case-folded
_MARKER_WORDS = frozenset(w for w in _LATIN_ANCHORS + tuple(_DISJUNCTION_WORDS) if w.isascii() and " " not in w)


def scan_answer(norm_answer: str) -> tuple[str | None, bool]:
    """(the first out-of-character phrase in the normalised answer or None, whether it holds any
    disjunction word at all: when it holds none, matches need no hedging check)."""
    ooc, hedge = None, False
    if norm_answer.isascii():
        # Normalised ASCII text is words separated by single spaces: a set intersection finds
        # every single-word marker on word boundaries.
        found = sorted(_MARKER_WORDS.intersection(norm_answer.split()))
    else:
        found = words_found(norm_answer, _MARKERS, latin=_ASCII_LETTER.search(norm_answer) is not None)
    for word in found:
        if word in _DISJUNCTION_WORDS:
            hedge = True
        elif ooc is None:
            for phrase in _BY_ANCHOR.get(word, ()):
                if find_term(norm_answer, phrase) != -1:
                    ooc = phrase
                    break
    return ooc, hedge


def disjunction_near(norm_answer: str, start: int, end: int) -> str | None:
    """A word offering an alternative right next to a match at [start, end): two words either
    side for Latin text, four characters either side for CJK. Close enough to say "X or Y", far
    enough not to punish "I play basketball, and on rainy days I read or paint". (It still voids
    "I play basketball or read": a known false positive of a rule that cannot parse.)"""
    before = norm_answer[max(0, start - 32):start]
    after = norm_answer[end:end + 32]
    for w in before.split()[-2:] + after.split()[:2]:
        if w in _DISJUNCTIONS_LATIN:
            return w
    if not norm_answer.isascii():
        before, after = norm_answer[max(0, start - 4):start], norm_answer[end:end + 4]
        for w in _DISJUNCTIONS_CJK:
            # "还是" before a word usually means "still" (我还是喜欢篮球), after it "or" (篮球还是足球).
            if w in after or (w in before and w not in _STILL):
                return w
        # Japanese "X か Y" (X or Y) and "X かも" / "X かな" (maybe X), but not "から" (from).
        nxt = norm_answer[end:end + 2]
        if nxt[:1] == "か" and nxt[1:2] not in ("ら", "") and has_cjk(norm_answer[end - 1:end]):
            return "か"
    return None


def profile_labels(answer: str, enough: int = 3) -> int:
    """How many "label: value" pairs the raw answer holds, counting up to ``enough`` (a pasted
    profile has many; speech has at most one or two). A label is a short run (<= 12 characters)
    since the last line break or separator; colons between digits (10:30) are not labels."""
    if answer.count(":") + answer.count("：") < enough:
        return 0
    count = 0
    n = len(answer)
    for colon in _COLONS:
        i = answer.find(colon)
        for _ in range(MAX_COLONS):
            if i == -1 or count >= enough:
                break
            if not (0 < i < n - 1 and answer[i - 1].isdigit() and answer[i + 1].isdigit()):
                lo = max(0, i - 24)
                cut = max(answer.rfind(b, lo, i) for b in _LABEL_BREAKS)
                if cut != -1 or lo == 0:
                    if 0 < len(answer[cut + 1:i].strip()) <= 12:
                        count += 1
            i = answer.find(colon, i + 1)
    return count


_SEPARATORS = re.compile("[" + re.escape("".join(_LIST_SEPARATORS)) + "]")
_SEPARATORS_CJK = re.compile("[\\s" + re.escape("".join(_LIST_SEPARATORS)) + "]")


def candidate_segments(answer: str, language: str, allowance: int = 0) -> int:
    """How many bare candidate terms the raw answer enumerates: the separated segments (commas,
    、, slashes, lines; spaces too for zh/ja, which do not use them) that are short (1-3 words,
    or 1-6 CJK characters) and hold no function word ("the", "I", "的", hiragana).
    "basketball, football, tennis" has three; "Well, I play basketball, you know" has none, so
    speech broken by commas is not mistaken for a list. An answer with no more segments than
    ``allowance`` cannot exceed it and is not inspected (0); only the first MAX_SEGMENTS are."""
    cjk = language in ("zh", "ja")
    segments = (_SEPARATORS_CJK if cjk else _SEPARATORS).split(answer)
    if len(segments) == 1:
        words = answer.split()
        # A run of bare words without a single function word is a list too ("basketball football tennis").
        if cjk or len(words) < max(5, allowance + 1):
            return 0
        if any(w.strip(".,!?;:'\"").casefold() in _STOP_WORDS for w in words):
            return 0
        return len(words)
    if len(segments) <= allowance:
        return 0
    count = 0
    for seg in segments[:MAX_SEGMENTS]:
        seg = seg.strip(" \t.!?。！？…\"'“”「」")
        if not seg:
            continue
        if cjk:
            count += len(seg) <= 6 and _FUNCTION_CHARS.isdisjoint(seg)
        else:
            words = seg.casefold().split()
            count += len(words) <= 3 and _STOP_WORDS.isdisjoint(words)
    return count
