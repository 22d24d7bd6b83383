"""Keys that are how a character names itself or others, never a catch-phrase of its own: "老子",
"俺", "I" (coverage.yaml SELF_REFERENCES), a first person the card marks ("自称“微臣”或“在下”") and a
form of address it says the character uses ("称弟子为“汝等”"). Split from coverage.py (session 32)."""

from __future__ import annotations

import re

from raiden_r1.text import normalize

from ..quotes import quoted_spans
from .tables import table
from .terms import EDGE, Items

_SELF_REFERENCES = frozenset(normalize(w) for w in table("coverage.yaml", "SELF_REFERENCES"))


def is_self_reference(term: str) -> bool:
    """"老子", "俺", "I": how a character names themself, never a catch-phrase of their own."""
    return normalize(term) in _SELF_REFERENCES


_SELF_MARK = re.compile(table("coverage.yaml", "SELF_REFERENCE_MARKS"), re.IGNORECASE)
# the quoted words right after the mark, joined by 或/和/、/or ("自称“微臣”或“在下”"); the quotes
# are read by data/quotes.py ("calls himself 'Ol' Boots'" quotes Ol' Boots, never Ol)
_SELF_LEAD = re.compile(r"^\s*(?:为|是|は|を|as)?\s*")
_SELF_JOIN = re.compile(r"\s*(?:或|和|、|,|，|or|と|이나|나|또는)?\s*")


def _self_quoted(rest: str) -> list[str]:
    out, at = [], _SELF_LEAD.match(rest).end()
    for start, end, q in quoted_spans(rest[:200], 24):
        if start < at:
            continue
        if start != at and not (out and _SELF_JOIN.fullmatch(rest[at:start])):
            break
        out.append(q.strip(EDGE))
        at = end
    return [q for q in out if q]


_ADDRESS_FORMS = frozenset(normalize(w) for w in table("coverage.yaml", "ADDRESS_FORMS"))
_ADDRESS_MARK = re.compile(table("coverage.yaml", "ADDRESS_MARKS"), re.IGNORECASE)


def is_address_form(term: str) -> bool:
    """"尔等", "お主", "여러분", "lads": how a character speaks to others, never a catch-phrase."""
    return normalize(term) in _ADDRESS_FORMS


def card_self_references(value: str) -> set[str]:
    """What a card says its character calls itself ("自称“微臣”或“在下”" -> {微臣, 在下}), and the
    forms of address it says the character uses for others ("称弟子为“汝等”" -> {汝等}): any
    answer in the voice says both, so neither is a catch-phrase."""
    out: set[str] = set()
    for m in [*_SELF_MARK.finditer(value), *_ADDRESS_MARK.finditer(value)]:
        out |= {normalize(q) for q in _self_quoted(value[m.end():])}
    return out


def without_self_references(items: Items, value: str = "") -> Items:
    """Items without self-reference alternatives (the table's, and those ``value`` marks as the
    character's first person); an item of nothing else is dropped."""
    own = card_self_references(value)
    out = [[a for a in alts if not is_self_reference(a) and normalize(a) not in own | _ADDRESS_FORMS]
           for alts in items]
    return [alts for alts in out if alts]
