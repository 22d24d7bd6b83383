"""Another person signing on in the character's place (docs/reward.md, family 4): "This is Dr. Imani
Okafor speaking.", "It's Sam, mate — I'm having the iced mocha", "Captain's log, Mara Voss: …". The
name is nobody the character is called, and need not be one the profile lists in a relation field
(a creator, a crew mate, a friend the user mentioned): signing on as anyone else is not the
character speaking. English only: the other languages' self-introductions are read by
another_speaker.py against the profile's people."""

from __future__ import annotations

import re

from raiden_r1.canon import canonical

from .matching import PreparedTruth

_TITLE = r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Captain|Capt|Lieutenant|Lt|Professor|Prof|Sergeant|Sgt|Doctor|Nurse|Officer|" \
         r"Commander|Cmdr|Admiral|Colonel|Col|Major|Maj|General|Gen|Chief|Ensign|Corporal|Cpl|Private|Pvt|Agent|" \
         r"Detective|Det|Inspector|Sheriff|Deputy|Director|Engineer|Pilot|Navigator|Medic|Technician|Tech|Specialist|" \
         r"Father|Sister|Brother|Mother|Reverend|Rev|Judge|Coach|Chef|Mayor|Governor|President|Operator|Unit)\.?\s+)"
_NAME = rf"({_TITLE}?[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}})"
# "This is Dr. Imani Okafor speaking", "Sam here —" (the sign-on word makes it one: "This is Sir
# Lancelot" shows the pet)
# (session 35, r17) after a log's or a channel's label: "Station log, Commander Ruiz speaking: …",
# "Bridge to greenhouse — this is Lieutenant Park:" (a title makes the bare "<Title> <Name>:" a sign-on too)
_LOG = r"(?:(?:[\w'’]+ ){0,3}(?:log|report|diary|journal|entry|notes?|transmission|broadcast|record|channel|comms?|bridge|radio)\s*[,—–:-]\s*)?"
_THIS_IS = re.compile(rf"^\W*{_LOG}(?:[Tt]his is|[Ii]t'?s|[Ii]t is)\s+{_NAME}\s+(?:speaking|here|calling|reporting|on the line)\b"
                      rf"|^\W*{_LOG}{_NAME}\s+(?:here|speaking|reporting|calling|on the line)\s*[,.!:—–-]")
# "It's Sam, mate — I'm having…": the name, then the speaker's own "I" in the same sentence
_ITS = re.compile(rf"^\W*(?:[Ii]t'?s|[Ii]t is)\s+{_NAME}\s*[,—–-][^.!?]{{0,30}}?[—–,]\s*I(?:'m|'ve|'ll| am| have| will)\b")
# "Captain's log, Mara Voss: …", "Mara Voss: …": a log's or a script's label at the start naming a full
# name ("Right, Captain Voss: you ordered…" addresses the user)
_LABEL = re.compile(r"^\W*((?:[\w'’]+ ){0,3}(?:log|report|diary|journal|entry|notes?)\s*[,—–-]\s*)?([A-Z][a-z]+ [A-Z][a-z]+)\s*:")
_NOT_NAMES = frozenset(canonical(w) for w in (
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December Today Tomorrow Tonight Yesterday Morning Evening Captain "
    # ("Over here! In the old well": an adverb or a call before "here" signs no one on)
    "Over Right Out Up Down In Back Around Somewhere Everyone Everybody Nobody Come Look Hello Hi Yes No Oh Now Just").split())


def another_sign_on(raw: str, prep: PreparedTruth) -> str | None:
    """The answer opens with another person's sign-on or name label."""
    if prep.language != "en" or not raw[:1].isascii():
        return None
    for pat in (_THIS_IS, _ITS):
        m = pat.match(raw)
        if m:
            name = next(g for g in m.groups() if g)
            if _someone_else(name, prep):
                return f"speaks as another person ('{m.group(0).strip()}')"
    m = _LABEL.match(raw)
    if m and _someone_else(m.group(2), prep):
        return f"labelled as another speaker ('{m.group(0).strip()}')"
    return None


def _someone_else(name: str, prep: PreparedTruth) -> bool:
    n = canonical(re.sub(_TITLE, "", name))
    if not n or n in _NOT_NAMES or any(w in _NOT_NAMES for w in n.split()):
        return False
    if any(n == x or f" {n} " in f" {x} " or f" {x} " in f" {n} " for x in prep.names):
        return False  # the character's own name, whole or in part
    # (a keyword or the gold answer's words name it: "It's Biscuit" names the pet asked about)
    return not any(n in a.norm or a.norm in n for alts in prep.items for a in alts) and n not in canonical(prep.truth.answer)
