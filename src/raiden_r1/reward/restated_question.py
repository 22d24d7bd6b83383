"""The question restated before the answer, as a frame of asking or saying: "春と秋のどちらが好きかと
問われれば、わらわは秋と答えまする", "何歳からか言うたら、十五の春からどすわ", "泳げるかと問うか。うむ、泳げるぞ",
"要问我喜欢春天还是秋天，那我选秋天", "뭘 좋아하냐고 물으면, 가을이지요", "If you ask me whether I prefer spring or
autumn, I'd say autumn".

The frame is the question's words, not the character's claims: the candidates it repeats ("春と秋",
"spring or autumn") are no hedge and no second value, its conditional (れば, たら, 的话, 으면, if) sets no
condition on the answer after it, and its "会不会" answers nothing. judge.py reads the answer from the
clause after the frame. A keyword said only inside the frame ("秋かと問われれば、答えに窮する") is then not
said at all.

A frame is an embedded question (a question word, Japanese か before the quotative, a Korean
interrogative ending, Chinese A-not-A) closed by a verb of asking or saying (ja, ko: lexicon
restated_question.yaml frame_end) or opened by one (zh, en: frame_open), in the answer's first
sentence, with more after it. A frame that names a wrong value (a negative keyword) is a restated
choice only when it names the keyword too and the question itself offers both ("春と秋のどちらが"); a
frame that asks about the wrong value alone ("春が好きかと問われれば、好きじゃ。") is left to the other
rules, which read it as offered.
"""

from __future__ import annotations

import re
from functools import lru_cache

from raiden_r1.canon import find_term, match_form

from .analysis import Answer
from .lexicon import cues, word_list
from .matching import PreparedTruth

_NAME = "restated_question"
# Japanese: か (or a softened かね/かい/かな) before the quotative and the verb: "泳げるかと問うか"
_JA_KA = re.compile(r"(?:か|かね|かい|かな|やら) ?(?:と|って|ちゅうて|て)? ?$")
_JA_QUOTE = re.compile(r"(?:と|って|ちゅうて|て)? ?$")
# Chinese A-not-A ("会不会", "是不是", "有没有"): an embedded yes/no question
_ZH_A_NOT_A = re.compile(r"(.)[不没]\1")
# Korean verbs of saying that frame nothing without an interrogative ending right before them
_KO_BARE_SAY = ("하면", "하민", "한다면", "하신다면")
# Conditional endings: a frame closed by one may run on into the answer in the same clause
_CONDITIONAL_ENDS = ("ば", "たら", "りゃ", "なら", "면", "민", "거든")


@lru_cache(maxsize=16)
def _words(kind: str, lang: str) -> tuple[str, ...]:
    if kind == "question_marks":
        return tuple(dict.fromkeys((*word_list(_NAME, kind, lang), *cues(lang).get("question_words"))))
    return word_list(_NAME, kind, lang)


def _closing_verb(text: str, lang: str) -> str | None:
    t = text.rstrip()
    return next((v for v in _words("frame_end", lang) if t.endswith(v)), None)


def _has_question_word(text: str, lang: str) -> bool:
    words = _words("question_marks", lang)
    if lang == "en":
        padded = f" {text} "
        return any(f" {w} " in padded for w in words)
    return any(w in text for w in words)


def _ja_frame(text: str) -> bool:
    verb = _closing_verb(text, "ja")
    if verb is None:
        return False
    head = text.rstrip()[:-len(verb)]
    if _JA_KA.search(head):
        return True  # "泳げるかと問われれば", "何歳からか言うたら"
    quote = _JA_QUOTE.search(head)
    return _has_question_word(head[:quote.start()] if quote else head, "ja")  # "何歳からって言うたら"


def _ko_frame(text: str) -> bool:
    verb = _closing_verb(text, "ko")
    if verb is None:
        return False
    head = text.rstrip()[:-len(verb)].rstrip()
    head = head[:-1].rstrip() if head.endswith("고") else head
    if head.endswith(_words("question_endings", "ko")):
        return True
    return verb not in _KO_BARE_SAY and _has_question_word(head, "ko")


