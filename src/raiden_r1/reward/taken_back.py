"""The keyword said, then taken back, or framed as something the speaker does not claim (session 33).

An outside adversary found templates a drifting policy converges on, paid on nearly every record because
the keyword stands bare and what voids it is a short mark the clause rules never read (the canonical text
drops punctuation, and a one-word clause after the keyword carries no cue):

- retraction after the value: a joke or a lie owned up to ("K. Kidding!", "K (jk)", "K，开玩笑的"),
  a verdict label or a strike-out ("K: false", "K (wrong)", "K - strike that", "K（划掉）", "K（误）", "~~K~~",
  "❌ K", "K ✗"), a correction ("K → X", "K (updated: X)"), sarcasm ("K. Said no one ever",
  "是是是，K，你说得都对", "K, my foot"), a guess owned up to ("K，我胡猜的"), a thing of the past
  ("K, formerly"); dismissive negation glued to a Chinese keyword ("剑客个鬼");
- a frame that is the whole of the keyword's sentence before it: a guess ("Shot in the dark: K", "瞎蒙：K"),
  fiction or a counterfactual world ("In a parallel universe, K", "在另一个世界里，是K"), hearsay
  ("传闻是K", "小道消息：K", "Rumour has it K").

Entries (lexicon/taken_back.yaml) match the whole clause after the keyword or the whole head before it,
so the nearest correct answers stay paid: "Kidding aside, it's K", "K, no kidding", "K ✓", "不用猜，是K",
"K，不骗你", "In this world, K". A keyword said again after the mark is a fresh claim ("K, kidding, it's
K"). A frame the question or the gold answer itself uses is the asked frame ("What's your dream?" —
"In my dreams, a new rider"); a past mark is left alone when the question asks about the past.
Not caught: a retraction further away ("K. Well, I say that, but kidding!"), a mark inside the
keyword's clause ("K-ish"), frames with words of their own ("In the universe next door, K").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .analysis import Answer
from .assertion import ItemVerdict
from .lexicon import _load_yaml
from .matching import PreparedTruth

_LANGS = ("en", "zh")
_SCAN = 4000  # the answer's first characters are read: an answer stays linear in its length
# What opens the clause after the keyword (dropped), and what ends it.
_LEAD = " \t,，、:：;；.。!！?？-—–~*(（[【「『\"'“”‘’…"
_CLAUSE = re.compile(r"[^,，、.。!！?？;；)）\]】」』\n]*")
_PARTICLES = frozenset({"吧", "吗", "呢", "啊", "呀", "嘛", "啦", "哦", "喔"})
_SPACES = re.compile(r"\s+")
_SYMBOL_TAIL = re.compile(r"\s*[,，.。]?\s*(?:;-?\)|😉|😜|😏|🙃|/s\b|[✗✘❌❎](?!\w))")
_SYMBOL_HEAD = re.compile(r"[✗✘❌❎]\s*$")
_STRUCK = (("~~", "~~"), ("<s>", "</s>"), ("<del>", "</del>"), ("<strike>", "</strike>"))
# (an arrow to a description points, it corrects nothing: "Pickle -> the fat one!")
_CORRECTED = re.compile(r"\s*(?:→|->|=>|⇒|⟶)\s*(?!(?:the|a|an|this|that|my|our|his|her|their|its|me|him|them)\b|那|这|就是|我)\S|\s*[(（]\s*(?:updated?|edit(?:ed)?|correction|corrected|actually|i mean|"
                        r"sorry|更正|订正|改正|更新|改)\s*[:：]?\s*\S|\*\s+\*\S")
_HEAD_END = re.compile(r"(?:^|[.!?。！？\n])([^.!?。！？\n]*)$")
# (a copula or "it's" between the frame and the keyword: "In a parallel universe, it's K", "传闻是K")
_HEAD_TRIM = re.compile(r"(?:[\s,，、:：\-—–]+|(?<![a-z])(?:it's|its|it is|it was|that's|i'd say|i say|maybe)|是|我是)$")
# (a question about the past is answered with a past mark: "Where did you grow up? Leeds, back then")
_PAST_QUESTION = {"en": re.compile(r"\b(?:used to|ago|before|previous(?:ly)?|former(?:ly)?|childhood|as a (?:child|kid|boy|girl)|"
                                   r"when you were|back then|in the past|originally|grew up|young(?:er)?)\b"),
                  "zh": re.compile(r"以前|小时候|当年|曾经|上次|那时|原来|从前|之前|过去|年轻时")}
# "K was last year; now it's X", "K是去年的事，现在是X": the keyword superseded by what holds now
_SUPERSEDED = {"en": re.compile(r"\s*(?:was|were)\s+(?:last year|last month|years ago|long ago|ages ago|before|in the past|yesterday|"
                                r"old news)\s*[;,.:\-—–]\s*(?:but\s+)?(?:now|today|these days|nowadays)\b"),
               "zh": re.compile(r"\s*是?(?:去年|前年|上个月|以前|过去|从前|很久以前|上辈子)的事(?:了|情)?\s*[，,；;。.]\s*(?:但|可)?(?:是)?"
                                r"(?:现在|如今|眼下|今年)")}
_OWNER = {"en": re.compile(r"^(?:my |his |her |our |their |the |a )?(?!my\b)[a-z]+(?:'s|s') (?:answer|guess|pick|bet|view|opinion|"
                           r"take|version|theory|claim|idea)$"),
          "zh": re.compile(r"^(?!我|俺|咱|本人)[\u4e00-\u9fff]{1,5}的(?:答案|说法|猜测|看法|版本|回答|意见|猜法)$")}


def _fold(text: str) -> str:
    return _SPACES.sub(" ", text.replace("’", "'").replace("‘", "'").lower()).strip()


@lru_cache(maxsize=None)
def _tables(lang: str) -> tuple[dict[str, frozenset[str]], frozenset[str], dict[str, frozenset[str]]]:
    data = _load_yaml("taken_back")
    tail = {kind: frozenset(_fold(str(w)) for w in (by_lang or {}).get(lang) or [])
            for kind, by_lang in (data.get("tail") or {}).items()}
    glued = frozenset(str(w) for w in (data.get("glued") or {}).get(lang) or [])
    head = {kind: frozenset(_fold(str(w)) for w in (by_lang or {}).get(lang) or [])
            for kind, by_lang in (data.get("head") or {}).items()}
    return tail, glued, head


def _spans(low: str, prep: PreparedTruth, index: int) -> list[tuple[int, int]]:
    """Where the item's alternatives stand in the folded answer, a shorter one inside a longer dropped."""
    found = []
    for term in prep.items[index]:
        key = _fold(term.raw)
        if not key:
            continue
        at = low.find(key)
        while at != -1:
            found.append((at, at + len(key)))
            at = low.find(key, at + 1)
    found.sort(key=lambda s: (s[0], -s[1]))
    out: list[tuple[int, int]] = []
    for s in found:
        if not out or s[0] >= out[-1][1]:
            out.append(s)
    return out


