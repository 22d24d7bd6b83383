"""A home's keys without its region alone, and with the short name the card itself uses.

"Cutshin Creek, Perry County, Kentucky": an answer "Kentucky" names the state of every place on the
card (the residence in Harlan County, a sister in Hazard) and so says nothing about the birthplace;
the outermost unit of an address of several units is no key alone ("江苏" of 江苏苏州府吴县, whose
father is 无锡人). The units inside it stay keys. A county the card also writes bare elsewhere
("回绥德" beside 陕西榆林绥德县) is said that way, so its bare name is a key; a Japanese home
"東京・本所の長屋" is said by the place before の ("本所の生まれ").
"""

from __future__ import annotations

import re

from raiden_r1.text import has_cjk, normalize_term

from .places import without_near_word
from .tables import table
from .terms import Items, term_in, unique_terms

_PROVINCES = tuple(p for p in table("words.yaml", "PROVINCES_ZH") if p not in table("words.yaml", "CITIES_ZH"))
_PROVINCE_SUFFIX = re.compile(r"(?:省|市|自治区|特别行政区)$")
_KO_PROVINCES = frozenset(table("words.yaml", "KO_PROVINCES"))
_EN_STATES = frozenset(normalize_term(s) for s in table("words.yaml", "EN_STATES") + table("words.yaml", "EN_COUNTRIES"))
_JA_PREFECTURES = frozenset(table("words.yaml", "JA_PREFECTURES"))
_JA_SUBAREAS = tuple(table("coverage.yaml", "JA_SUBAREA_SUFFIXES"))
_UNIT_END = re.compile(r"([\u4e00-\u9fff]{4,6})([县縣市区區郡])$")
_DWELLING = "|".join(sorted(table("words.yaml", "JA_DWELLING_KINDS"), key=len, reverse=True))
# "祇園の置屋「鶴屋」": the house's own name after its kind is no part of where it stands
_JA_HOME = re.compile(r"^(.{2,12}?)の(?:" + _DWELLING + r")(?:「[^「」]{1,12}」)?$")


def is_region(term: str, value: str, lang: str) -> bool:
    """Whether a key is the outermost unit of the value: a province, prefecture or state."""
    if lang == "ja":  # "苏州府" is a Qing prefecture, "大阪府" a Japanese one
        return term in _JA_PREFECTURES
    if has_cjk(term):
        return _PROVINCE_SUFFIX.sub("", term) in _PROVINCES or term in _KO_PROVINCES
    # the state that ends a comma-parted address ("…, Perry County, Kentucky"); "Mill Lane, near
    # Aldbury" ends in no state, and "Victoria" the queen's name is no address's last part
    # (or a country: "Chennai, India"), or the bracketed one after the town ("Chennai (India)")
    parts = [p.strip() for p in re.split(r"[,()]", value) if p.strip()]
    return len(parts) >= 2 and normalize_term(term) in {normalize_term(p) for p in parts[1:]} \
        and normalize_term(term) in _EN_STATES


def without_lone_region(items: Items, value: str, lang: str) -> Items:
    """The items without a bare region alternative, where another alternative names the place."""
    regions = {a for alts in items for a in alts if is_region(a, value, lang)}
    if not regions or all(a in regions for alts in items for a in alts):
        return items
    # an item written as the region ("石川県") goes whole, its short form ("石川") with it
    kept = [[] if alts[0] in regions and len(items) > 1 else [a for a in alts if a not in regions] for alts in items]
    kept = [alts for alts in kept if alts]
    return kept or items


def card_short_names(items: Items, value: str, card: str) -> Items:
    """Each item with the short names the card gives its place elsewhere (a county's bare name),
    and a Japanese home with the place before の."""
    elsewhere = card.replace(value, "")
    out = []
    for alts in items:
        extra = []
        for a in alts:
            unit = _UNIT_END.search(a)
            if unit:  # "榆林绥德县": 绥德 where the card says "回绥德"
                core = unit.group(1)
                extra += [t for n in (2, 3) for t in [core[-n:]] if len(core) - n >= 2 and t in elsewhere]
                extra += [t + unit.group(2) for t in extra if t + unit.group(2) in a]
            home = _JA_HOME.match(a)
            if home:  # "東京・本所の長屋": 本所 (東京 alone is the region, no key)
                place = home.group(1)
                extra += [place, place.split("・")[-1]] if "・" in place else [place]
                sub = next((x for x in _JA_SUBAREAS if place.endswith(x) and len(place) - len(x) >= 2), None)
                extra += [place[:-len(sub)]] if sub else []  # "宮川町甲部" is "宮川町"
                # "先斗町の置屋「菊屋」" is "先斗町の置屋" in speech: the house without its own name
                extra += [re.sub(r"「[^「」]*」$", "", a)]
        out.append(unique_terms(alts + [t for t in extra if len(t) >= 2]))
    return out


def without_near_named_elsewhere(items: Items, value: str, elsewhere: str) -> Items:
    """The items without "near X" and X, where the value names its place beside X ("Troon, near
    Camborne") and another place field of the card (``elsewhere``) names X (her home in Camborne): X
    is then the answer to that other question, and "near X" pays any other place near it ("Redruth,
    near Camborne", her mother's). The place itself stays; an item left empty goes."""
    if has_cjk(value):
        return items
    parts = [p.strip() for p in value.split(",") if p.strip()]
    nears = {without_near_word(p) for p in parts[1:] if without_near_word(p) != p}
    nears = {n for n in nears if term_in(normalize_term(elsewhere), normalize_term(n))}
    if not nears:
        return items
    drop = {normalize_term(n) for n in nears} | {normalize_term(p) for p in parts if without_near_word(p) in nears}
    kept = [[a for a in alts if normalize_term(a) not in drop] for alts in items]
    kept = [alts for alts in kept if alts]
    return kept or items
