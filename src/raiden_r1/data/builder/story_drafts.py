"""SBK drafts from a profile's prose: why-questions whose cause the story states
(prose.reason_facts), facts stated only in the introduction or story for families no field covers,
and a favourite food mentioned inside another field. sbk.sbk_drafts adds them after the fields'."""

from __future__ import annotations

from ..schema import Profile
from .alternatives import any_of, name_segments
from .checks import Draft
from .coverage import cause_alternatives
from .equivalents import cause_keys
from .fields import BY_NAME, classify_field
from .keys import grounded, place_keys
from .phrases import SBK, WHY
from .prose import embedded_food, narrative_facts, reason_facts
from .sbk_draft import sbk_draft
from .seeded import stable_rng


MAX_WHY = 2  # why-questions per character: a profile's story is not a quiz


def _subject_names(name: str) -> tuple[str, ...]:
    """How prose names the character: "哈利·詹姆斯·波特", "哈利詹姆斯波特", "哈利波特", "哈利"."""
    segments = [s for s in name_segments(name) if len(s) >= 2]
    forms = [name, "".join(name_segments(name))]
    if len(segments) >= 2:
        forms += [segments[0] + segments[-1], *segments]
    return tuple(dict.fromkeys(f for f in forms if f))


def why_drafts(profile: Profile, seed: int, misses: list[tuple[str, str]]) -> list[Draft]:
    """"你为什么被赐金放还？" -> "因为得罪权贵。": causes the story states in the character's own
    terms (prose.reason_facts); the cause is the key."""
    if profile.language not in WHY["because"]:
        return []
    drafts: list[Draft] = []
    names = _subject_names(profile.name)
    for field_name, value in profile.fields.items():
        family = classify_field(field_name)
        if family is None or family.name not in ("narrative", "personality"):
            continue
        for kind, effect, cause in reason_facts(value, names):
            if len(drafts) == MAX_WHY:
                return drafts
            rng = stable_rng(seed, profile.name, field_name, "why", effect)
            table = WHY[kind][profile.language]
            keys = cause_keys(cause, cause_alternatives(cause, profile.language), effect)
            if keys is None:  # "让茶叶卖到塞外去": a clause, reworded by every answer
                misses.append(("why", "long_cause_phrase"))
                continue
            alts = keys[0]
            draft = sbk_draft(profile, table, rng, family="why", field_name=field_name, items=[[cause]],
                           source=value, qtype="why", difficulty="hard", y=effect, keywords=keys)
            draft.variants = {a for a in alts if not grounded(a, value)}  # "老婆": a word, not the card's
            drafts.append(draft)
    return drafts


def narrative_drafts(profile: Profile, seed: int, present: set[str]) -> list[Draft]:
    """Facts stated only in prose fields (introduction, story), for families no field covers."""
    drafts = []
    for field_name, value in profile.fields.items():
        family = classify_field(field_name)
        if family is None or family.name != "narrative":
            continue
        for fam_name, key in narrative_facts(value):
            if fam_name in present:
                continue
            present.add(fam_name)
            family = BY_NAME[fam_name]
            table = SBK[fam_name].get(profile.language, SBK[fam_name]["en"])
            rng = stable_rng(seed, profile.name, field_name, fam_name)
            # "出生于台湾新北市": the place's parts are answers too (新北市, 台湾)
            places = place_keys(key, family) if family.kind == "place" else []
            keywords = any_of(places) if places and any(len(alts) > 1 for alts in places) else None
            drafts.append(sbk_draft(profile, table, rng, family=fam_name, field_name=field_name, items=[[key]],
                                 source=value, qtype=family.qtype, difficulty="hard", keywords=keywords))
    return drafts


def embedded_food_drafts(profile: Profile, seed: int) -> list[Draft]:
    """A favourite food mentioned inside another field (RAIDEN's 路飞: 爱好 "...最爱的食物是肉...")."""
    for field_name, value in profile.fields.items():
        food = embedded_food(value)
        if food:
            family = BY_NAME["food"]
            table = SBK["food"].get(profile.language, SBK["food"]["en"])
            rng = stable_rng(seed, profile.name, field_name, "food")
            return [sbk_draft(profile, table, rng, family="food", field_name=field_name, items=[[food]], source=value,
                           qtype=family.qtype, difficulty="medium")]
    return []
