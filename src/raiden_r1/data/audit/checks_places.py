"""Checks review 61 found and the audit passed: an English gold that puts a place word after a
preposition of its own ("I live in near the Globe", "in orbiting Ceres"), a key that starts with an
article ("the plague carts" refuses "I hate plague carts"), and a CM chat that offers the character's
own home as a far-off place ("visit Ceres Station" to a woman living on a station orbiting Ceres);
review 66: a place the card cannot reach (a harbour inland, a boat to a landlocked city, a closed border).
Each judges with the builder's own tables.
"""

from __future__ import annotations

import re

from raiden_r1.text import contains_term, keyword_in, normalize, normalize_term

from ..builder.cm_phrases import POOLS
from ..builder.cm_settings import SETTING_POOLS
from ..builder.coverage import latin_kind_free
from ..builder.decoys import name_culture, phrase_slot, school_level, shares_trade_word
from ..builder.fields import classify_field
from ..builder.reach import out_of_reach
from ..builder.coverage import is_institution
from ..builder.region_keys import is_region
from ..builder.tables import table
from ..schema import CM, SBK, Record

_PLACE_WORDS = sorted(table("coverage.yaml", "EN_NEAR_WORDS") + table("coverage.yaml", "EN_LIES_WORDS"), key=len, reverse=True)
_CLASH = re.compile(r"\b(?:in|at|on|from|to) (?:" + "|".join(map(re.escape, _PLACE_WORDS)) + r")\b", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:" + "|".join(table("words.yaml", "EN_ARTICLES")) + r")\s+\S{3,}", re.IGNORECASE)


def check_preposition_clash(record: Record, card: dict[str, str]) -> list[str]:
    """An English gold says no preposition before a word that is one itself ("living in near X")."""
    if record.language != "en":
        return []
    m = _CLASH.search(record.answer)
    return [f"answer: {m.group(0)!r} puts two prepositions together"] if m else []


def check_article_keys(record: Record, card: dict[str, str]) -> list[str]:
    """No key starts with an article: "the plague carts" refuses the plain "plague carts"."""
    out = []
    for i, k in enumerate(record.keywords):
        for a in [k] if isinstance(k, str) else k:
            if _ARTICLE.match(a):
                out.append(f"keywords.{i}: {a!r} starts with an article an answer may leave out")
    return out


def _place_pool(language: str) -> set[str]:
    pools = [POOLS.get(language, {})] + [by_lang.get(language, {}) for by_lang in SETTING_POOLS.values()]
    # the trip places only: a "spot" (市, 寺) is a kind of place any town has, news to nobody
    return {p for pool in pools for p in pool.get("place", ()) if len(normalize_term(p)) >= 2}


_PLACES = {lang: _place_pool(lang) for lang in ("en", "zh", "ja", "ko")}


def check_own_place(record: Record, card: dict[str, str]) -> list[str]:
    """A CM chat names no place of the pools that the card gives as the character's own (its name
    or its name without the kind written into it: "Ceres Station" where the card says "Ceres")."""
    if record.focus != CM:
        return []
    text = normalize("\n".join(card.values()))
    said = normalize("\n".join(t.content for t in record.conversation_history) + "\n" + record.answer)
    out = []
    for place in sorted(_PLACES.get(record.language, ())):
        if contains_term(said, normalize_term(place)) and any(
                contains_term(text, normalize_term(f)) for f in [place, *latin_kind_free(place)]):
            out.append(f"conversation_history: {place!r} is a place the card already names (the character's own), offered as news")
    return out


def _note(record: Record, name: str) -> str:
    # records not written by the builder (data generate's, hand-made ones) carry no such note
    return str((record.metadata.model_extra or {}).get(name) or "")


def check_lone_region(record: Record, card: dict[str, str]) -> list[str]:
    """No home key is a province or state alone beside the place inside it ("Kentucky" beside
    "Perry County"): it pays every other place of the card in that region, a relative's included."""
    value = card.get(_note(record, "field"), "")
    if record.focus != SBK or _note(record, "family") not in ("hometown", "residence") or not value:
        return []
    alts = [a for k in record.keywords for a in ([k] if isinstance(k, str) else k)]
    regions = [a for a in alts if is_region(a, value, record.language)]
    if regions and len(regions) < len(alts):
        return [f"keywords: {regions[0]!r} is the region alone, beside the place the card gives inside it"]
    return []


def check_school_home(record: Record, card: dict[str, str]) -> list[str]:
    """No birthplace key is a school ("Balliol College" of "Balliol College, Oxford", 早稲田大学 of
    "出身：早稲田大学"): one studies at a college, one is born in a town (s31)."""
    if record.focus != SBK or _note(record, "family") != "hometown":
        return []
    return [f"keywords: {a!r} is a school, not a place of birth"
            for k in record.keywords for a in ([k] if isinstance(k, str) else k) if is_institution(a)]


