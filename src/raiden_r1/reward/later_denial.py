"""A keyword said as a topic, then denied by the speaker in a later clause of the answer.

"Pierogi, I love them, but I don't eat them anymore", "I love chess, because I never play it",
"桂花糕，我不吃", "象棋嘛，早就不下了", "肉じゃがは美味しいけど、好きじゃない", "김치찌개는 좋아했는데 이제 안 먹어요":
the keyword is named, and a later clause whose subject is the speaker (said or dropped) and whose object
is the topic (dropped, or a pronoun: them/it, 它, それ, 그거) denies, dislikes or gives it up. The answer
does not assert the asked fact.

A later clause is read as lead* + self* + adverb* + pronoun* + predicate + tail* (lexicon/later_denial.yaml),
so a denial about another object ("I don't like anything sweet", "我不爱吃辣的", "辛いものは苦手",
"매운 건 못 먹어요") is left alone; verbs whose negation is praise ("I never lose", "从不输", "負けない",
"못 끊어요") and the fondness idioms (negation_idioms.yaml, masked first) deny nothing. A later clause of
praise gives the keyword back ("I haven't had them for years, but they're still my favourite"): the last
word wins. Losing to anyone ("馬上槍試合は誰にでも負ける") denies a skill with no negation word at all.

Only the character's own facts are read: a question about the user, a relative or another person, a
conversation-memory question (what was said), or one asking what the character dislikes or gave up, is
left to the other rules.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .analysis import Answer, cue_in_text
from .clause_text import strip_words
from .lexicon import word_in, word_list
from .matching import PreparedTruth
from .negation_idioms import negation_idioms

_LANGS = ("en", "zh", "ja", "ko")
_REACH = 4  # later clauses read: a denial further on is about something else


def _table(kind: str, lang: str) -> tuple[str, ...]:
    return word_list("later_denial", kind, lang)


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_EN_NEG = ("do not", "don t", "dont", "does not", "doesn t", "did not", "didn t", "never", "no longer", "can t", "cannot",
           "won t", "will not", "wouldn t", "would never", "d never", "haven t", "have not", "hardly ever", "hardly", "rarely",
           "ain t", "m not", "am not")
# (a dropped object needs a verb of having the thing itself or a "no more": "I don't play" denies chess,
# "I don't cook, though" does not deny a favourite dish)
_EN_CORE = frozenset({"like", "love", "enjoy", "eat", "play", "do", "drink", "fancy", "practise", "practice", "touch",
                      "want", "watch", "read", "sing", "dance", "swim", "paint", "write", "ride", "fish", "go", "into"})
_EN_NO_MORE = frozenset({"anymore", "any more", "again", "nowadays", "these days", "now", "ever again", "for good", "no more",
                         "lately"})
_EN_STOPPED = frozenset({"stopped", "ve stopped", "quit", "ve quit", "gave up", "given up", "ve given up"})
_EN_PRONOUNS = frozenset({"them", "it", "that", "those", "these", "one", "ones"})
_ZH_NEG = ("不再", "再也不", "从不", "从没", "从来不", "从来没", "没有", "不", "没", "别", "未", "甭", "冇", "唔")
_ZH_MODAL = ("是很", "是太", "怎么", "喜欢", "愿意", "爱", "想", "会", "敢", "太", "常", "再", "大", "咋", "很", "能")
_JA_NEG = re.compile(r"^(.{1,8}?)(?:なくなりました|なくなった|ませんでした|なかった|ません|ないです|ない|ねえ|ぬ|ず)")
_JA_OWN_PARTICLE = re.compile(r"(?:では|じゃ|ては)(?:あり)?$")
_JA_PARTICLE = re.compile(r"[はがをもとに]")
_EN_GERUND = re.compile(r"^ [a-z]+ing\b")
_KO_NEG = (re.compile(r"^(?:안|못) (\S+)$"), re.compile(r"^(\S+?)(?:지|지는|진) (?:않|못)\S*$"))


@lru_cache(maxsize=None)
def _leads(lang: str) -> tuple[str, ...]:
    return tuple(sorted({*_table("lead", lang), *_table("self", lang), *_table("adverb", lang), *_table("pronoun", lang)},
                        key=lambda w: (-len(w), w)))


def _strip(text: str, lang: str) -> str:
    """``text`` without its opening conjunctions, self-words, adverbs and pronouns (any order)."""
    return strip_words(text, _leads(lang), lang in ("en", "ko"))


def _tail_only(rest: str, lang: str) -> tuple[bool, bool]:
    """(whether ``rest`` holds only tail words, whether one is a pronoun or a "no more")."""
    rest = rest.strip()
    if not rest:
        return True, False
    tails = _table("tail", lang)
    if lang != "en":
        for w in tails:
            rest = rest.replace(w, "")
        return not rest.strip(), False
    marked = False
    while rest:
        w = next((t for t in tails if rest == t or rest.startswith(t + " ")), None)
        if w is None:
            return False, marked
        marked = marked or w in _EN_PRONOUNS or w in _EN_NO_MORE
        rest = rest[len(w):].lstrip()
    return True, marked


def _praised_when_negated(verb: str, lang: str) -> bool:
    words = _table("praise_when_negated", lang)
    if lang == "en":
        return verb in words
    return any(w in verb for w in words)


def _denial(text: str, lang: str) -> str | None:
    """The denial predicate of a later clause whose object is the topic, or None."""
    r = _strip(text, lang)
    if not r:
        return None
    pred = next((w for w in _table("predicate", lang) if r == w or r.startswith(w + " ") or (lang != "en" and r.startswith(w))),
                None)
    if pred is not None:
        rest = r[len(pred):]
        if lang == "en" and pred in _EN_STOPPED and _EN_GERUND.match(rest):  # "stopped eating them"
            rest = rest.strip().split(" ", 1)[1] if " " in rest.strip() else ""
        if lang == "ko":
            return pred if len(rest.split()) <= 1 else None
        return pred if _tail_only(rest, lang)[0] else None
    if lang == "en":
        neg = next((n for n in _EN_NEG if r == n or r.startswith(n + " ")), None)
        if neg is None:
            return None
        words = _strip(r[len(neg):].strip(), "en").split(" ")
        verb, rest = words[0], " ".join(words[1:])
        if not verb or _tail_only(verb, lang)[0] and verb not in _EN_PRONOUNS:
            return neg  # "My brother loves them. I don't.", "I don't, though."
        if _praised_when_negated(verb, lang):
            return None
        ok, marked = _tail_only(rest, lang)
        # (a pronoun or "anymore" with another verb needs "I" said: "Didn't expect that, did you?" is no denial)
        said_i = " i " in f" {text[:len(text) - len(r)]} "
        if ok and (verb in _EN_CORE or (said_i and (marked or neg == "no longer"))):
            return f"{neg} {verb}"
        return None
    if lang == "zh":
        neg = next((n for n in _ZH_NEG if r.startswith(n)), None)
        if neg is None:
            return None
        rest = r[len(neg):]
        moved = True
        modal = False
        while moved:
            moved = False
            for m in _ZH_MODAL:
                if rest.startswith(m):
                    rest, moved, modal = rest[len(m):], True, True
                    break
        verb = ""
        if rest and "\u4e00" <= rest[0] <= "\u9fff" and not _tail_only(rest[0], lang)[0]:
            verb, rest = rest[0], rest[1:]
        if not (verb or modal) or (verb and _praised_when_negated(verb, lang)):
            return None
        return f"{neg}{verb}" if _tail_only(rest, lang)[0] else None
    if lang == "ja":
        m = _JA_NEG.match(r)
        if not m:
            return None
        stem = m.group(1)
        # ("好きではない", "好きではありません": the particle is the negative's own; "他にない", "自分では作れない" name
        # another thing)
        bare = _JA_OWN_PARTICLE.sub("", stem)
        if _JA_PARTICLE.search(bare) or _praised_when_negated(stem, lang):
            return None
        if bare != stem and bare not in _table("copula_stance", lang):
            return None  # "医師ではありません", "キャプテンじゃない": another value denied, not the topic
        return m.group(0) if _tail_only(r[m.end():], lang)[0] else None
    if lang == "ko":
        words = r.split(" ")
        if len(words) == 2 and words[0].endswith("기") and word_in(words[1], _table("predicate", lang)):
            return r  # "먹기 싫어요"
        for p in _KO_NEG:
            m = p.match(r)
            if m and not _praised_when_negated(m.group(1), lang):
                return m.group(0)
    return None


def _applies(prep: PreparedTruth) -> bool:
    t = prep.truth
    if t.language not in _LANGS or t.subject not in ("self", "") or t.focus == "conversation_memory":
        return False  # (a memory question asks what was said: "I told you: pierogi. I don't eat them anymore")
    if prep.allowed_cues & {"negation", "dislike", "former"} or prep.question_relations:
        return False
    if prep.numeric_keys:
        return False  # a number is no thing one gives up: "Eight hundred years. I stopped counting." is colour
    return not word_in(prep.question_norm, _table("question_skip", t.language))


@lru_cache(maxsize=None)
def _idioms(lang: str) -> re.Pattern[str] | None:
    words = negation_idioms(lang)
    return re.compile(_alt(words)) if words else None


def _masked(text: str, lang: str) -> str:
    """The fondness idioms ("never get tired of", "百吃不厌", "안 질려") as a mark no predicate reads. Only
    these: the language's whole negation_exempt list holds words like 别的 that an object needs."""
    idioms = _idioms(lang)
    return idioms.sub("〇", text) if idioms is not None else text


