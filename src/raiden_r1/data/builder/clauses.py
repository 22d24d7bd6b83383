"""List items cut from a clause that leans on its neighbour (clauses.yaml LINKED): "心肠却软" of
"嘴上不饶人，心肠却软", "but kind at heart", "口は悪いが", "무뚝뚝하지만".

Review 61 read the gold "奴家的性格是泼辣、机敏、心肠却软。" (a dangling 却) with the key "心肠却软",
which refused the natural "心肠软。". The item is said without its connective, and the cut form
stays an equal key; the audit (``cut_clause``) flags a record whose gold or first key still
carries one.
"""

from __future__ import annotations

import re

from .tables import table

Items = list[list[str]]
_EAST_ASIAN = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")


def unlinked(term: str, language: str) -> str | None:
    """``term`` without the connective that ties it to another clause, or None when it has none
    (or too little would be left)."""
    out = term.strip()
    for pattern, replacement in table("clauses.yaml", "LINKED").get(language, ()):
        out = re.sub(pattern, replacement, out).strip()
    if out == term.strip():
        return None
    # "心肠却软" -> "心肠软"; a lone "好" of "却好" says nothing
    east_asian = _EAST_ASIAN.findall(out)
    return out if (len(east_asian) >= 2 if east_asian else bool(out.split())) else None


def unlinked_items(items: Items, language: str) -> tuple[Items, set[str], set[str]]:
    """(items whose first alternative is said without its connective, the cut form kept after
    it as an equal key; the forms added, which the card does not hold as written; the cut forms,
    which a gold answer never says)."""
    out, added, cut = [], set(), set()
    for alts in items:
        free = unlinked(alts[0], language) if alts else None
        if free:
            out.append([free, *(a for a in alts if a != free)])
            added.add(free)
            cut.add(alts[0])
        else:
            out.append(alts)
    return out, added - {a for alts in items for a in alts}, cut
