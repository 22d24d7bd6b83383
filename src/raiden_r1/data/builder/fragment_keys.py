"""A short form of a key that another fact of the card also says ("cream" of "cream from the dairy"
where the card's favourite food is ice cream; "시장" of a hobby where the job is at the market): it
would pay an answer that gives that other fact, so it is no key (review 73). The card's own phrase,
the first alternative, always stays; a short form is kept where the other field repeats the whole
phrase (the same fact written twice), and narratives (a bio, a backstory) and remarks of no known
field are no other fact.
"""

from __future__ import annotations

import re

from .fields import classify_field
from .tables import table
from .terms import Items, has_cjk

_REMARK_FIELD = re.compile(table("head_words.yaml", "REMARK_FIELDS"))

# families whose alternatives are cut forms of one phrase (names and places have their own rules)
FRAGMENT_FAMILIES = frozenset({"hobbies", "skills", "likes", "dislikes", "food", "sports", "habits", "generic",
                               "possessions", "personality"})


def _says(text: str, term: str) -> bool:
    if has_cjk(term) or re.search(r"[가-힣]", term):
        return term in text
    return re.search(r"(?<![\w'-])" + re.escape(term) + r"(?![\w'-])", text, re.IGNORECASE) is not None


def other_facts(fields: dict[str, str], field_name: str) -> list[str]:
    """The values of the card's other fields that state facts (not narratives, not its own)."""
    out = []
    for k, v in fields.items():
        family = classify_field(k)
        # (nor a remark field, "Secret: keeps a flower in his cello case": it names
        # things in passing, and a hobby's "cello" stays a key)
        if k != field_name and isinstance(v, str) and getattr(family, "kind", "skip") != "skip" \
                and not _REMARK_FIELD.match(k.strip()):
            out.append(v)
    return out


def said_elsewhere(term: str, whole: str, others: list[str]) -> bool:
    """Whether a short form ``term`` of ``whole`` is said by another fact that is not ``whole`` again."""
    return term != whole and any(_says(o, term) and not _says(o, whole) for o in others)


def without_fragments_of_other_facts(items: Items, fields: dict[str, str], field_name: str) -> Items:
    others = other_facts(fields, field_name)
    if not others:
        return items
    out = []
    for alts in items:
        wholes = [a for a in alts if not any(a != b and _says(b, a) for b in alts)]  # the longest phrases
        kept = [a for a in alts if a in wholes or not any(said_elsewhere(a, w, others) for w in wholes if _says(w, a))]
        out.append(kept or alts)
    return out
