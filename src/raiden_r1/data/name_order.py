"""Names written surname first in English ("Tan Ah Moi": surname Tan, given name Ah Moi), as
cards of Singapore, Malaysia, Hong Kong or China write them (name_order.yaml). The builder's keys
and the reward's name forms read such a name by its given name, never by the bare surname."""

from __future__ import annotations

import functools
import re
from importlib import resources

import yaml


@functools.lru_cache(maxsize=None)
def _table() -> dict:
    return yaml.safe_load(resources.files("raiden_r1.data").joinpath("name_order.yaml").read_text(encoding="utf-8"))


def surname_first(name: str) -> tuple[str, str] | None:
    """(surname, given name) of a Latin name written surname first ("Ong Kok Leong" ->
    ("Ong", "Kok Leong"), "Tan Wei-Ling" -> ("Tan", "Wei-Ling")), else None."""
    words = name.strip().split()
    if len(words) == 2 and "-" in words[1]:
        given = words[1].split("-")
    elif len(words) == 3:
        given = words[1:]
    else:
        return None
    if words[0] not in _table()["SURNAMES"] or not all(g[:1].isupper() for g in given):
        return None
    syllable = re.compile(_table()["SYLLABLE"])
    if not all(syllable.match(g.lower()) for g in given):
        return None
    return words[0], " ".join(words[1:])


def patronymic(name: str) -> tuple[str, str] | None:
    """(given name, father's name) of a Malay or Indian name that names the father after a marker
    ("Nurul Aisyah binti Rahman" -> ("Nurul Aisyah", "Rahman"), "Ramesh s/o Krishnan"), else None.
    Such a name has no surname: neither the marker nor the father's name is a key for its bearer."""
    m = re.fullmatch(r"(?P<given>.+?)\s+(?:" + _table()["PATRONYMIC_MARKERS"] + r")\s+(?P<father>.+)", name.strip(),
                     re.IGNORECASE)
    if not m or not m.group("given")[:1].isupper():
        return None
    return m.group("given"), m.group("father")