def check_own_trade_negative(record: Record, card: dict[str, str]) -> list[str]:
    """No wrong hobby, skill or dish shares a word with the character's own trade (刺绣 for a 绣娘)."""
    if record.focus != SBK or not phrase_slot(_note(record, "family")):
        return []
    jobs = [re.split(r"[，,；;。(（]", v)[0] for k, v in card.items()
            if getattr(classify_field(k), "name", None) == "occupation"]
    return [f"negative_keywords: {n!r} shares a word with the character's own occupation"
            for n in record.negative_keywords if any(shares_trade_word(n, j) for j in jobs)]


def _en_place_groups() -> list[list[str]]:
    return table("decoys.yaml", "POOLS")["place"]["en"]


def check_decoy_culture(record: Record, card: dict[str, str]) -> list[str]:
    """Wrong answers are of the card's own country (review 67): no Brighton for a Singaporean's
    home where the card names Singapore, no "Ada Ellison" for the mother "Tan Ah Moi"."""
    if record.focus != SBK or record.language != "en":
        return []
    text = "\n".join(card.values())
    family = _note(record, "family")
    if family in ("hometown", "residence"):
        countries = table("decoys.yaml", "PLACE_COUNTRIES")

        def named_in(where: str) -> list[list[str]]:  # as the builder: a town or the country, the asked value first
            return [g for g in _en_place_groups() if any(keyword_in(where, c) for c in g)
                    or (g[0] in countries and re.search(countries[g[0]], where, re.IGNORECASE))]
        named = named_in(card.get(_note(record, "field"), "")) or named_in(text)
        if not named:
            return []
        own = {c for g in named for c in g}
        return [f"negative_keywords: {n!r} is a town of another country than the card's"
                for n in record.negative_keywords if n not in own and any(n in g for g in _en_place_groups())]
    if family.startswith("relation:") or family == "name":
        key = next((k if isinstance(k, str) else k[0] for k in record.keywords), "")
        culture = name_culture(text, key, record.character_name, record.language)
        surnames = set(table("decoys.yaml", "SURNAMES").get(culture, ()))
        given = {g for pool in table("decoys.yaml", "GIVEN").values() for g in pool.get(culture, ())}
        # a culture with no surnames (Malay, Tamil: "binti", "s/o") is told by its given names
        return [f"negative_keywords: {n!r} is no name of the card's people ({culture})"
                for n in record.negative_keywords if culture and n.split() and n.split()[0] not in surnames
                and (surnames or n not in given)]
    return []


def check_reach(record: Record, card: dict[str, str]) -> list[str]:
    """Review 66: every place a CM chat names can be reached from the card's place and year
    (builder/reach.yaml): no harbour for an inland mining town, no boat ticket to landlocked 大理,
    no trip to 哈尔滨 in 1936 (then Manchukuo), nor such a place as a wrong answer."""
    if record.focus != CM:
        return []
    texts = [*((f"conversation_history.{i}", t.content) for i, t in enumerate(record.conversation_history)),
             ("answer", record.answer), *((f"negative_keywords.{i}", n) for i, n in enumerate(record.negative_keywords))]
    return [f"{where}: {why}" for where, text in texts
            for why in [out_of_reach(text, card, record.language)] if why]


def check_school_level(record: Record, card: dict[str, str]) -> list[str]:
    """A school question's wrong schools are of the key's level (session 32): a pupil is offered no
    universities, and a graduate no high school (some "第一中学" may well be theirs)."""
    family = str((record.metadata.model_extra or {}).get("family") or "")
    if record.focus != SBK or family not in ("school", "education_level") or not record.keywords:
        return []
    first = record.keywords[0]
    key = first if isinstance(first, str) else first[0]
    if not is_institution(key):
        return []
    level = school_level(key, record.language)
    return [f"negative_keywords.{j}: {n!r} is a school of another level than {key!r}"
            for j, n in enumerate(record.negative_keywords) if is_institution(n) and school_level(n, record.language) != level]


def check_landmark_kind_key(record: Record, card: dict[str, str]) -> list[str]:
    """No place key is a landmark's kind alone ("해수욕장", "公园"): it pays any beach or park."""
    if record.focus != SBK:
        return []
    return [f"keywords.{i}: {a!r} is a kind of place, no place" for i, k in enumerate(record.keywords)
            for a in ([k] if isinstance(k, str) else k) if a in _LANDMARK_KINDS]


_LANDMARK_KINDS = frozenset(table("words.yaml", "LANDMARK_KINDS"))


PLACE_CHECKS = {"school_level": check_school_level, "landmark_kind_key": check_landmark_kind_key,
                "decoy_culture": check_decoy_culture, "preposition_clash": check_preposition_clash, "article_keys": check_article_keys,
                "own_place": check_own_place, "lone_region": check_lone_region, "school_home": check_school_home,
                "own_trade_negative": check_own_trade_negative, "reach": check_reach}
