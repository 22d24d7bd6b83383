"""CJK-safe lexical similarity for records without keywords (docs/reward.md: "semantic similarity").

Whitespace tokenisation fails on Chinese and Japanese, and raw overlap pays for shared function
words ("I", "the", "的", "は"). Units here are content words for Latin script and character
bigrams of content runs for CJK (runs are cut at function characters: hiragana, common Chinese
particles), hangul syllable bigrams inside each word for Korean. The score is an F2 of unit sets
(recall-weighted: an in-character answer may say more than the gold answer, but must cover it).
"""

from __future__ import annotations

import re


_EN_STOP = frozenset(
    """a an the i me my mine myself we us our ours you your yours he him his she her hers it its
    they them their theirs is am are was were be been being do does did doing have has had having
    will would shall should can could may might must to of in on at by for with from about as into
    like through after over between out against during without before under around among and or
    but if so than too very just also not no yes this that these those there here what which who
    whom whose when where why how all any both each few more most other some such only own same
    then once oh well really s t d ll m re ve don didn doesn isn wasn aren weren won usually often
    always sometimes""".split()
)
_KO_STOP = frozenset("저는 나는 제가 내가 저도 나도 그리고 그래서 하지만 있어요 있습니다 합니다 해요 입니다 이에요 예요 그 이 저 것 수 때 좀 정말 아주 너무 더".split())
# Chinese function characters (particles, pronouns, copula, common adverbs) and all hiragana.
_CJK_FUNCTION = "的了是我你他她它们在和也就都很不吗呢吧啊呀哦嗯这那个有着过把被给让对从向而与及或还又再才么"
_FUNCTION_TO_SPACE = {ord(c): 32 for c in _CJK_FUNCTION} | {o: 32 for o in range(0x3040, 0x30A0)}
FUNCTION_CHARS = frozenset(chr(o) for o in _FUNCTION_TO_SPACE)
STOP_WORDS = _EN_STOP | _KO_STOP
_CJK_RANGES = ((0x30A0, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0xAC00, 0xD7AF))


def _content_class() -> str:
    """A regex class of the CJK content characters: the ranges above minus the function
    characters (regex classes cannot subtract, so the ranges are cut around them)."""
    cut = sorted(ord(c) for c in FUNCTION_CHARS)
    parts = []
    for lo, hi in _CJK_RANGES:
        start = lo
        for c in (c for c in cut if lo <= c <= hi):
            if start < c:
                parts.append(f"{chr(start)}-{chr(c - 1)}")
            start = c + 1
        if start <= hi:
            parts.append(f"{chr(start)}-{chr(hi)}")
    return "[" + "".join(parts) + "]+"


_CONTENT_RUN = re.compile(_content_class())  # runs of CJK content: cut at spaces and function characters
_LATIN_RUN = re.compile("[^\\W\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]+")


def content_units(norm_text: str) -> frozenset[str]:
    """Content units of a normalised text (see module doc)."""
    units = {w for w in _LATIN_RUN.findall(norm_text) if w not in _EN_STOP and (len(w) > 1 or w.isdigit())}
    if norm_text.isascii():
        return frozenset(units)
    for run in _CONTENT_RUN.findall(norm_text):
        if run in _KO_STOP:
            continue
        if len(run) == 1:
            units.add(run)
        else:
            units.update(map(str.__add__, run, run[1:]))  # character bigrams, built in C
    return frozenset(units)


def f2_overlap(answer_units: frozenset[str], gold_units: frozenset[str]) -> float:
    """Recall-weighted F-measure (beta = 2) of two unit sets, in [0, 1]."""
    if not answer_units or not gold_units:
        return 0.0
    inter = len(answer_units & gold_units)
    if not inter:
        return 0.0
    p = inter / len(answer_units)
    r = inter / len(gold_units)
    return 5 * p * r / (4 * p + r)
