"""Checks review 72 found and the audit passed (0 of 7 majors flagged): a whole-phrase key without
the everyday form people say ("抄录医书" without 抄医书, "jollof rice" without jollof, "침방 상궁 최씨"
without 최 상궁), a birthday whose card also names the day ("음력 구월 구일 (중양절)") keyed without
that name, a person field asked "what" ("스승은 뭐예요?"), and a key cut inside an address at a unit
character ("府清河坊" of "临安府清河坊"); and (review 73) a short key another fact of the card says.
Each judges with the builder's own rules."""

from __future__ import annotations

import re

from raiden_r1.text import normalize_term

from ..builder.dates import day_names_in_brackets
from ..builder.everyday_forms import everyday_forms
from ..builder.fragment_keys import FRAGMENT_FAMILIES, other_facts, said_elsewhere
from ..builder.head_words import SPECIES_FIELD
from ..builder.phrases import BY_FIELD_NAME
from ..schema import SBK, Record
from .checks_keys import _family, _items

_WHAT = {"ko": r"뭐|무엇", "zh": r"什么|啥", "ja": r"何|なに|なん", "en": r"(?i)\bwhat\b"}
_UNIT_HEAD = re.compile(r"^[府州县縣市区區省郡]")  # not 道: a Japanese name (道軒) starts so


def _field(record: Record) -> str:
    return str((record.metadata.model_extra or {}).get("field") or "")


def check_everyday_form_keys(record: Record, card: dict[str, str]) -> list[str]:
    """Each whole-phrase key has the everyday form the builder derives beside it."""
    if record.focus != SBK:
        return []
    out = []
    others = other_facts(card, _field(record)) if _family(record) in FRAGMENT_FAMILIES else []
    for i, alts in enumerate(_items(record)):
        have = {normalize_term(a) for a in alts}
        for a in alts:
            # (a form another fact of the card says is left out on purpose: check_other_fact_keys)
            forms = [f for f in everyday_forms(a, record.language, _family(record)) if not said_elsewhere(f, a, others)]
            if forms and not have & {normalize_term(f) for f in forms}:
                out.append(f"keywords.{i}: {a!r} has no key for the everyday form ({forms[0]!r})")
    return out


def check_day_name_key(record: Record, card: dict[str, str]) -> list[str]:
    """A birthday the card also names in brackets ("三月初三（上巳节）") has that name as a key."""
    if record.focus != SBK or _family(record) != "birthday":
        return []
    names = day_names_in_brackets(card.get(_field(record), ""))
    keys = {normalize_term(a) for alts in _items(record) for a in alts}
    return [f"keywords: the card's name of the day {n!r} is no key" for n in names[:1]
            if not keys & {normalize_term(x) for x in names}]


def check_who_question(record: Record, card: dict[str, str]) -> list[str]:
    """A field that names a person is asked who, never what (review 72: "스승은 뭐예요?")."""
    if record.focus != SBK or _family(record) != "generic":
        return []
    person = any(record.language in e and re.search(e["field"], _field(record)) for e in BY_FIELD_NAME.get("generic", ()))
    what = _WHAT.get(record.language)
    return ([f"question: a person field asked what ({record.question!r})"]
            if person and what and re.search(what, record.question) else [])


def check_cut_unit_key(record: Record, card: dict[str, str]) -> list[str]:
    """No key cut inside an address at its unit character ("府清河坊" of "临安府清河坊"): Chinese only."""
    if record.language != "zh":
        return []
    out = []
    for i, alts in enumerate(_items(record)):
        for a in alts:
            if _UNIT_HEAD.match(a) and any(b != a and b.endswith(a) and re.search(r"[\u4e00-\u9fff]$", b[:-len(a)])
                                          for b in alts):
                out.append(f"keywords.{i}: {a!r} is cut inside an address at its unit")
    return out


def check_other_fact_keys(record: Record, card: dict[str, str]) -> list[str]:
    """No short form of a key is said by another fact of the card (review 73: a fragment pays the
    answer that gives that other fact); judged by the builder's fragment_keys rules."""
    if record.focus != SBK or _family(record) not in FRAGMENT_FAMILIES or SPECIES_FIELD.match(_field(record).strip()):
        return []
    others = other_facts(card, _field(record))
    out = []
    for i, alts in enumerate(_items(record)):
        wholes = [a for a in alts if not any(a != b and a.casefold() in b.casefold() for b in alts)]
        for a in alts:
            if a not in wholes and any(a.casefold() in w.casefold() and said_elsewhere(a, w, others) for w in wholes):
                out.append(f"keywords.{i}: {a!r} is also said by another fact of the card")
    return out


EVERYDAY_CHECKS = {"everyday_form_keys": check_everyday_form_keys, "day_name_key": check_day_name_key,
                   "who_question": check_who_question, "cut_unit_key": check_cut_unit_key,
                   "other_fact_keys": check_other_fact_keys}
