"""Whether a place a CM turn names can be reached from the card's place and year (reach.yaml).

Review 66 heard "내일 항구에 갈 생각이에요" from a 1968 inland mining town, a boat ticket to landlocked
大理 and a 1936 trip from 开封 to 哈尔滨, then Manchukuo. Three rules, in every language: no sea,
shore or sea harbour for a card living inland; no boat to or from a landlocked place; no place the
borders of the card's year closed (the card's own places stay). ``out_of_reach`` says why, for
the builder (which leaves such material out) and the audit's `reach` check alike.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .fields import classify_field
from .story_year import story_year
from .tables import table

_FILE = "reach.yaml"
# where the character lives: a relative's city named elsewhere on the card is not the card's place
_HOME_FAMILIES = frozenset({"residence", "era", "occupation"})


def _home(fields: dict[str, str]) -> str:
    return _home_of(tuple(fields.items()))


@lru_cache(maxsize=256)
def _home_of(items: tuple[tuple[str, str], ...]) -> str:
    return "\n".join(v for k, v in items if getattr(classify_field(k), "name", None) in _HOME_FAMILIES)


@lru_cache(maxsize=256)
def _year(items: tuple[tuple[str, str], ...]) -> int | None:
    return story_year(dict(items))


@lru_cache(maxsize=None)
def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def sea_word_inland(text: str, fields: dict[str, str], language: str) -> str | None:
    """The sea word ``text`` says to a card that lives inland (a harbour for a mining town)."""
    home = _home(fields)
    for entry in table(_FILE, "INLAND").get(language, ()):
        if _rx(entry["when"]).search(home):
            m = _rx(entry["words"]).search(text)
            if m:
                return m.group(0)
    return None


def terrain_word(text: str, fields: dict[str, str], language: str) -> str | None:
    """The word ``text`` says that a home in the mountains or the desert has none of (a harbour for
    a mountain hut, a café for a steppe nomad: reach.yaml TERRAIN); the card's own words never."""
    home = _home(fields)
    card = "\n".join(fields.values())
    for entry in table(_FILE, "TERRAIN").get(language, ()):
        if _rx(entry["when"]).search(home) and not _rx(entry["unless"]).search(home):
            m = _rx(entry["words"]).search(text)
            if m and m.group(0) not in card:
                return m.group(0)
    return None


def boat_to_landlocked(text: str, fields: dict[str, str], language: str) -> str | None:
    """The landlocked place a boat of ``text`` would go to or leave: the destination the turn
    names ("去大理的船票"), or the card's own place (a passage booked from a mountain town)."""
    boat, landlocked = table(_FILE, "BOAT").get(language), table(_FILE, "LANDLOCKED").get(language)
    if not boat or not landlocked or not _rx(boat).search(text):
        return None
    m = _rx(landlocked).search(text) or _rx(landlocked).search(_home(fields))
    return m.group(0) if m else None


def closed_place(text: str, fields: dict[str, str], language: str,
                 year: int | None = None) -> tuple[str, str] | None:
    """(place, why) of a place ``text`` names that the borders of the card's year closed
    (哈尔滨 in 1936: then Manchukuo); None when the card states no year."""
    year = _year(tuple(fields.items())) if year is None else year
    if year is None:
        return None
    card = "\n".join(f"{k}: {v}" for k, v in fields.items())
    for entry in table(_FILE, "BORDERS").get(language, ()):
        first, last = entry["closed"]
        if not first <= year <= last:
            continue
        if entry.get("unless") and _rx(entry["unless"]).search(card):
            continue
        if entry.get("when") and not _rx(entry["when"]).search(card):
            continue
        m = _rx(entry["words"]).search(text)
        if m:
            return m.group(0), entry["why"]
    return None


def out_of_reach(text: str, fields: dict[str, str], language: str, year: int | None = None) -> str | None:
    """Why ``text`` names a place the card cannot reach, or None."""
    sea = sea_word_inland(text, fields, language)
    if sea:
        return f"{sea!r} is the sea's, and the card lives inland"
    terrain = terrain_word(text, fields, language)
    if terrain:
        return f"{terrain!r} is no part of the card's mountains or desert"
    dry = boat_to_landlocked(text, fields, language)
    if dry:
        return f"a boat to or from {dry!r}, a landlocked place"
    closed = closed_place(text, fields, language, year)
    if closed:
        return f"{closed[0]!r} was out of reach in the card's year ({closed[1]})"
    return None
