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
from .unserious import exact_age

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
# Word frames (session 34) that a question makes the asked frame: a wish or a plan for a question about one or
# about what comes next ("Where are you going tomorrow?" — "I'm planning on the observation deck").
_WISH_QUESTION = {"en": re.compile(r"\b(?:dream|dreams|wish|hope|plan|plans|planning|goal|ambition|going|tomorrow|weekend|next|"
                                   r"future|will|want|someday)\b"),
                  "zh": re.compile(r"梦想|梦|目标|愿望|希望|打算|计划|明天|周末|下周|下个月|明年|将来|以后|想|要去|会去|志向")}
_LATER_QUESTION = {"en": re.compile(r"\b(?:dream|dreams|wish|hope|plan|plans|goal|goals|ambition|future|someday|one day|"
                                    r"eventually|long run|life)\b"),
                   "zh": re.compile(r"梦想|梦|目标|愿望|希望|打算|计划|将来|以后|志向|这辈子|一辈子|明年|来年")}
# The rest of the sentence after the keyword is read for an ending frame only when it is this short.
_END_SPAN = 40
_ARTICLE = re.compile(r"\s+(?:a|an|the)$")
_SENTENCE = re.compile(r"[^.!?。！？\n]*")
_OWNER = {"en": re.compile(r"^(?:my |his |her |our |their |the |a )?(?!my\b)[a-z]+(?:'s|s') (?:answer|guess|pick|bet|view|opinion|"
                           r"take|version|theory|claim|idea)$"),
          "zh": re.compile(r"^(?!我|俺|咱|本人)[\u4e00-\u9fff]{1,5}的(?:答案|说法|猜测|看法|版本|回答|意见|猜法)$")}


def _fold(text: str) -> str:
    return _SPACES.sub(" ", text.replace("’", "'").replace("‘", "'").lower()).strip()


@lru_cache(maxsize=None)
def _tables(lang: str) -> tuple[dict[str, frozenset[str]], frozenset[str], dict[str, frozenset[str]]]:
    data = _load_yaml("taken_back")
    tail, head = {}, {}
    for out, keys in ((tail, ("tail", "frames_tail")), (head, ("head", "frames_head"))):
        for key in keys:  # (session 34's word frames join the kinds of the same name)
            for kind, by_lang in (data.get(key) or {}).items():
                words = frozenset(_fold(str(w)) for w in (by_lang or {}).get(lang) or [])
                out[kind] = out.get(kind, frozenset()) | words
    glued = frozenset(str(w) for w in (data.get("glued") or {}).get(lang) or [])
    return tail, glued, head


@lru_cache(maxsize=None)
def _frame_ends(lang: str) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    data = _load_yaml("taken_back")
    ends = {kind: tuple(_fold(str(w)) for w in (by_lang or {}).get(lang) or [])
            for kind, by_lang in (data.get("frames_end") or {}).items()}
    paired = {_fold(str(k)): tuple(_fold(str(w)) for w in v or [])
              for k, v in ((data.get("frames_paired") or {}).get(lang) or {}).items()}
    return ends, paired


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


# A copula right before the keyword ("但愿是", "真想是", "I hope it's", "hopefully it'll be").
_COPULA_END = re.compile(r"(?:(?<![a-z])(?:it's|its|it is|it'll be|it will be|it would be|that's|is|be)|是)[\s,，、:：]*$")


def _next_hedge(after: str, tail: dict[str, frozenset[str]], prep: PreparedTruth) -> str | None:
    """The clause after an approximation, when it is a hedge of its own (the same sentence)."""
    rest = after.lstrip(" \t")
    if not rest or rest[:1] in ".。!！?？\n":
        return None
    clause = _CLAUSE.match(rest.lstrip(_LEAD)).group(0).strip(" \"'“”")
    return clause if clause in tail.get("hedge", ()) and clause not in _fold(prep.truth.answer) else None


def _trim_head(head: str) -> str:
    for _ in range(4):  # ("In a parallel universe, it's": a separator, a copula, a separator)
        cut = _HEAD_TRIM.sub("", head)
        if cut == head:
            break
        head = cut
    return head.strip(_LEAD)


def _gates(lang: str, prep: PreparedTruth, index: int) -> dict[str, bool]:
    """Which word-frame kinds may void the keyword for this question (session 34)."""
    t = prep.truth
    # (the user's own value is theirs; the character's own, told in the conversation, is not: session 36)
    return {"other": t.subject == "self" or (t.subject != "user" and t.focus != "conversation_memory"),
            # (the user's own plan was told: hoping about it is no recall, whatever the question asks; session 36)
            "wish": not _WISH_QUESTION[lang].search(_fold(t.question)) or t.subject == "user",
            # (another, later time: not for a question about the far future; session 36)
            "later": not _LATER_QUESTION[lang].search(_fold(t.question)),
            "hedge": index not in t.approximate,  # (the card gives it approximately: "about 190 pounds")
            # (a loose "about" beside a number is reward/hedges.py's to judge: a measure's, an age's)
            "approx": index not in t.approximate and (not any(c.isdigit() for term in prep.items[index] for c in term.norm)
                                                      or any(exact_age(term, prep) for term in prep.items[index]))}



