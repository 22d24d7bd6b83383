"""Who a third-person pronoun before a keyword stands for, where it is not the character narrated:

- a person the question itself speaks of with a pronoun of the same kind ("what was it his lordship
  wanted?" - "gooseberry fool for his pudding and the mutton"): the answer's "his" is his lordship's;
- another keyword person named earlier in the clause, whose own part of a list the pronoun sits in
  ("Anika's glued to her phone and Dev only talks football"): "her" is Anika's.

Not a pronoun of another kind than the question's ("she" when the question says "his"), nor one with a
"and"-part of its own missing ("Anika is her eldest": the pronoun there is the character's)."""

from __future__ import annotations

import re

from raiden_r1.canon import Term

from .matching import PreparedTruth

# Pronouns that can stand for one person, by kind: a question's "his" makes the answer's "he/him/his" its.
_KINDS = {"en": ({"he", "his", "him"}, {"she", "her", "hers"}), "zh": ({"他"}, {"她"})}
_EN_WORD = re.compile(r"[a-z]+")
# The join between the antecedent's part and the keyword's: "and", "while", "but"; 和/跟/而.
# A copula right before the pronoun: "Anika is her eldest", "小雨是她闺女".
_COPULA = {"en": re.compile(r"(?:^| )(?:is|s|was|are|were|be|being|been) $"), "zh": re.compile("是$")}
_JOIN = {"en": re.compile(r"(?:^| )(?:and|while|but|whereas)(?: |$)"), "zh": re.compile("而|和|跟|还有")}


def _kind(pronoun: str, lang: str) -> int | None:
    return next((i for i, group in enumerate(_KINDS.get(lang, ())) if pronoun in group), None)


def _question_pronouns(prep: PreparedTruth, lang: str) -> set[int]:
    q = prep.question_norm
    words = set(_EN_WORD.findall(q)) if lang == "en" else {c for c in q}
    return {k for w in words if (k := _kind(w, lang)) is not None}


def pronoun_not_the_character(before: str, third: str, term: Term, prep: PreparedTruth, lang: str) -> bool:
    """Whether the pronoun ``third`` in ``before`` (the keyword's clause up to it) stands for someone
    the question or an earlier keyword names."""
    kind = _kind(third, lang)
    if kind is None:
        return False
    if any(n and n in before for n in prep.names):
        return False  # the character named in the clause: the pronoun may well be the character
    if kind in _question_pronouns(prep, lang):
        return True
    join = _JOIN.get(lang)
    at = before.rfind(third)
    if join is None or at <= 0 or not join.search(before[at + len(third):]):
        return False
    head = before[:at]
    if _COPULA.get(lang) and _COPULA[lang].search(head):
        return False  # "Anika is her eldest and Dev…": the pronoun describes the keyword by the character
    return any(a.norm and a.norm != term.norm and a.norm in head for alts in prep.items for a in alts)
