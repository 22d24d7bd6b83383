"""Checks for names and places cut at the wrong boundary (session 32, b3): a Korean name ending in 이
before a copula that drops its own 이 ("이름은 콩이다" reads as 콩 + 이다), a place key that opens with
the unit of the city cut off before it ('市田子坊老街') or an island without its 도 ('여의' of 여의도),
and a school key that holds the pupil's grade ("부산 해운대고등학교 2학년"). Each reads the record's
own keys and gold against the card's words.
"""

from __future__ import annotations

import re

from ..builder.tables import table
from ..schema import SBK, Record

_KO_NAME_END = re.compile(r"[가-힣]{1,3}이")
_BARE_COPULA = r"(?:다|여|라오|라)(?=[.!?~,]|$)"
_UNIT_HEAD = re.compile(r"^[市区區县縣]")
_PROVINCE_CORES = frozenset(table("coverage.yaml", "KO_PROVINCE_CORES"))
_GRADE = re.compile(table("words.yaml", "SCHOOL_GRADE_TAIL").removesuffix("$"), re.IGNORECASE)
_NAME_FAMILIES = ("name", "nickname", "pets", "relation", "cm:")


def _meta(record: Record, key: str) -> str:
    return str((record.metadata.model_extra or {}).get(key) or "")


def _alternatives(record: Record) -> list[str]:
    return [a for k in record.keywords for a in ([k] if isinstance(k, str) else k)]


def check_ko_name_copula(record: Record, card: dict[str, str]) -> list[str]:
    """A Korean name ending in 이 keeps the copula's 이 where the register drops it ("콩이이다")."""
    if record.language != "ko" or not _meta(record, "family").startswith(_NAME_FAMILIES):
        return []
    return [f"answer: the name {k!r} runs into the copula ({record.answer!r} reads as {k[:-1]!r})"
            for k in dict.fromkeys(_alternatives(record)) if _KO_NAME_END.fullmatch(k)
            and re.search(rf"(?<![가-힣]){re.escape(k)}{_BARE_COPULA}", record.answer)]


def check_place_cut(record: Record, card: dict[str, str]) -> list[str]:
    """A place key is cut at a name's boundary: never opening with the unit of the city before it
    ('市田子坊老街'), never an island's name without its 도 ('여의' of 여의도)."""
    if record.focus != SBK or _meta(record, "family") not in ("residence", "hometown", "birthplace"):
        return []
    value = card.get(_meta(record, "field"), "")
    out = []
    for a in dict.fromkeys(_alternatives(record)):
        if _UNIT_HEAD.match(a) and len(a) >= 3 and a[1:] in value and not value.startswith(a):
            out.append(f"keywords: {a!r} opens with the unit of the city cut off before it")
        if record.language == "ko" and re.fullmatch("[가-힣]{2,3}", a) and a not in _PROVINCE_CORES and \
                re.search(rf"(?<![가-힣]){a}도(?![가-힣])", value) and not re.search(rf"(?<![가-힣]){a}(?![가-힣도])", value):
            out.append(f"keywords: {a!r} is the island {a + '도'!r} without its 도")
    return out


def check_school_grade(record: Record, card: dict[str, str]) -> list[str]:
    """A school's key is the school: the pupil's grade ("2학년", "高二", "11th grade") is another fact."""
    if record.focus != SBK or _meta(record, "family") not in ("school", "education_level"):
        return []
    return [f"keywords: {a!r} holds the grade {m.group(0).strip()!r}" for a in dict.fromkeys(_alternatives(record))
            if (m := _GRADE.search(a)) and m.start() > 0]


WHOLE_CHECKS = {"ko_name_copula": check_ko_name_copula, "place_cut": check_place_cut, "school_grade": check_school_grade}