def _opened_frame(text: str, lang: str) -> bool:
    opener = next((w for w in _words("frame_open", lang)
                   if text.startswith(w + " ") or (lang == "zh" and text.startswith(w) and len(text) > len(w))), None)
    if opener is None:
        return False
    rest = text[len(opener):]
    return _has_question_word(rest, lang) or (lang == "zh" and _ZH_A_NOT_A.search(rest) is not None)


def _inner_end(text: str, lang: str) -> int:
    """Where a conditional verb of asking closes a frame inside a clause, more words after it ("봄이냐 가을이냐
    물으면 가을이지", "何歳からか聞かれたら十五や"), or -1."""
    for verb in _words("frame_end", lang):
        if not verb.endswith(_CONDITIONAL_ENDS):
            continue  # (not "と問うか", "とな", "言うと": "何となく", "何言うとるん")
        k = text.find(verb + " ") if lang == "ko" else text.find(verb)
        if k > 0 and k + len(verb) < len(text.rstrip()) and (_ja_frame if lang == "ja" else _ko_frame)(text[:k + len(verb)]):
            return k + len(verb)
    return -1


def _option_clause(text: str, question: str, lang: str) -> bool:
    """A choice of nothing but the question's own words ("spring or autumn" after "If you ask me which I
    prefer,"): what the question offered, still part of the frame (not a bare answer, "autumn")."""
    if lang == "en":
        words = text.split()
        return "or" in words and all(w in question.split() or w in ("or", "either") for w in words)
    return any(w in text for w in ("还是", "或者", "或")) and all(c in question or c in "还是或者和跟 " for c in text)


def _frame_end(ans: Answer, prep: PreparedTruth) -> tuple[int, int]:
    """(the clause that closes a restated question in the first sentence, the offset in its canonical text
    where the frame ends), or (-1, -1)."""
    lang = ans.language
    first = [i for i, c in enumerate(ans.clauses) if c.sentence == ans.clauses[0].sentence]
    if lang in ("ja", "ko"):
        for i in first:
            text = " ".join(c.text for c in ans.clauses[:i + 1])
            if (_ja_frame if lang == "ja" else _ko_frame)(text):
                return i, len(ans.clauses[i].text)
            if (k := _inner_end(ans.clauses[i].text, lang)) > 0 and ans.match[ans.clauses[i].start:ans.clauses[i].end] == ans.clauses[i].text:
                return i, k
        return -1, -1
    if not _opened_frame(ans.clauses[0].text, lang):
        return -1, -1
    k = 0
    while k + 1 < len(ans.clauses) and k + 1 in first and _option_clause(ans.clauses[k + 1].text, prep.question_norm, lang):
        k += 1
    return k, len(ans.clauses[k].text)


def restated_frame(ans: Answer, prep: PreparedTruth) -> int:
    """Where the restated question the answer opens with ends, as an offset in ``ans.match`` (0: none)."""
    if len(ans.clauses) < 2 and ans.language not in ("ja", "ko") or ans.language not in ("en", "zh", "ja", "ko"):
        return 0
    k, offset = _frame_end(ans, prep)
    if k < 0:
        return 0
    cl = ans.clauses[k]
    end = cl.start + offset if offset < len(cl.text) else cl.end
    if end >= len(ans.match.rstrip()) or (offset == len(cl.text) and k + 1 >= len(ans.clauses)):
        return 0
    frame = ans.match[:end]
    wrong = [t for t in prep.negatives if find_term(frame, t) != -1]
    if wrong:
        question = match_form(prep.question_norm) if prep.question_norm.isascii() else prep.question_norm
        named = any(find_term(frame, a) != -1 for alts in prep.items for a in alts)
        if not named or any(find_term(question, t) == -1 for t in wrong):
            return 0
    return end
