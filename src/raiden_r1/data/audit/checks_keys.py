"""Checks of keys and wrong answers that review 55 found and the audit passed (a person's key
whose alternative is a bare title, "太医" of 钱太医, is the keywords check's: alternatives.is_bare_title): a
place alternative cut out of a word ("长安西" of 长安西市, "道幽州" of 河北道幽州), and a pre-modern
Chinese card's place negatives of another dynasty or with the modern city unit ("汴梁" or "广州市"
for a Tang merchant), a first person taken as a catch-phrase ("微臣") and a why key that is a whole
clause, and (review 61) a list item cut with a dangling connective ("心肠却软"). Each judges with
the builder's own tables.
"""

from __future__ import annotations

import re

from raiden_r1.text import normalize

from ..builder.clauses import unlinked
from ..builder.coverage import card_self_references, is_address_form, is_self_reference
from ..builder.heads import ja_whole_word, trait_halves
from ..builder.decoys import samurai_age, zh_dynasty
from ..builder.equivalents import LONG_CAUSE
from ..builder.setting import detect_setting
from ..builder.tables import table
from ..name_order import surname_first
from ..schema import SBK, Record

_PLACE_FAMILIES = frozenset({"hometown", "residence"})
_UNIT_CHARS = frozenset("".join(table("coverage.yaml", "OUTER_UNITS_CJK") + table("coverage.yaml", "INNER_UNITS_CJK")))
_CITIES = frozenset(table("coverage.yaml", "CITY_PREFIXES_CJK"))
_CJK = re.compile(r"[\u4e00-\u9fff]+")


def _items(record: Record) -> list[list[str]]:
    return [[k] if isinstance(k, str) else list(k) for k in record.keywords]


def _family(record: Record) -> str:
    # records not written by the builder (data generate's, hand-made ones) carry no family note
    return str((record.metadata.model_extra or {}).get("family") or "")


def check_cut_places(record: Record, card: dict[str, str]) -> list[str]:
    """No place alternative is a word cut at the wrong place: one starting with a unit ("道幽州",
    "府大阪市"), or a city with one more character that the card writes with a unit after it
    ("长安西" of 长安西市)."""
    if record.focus != SBK or _family(record) not in _PLACE_FAMILIES:
        return []
    text = "\n".join(card.values())
    out = []
    for i, alts in enumerate(_items(record)):
        for a in alts[1:]:
            if not _CJK.fullmatch(a):
                continue
            starts_with_unit = len(a) >= 3 and a[0] in _UNIT_CHARS and a not in text.replace(alts[0], "")
            city_cut = a[:-1] in _CITIES and any(a + u in text for u in "市区县")
            if starts_with_unit or city_cut:
                out.append(f"keywords.{i}: {a!r} is a place cut short")
    return out


def check_period_decoys(record: Record, card: dict[str, str]) -> list[str]:
    """A pre-modern Chinese card's place negatives are places of its own dynasty, without the
    modern 市 (decoys.yaml POOLS place zh_historical_<dynasty>)."""
    if record.focus != SBK or record.language != "zh" or _family(record) not in _PLACE_FAMILIES:
        return []
    if detect_setting(card) != "historical":
        return []
    text = "\n".join(card.values())
    pools = table("decoys.yaml", "POOLS")["place"]
    dynasty = zh_dynasty(text)
    own = {p for g in pools.get(f"zh_historical_{dynasty}", ()) for p in g} if dynasty else set()
    others = {p for k, groups in pools.items() if k.startswith("zh_historical_") and k != f"zh_historical_{dynasty}"
              for g in groups for p in g}
    out = []
    for neg in record.negative_keywords:
        if re.search(r"[市区]$", neg):
            out.append(f"negative_keywords: {neg!r} carries the modern city unit in a pre-modern card")
        elif dynasty and neg in others and neg not in own:
            out.append(f"negative_keywords: {neg!r} is no place name of the card's dynasty ({dynasty})")
    return out


def check_phrase_keys(record: Record, card: dict[str, str]) -> list[str]:
    """A catch-phrase key is no first person ("微臣", "わし", or what the card says the character
    calls itself) and no form of address ("尔等", "お主", "여러분"), and a why key is no clause a person rewords ("治好了一位公主的痘疹")."""
    family = _family(record)
    out = []
    if family in ("catchphrase", "quotes"):
        own = set().union(*(card_self_references(v) for v in card.values()))
        out += [f"keywords.{i}: {a!r} is how the character names itself or addresses others, not a catch-phrase"
                for i, alts in enumerate(_items(record)) for a in alts
                if is_self_reference(a) or normalize(a) in own or is_address_form(a)]
    if family == "why":
        out += [f"keywords.{i}: {alts[0]!r} is a clause, reworded by a right answer"
                for i, alts in enumerate(_items(record))
                if len(alts) == 1 and _CJK.fullmatch(alts[0]) and len(alts[0]) >= LONG_CAUSE]
    return out


