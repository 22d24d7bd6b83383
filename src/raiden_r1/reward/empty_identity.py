"""The keyword said only in an empty identity, "X is X" (session 32): "My observation deck is the
observation deck.", "我的观景台就是观景台。", "私の展望台は展望台です。", "제 전망대는 전망대예요.", and a subject
holding the keyword whose predicate copies a part of it ("My trip to the observation deck is my trip.",
"我说的观景台就是我说的"). The clause names the keyword and asserts nothing of it: a policy learns it as
"My <slot> is <value>." with the slot filled by the value.

A copular clause (en is/are/was/were, zh 是, ja topic は + copula, ko topic 은/는 + copula) is empty when
its predicate, possessives and determiners dropped (lexicon/empty_identity.yaml owner), is the subject
or a part of it. Emphasis stays paid: a later clause of the sentence that points back at the keyword
("Noodles are noodles, and I love them", "麺は麺、それが大好き": lexicon back). So does a character that
speaks of itself by name ("ルルはルルなのです！").
"""

from __future__ import annotations

import re
from functools import lru_cache

from raiden_r1.canon import Term

from .analysis import Answer
from .lexicon import word_list
from .matching import PreparedTruth

_EN = re.compile(r"^(?P<s>.+?) (?:is|are|was|were|s|re|remains|remain|stays) (?P<p>.+)$")
# (是 after 就/也/便/乃/即/正: "就是" is the same copula; 还是/但是/要是/总是 are not copulas, and
# their halves rarely copy each other)
_ZH = re.compile(r"^(?P<s>.+?)(?:就|也|便|乃|即|正|都)?是(?P<p>.+)$")
_JA = re.compile(r"^(?P<s>.+?)(?:は|って|というのは|ってのは)(?P<p>.+)$")
_JA_TAIL = re.compile(r"(?:なのです|なんです|なのだ|なんだ|でございます|でござる|である|であります|でしょう|です|だ|や|じゃ|"
                      r"よ|ね|わ|な|の|さ|ぞ|ぜ)+$")
_KO = re.compile(r"^(?P<s>.+?)(?:은|는) (?P<p>.+)$")
_KO_TAIL = re.compile(r"(?:이었어요|였어요|이에요|예요|이야|야|입니다|이다|이죠|죠|이지요|지요|이지|지|이랍니다|랍니다|이거든요|거든요|"
                      r"이라고요|라고요|이고요|고요|요)+$")
_PATTERNS = {"en": _EN, "zh": _ZH, "ja": _JA, "ko": _KO}


@lru_cache(maxsize=None)
def _words(kind: str, lang: str) -> tuple[str, ...]:
    return word_list("empty_identity", kind, lang)


def _bare(side: str, lang: str) -> str:
    owners = _words("owner", lang)
    if lang in ("en", "ko"):
        return " ".join(w for w in side.split(" ") if w and w not in owners)
    side = side.strip()
    changed = True
    while changed:
        changed = False
        for o in owners:
            if side.startswith(o) and len(side) > len(o):
                side, changed = side[len(o):], True
    return side.replace(" ", "")


def _empty(text: str, lang: str) -> bool:
    m = _PATTERNS[lang].match(text.strip())
    if not m:
        return False
    pred = m.group("p").strip()
    if lang == "ja":
        pred = _JA_TAIL.sub("", pred)
    elif lang == "ko":
        pred = _KO_TAIL.sub("", pred)
    s, p = _bare(m.group("s"), lang), _bare(pred, lang)
    if not s or not p:
        return False
    if lang == "en":
        return set(p.split(" ")) <= set(s.split(" "))
    if lang == "ko":
        s, p = s.replace(" ", ""), p.replace(" ", "")
    return p == s or (len(p) >= 2 and p in s)


def _points_back(ans: Answer, ci: int, lang: str) -> bool:
    back = _words("back", lang)
    for c in ans.clauses[ci + 1:]:
        if c.sentence != ans.clauses[ci].sentence:
            break
        if c.question or _empty(c.text, lang):
            continue
        padded = f" {c.text} "
        if any((f" {w} " in padded) if lang in ("en", "ko") and w.isascii() else (w in c.text) for w in back):
            return True
    return False


def empty_identity(ans: Answer, ci: int, term: Term, prep: PreparedTruth) -> str | None:
    """Why the keyword in clause ``ci`` is said only as an empty identity, or None."""
    lang = ans.language if ans.language in _PATTERNS else "en"
    text = ans.clauses[ci].text
    if not _empty(text, lang):
        return None
    if prep.truth.self_name and any(term.norm in n or n in term.norm for n in prep.names):
        return None  # "ルルはルルなのです！": the self-naming character's way of giving its name
    if _points_back(ans, ci, lang):
        return None
    return f"not asserted (an empty identity: '{text}')"


__all__ = ["empty_identity"]
