"""Checks review 68 found and the audit passed (0 of 11 majors flagged for their real reason): a
key kept as the card's whole phrase without the head word people say ("有点马虎" without 马虎,
"repairing antique wristwatches" without wristwatches), a suburb keyed only with its side ("Dadar
East" without Dadar), a Korean district's core that is an everyday word (수영 of 수영구), a pet
question of a card that denies a pet, and wrong answers foreign to the card's region (shepherd's
pie and "Hugo Crawford" for a Mumbai card). Each judges with the builder's own tables.
"""

from __future__ import annotations

from raiden_r1.text import normalize_term

from ..builder.decoys import card_region, region_names, region_pool
from ..builder.head_words import cut_from, denies_owning, head_forms
from ..builder.place_keys import compass_free
from ..builder.setting import detect_setting
from ..builder.tables import table
from ..schema import SBK, Record
from .checks_keys import _family, _items

_FIELD_FAMILIES_WITH_HEADS = frozenset({"personality", "hobbies", "skills", "dislikes", "habits", "sports", "food",
                                        "signature_dish", "occupation", "identity", "possessions"})
_PLACE_FAMILIES = frozenset({"hometown", "residence", "birthplace", "workplace"})
_KO_COMMON = frozenset(table("coverage.yaml", "KO_PLACE_CORES_COMMON_WORDS"))


def _field_value(record: Record, card: dict[str, str]) -> str:
    return card.get(str((record.metadata.model_extra or {}).get("field") or ""), "")


def check_head_word_keys(record: Record, card: dict[str, str]) -> list[str]:
    """Each key the card writes as a whole phrase has the head word people say beside it (review 68:
    "有点马虎" -> 马虎, "少し頑固" -> 頑固, "개인택시 기사" -> 택시 기사, "my grandmother's pierogi" -> pierogi)."""
    family = _family(record)
    if record.focus != SBK or family not in _FIELD_FAMILIES_WITH_HEADS:
        return []
    out = []
    for i, alts in enumerate(_items(record)):
        have = {normalize_term(a) for a in alts}
        for a in [a for a in alts if not any(cut_from(a, b) for b in alts)]:  # as sbk._heads
            heads = head_forms(a, record.language, family)
            if heads and not have & {normalize_term(h) for h in heads}:
                out.append(f"keywords.{i}: {a!r} has no key for the head word people say ({heads[0]!r})")
    return out


def check_place_everyday_name(record: Record, card: dict[str, str]) -> list[str]:
    """A place keyed with its side has its bare name too ("Dadar East" -> Dadar); a Korean district's
    core that is an everyday word (수영 of 수영구: swimming) is no key."""
    if record.focus != SBK or _family(record) not in _PLACE_FAMILIES:
        return []
    out = []
    for i, alts in enumerate(_items(record)):
        for a in alts:
            bare = compass_free(a)
            if bare and bare[0] not in alts:
                out.append(f"keywords.{i}: {a!r} is said {bare[0]!r}, which is no key")
            if record.language == "ko" and a in _KO_COMMON:
                out.append(f"keywords.{i}: {a!r} is an everyday word, no place key alone")
    return out


def check_denied_fact(record: Record, card: dict[str, str]) -> list[str]:
    """No question presupposes what the card denies ("no pet of his own, but he feeds a street dog":
    no "what's your pet's name?" with a gold claiming a pet)."""
    value = _field_value(record, card)
    if record.focus != SBK or _family(record) != "pets" or not value:
        return []
    return ["question: asks for a pet the card says the character does not have"] if denies_owning(value, record.language) else []


def check_decoy_region(record: Record, card: dict[str, str]) -> list[str]:
    """Wrong dishes and names of an English card of a region with its own pools (decoys.yaml
    REGION_POOLS) are of that region: no shepherd's pie or "Hugo Crawford" for a Mumbai card."""
    if record.focus != SBK or record.language != "en":
        return []
    text = "\n".join(card.values())
    family, setting = _family(record), detect_setting(card)
    if setting in ("historical", "future"):
        return []
    if family in ("food", "signature_dish"):
        pool = region_pool(text, "en", "food", _field_value(record, card))
        return [f"negative_keywords: {n!r} is no dish of the card's region ({card_region(text, 'en')})"
                for n in record.negative_keywords if pool and n not in pool]
    key = next((k if isinstance(k, str) else k[0] for k in record.keywords), "")
    culture = region_names(text, family, key, record.character_name, "en", setting)
    if culture:
        names = {n for pools in table("decoys.yaml", "GIVEN").values() for n in pools.get(culture, ())}
        names |= set(table("decoys.yaml", "SURNAMES").get(culture, ()))
        return [f"negative_keywords: {n!r} is no name of the card's people ({culture})"
                for n in record.negative_keywords if not set(n.split()) & names]
    return []


SAID_CHECKS = {"head_word_keys": check_head_word_keys, "place_everyday_name": check_place_everyday_name,
               "denied_fact": check_denied_fact, "decoy_region": check_decoy_region}
