"""A speed written with its sign rather than its word (session 34, r13): 時速12キロ / 時速12km / 시속 12킬로 /
时速12公里 are written "12km/h" (canonical "12 km h") as often as in words. Only a keyword that
says the speed word (時速, 시속, 时速) before a number of kilometres gets these; a bare "12キロ" may be a weight or
a distance (keyword_spellings._kilo_as_spelled)."""

from __future__ import annotations

import re

# (canonical forms: 時速 and 时速 fold to 时速, キロ/킬로 to kilo, 公里 to km)
_SPEED = re.compile(r"(?:时速|시속) ?(\d+(?:\.\d+)?) ?(?:km|kilo|公里|킬로미터)")


def speed_spellings(c: str) -> list[str]:
    """The sign spelling of the canonical keyword ``c`` when it is a speed in km/h, else none."""
    m = _SPEED.fullmatch(c)
    return [f"{m.group(1)} km h"] if m else []
