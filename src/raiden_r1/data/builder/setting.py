"""The world a card places its character in, read from what the card says (setting.yaml):
era and genre words counted per era, never a guess from nationality words.

CM conversations state everyday facts; a Joseon astronomer should hear about a new horse, not a
new bike, a 1940s soldier not about a pop concert, and a lunar geologist about a cabin number,
not a bus. Settings: "historical" (fantasy or pre-industrial: the period material of
cm_settings.yaml), "early" (1880-1959: present-day material without what came later), "modern",
"future" (space stations, colonies). ``card_era`` is what the audit judges conversations against.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .fields import classify_field
from .reach import out_of_reach
from .story_year import setting_of_year, story_year, too_new
from .tables import table

SETTINGS = ("modern", "historical", "early", "future", "recent")  # recent: CM material only (cm_setting)
ERAS = ("ancient", "early", "modern", "future")
# Distinct future cues a card needs: one ("orbit", "Mars") is too easily a dream or a metaphor.
MIN_FUTURE_CUES = 2


@lru_cache(maxsize=None)
def _pattern(group: str, key: str) -> re.Pattern[str]:
    return re.compile(re.sub(r"\s*\n\s*", "", table("setting.yaml", group)[key]), re.IGNORECASE)


def era_counts(text: str) -> dict[str, int]:
    """Distinct cue words of each era found in ``text``."""
    return {era: len({m.group(0).casefold() for m in _pattern("ERA_CUES", era).finditer(text)}) for era in ERAS}


def card_era(text: str) -> str | None:
    """"ancient", "early" or "modern" (present day or future) for a card's text, or None when it
    has no cue or two eras tie. Distinct cues are counted: a 1940s soldier's card naming his death
    in 1968 is still a 1940s card, a wizard's card full of 1990s dates is not medieval."""
    counts = era_counts(text)
    counts["modern"] += counts.pop("future")
    best = max(counts, key=lambda e: counts[e])
    if counts[best] == 0 or sum(c == counts[best] for c in counts.values()) > 1:
        return None
    return best


def detect_setting(fields: dict[str, str]) -> str:
    """"historical", "early", "future" or "modern" for a profile's fields (names and values).
    Goals are left out: a schoolgirl who dreams of the space station lives in the present."""
    text = "\n".join(f"{k}: {v}" for k, v in fields.items()
                     if getattr(classify_field(k), "name", None) != "dream")
    counts = era_counts(text)
    if counts["future"] >= MIN_FUTURE_CUES and counts["future"] >= counts["ancient"] + counts["early"]:
        return "future"
    era = card_era(text)
    setting = {"ancient": "historical", "early": "early"}.get(era or "modern", "modern")
    return _older(setting, fields)


# Settings from the oldest world to the newest: the year a card states (story_year) moves it
# back, never forward (a wizard's card full of 1990s dates keeps its period material).
_AGE_ORDER = ("historical", "early", "modern")


def _older(setting: str, fields: dict[str, str]) -> str:
    year = story_year(fields)
    if year is None or setting not in _AGE_ORDER:
        return setting
    by_year = {"recent": "modern"}.get(setting_of_year(year), setting_of_year(year))
    return min(setting, by_year, key=_AGE_ORDER.index)


def out_of_setting(text: str, setting: str) -> bool:
    """Whether CM material mentions something the setting does not have."""
    banned = table("setting.yaml", "BANNED")
    return setting in banned and _pattern("BANNED", setting).search(text) is not None


def cm_setting(fields: dict[str, str]) -> str:
    """The setting of a card's CM material: ``detect_setting``, except "recent" for a present-day
    card whose story year (story_year: its era field, else birth year plus age) is 1960-1999
    ("시대: 1985년"): the present-day material without what came later (a smartphone, a pet shop)
    and with the names people had then (no 도윤 in 1985)."""
    setting = detect_setting(fields)
    if setting != "modern":
        return setting
    year = story_year(fields)
    return "recent" if year is not None and 1960 <= year <= 1999 else setting


def _card_text(fields: dict[str, str]) -> str:
    return "\n".join(f"{k}: {v}" for k, v in fields.items())


def out_of_region(text: str, fields: dict[str, str], language: str, reach: bool = True) -> bool:
    """Whether CM material says a word of a region the card does not name (setting.yaml
    REGIONAL: 夜市 to an Osaka card, "aye" to a Chicago one), a thing the card's place or
    period has no room for (WORLD: a 牛車 in Edo, "Got it" in 1894), or, with ``reach``, a place
    the card cannot reach (reach.yaml: a lighthouse in Chongqing, a boat to 大理, 哈尔滨 in 1936)."""
    card = _card_text(fields)
    return (any(re.search(entry["words"], text) and not re.search(entry["unless"], card)
                for entry in table("setting.yaml", "REGIONAL").get(language, ()))
            or out_of_world(text, fields, language)
            or (reach and out_of_reach(text, fields, language) is not None))


def out_of_time(text: str, fields: dict[str, str], language: str) -> bool:
    """Whether CM material names a thing newer than the card's story year (story_year.yaml: a
    hamster in 1795, a fitness club in 1979), or a place closed to it then (Hanoi in 1974)."""
    return too_new(text, language, _story_year(tuple(fields.items())), _card_text(fields)) is not None


@lru_cache(maxsize=256)
def _story_year(items: tuple[tuple[str, str], ...]) -> int | None:
    return story_year(dict(items))


def out_of_world(text: str, fields: dict[str, str], language: str) -> bool:
    """Whether ``text`` says what the place or period of the card lacks (setting.yaml WORLD); an
    entry naming ``fields`` reads only those (where the character lives, not a son's Leeds)."""
    for entry in table("setting.yaml", "WORLD").get(language, ()):
        where = entry.get("fields")
        card = _card_text({k: v for k, v in fields.items()
                           if not where or getattr(classify_field(k), "name", None) in where})
        if re.search(entry["when"], card) and re.search(entry["words"], text):
            return True
    return False


def period_words(setting: str, language: str) -> tuple:
    """[pattern, replacement] pairs that say present-day words the setting's way (上班 -> 做事)."""
    return table("setting.yaml", "PERIOD_WORDS").get(setting, {}).get(language, ())


def region_words(fields: dict[str, str], language: str) -> tuple:
    """[pattern, replacement] pairs of the country the card is set in (flat -> apartment)."""
    card = _card_text(fields)
    for entry in table("setting.yaml", "REGION_WORDS").get(language, ()):
        if re.search(re.sub(r"\s*\n\s*", "", entry["cue"]), card):
            return entry["words"]
    return ()
