"""CM material for characters outside the present day (setting.detect_setting), and the
character's reactions to what the user tells it.

A setting overrides only what would be out of place: a Joseon astronomer hears about a new foal
and a new robe, a lunar geologist about a cabin number and a spacesuit; everything else comes from
cm_phrases. ``REACTIONS`` are the character's replies to a user's remark: they echo the
very fact just said ("Waffles? What a fine name for a parrot."), so the conversation reads as one,
and never state a new fact. Placeholders as in cm_phrases.
"""

from __future__ import annotations

from .tables import table

Turns = dict[str, tuple[str, ...]]

# setting -> language -> pool name -> values (replacing cm_phrases.POOLS entries)
SETTING_POOLS: dict[str, dict[str, dict[str, tuple[str, ...]]]] = table("cm_settings.yaml", "SETTING_POOLS")

# setting -> language -> kind -> turn lists (replacing those of cm_phrases.TEMPLATES)
SETTING_TEMPLATES: dict[str, dict[str, dict[str, Turns]]] = table("cm_settings.yaml", "SETTING_TEMPLATES")

# setting -> language -> [user greeting, character's reply] (replacing cm_phrases.GREETINGS)
SETTING_GREETINGS: dict[str, dict[str, list[list[str]]]] = table("cm_settings.yaml", "SETTING_GREETINGS")

# language -> kind -> the character's reactions to a remark stating {x} (and {y}, {a}).
REACTIONS: dict[str, dict[str, tuple[str, ...]]] = table("cm_settings.yaml", "REACTIONS")

# language -> spot -> the forms people say it by (cm.said_forms)
SPOT_FORMS: dict[str, dict[str, list[str]]] = table("cm_settings.yaml", "SPOT_FORMS")
