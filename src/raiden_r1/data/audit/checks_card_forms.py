"""Checks for keys that miss a form the card itself gives (review 70, none flagged by the audit):
an address keyed by its district alone while the card names its city and area too ("上海市浦东新区
张江" refused "我住在上海", "住张江"), a name question without the nickname the description quotes
inside the name ("Margaret 'Maggie' Fraser"), a watching hobby without the thing watched (相撲見物
without 相撲), an old woman's name without the honorific お's bare form (おはる without はる); and
questions asked from the wrong field or with the card's raw label ("What do you enjoy doing?" from
Likes, "What is your Activation date?"), and a CM question about the character's plan that names
no one while the user said a plan of their own ("내일 어디 간다고 했죠?").
Each reads the card's words, not the builder's output.
"""

from __future__ import annotations

import re

from ..builder.tables import table
from ..schema import SBK, Record

_UNIT = re.compile(r"[^的の、，,\s]+?(?:省|市|区|區|县|縣)")
_PROVINCES = frozenset(p for p in table("words.yaml", "PROVINCES_ZH") if p not in table("words.yaml", "CITIES_ZH"))
_WATCHING = re.compile(r"([\u4e00-\u9fff\u30a0-\u30ff]{2,6}?)(?:見物|観戦|見学|観劇)")
_O_NAME = re.compile(r"(?<![ぁ-ゖ])お([ぁ-ゖ]{2})(?![ぁ-ゖ])")
_O_WHOLE = frozenset(table("words.yaml", "JA_O_NAMES_WHOLE"))


def _items(record: Record) -> list[list[str]]:
    return [[k] if isinstance(k, str) else list(k) for k in record.keywords]


def _meta(record: Record, key: str) -> str:
    return str((record.metadata.model_extra or {}).get(key) or "")


def _alternatives(record: Record) -> set[str]:
    return {a for alts in _items(record) for a in alts}


def check_address_levels(record: Record, card: dict[str, str]) -> list[str]:
    """A Chinese address of city and district units with an area after them is keyed by every level
    but a province: the city, the district and the area, any of which answers where one lives."""
    if record.focus != SBK or _meta(record, "family") not in ("residence", "hometown") or record.language != "zh":
        return []
    value = card.get(_meta(record, "field"), "").strip()
    units = _UNIT.findall(value) if re.fullmatch(r"[\u4e00-\u9fff]+", value) else []
    if len(units) < 2 or "".join(units) != value[:len("".join(units))]:
        return []
    rest = value[len("".join(units)):]
    levels = [u for u in units if u[:-1] not in _PROVINCES] + ([rest] if len(rest) == 2 else [])
    alts = _alternatives(record)
    return [f"keywords: the address {value!r} has no key for {lvl!r}" for lvl in levels
            if not any(a == lvl or a == lvl[:-1] for a in alts)]


def check_quoted_nickname(record: Record, card: dict[str, str]) -> list[str]:
    """A name question takes the nickname the card quotes inside the character's name anywhere
    ("Eleanor 'Nell' Baird" in the description of a card named Eleanor Baird)."""
    if record.focus != SBK or _meta(record, "family") != "name" or record.language != "en":
        return []
    parts = record.character_name.split()
    if len(parts) < 2:
        return []
    rx = re.compile(rf"\b{re.escape(parts[0])}\s+[\"'“‘]([A-Z][\w.-]{{1,19}})[\"'”’]\s+{re.escape(parts[-1])}\b")
    nicks = {m.group(1) for v in card.values() for m in rx.finditer(v)}
    alts = _alternatives(record)
    return [f"keywords: the name question does not take the nickname {n!r} the card quotes" for n in sorted(nicks) if n not in alts]


def check_watched_thing(record: Record, card: dict[str, str]) -> list[str]:
    """A Japanese watching hobby (相撲見物, 野球観戦) is also keyed by the thing watched."""
    if record.focus != SBK or record.language != "ja":
        return []
    alts = _alternatives(record)
    return [f"keywords: {a!r} has no key for the thing watched {m.group(1)!r}"
            for a in sorted(alts) for m in [_WATCHING.fullmatch(a)] if m and m.group(1) not in alts]


def check_o_name(record: Record, card: dict[str, str]) -> list[str]:
    """A Japanese name of an honorific お and two kana (おはる) is keyed without the お too."""
    if record.focus != SBK or record.language != "ja" or not _meta(record, "family").startswith("relation"):
        return []
    alts = _alternatives(record)
    return [f"keywords: {a!r} has no key without the honorific お ({a[1:]!r})"
            for a in sorted(alts) if _O_NAME.fullmatch(a) and a not in _O_WHOLE and a[1:] not in alts]


_LIKES_FIELD = re.compile(r"(?i)^\s*(?:likes?|loves?|喜欢|喜欢的东西|喜好)\s*$")
_PASTIME_QUESTION = re.compile(r"(?i)enjoy doing|free time|hobb|平时喜欢做什么|闲下来|爱好")
# the character's own plan asked with its subject: you / 你 / あなた / the Korean listener (너, 가신다, 하셨)
_PLAN_SUBJECT = {"en": re.compile(r"(?i)\byou\b"), "zh": re.compile("你|您"), "ja": re.compile("あなた|君|お前|あんた|貴殿|お主|おめえ"),
                 "ko": re.compile(r"너|당신|그쪽|자네|씨|님|(?:시|셨)[다어죠는고]")}


def check_likes_question(record: Record, card: dict[str, str]) -> list[str]:
    """A likes field is asked what one likes, not what one does in one's free time."""
    if record.focus != SBK or not _LIKES_FIELD.match(_meta(record, "field")):
        return []
    m = _PASTIME_QUESTION.search(record.question)
    return [f"question: asks for pastimes ({m.group(0)!r}) from the field {_meta(record, 'field')!r}"] if m else []


def check_raw_label(record: Record, card: dict[str, str]) -> list[str]:
    """An English question says a card's field label as speech, in lower case ("your activation date")."""
    field = _meta(record, "field")
    if record.focus != SBK or record.language != "en" or not re.search(r"[A-Z][a-z]", field):
        return []
    return [f"question: says the card's label {field!r} with its capitals"] if re.search(rf"\b(?:your|my) {re.escape(field)}\b", record.question) else []


def check_cm_subject(record: Record, card: dict[str, str]) -> list[str]:
    """A CM question about the character's own plan names whose plan it asks (the user said one too)."""
    if _meta(record, "family") != "cm:own_plan" or record.language not in _PLAN_SUBJECT:
        return []
    return [] if _PLAN_SUBJECT[record.language].search(record.question) else [
        f"question: {record.question!r} names no one, and the user said a plan of their own"]


CARD_FORM_CHECKS = {"likes_question": check_likes_question, "raw_label": check_raw_label, "cm_subject": check_cm_subject,
                    "address_levels": check_address_levels, "quoted_nickname": check_quoted_nickname,
                    "watched_thing": check_watched_thing, "o_name": check_o_name}
