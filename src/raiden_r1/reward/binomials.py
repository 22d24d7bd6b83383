"""Set phrases joined by "and" that name no two values ("Teetotaler, born and bred", "Portland, man
and boy", "Mine, heart and soul"): dumps.py drops them before it splits an answer into list pieces,
as it drops the "or" ones (hedges.OR_IDIOM). A list of two values joined by "and" ("Anika and Dev",
"bread and butter" asked for two foods) is untouched: only phrases whose halves are never the
answer's values are listed."""

from __future__ import annotations

import re

AND_IDIOM = re.compile(
    r"\b(?:born and bred|bred and born|born and raised|through and through|man and boy|heart and soul|"
    r"body and soul|safe and sound|hale and hearty|alive and well|alive and kicking|by and large|"
    r"once and for all|tried and true|tried and tested|first and foremost|over and over|again and again|"
    r"on and off|off and on|now and then|now and again|here and there|loud and clear|fair and square|"
    r"plain and simple|pure and simple|short and sweet|sick and tired|each and every|far and wide|"
    r"rough and ready|high and dry|nice and easy|good and proper|up and down|to and fro|back and forth|"
    r"day in and day out|day and night|night and day)\b", re.IGNORECASE)
