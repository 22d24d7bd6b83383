"""A food keyword said with its flavour named: 바나나맛우유 is 바나나우유, 香蕉味牛奶 香蕉牛奶, いちご味の
アイス いちごアイス, "banana-flavoured milk" banana milk (the product's own name often carries the
flavour word). The heads and markers are lexicon/flavours.yaml's."""

from __future__ import annotations

from functools import lru_cache

from .lexicon import _load_yaml


@lru_cache(maxsize=None)
def _table(language: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    entry = _load_yaml("flavours").get(language) or {}
    if not isinstance(entry, dict) or not isinstance(entry.get("markers"), list) or not isinstance(entry.get("heads"), list):
        raise ValueError(f"lexicon/flavours.yaml: {language}: expected markers and heads lists")
    heads = tuple(sorted((str(h) for h in entry["heads"]), key=len, reverse=True))
    return tuple(str(m) for m in entry["markers"]), heads


def flavoured(word: str, language: str) -> list[str]:
    """``word`` with a flavour marker between its flavour and its head, when it ends in a head."""
    if language not in ("en", "zh", "ja", "ko"):
        return []
    markers, heads = _table(language)
    w = word.strip()
    low = w.lower()
    for head in heads:
        if language == "en":
            if not low.endswith(" " + head):
                continue
            flavour = w[:len(w) - len(head)].rstrip()
            # ("a banana milk": the flavour is a word of its own, not a determiner alone)
            return [f"{flavour} {m} {head}" for m in markers] if len(flavour) >= 3 else []
        if w.endswith(head) and len(w) - len(head) >= 2:
            flavour = w[:-len(head)].rstrip()
            if flavour.endswith(tuple(m.strip() for m in markers)):
                return []  # already says its flavour word
            return [flavour + m + head for m in markers]
    return []
