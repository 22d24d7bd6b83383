"""CM conversation material per language: pools of facts not found in profiles, and the turns
that state them.

A kind's ``fact`` turn states the fact (``{x}``, with ``{y}`` a second fact for two-part kinds
and ``{a}`` an animal for pets); each ``distract`` turn states another fact of the same kind that
is NOT the answer (someone else's pet, a trip someone else took); ``question`` asks for the fact
and ``answer`` is the character's reply. ``speaker`` says who states the fact: "user", or
"assistant" when the character itself announced a plan. Korean particles are resolved by
phrases.render. This is the present-day material: cm_settings replaces what would
be out of place in a historical or future setting, and holds the character's replies.
"""

from __future__ import annotations

from .tables import table

POOLS: dict[str, dict[str, tuple[str, ...]]] = table("cm_phrases.yaml", "POOLS")

# kind -> (pool of x, pool of y or None, question_type)
KINDS: dict[str, tuple[str, str | None, str]] = table("cm_phrases.yaml", "KINDS")

Turns = dict[str, tuple[str, ...]]

TEMPLATES: dict[str, dict[str, Turns]] = table("cm_phrases.yaml", "TEMPLATES")

GREETINGS: dict[str, tuple[tuple[str, str], ...]] = table("cm_phrases.yaml", "GREETINGS")
GREETINGS_UNNAMED: dict[str, tuple[tuple[str, str], ...]] = table("cm_phrases.yaml", "GREETINGS_UNNAMED")
