"""Slices of a clause's canonical text around a keyword occurrence (before it, after it, the
rest of its clause) and the cue a text ends with: what voice.py, frames.py, stance.py and the
other per-occurrence readers look at on either side of a keyword.
"""

from __future__ import annotations

import functools
import re

from raiden_r1.canon import Term

from .analysis import Answer
from .lexicon import cues

_HAN_KANA = re.compile("[\u3040-\u30ff\u3400-\u9fff]")


def clause_before(ans: Answer, ci: int, pos: int) -> str:
    """The canonical text of clause ``ci`` before match offset ``pos`` (stemming keeps tokens
    one-to-one, so the token count locates it)."""
    key = ("clause_before", ci, pos)
    done = ans.memo.get(key)
    if done is None:
        done = ans.memo[key] = _clause_before(ans, ci, pos)
    return done


def _clause_before(ans: Answer, ci: int, pos: int) -> str:
    cl = ans.clauses[ci]
    head = ans.match[cl.start:pos]
    k = head.count(" ")
    tokens = cl.text.split(" ")
    last = head.rsplit(" ", 1)[-1]
    return " ".join(tokens[:k] + [tokens[k][:len(last)] if k < len(tokens) else ""]).strip()


def clause_after(ans: Answer, ci: int, end: int) -> str:
    cl = ans.clauses[ci]
    tail = ans.match[end:cl.end]
    n = tail.count(" ")
    tokens = cl.text.split(" ")
    return " ".join(tokens[len(tokens) - n - (0 if tail.startswith(" ") else 1):]).strip() if n or tail else ""


def strip_words(text: str, words: tuple[str, ...], spaced: bool, ends: bool = False) -> str:
    """``text`` without any of ``words`` opening it (and closing it, with ``ends``), repeatedly and in any
    order, the longest first (``words`` sorted so); ``spaced``: a word must be followed by a space (Latin,
    Korean), else it may be glued to what follows (Chinese, Japanese)."""
    changed = True
    while text and changed:
        changed = False
        for w in words:
            if text == w:
                return ""
            if text.startswith(w + " " if spaced else w):
                text, changed = text[len(w):].lstrip(), True
                break
            if ends and text.endswith(" " + w if spaced else w):
                text, changed = text[:-len(w)].rstrip(), True
                break
    return text


def ends_with_cue(text: str, language: str, kind: str) -> str | None:
    words = _stripped_cues(language, kind)
    if not text.endswith(words):  # (each test below needs this one: most texts fail here at once)
        return None
    for w in words:
        if text == w or text.endswith(" " + w) or (not w.isascii() and text.endswith(w)):
            return w
    return None


@functools.lru_cache(maxsize=512)
def _stripped_cues(language: str, kind: str) -> tuple[str, ...]:
    return tuple(w for w in (w.strip() for w in cues(language).get(kind)) if w)


def clause_rest(ans: Answer, ci: int, pos: int, term: Term) -> str:
    """The clause's text right after an occurrence (CJK: characters; Latin: whole tokens, since
    stemming keeps the token count but not the length)."""
    if term.cjk:
        return ans.match[pos + len(term.norm):ans.clauses[ci].end].strip()
    glued = pos + len(term.norm)
    if glued < ans.clauses[ci].end and _HAN_KANA.match(ans.match[glued]):
        # a number glued to Chinese or Japanese text ("7歳からだったのは…", "16岁进厂的"): no token
        # ends after it (Korean keeps its tokens: the particle is read with the word)
        return ans.match[glued:ans.clauses[ci].end].strip()
    end = pos
    for _ in range(term.norm.count(" ") + 1):
        nxt = ans.match.find(" ", end + 1)
        end = len(ans.match) if nxt == -1 else nxt
    return clause_after(ans, ci, end)
