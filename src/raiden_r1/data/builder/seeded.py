"""The seeded generator behind every choice the builder makes (which phrasing, which items of a
long list, which CM kind), so a build is the same on every run and platform."""

from __future__ import annotations

import random


def stable_rng(*parts: object) -> random.Random:
    """A generator seeded from the parts' text: the same input gives the same choices on every
    run and platform (``hash()`` of a str is salted per process)."""
    return random.Random("\x1f".join(str(p) for p in parts))
