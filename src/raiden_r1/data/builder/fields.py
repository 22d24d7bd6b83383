"""Field-family recognition: which kind of fact a profile field holds, whatever its language.

Profiles name the same fact many ways ("Age", "年龄", "年齢", "나이"; "出生日期", "生日", "Birthday").
The builder asks one natural question per family, so the first job is to map a field name to a
family. Matching is by alias on the normalised field name, in a fixed priority order: the order
matters because names nest ("说话风格及口头禅" is a catch-phrase field, not a speaking-style one;
"不喜欢的东西" is about dislikes, not likes; "Family background" is a story, not a family list).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from raiden_r1.text import (
    contains_term,
    has_cjk,
    normalize,
    normalize_term,
    text_length,
)

from .tables import table

# How a family's value turns into key terms (see keys.extract_keys).
KINDS = ("name", "number", "date", "place", "list", "phrases", "free", "relations", "skip")


@dataclass(frozen=True)
class Family:
    name: str
    kind: str
    qtype: str  # schema.QuestionType of the family's questions
    aliases: tuple[str, ...]
    # Several items: True when each part is part of the answer (hobbies: MTDP); False when any
    # one of them answers the question (nicknames, catch-phrases: STV with alternatives).
    all_parts: bool = True


def _f(name: str, kind: str, qtype: str, aliases: str, all_parts: bool = True) -> Family:
    return Family(name, kind, qtype, tuple(a.strip() for a in aliases.split("|") if a.strip()), all_parts)


# Priority order: the first family with an alias found in the field name wins.
FAMILIES: tuple[Family, ...] = tuple(
    _f(d["name"], d["kind"], d["qtype"], "|".join(d["aliases"]), d.get("all_parts", True))
    for d in table("fields.yaml", "FAMILIES"))

# Families no field name maps to: sbk switches to them from the value ("出生日期: 公元181年"
# is asked as a birth year, not a birthday).
DERIVED: tuple[Family, ...] = (_f("birth_year", "date", "when", ""),)

BY_NAME: dict[str, Family] = {f.name: f for f in FAMILIES + DERIVED}
GENERIC = Family("generic", "free", "what", ())

# A field name this long is a sentence, not a label: never turned into "what is your X".
_MAX_GENERIC_LABEL = 6


@lru_cache(maxsize=4096)
def classify_field(field_name: str) -> Family | None:
    """The family of a field name, GENERIC for an unknown short label, None for an unusable one."""
    norm = normalize(field_name)
    if not norm:
        return None
    for fam in FAMILIES:
        for alias in fam.aliases:
            if contains_term(norm, normalize_term(alias)):
                return fam
    lang = "zh" if has_cjk(norm) else "en"
    if text_length(norm, lang) > (_MAX_GENERIC_LABEL if lang == "zh" else 3):
        return None
    return GENERIC