def _trim_head(head: str) -> str:
    for _ in range(4):  # ("In a parallel universe, it's": a separator, a copula, a separator)
        cut = _HEAD_TRIM.sub("", head)
        if cut == head:
            break
        head = cut
    return head.strip(_LEAD)


def _mark(low: str, start: int, end: int, lang: str, prep: PreparedTruth, past_ok: bool) -> str | None:
    """Why the occurrence at [start, end) of the folded answer is taken back, else None."""
    tail, glued, head = _tables(lang)
    before, after = low[:start], low[end:]
    if _SYMBOL_TAIL.match(after) or _SYMBOL_HEAD.search(before):
        return "struck out (a cross beside it)"
    if any(before.rstrip().endswith(o) and after.lstrip().startswith(c) for o, c in _STRUCK):
        return "struck out"
    if _CORRECTED.match(after):
        return "corrected to another value after it"
    if _SUPERSEDED[lang].match(after):
        return "superseded by what holds now"
    g = next((w for w in glued if after.startswith(w) and (len(after) == len(w) or not after[len(w)].isalnum())), None)
    if g:
        return f"dismissed ('{g}')"
    rest = after.lstrip(_LEAD)
    clause = _CLAUSE.match(rest).group(0)
    if clause in _PARTICLES:  # ("你的K吧？你自己说": the keyword's own clause ends in a particle)
        rest = rest[len(clause):].lstrip(_LEAD)
        clause = _CLAUSE.match(rest).group(0)
    clause = clause.strip(" \"'“”")
    english = _tables("en")[0]  # (English marks in another language's answer: "张三. (K: false)")
    for kind, words in tail.items():
        if (clause in words or clause in english.get(kind, ())) and (kind != "past" or past_ok):
            return f"taken back ({kind}: '{clause}')"
    lead = _trim_head(_HEAD_END.search(before).group(1))
    if not lead or lead in _fold(prep.truth.question) or lead in _fold(prep.truth.answer):
        return None
    for kind, words in head.items():
        if lead in words:
            return f"framed ({kind}: '{lead}')"
    owner = _OWNER.get(lang)
    if owner and owner.match(lead):
        return f"framed (someone else's answer: '{lead}')"
    return None


def taken_back(ans: Answer, v: ItemVerdict, index: int, prep: PreparedTruth) -> str | None:
    """"not asserted (...)" when every occurrence of item ``index``'s keyword in the answer is taken back."""
    lang = ans.language
    if lang not in _LANGS or lang != prep.language or not v.matched:
        return None
    low = _fold(ans.raw[:_SCAN])
    spans = _spans(low, prep, index)
    if not spans:
        return None
    past_ok = not _PAST_QUESTION[lang].search(_fold(prep.truth.question))
    why = None
    for start, end in spans:
        why = _mark(low, start, end, lang, prep, past_ok)
        if why is None:
            return None
    return f"not asserted ({why})"