def _mark(low: str, start: int, end: int, lang: str, prep: PreparedTruth, past_ok: bool, index: int) -> str | None:
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
    gates = _gates(lang, prep, index)
    for kind, words in tail.items():
        if (clause in words or clause in english.get(kind, ())) and gates.get(kind, True) \
                and (kind != "past" or past_ok) and clause not in _fold(prep.truth.answer):
            return f"taken back ({kind}: '{clause}')"
    if clause in tail.get("approx", ()) and (hedge := _next_hedge(rest[len(clause):], tail, prep)):
        return f"taken back (hedge: '{hedge}')"  # "97左右吧，说不准": the loose number then not even that (session 36)
    ends, paired = _frame_ends(lang)
    sentence = _SENTENCE.match(after.lstrip(_LEAD)).group(0).strip(" \"'“”)）)")
    if len(sentence) <= _END_SPAN:
        for kind, words in ends.items():
            cue = next((w for w in words if sentence.endswith(w)), None)
            if cue and cue not in _fold(prep.truth.answer):
                return f"taken back ({kind}: '{cue}')"
    lead = _trim_head(_HEAD_END.search(before).group(1))
    if not lead or lead in _fold(prep.truth.question) or lead in _fold(prep.truth.answer):
        return None
    bare = _ARTICLE.sub("", lead)  # ("Officially a blacksmith. Unofficially, ...")
    if bare in paired and any(w in after for w in paired[bare]):
        return f"framed (cover: '{bare}' and what it hides)"
    # (a hope that the answer IS the value doubts the value even where a wish is asked: "但愿是K", "I hope it's K";
    # "我希望为师娘报仇" states the wish; session 36)
    hoped = _COPULA_END.search(_HEAD_END.search(before).group(1)) is not None
    unarticled = _trim_head(bare)
    for kind, words in head.items():
        # (an article before the keyword is no part of the frame: "Someday, the observation deck"; session 36)
        if (lead in words or unarticled in words) and (gates.get(kind, True) or (kind == "wish" and hoped)) and (kind != "past" or past_ok):
            return f"framed ({kind}: '{lead}')"
    owner = _OWNER.get(lang)
    if owner and owner.match(lead):
        return f"framed (someone else's answer: '{lead}')"
    return None


@lru_cache(maxsize=None)
def _open_table(lang: str) -> dict[str, frozenset[str]]:
    return {kind: frozenset(_fold(str(w)) for w in (by_lang or {}).get(lang) or [])
            for kind, by_lang in (_load_yaml("taken_back").get("frames_open") or {}).items()}


# What opens the answer: a first sentence, or what comes before a colon ("The official line: ...")
_OPENING = re.compile(r"\s*([^.!?。！？:：\n]{1,40})[.!?。！？:：…]")
# The answer's closing sentence, when it is short ("... Or so they'd have you believe.")
_CLOSING = re.compile(r"(?:^|[.!?。！？…\n])\s*([^.!?。！？…\n]{1,50})[.!?。！？…\s\"'”]*$")
# (kinds whose closing sentence voids what was said before it)
_CLOSING_KINDS = ("lie", "disbelief", "cover")


def _whole_frame(low: str, spans: list[tuple[int, int]], lang: str, prep: PreparedTruth, index: int,
                 past_ok: bool) -> str | None:
    """A frame that is a sentence of its own and covers every occurrence (session 34): the opening sentence
    before them all, or a closing one after them all."""
    gates = _gates(lang, prep, index)
    gold = _fold(prep.truth.answer)
    m = _OPENING.match(low)
    if m and m.end() <= spans[0][0]:
        lead = m.group(1).strip(_LEAD)
        for kind, words in _open_table(lang).items():
            if lead in words and gates.get(kind, True) and (kind != "past" or past_ok) and lead not in gold:
                return f"framed ({kind}: '{lead}')"
    c = _CLOSING.search(low)
    if c and c.start(1) >= spans[-1][1]:
        last = c.group(1).strip(_LEAD)
        tail = _tables(lang)[0]
        for kind in _CLOSING_KINDS:
            if last in tail.get(kind, ()) and last not in gold:
                return f"taken back ({kind}: '{last}')"
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
    if whole := _whole_frame(low, spans, lang, prep, index, past_ok):
        return f"not asserted ({whole})"
    why = None
    for start, end in spans:
        why = _mark(low, start, end, lang, prep, past_ok, index)
        if why is None:
            return None
    return f"not asserted ({why})"
