"""A height an English card writes in feet and inches ("5'9\"", "6 ft 1 in"): the key is the
height as written, and the forms people also say it in ("5 foot 9", "175 cm") are equal answers.
The number extractor alone took the feet ("5") and the gold answer said "I'm 5 cm tall."."""

from __future__ import annotations

import re

_FEET_INCHES = re.compile(
    r"\b([3-7])\s*(?:'|′|’|ft\.?|feet|foot)\s*(\d{1,2})\s*(?:\"|″|”|''|in\b\.?|inches\b)?", re.IGNORECASE)
CM_PER_INCH = 2.54


def imperial_height(value: str) -> tuple[list[str], set[str]] | None:
    """(the alternatives of the one height item, those not written in the card), or None when the
    value gives no feet and inches."""
    m = _FEET_INCHES.search(value)
    if not m or int(m.group(2)) > 11:
        return None
    feet, inches = int(m.group(1)), int(m.group(2))
    cm = round((feet * 12 + inches) * CM_PER_INCH)
    said = m.group(0).strip()
    spoken = [f"{feet}'{inches}", f"{feet} foot {inches}", f"{feet} feet {inches}", f"{feet} ft {inches}",
              f"{cm} cm", f"{cm} centimetres", f"{cm} centimeters"]
    # "5'9" is 5'9\" to the reward's matcher: only forms it tells apart are alternatives
    alts = list(dict.fromkeys([said, *(s for s in spoken if not said.startswith(s))]))
    return alts, {a for a in alts if a not in value}
