"""Anti-gaming rules of the VRAR reward about padding and pasted profiles (docs/reward.md, family
12): clauses repeated, filler and symbols, a keyword said over and over, and "label: value" pairs.
Each is a count on the analysed answer (analysis.py) that vrar.py and judge.py divide by;
padding.py reads the padding these counts do not see."""

from __future__ import annotations

import re
import unicodedata

from .analysis import Answer, cue_in_text
from .matching import PreparedTruth
from .restated_forms import written_forms
from .similarity import content_units

# The characters above U+2000 outside the kana, CJK ideograph and hangul syllable blocks (which hold
# no symbol, category "So"): only these are looked up, not every character of a CJK answer.
# (tests/reward/test_speed_prechecks.py checks the blocks left out.)
_MAYBE_SYMBOL = re.compile("[^\x00-\u2000\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]")


def repetitions(ans: Answer, prep: PreparedTruth | None = None) -> int:
    """How many clauses repeat an earlier one (a clause of two or more words or three or more CJK
    characters from its second time, a shorter one from its third), plus runs of one word said four
    or more times in a row."""
    seen: dict[str, int] = {}
    repeated = 0
    prep_units = (prep.gold_content | prep.question_units) if prep is not None else frozenset()
    forms: dict[str, int] | None = None
    for cl in ans.clauses:
        t = cl.text
        n = seen[t] = seen.get(t, 0) + 1
        # (a CJK word of up to four characters is as short as one English word: "에스카르! 벨카 말고, 에스카르",
        # "こゆき、きなこもちが大好き！こゆき、…"; a number or "I" makes a sentence of it: "我28岁！我28岁！", "我属虎！")
        cjk = t.replace(" ", "")
        long_enough = (" " in t and t.isascii()) or (not t.isascii() and (len(cjk) >= 5 or (len(cjk) >= 3 and (
            any(c.isdigit() for c in cjk) or cue_in_text(t, ans.language, "first_person")))))
        # A short clause said twice is emphasis ("Pretzel! Yes, Pretzel."); three times is padding.
        if n > (1 if long_enough else 2):
            if n == 2:
                forms = written_forms(ans) if forms is None else forms
                if forms.get(t, 1) >= 2:
                    continue  # "一米八三，183厘米": one value restated in another written form
                if _doubled_plea(ans, cl, prep):
                    continue  # "Can I get it? Can I? Can I?!": a plea said twice is emphasis, not padding
            repeated += 1
    words = ans.canon.split(" ")
    run = 1
    for a, b in zip(words, words[1:]):
        run = run + 1 if a == b else 1
        if run == 4:
            repeated += 1
    # Padding with filler clauses ("그럼요, 그렇고말고요. 정말 그렇습니다. 네, 맞아요. ..."): many short
    # clauses that carry nothing of the question, the gold answer or a keyword.
    filler = 0 if len(ans.clauses) < 5 else sum(
        1 for cl in ans.clauses if len(cl.text) <= 12 and not (content_units(cl.text) & prep_units))
    if filler >= 5:
        repeated += filler - 4
    # Padding with symbols ("Saffron!!! 🔥🔥🔥...", "야간 🌙🌙🌙..."): the normaliser drops emoji,
    # so they are counted on the answer as written; a few are colour, eight or more padding.
    symbols = sum(1 for c in _MAYBE_SYMBOL.findall(ans.raw[:4000]) if unicodedata.category(c) == "So")
    if symbols >= 8:
        repeated += symbols // 8
    # Padding with variations ("That's the date. The date is the date."): a long answer that
    # keeps reusing its few words.
    if ans.canon.isascii() and len(words) >= 20 and len(set(words)) < 0.5 * len(words):
        repeated += 1
    elif not ans.canon.isascii():
        chars = ans.canon.replace(" ", "")
        if len(chars) >= 40 and len(set(zip(chars, chars[1:]))) < 0.5 * (len(chars) - 1):
            repeated += 1
    return repeated


def _doubled_plea(ans: Answer, cl, prep: PreparedTruth | None) -> bool:
    """A two-word English clause said a second time, right after itself, that holds no keyword
    ("Can I? Can I?!", "Please, please", "Come on! Come on!"): speakers double a short plea or
    exclamation for emphasis as CJK speakers do a short word. A keyword clause ("Blue sofa! Blue
    sofa!") still counts, and a third time is padding."""
    t = cl.text
    if not t.isascii() or t.count(" ") != 1 or prep is None:
        return False
    i = ans.clauses.index(cl)
    if i == 0 or ans.clauses[i - 1].text != t:
        return False
    return not any(cl.start <= p < cl.end for alts in prep.items for a in alts for p in ans.find(a))


def keyword_overuse(ans: Answer, prep: PreparedTruth) -> int:
    """Keyword mentions beyond three per item ("a clockmaker, and as a clockmaker I make clocks,
    because being a clockmaker ..."): padding that repeats the paid word."""
    extra = 0
    for alts in prep.items:
        spans = sorted((p, p + len(a.norm)) for a in alts for p in ans.find(a))
        n, end = 0, -1
        for s, e in spans:  # overlapping alternatives ("C" in "C言語") are one mention
            if s >= end:
                n += 1
            end = max(end, e)
        extra += max(0, n - 3)
    return extra


_COLONS = (":", "：")
MAX_COLONS = 256
_LABEL_BREAKS = ("\n", ",", "，", "、", ";", "；", "。", ".", "!", "?", "！", "？", ":", "：")


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
