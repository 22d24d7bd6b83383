"""Superlative and fondness idioms that hold a negation word and deny nothing ("nobody beats me at
chess", "百吃不厌", "不敢说第二", "誰にも負けぬ", "아무도 못 따라온다"), read from
lexicon/negation_idioms.yaml. lexicon.cues adds them to each language's negation_exempt, so every
rule that looks for a negation masks them, and only them: another negation in the clause still counts."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from itertools import product

import yaml

from raiden_r1.canon import canonical


@lru_cache(maxsize=None)
def negation_idioms(language: str) -> tuple[str, ...]:
    """The idioms of ``language``, canonical (Latin ones as words, the others as substrings)."""
    groups = _load().get(language) or []
    if not isinstance(groups, list):
        raise ValueError(f"lexicon/negation_idioms.yaml: {language}: expected a list of groups")
    out: list[str] = []
    for g, parts in enumerate(groups, 1):
        if not isinstance(parts, list) or not all(isinstance(p, list) and p for p in parts):
            raise ValueError(f"lexicon/negation_idioms.yaml: {language}: group {g}: expected a list of word lists")
        for words in product(*parts):
            c = canonical(_join([str(w) for w in words]))
            if c:
                out.append(c)
    return tuple(dict.fromkeys(out))


def _join(words: list[str]) -> str:
    """Latin words joined by a space, the others glued ("百" + "吃" + "不厌", "아무도 " + "못 따라")."""
    text = ""
    for w in words:
        text += f" {w}" if text and w.isascii() and text[-1:].isascii() and text[-1:] != " " and w else w
    return text


@lru_cache(maxsize=1)
def _load() -> dict:
    text = resources.files("raiden_r1.reward").joinpath("lexicon/negation_idioms.yaml").read_text("utf-8")
    data = yaml.safe_load(text) or {}
    if not isinstance(data, dict):
        raise ValueError("lexicon/negation_idioms.yaml: expected a mapping of language -> groups")
    return data
