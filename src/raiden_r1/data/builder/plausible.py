"""Whether a built fact is believable in the card's world (plausible.yaml): a number for what it
counts, a real place only for a card set in the real world, a card's value for its field.

Hand reading of built records found "an inn with 902 rooms" (one number pool for every count),
a fantasy fortress-dweller told about a trip to Dover, and a hair colour "粽" (a card's typo for
棕) asked as a fact. The builder avoids each with these tests; the audit fails records with them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .fields import classify_field
from .tables import table

# Fields besides the place kinds (hometown, residence) that say where and when a card is set.
_WHERE = frozenset({"era", "nationality"})


@lru_cache(maxsize=None)
def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(re.sub(r"\s*\n\s*", "", pattern), re.IGNORECASE)


def count_range(text: str, language: str) -> tuple[int, int] | None:
    """(lowest, highest) believable for what the number in ``text`` counts ("{x} sheep"), from
    the first COUNTS pattern that matches; None when ``text`` counts nothing the table knows."""
    probe = text.replace("{x}", "7")  # a template: its placeholder read as a number
    for pattern, low, high in table("plausible.yaml", "COUNTS").get(language, ()):
        if _rx(pattern).search(probe):
            return int(low), int(high)
    return None


def implausible_counts(text: str, language: str) -> list[str]:
    """The counts in ``text`` outside their noun's range ("902 rooms")."""
    out = []
    for pattern, low, high in table("plausible.yaml", "COUNTS").get(language, ()):
        for m in _rx(pattern).finditer(text):
            if not int(low) <= int(m.group("n")) <= int(high):
                out.append(m.group(0))
    return out


@lru_cache(maxsize=None)
def _pool_places(language: str) -> tuple[str, ...]:
    """Every place the CM material can name: real places all."""
    places = set(table("cm_phrases.yaml", "POOLS").get(language, {}).get("place", ()))
    for by_language in table("cm_settings.yaml", "SETTING_POOLS").values():
        places.update(by_language.get(language, {}).get("place", ()))
    return tuple(sorted(places, key=lambda p: (-len(p), p)))


@lru_cache(maxsize=None)
def _real_world_rx(language: str) -> re.Pattern[str] | None:
    pattern = table("plausible.yaml", "REAL_WORLD").get(language)
    places = "|".join(re.escape(p) for p in _pool_places(language))
    if not pattern and not places:
        return None
    body = "|".join(p for p in (re.sub(r"\s*\n\s*", "", pattern or ""), places) if p)
    return re.compile(rf"(?:{body})", re.IGNORECASE)


def real_places_in(text: str, language: str) -> list[str]:
    """The real-world names (REAL_WORLD and the CM place pools) found in ``text``."""
    rx = _real_world_rx(language)
    return [m.group(0) for m in rx.finditer(text)] if rx else []


def invented_world(fields: dict[str, str], language: str, setting: str) -> bool:
    """Whether a card's world is its own: a fantasy or pre-industrial card ("historical") that
    names no real place, people or dynasty. Its CM conversations must not name real places."""
    if setting != "historical":
        return False
    # Only where the card says it lives and when: a Grand Line pirate's card mentioning Japan's
    # Children's Day beside his birthday, or the manga it comes from, is not set in Japan.
    where = [v for k, v in fields.items()
             if (family := classify_field(k)) is not None and (family.kind == "place" or family.name in _WHERE)]
    return not real_places_in("\n".join(where), language)


def plausible_value(family: str, value: str, language: str) -> bool:
    """Whether ``value`` can be a value of ``family`` at all (a hair colour names a colour); a
    family without cues takes any value."""
    cues = table("plausible.yaml", "VALUE_CUES").get(family, {}).get(language)
    return cues is None or _rx(cues).search(value) is not None


_AGE_NUMBER = re.compile(r"(\d{1,3})\s*(?:岁|歲|歳|살|세|years? old)", re.IGNORECASE)


def two_ages(value: str) -> bool:
    """Whether an age value gives two ages: an apparent and a real one ("外貌二十五岁，实际三百余岁"),
    or one per part of the story ("17岁出场，19岁进入新世界"): which one is asked?"""
    if _rx(table("plausible.yaml", "APPARENT_AGE")).search(value) is not None:
        return True
    return len(set(_AGE_NUMBER.findall(value))) > 1


def opposed_trait(trait: str, own_traits: str, language: str) -> bool:
    """Whether ``trait`` (another character's) is the opposite of one of ``own_traits`` (this
    card's personality text) and matches none of them: plainly false of this character."""
    for side_a, side_b in table("plausible.yaml", "TRAIT_OPPOSITES").get(language, ()):
        for mine, theirs in ((side_a, side_b), (side_b, side_a)):
            if (_rx(theirs).search(trait) and _rx(mine).search(own_traits)
                    and not _rx(theirs).search(own_traits) and not _rx(mine).search(trait)):
                return True
    return False