# A clause that is only a topic ("ピーマンは", "관악산은"): what follows is said of that topic, not of the
# keyword; the speaker and the pronouns the grammar reads as leads ("私は", "저는", "それは") are no new topic.
_TOPIC_END = {"ja": ("は", "って", "なら"), "ko": ("은", "는")}


def _new_topic(text: str, lang: str) -> bool:
    ends = _TOPIC_END.get(lang)
    if not ends or not text.endswith(ends) or not _strip(text, lang):
        return False
    return len(text) > 1 and " " not in text.strip()


def denied_later(ans: Answer, ci: int, prep: PreparedTruth) -> str | None:
    """The denial that takes the keyword of clause ``ci`` back (see the module doc), or None."""
    lang = ans.language
    if lang not in _LANGS:
        return None
    key = ("later_denial_applies", id(prep))  # (asked again for each occurrence; the truth outlives the answer)
    applies = ans.memo.get(key)
    if applies is None:
        applies = ans.memo[key] = _applies(prep)
    if not applies:
        return None
    cl = ans.clauses[ci]
    glue = " " if lang in ("en", "ko") else ""  # (ja "誰に | でも負ける": でも opens a clause of its own)
    # (a sentence's clauses are consecutive: its rest is a slice, not a scan of the whole answer)
    if (loss := word_in(glue.join(c.text for c in ans.clauses[ci:ans.sentence_span(ci)[1]]), _table("loss", lang))):
        return loss
    keys = [k for k in prep.keyword_norms if k]
    wrong = [t.canon for t in prep.negatives if t.canon]
    denied = None
    other_topic = -1
    for nxt in ans.clauses[ci + 1:ci + 1 + _REACH]:
        if any(k in nxt.text for k in keys):
            break  # the keyword's own later clause is judged by itself
        if nxt.sentence != cl.sentence and any(w in nxt.text for w in wrong):
            other_topic = nxt.sentence  # (session 32) a later sentence about the wrong value: its denial is that one's
        if nxt.question or nxt.sentence == other_topic:
            continue  # "浙大！复旦也很好啦，但那是周萌的梦想，不是我的。": 不是我的 denies 复旦, the nearer topic
        if _new_topic(nxt.text, lang):
            break  # "いちごがすき！ピーマンは、きらい": the later denial has a topic of its own
        cue = _clause_denial(nxt.text, lang)
        if cue:
            denied = cue
        elif denied and _clause_praise(nxt.text, lang):
            denied = None  # "…, but they're still my favourite"
    return denied


# (what a later clause says is a pure function of its text: each keyword occurrence reads the same
# next clauses again, and the answers of a batch share many)
@lru_cache(maxsize=65536)
def _clause_denial(clause: str, lang: str) -> str | None:
    text = _masked(clause, lang)
    # ("Pierogi. That's my brother's favourite, not mine.": the owner's word in a later sentence)
    return word_in(text, _table("loss", lang)) or word_in(text, word_list("stance", "not_mine", lang)) or _denial(text, lang)


@lru_cache(maxsize=65536)
def _clause_praise(clause: str, lang: str) -> bool:
    text = _masked(clause, lang)
    return bool(word_in(text, _table("praise", lang))) and not cue_in_text(text, lang, "negation")
