"""File check ``dialect_marks``: a character whose card names a dialect the builder has a table for
gets some of its marks in its SBK golds. Review 74: a Hokkaido-ben card (なまら, べさ, したっけ)
had seven golds in plain standard だ, and the per-record ``dialect`` check passed them all, since
no rule of the table changes a plain "48歳だ。". One gold without a mark is fine (the tags and
particles come one gold in two or three); a character with three or more SBK golds and none of
them marked ignores its card's voice."""

from __future__ import annotations

import re

from ..builder.dialect import card_dialect
from ..builder.voice import is_polite
from ..schema import SBK, Record

_MIN_GOLDS = 3
# a tag with a rotating particle ("だべさ", "だべ") on this many SBK golds of a character and never
# another: the rotation is stuck (review 74's Hokkaido card got だべさ on all its tagged golds)
_SAME_TAG_GOLDS = 4


def _tag_endings(dialect: dict) -> list[str]:
    """The endings a tag gives with each of its non-empty particles, longest first ("だべさ。", "だべ。")."""
    particles = [p.strip() for p in dialect.get("particles", ()) if p.strip()]
    ends = [re.sub(r"\\\d", "", t[1]).replace("{particle}", p) for t in dialect.get("tags", ())
            if "{particle}" in t[1] for p in particles]
    return sorted(dict.fromkeys(e for e in ends if e), key=len, reverse=True)


def stuck_tag(golds: list[str], dialect: dict) -> str | None:
    """The one tag ending all of 4+ tagged golds carry where the table rotates two or more, or None."""
    ends = _tag_endings(dialect)
    if len(ends) < 2:
        return None
    said = [next((e for e in ends if g.endswith(e)), None) for g in golds]
    said = [e for e in said if e]
    return said[0] if len(said) >= _SAME_TAG_GOLDS and len(set(said)) == 1 else None


def _marks(dialect: dict) -> list[str]:
    """The words a gold in the dialect may show: its rules' replacements (backreferences and
    placeholders removed), tags, particles and openers."""
    particles = [p for p in dialect.get("particles", ()) if p.strip()]
    words = [r[1] for r in dialect.get("rules", ())] + particles + list(dialect.get("openers", ()))
    # (a tag with the particle in it, "だ{particle}。", shows it only with one: "だ" alone is standard)
    words += [t[1].replace("{particle}", p.strip()) for t in dialect.get("tags", ())
              for p in (particles if "{particle}" in t[1] else [""])]
    cleaned = (re.sub(r"\\\d|[\s,.。、!！?？]", "", w) for w in words)
    return list(dict.fromkeys(w for w in cleaned if w))


def dialect_mark_problems(records: list[tuple[int, Record]]) -> dict[int, list[str]]:
    """Index -> reasons, for every SBK gold of a character none of whose (3+) SBK golds carries a
    mark of the dialect its card names."""
    by_char: dict[tuple[str, str], list[tuple[int, Record]]] = {}
    for i, rec in records:
        if rec.focus == SBK:
            by_char.setdefault((rec.character_name, rec.language), []).append((i, rec))
    out: dict[int, list[str]] = {}
    for (_, lang), members in by_char.items():
        dialect = card_dialect(members[0][1].character_profile, lang)
        marks = _marks(dialect) if dialect else []
        if len(members) < _MIN_GOLDS or not marks:
            continue
        # (Japanese and Korean tables mark plain speech, だべさ, 아이가: a polite speaker's です/요 golds
        # stay standard, as a shop's 北海道弁まじり hostess speaks to customers)
        if lang in ("ja", "ko") and sum(is_polite(rec.answer, lang) for _, rec in members) * 2 > len(members):
            continue
        stuck = stuck_tag([rec.answer for _, rec in members], dialect)
        if stuck:
            for i, rec in members:
                if rec.answer.endswith(stuck):
                    out[i] = [f"answer: every tagged SBK gold of the character ends {stuck!r}: the table's tags rotate"]
        if not any(m in rec.answer for _, rec in members for m in marks):
            for i, _ in members:
                out[i] = [f"answer: none of the character's {len(members)} SBK golds shows its card's dialect "
                          f"({', '.join(marks[:4])}…)"]
    return out
