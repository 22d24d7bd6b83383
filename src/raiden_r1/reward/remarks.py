"""Descriptive remarks beside a value: an adverb of degree and the word it grades ("贼拉争气",
"ばり元気", "억수로 똑똑하다", "mighty proud"). Listed after a name ("俺闺女甜甜，贼拉争气") such a
clause describes the name's bearer; the dump and hedge rules (hedges.py) must not count it as a
second candidate value. The adverbs are data: lexicon/degree_remarks.yaml.
"""

from __future__ import annotations

from functools import lru_cache

from raiden_r1.canon import canonical

from .lexicon import _entries, _load_yaml

_STRIP = " \t.!?。！？…~～\"'“”「」()（）"


@lru_cache(maxsize=8)
def _adverbs(language: str) -> tuple[tuple[str, ...], frozenset[str]]:
    data = _load_yaml("degree_remarks")
    adverbs, name_like = data.get("adverbs") or {}, data.get("name_like") or {}
    if not isinstance(adverbs, dict) or not isinstance(name_like, dict):
        raise ValueError("lexicon/degree_remarks.yaml: expected 'adverbs' and 'name_like' (language -> list of words)")
    words = _entries(adverbs.get(language) or [], f"lexicon/degree_remarks.yaml: adverbs: {language}")
    like = _entries(name_like.get(language) or [], f"lexicon/degree_remarks.yaml: name_like: {language}")
    return tuple(sorted(words, key=len, reverse=True)), frozenset(like)


def degree_remark(segment: str, language: str) -> bool:
    """Whether ``segment`` (one list segment of an answer) is an adverb of degree grading a word."""
    raw = segment.strip(_STRIP)
    if not raw:
        return False
    adverbs, name_like = _adverbs(language if language in ("zh", "ja", "ko") else "en")
    text = canonical(raw)
    if language in ("zh", "ja"):
        head = next((a for a in adverbs if text.startswith(a)), None)
        rest = text[len(head):].strip() if head else ""
        # "老张", "可欣": a one-character rest after a name-like adverb is a name, not a grade
        return bool(rest) and (head not in name_like or len(rest) >= 2)
    words = text.split(" ")
    head = next((a for a in adverbs if " ".join(words[:len(a.split(" "))]) == a), None)
    if head is None or len(words) <= len(head.split(" ")):
        return False
    if language == "ko":
        return True
    # "Pretty Polly", "Real Madrid": a capitalised word after a name-like adverb is a name
    after = raw.split()[len(head.split(" "))] if len(raw.split()) > len(head.split(" ")) else ""
    return head not in name_like or after[:1].islower()
