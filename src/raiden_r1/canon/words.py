"""Word forms that mean the same to a reader of English: British and American spelling,
inflection and weekday abbreviations ("colour"/"color", "bake"/"baking", "Tuesday"/"Tuesdays"/"Tues").

Applied to the matching view only (keywords and answers alike), never to the text the
anti-gaming rules read: their cue words ("not", "never", "if") are looked up as written.
Stems come from the Snowball English stemmer (the snowballstemmer package), cached per word.
"""

from __future__ import annotations

import re
from functools import lru_cache

# British -> American for the words role-play answers use; applied before stemming, so the
# inflected forms follow ("colours" -> "colors" -> "color").
_BRITISH = {
    "colour": "color", "colours": "colors", "coloured": "colored", "favourite": "favorite",
    "favourites": "favorites", "flavour": "flavor", "flavours": "flavors", "honour": "honor", "humour": "humor",
    "humoured": "humored", "labour": "labor", "neighbour": "neighbor", "neighbours": "neighbors",
    "harbour": "harbor", "harbours": "harbors", "rumour": "rumor", "behaviour": "behavior", "armour": "armor",
    "centre": "center", "centres": "centers", "metre": "meter", "metres": "meters", "theatre": "theater",
    "litre": "liter", "fibre": "fiber", "grey": "gray", "organise": "organize", "organised": "organized",
    "organising": "organizing", "realise": "realize", "recognise": "recognize", "apologise": "apologize",
    "specialise": "specialize", "travelling": "traveling", "travelled": "traveled", "traveller": "traveler",
    "cancelled": "canceled", "jewellery": "jewelry", "programme": "program", "pyjamas": "pajamas",
    "aeroplane": "airplane", "defence": "defense", "licence": "license", "practise": "practice",
    "catalogue": "catalog", "dialogue": "dialog", "analyse": "analyze", "mum": "mom", "mummy": "mommy",
    "maths": "math", "tyre": "tire", "plough": "plow", "snowplough": "snowplow", "moustache": "mustache",
    "sceptical": "skeptical", "manoeuvre": "maneuver", "paediatrician": "pediatrician", "doughnut": "donut",
    "cosy": "cozy", "draught": "draft", "storey": "story", "kerb": "curb", "woollen": "woolen",
    "modelling": "modeling", "jeweller": "jeweler", "counsellor": "counselor", "fulfil": "fulfill",
    "enrol": "enroll", "skilful": "skillful", "judgement": "judgment", "ageing": "aging", "nosey": "nosy",
    "whisky": "whiskey", "axe": "ax", "sulphur": "sulfur", "mould": "mold", "smoulder": "smolder",
    # weekday abbreviations a person writes ("Thurs., love"); not "sat"/"sun"/"wed"/"mon", which are words
    "tue": "tuesday", "tues": "tuesday", "thu": "thursday", "thur": "thursday", "thurs": "thursday",
    "weds": "wednesday", "fri": "friday",
}


# British spelling patterns the list above does not name, made American the same way on both sides
# ("teetotaller"/"teetotaler", "endeavour"/"endeavor", "sombre"/"somber", "criticise"/"criticize"). Only
# long words with a consonant before the pattern: "filled" is not "filed", "hour" not "hor".
_BRITISH_PATTERNS = (
    (re.compile(r"^([a-z]{4,}[^aeiou][aeiou])ll(er|ers|ed|ing|or|ors|ery)$"), r"\1l\2"),
    (re.compile(r"^([a-z]{3,}[^aeiou])our(s|ed|ing|ite|ites|able|ful)?$"), r"\1or\2"),
    (re.compile(r"^([a-z]{3,}[^aeiou])re(s)?$"), r"\1er\2"),
    (re.compile(r"^([a-z]{4,}[^aeiou])is(e|es|ed|ing|ation|ations)$"), r"\1iz\2"),
)


def _british_pattern(word: str) -> str:
    for pattern, american in _BRITISH_PATTERNS:
        if pattern.match(word):
            return pattern.sub(american, word)
    return word


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=1 << 18)  # bounded: a policy emitting random words must not grow it forever
def stem(word: str) -> str:
    """The matching form of one lower-case word: English words stemmed, British spellings made
    American; digits, short words and non-Latin words unchanged."""
    w = _BRITISH.get(word, word)
    if w is word and len(word) > 6 and word.isascii():
        w = _british_pattern(word)
    return w if len(w) <= 3 or not w.isascii() or not w.isalpha() else _stemmer().stemWord(w)
