"""Other spellings of a quantity or a date keyword (session 34), from spelled_quantities.yaml: a
duration in hours in any language's unit ("72h", "七十二个钟头" for 72時間), a speed in km/h
("12km/h" for 時速12キロ), a round number with a k ("3.2k" for 3,200), a date by the name of
its day ("国庆节" for 10月1日, "ホワイトデー" for 3月14日, "Christmas Day" for December 25), and a zh/ja
colour by its stem ("红", "红颜色" for 红色; "赤い", "赤が" for 赤色).

Called by reward.keyword_spellings on a keyword's canonical form, once per ground truth; it
spells only the keyword's own quantity, so another number, another unit (minutes, miles, a bare
distance) or another day stays refused. The named days are per language (七夕 is 7月7日 in Japan,
a lunar day in China)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

_HOURS = re.compile(r"(\d{1,4}) ?(?:hours?|hrs?|h|小时|个小时|钟头|个钟头|时间|시간)")
_SPEED = re.compile(r"(?:时速|시속) ?(\d{1,3}) ?(?:km|kilo)|(\d{1,3}) ?(?:km h|kph|kmh|km per hour)|每小时(\d{1,3}) ?km")
_ROUND = re.compile(r"[1-9]\d{3,6}")
_DATE = re.compile(r"(\d{1,2})月(\d{1,2})日")


@lru_cache(maxsize=1)
def _table() -> dict:
    data = yaml.safe_load(resources.files(__package__).joinpath("spelled_quantities.yaml").read_text("utf-8")) or {}
    hours, speed, days = data.get("hour_units"), data.get("speed_kmh"), data.get("named_days")
    if not isinstance(hours, list) or not isinstance(speed, list) or not all("{n}" in str(s) for s in speed):
        raise ValueError("canon/spelled_quantities.yaml: expected 'hour_units' (a list) and 'speed_kmh' (templates with {n})")
    if not isinstance(days, dict) or not all(isinstance(v, dict) for v in days.values()):
        raise ValueError("canon/spelled_quantities.yaml: named_days: expected language -> {month-day: [names]}")
    named: dict[tuple[str, int, int], tuple[str, ...]] = {}
    for lang, table in days.items():
        for key, names in table.items():
            m = re.fullmatch(r"(\d{1,2})-(\d{1,2})", str(key))
            if m is None or not isinstance(names, list):
                raise ValueError(f"canon/spelled_quantities.yaml: named_days: {lang}: {key!r}: expected month-day: [names]")
            named[(str(lang), int(m.group(1)), int(m.group(2)))] = tuple(map(str, names))
    colours, followers = data.get("colour_stems"), data.get("ja_colour_followers")
    if not isinstance(colours, dict) or not all(isinstance(v, list) for v in colours.values()) or not isinstance(followers, list):
        raise ValueError("canon/spelled_quantities.yaml: expected 'colour_stems' (language -> list) and 'ja_colour_followers' (a list)")
    return {"hours": tuple(map(str, hours)), "speed": tuple(map(str, speed)), "named": named,
            "colours": {str(k): frozenset(map(str, v)) for k, v in colours.items()}, "followers": tuple(map(str, followers))}


def colour_spellings(raw: str, language: str) -> list[str]:
    """A colour keyword's other shapes in zh and ja (see spelled_quantities.yaml: colour_stems)."""
    w = raw.strip()
    t = _table()
    stems = t["colours"].get(language, frozenset())
    if language == "zh" and len(w) == 2 and w[1] == "色" and w[0] in stems:
        return [w[0], w[0] + "颜色"]
    if language == "ja" and (w in stems or (len(w) == 2 and w[1] == "色" and w[0] in stems)):
        return [w[0] + "色", w[0] + "い", *(w[0] + f for f in t["followers"])]
    return []


def quantity_spellings(canon: str, language: str) -> list[str]:
    """Other spellings of the canonical keyword ``canon`` (see the module doc); [] for most."""
    t = _table()
    if m := _HOURS.fullmatch(canon):
        return [f"{m.group(1)}{u}" if not u.isascii() else f"{m.group(1)} {u}" for u in t["hours"]]
    if m := _SPEED.fullmatch(canon):
        n = m.group(1) or m.group(2) or m.group(3)
        return [s.format(n=n) for s in t["speed"]]
    if _ROUND.fullmatch(canon) and int(canon) % 100 == 0 and not 1800 <= int(canon) <= 2100:
        # (a year is no amount: "2k" is not the year 2000)
        return [f"{int(canon) / 1000:g}k"]
    if m := _DATE.fullmatch(canon):
        return list(t["named"].get((language, int(m.group(1)), int(m.group(2))), ()))
    return []


@lru_cache(maxsize=1)
def _named_day_forms() -> frozenset[str]:
    from . import canonical  # (the package imports this module's neighbours first)

    return frozenset(canonical(n) for names in _table()["named"].values() for n in names)


def is_named_day(canon: str) -> bool:
    """Whether the canonical keyword spelling ``canon`` is a named day of the table ("国庆节")."""
    return canon in _named_day_forms()
