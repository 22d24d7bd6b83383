"""A condition of having the keyword, then contentment: "ホッケの干物さ飯があれば何もいらね", "只要有饺子就心满意足",
"김치찌개만 있으면 아무것도 필요 없어유", "If I have fish and chips, I need nothing else". That is how people say
what they treasure most; the keyword is asserted, not supposed. A condition with anything else after
it stays one ("ホッケの干物があれば食べるけど、好きではない", "If I had fish and chips I'd eat it"), and the
contentment phrase, which holds a negation ("need nothing else", "何もいらない", "바랄 게 없"), negates
nothing. Words: lexicon/sufficiency.yaml."""

from __future__ import annotations

from .analysis import Answer
from .lexicon import word_list

_NAME = "sufficiency"


def _find(text: str, word: str) -> int:
    if word.isascii():
        k = f" {text} ".find(f" {word} ")
        return k  # (offset in text: the padding's leading space stands for the one before the word)
    return text.find(word)


def content_masked(text: str, lang: str) -> str:
    """``text`` with its phrases of contentment blanked (they negate nothing)."""
    for w in word_list(_NAME, "content", lang):
        if w in text:
            text = text.replace(w, " ")
    return text


def sufficiency_masked(scope: str, ans: Answer, ci: int, lang: str) -> str:
    """``scope`` (the text the conditional cue is looked for in) with a having_if word blanked when a phrase
    of contentment follows it in the keyword's sentence."""
    words = [w for w in word_list(_NAME, "having_if", lang) if _find(scope, w) != -1]
    if not words:
        return scope
    cl = ans.clauses[ci]
    sentence = " ".join(c.text for c in ans.clauses[ci:] if c.sentence == cl.sentence)
    content = word_list(_NAME, "content", lang)
    for w in words:
        k = _find(sentence, w)
        after = sentence[k + len(w):] if k != -1 else sentence
        if any(_find(after, c) != -1 for c in content):
            scope = f" {scope} ".replace(f" {w} ", " ").strip() if w.isascii() else scope.replace(w, " ")
    return scope