# Chinese and Japanese write no space inside a value; Korean spacing ("스물두 살") is ordinary
_CJK_GAP = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff] [\u3040-\u30ff\u4e00-\u9fff]")
# a Japanese verb cut at する's continuative ("再び仕官し"), a Korean unit cut at its last syllable
# ("대구광역" of 대구광역시)
_FRAGMENT = re.compile(r"(?:광역|특별|특별자치)$")
_LIST_MARK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3][、,，][\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]| 및 ")
_HEIAN_SURNAMES = tuple(table("decoys.yaml", "SURNAMES")["ja_historical"])


def check_key_spans(record: Record, card: dict[str, str]) -> list[str]:
    """SBK keys are whole values a right answer says: no CJK value with the card's internal space
    as its only form ("陸奥国 白河": "白河" is refused), no fragment cut at a conjugation or a
    unit ("再び仕官し", "대구광역"), no list kept as one key ("清冷寡言" of two traits, "A、B")."""
    if record.focus != SBK or _family(record) in ("catchphrase", "quotes", "why"):
        return []
    out = []
    for i, alts in enumerate(_items(record)):
        if len(alts) == 1 and _CJK_GAP.search(alts[0]) and _family(record) not in ("name", "english_name"):
            out.append(f"keywords.{i}: {alts[0]!r} keeps the card's space and has no other form")
        out += [f"keywords.{i}: {a!r} is a fragment, not a whole word" for a in alts
                if _FRAGMENT.search(a) or ja_whole_word(a)]
        if _LIST_MARK.search(alts[0]) and len(alts) == 1:
            out.append(f"keywords.{i}: {alts[0]!r} is a list kept as one key")
        halves = trait_halves(alts[0]) if _family(record) == "personality" else []
        if halves and not set(halves) & set(alts):
            out.append(f"keywords.{i}: {alts[0]!r} is two traits kept as one key")
    return out


def check_period_names(record: Record, card: dict[str, str]) -> list[str]:
    """A samurai-age Japanese card's wrong names are not Heian courtiers' (橘義懐 for an Edo rōnin)."""
    if record.language != "ja" or not samurai_age("\n".join(card.values())):
        return []
    return [f"negative_keywords: {n!r} is a Heian name for a samurai-age card"
            for n in record.negative_keywords if len(n) >= 3 and n.startswith(_HEIAN_SURNAMES)]


def check_cut_clause(record: Record, card: dict[str, str]) -> list[str]:
    """No item the gold answer says is a clause cut from its neighbour with the connective that
    only the neighbour explains (review 61: "心肠却软" of "嘴上不饶人，心肠却软", builder/clauses.yaml):
    neither the first key of an item nor any key the answer says."""
    out = []
    for i, alts in enumerate(_items(record)):
        said = [a for a in alts if a == alts[0] or a in record.answer]
        cut = next((a for a in said if unlinked(a, record.language)), None)
        if cut:
            out.append(f"keywords.{i}: {cut!r} is a clause cut from its neighbour (said {unlinked(cut, record.language)!r})")
    return out


_WAIT_CLAUSE = re.compile("|".join(table("words.yaml", "GOAL_WAIT_CLAUSES")), re.IGNORECASE)


def check_wait_clause_goal(record: Record, card: dict[str, str]) -> list[str]:
    """No dream's key is the clause saying when it will come ("等儿子毕业" of "等儿子毕业，…开个农家乐")."""
    if record.focus != SBK or _family(record) != "dream":
        return []
    return [f"keywords.{i}: {alts[0]!r} says when the dream comes, not what it is"
            for i, alts in enumerate(_items(record)) if _WAIT_CLAUSE.search(alts[0].strip())]


_THIRD_POSSESSIVE = re.compile(r"\b(?:his|her|their)\b", re.IGNORECASE)


def check_third_person_key(record: Record, card: dict[str, str]) -> list[str]:
    """An English gold of the character's own trait or liking does not say a key copied from the card
    in the third person ("I'm … quick with his fists")."""
    if record.focus != SBK or record.language != "en" or _family(record).startswith("relation"):
        return []
    out = []
    for i, alts in enumerate(_items(record)):
        for a in alts:
            if _THIRD_POSSESSIVE.search(a):  # "her grandmother's pierogi": no answer in the first person says it
                out.append(f"keywords.{i}: {a!r} is the card's third person, no key")
            third = {re.sub(r"\bmy\b", p, a) for p in ("his", "her", "their")} - {a}
            out += [f"answer: says {t!r} (the card's third person) about the speaker" for t in third if t in record.answer]
    return out


def check_surname_key(record: Record, card: dict[str, str]) -> list[str]:
    """No bare surname of a name written surname first as an alternative ("Tan" of "Tan Ah Moi": it
    pays any Tan, and the given name "Ah Moi" is the short form people say; review 67)."""
    out = []
    for alts in record.keywords:
        alts = [alts] if isinstance(alts, str) else alts
        for name in alts:
            order = surname_first(name)
            if order and order[0] in alts:
                out.append(f"keywords: the bare surname {order[0]!r} of {name!r} (written surname first)")
    return out


KEY_CHECKS = {"cut_places": check_cut_places, "period_decoys": check_period_decoys, "phrase_keys": check_phrase_keys,
              "key_spans": check_key_spans, "period_names": check_period_names, "cut_clause": check_cut_clause,
              "wait_clause_goal": check_wait_clause_goal, "third_person_key": check_third_person_key,
              "surname_key": check_surname_key}
