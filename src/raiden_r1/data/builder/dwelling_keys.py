"""A home written as a dwelling and where it stands ("甲賀との境の山小屋", "青城山脚下的小木屋",
"지리산 자락의 오두막", "the cabin on the ridge above Lake Tahoe"): a person answers with the place
(甲賀, 青城山, Lake Tahoe) or the dwelling (山小屋, "a cabin"), seldom the whole phrase, so both are
keys beside it (session 33, review 71: "甲賀との境にある山小屋に住んでおる" was refused). The dwelling
alone is a key only where the card names no other of its kind (sbk.py drops it otherwise); a word
for any home (家, 집, house) is never one (words.yaml DWELLING_HEADS lists the kinds).
"""

from __future__ import annotations

import re

from .fields import classify_field
from .tables import table

_HEADS: dict[str, list[str]] = table("words.yaml", "DWELLING_HEADS")
_WHERE: dict[str, str] = table("words.yaml", "DWELLING_WHERE")
_CLASSIFIER = re.compile(r"^[一两兩三几幾]?[间間座栋棟个個处處所]")


def _head(phrase: str, language: str) -> str | None:
    heads = sorted(_HEADS.get(language, ()), key=len, reverse=True)
    return next((h for h in heads if phrase.lower().endswith(h.lower())), None)


def _place(modifier: str, language: str) -> str | None:
    """The named place of the words before the dwelling: "甲賀との境" -> 甲賀, "青城山脚下" -> 青城山."""
    ok = {"zh": r"[\u4e00-\u9fff]{2,8}", "ja": r"[\u4e00-\u9fff\u30a0-\u30ff]{2,8}", "ko": r"[가-힣]{2,8}"}[language]
    if language == "ko":
        first = re.sub(r"의$", "", modifier.split()[0]) if modifier.split() else ""
        rest = modifier[len(modifier.split()[0]):] if first else ""
        return first if re.fullmatch(ok, first) and (not rest.strip() or re.fullmatch(_WHERE[language], rest)) else None
    # the name before the first where-words that run to the end: "甲賀" of "甲賀との境"
    for i in range(2, len(modifier)):
        place, rest = modifier[:i], modifier[i:]
        if re.fullmatch(ok, place) and re.fullmatch(f"(?:{_WHERE[language]})", rest):
            return place
    return modifier if re.fullmatch(ok, modifier) else None


def dwelling_keys(value: str, language: str) -> list[str]:
    """[the dwelling as written, its kind, the place it stands by], or [] when ``value`` is no
    dwelling-and-place phrase."""
    value = value.strip()
    if language == "en":
        m = re.match(r"^((?:the|a|an|my|our|his|her)\s+)?((?:[\w'-]+\s+){0,2}?[\w'-]+)\s+"
                     r"(?:on|in|at|by|above|below|beneath|under|near|beside|outside|behind|across|off|over)\b(.*)$",
                     value, re.IGNORECASE)
        head = _head(m.group(2), language) if m else None
        place = re.search(r"((?:[A-Z][\w'-]+\s+(?:(?:of|the)\s+)*)*[A-Z][\w'-]+)\s*$", m.group(3)) if head else None
        if not place:
            return []
        # (with the card's article: a gold says "I live in the cabin", never "in cabin")
        kind_only = m.group(2).lower() == head.lower()  # "the cabin": any cabin (see below)
        return list(dict.fromkeys(([] if kind_only else [(m.group(1) or "") + m.group(2), m.group(2)]) + [place.group(1)]))
    if language not in _WHERE:
        return []
    if language == "ko":
        words = value.split()
        head = _head(words[-1], language) if len(words) >= 2 else None
        dwelling, modifier = (words[-1], " ".join(words[:-1])) if head else ("", "")
    else:
        cut = max(value.rfind("的"), value.rfind("の"))
        dwelling, modifier = (value[cut + 1:], value[:cut]) if cut > 0 else ("", "")
        if language == "zh":
            dwelling = _CLASSIFIER.sub("", dwelling)
        head = _head(dwelling, language) if dwelling else None
    # "京都・五条通の町家": the place nearest the dwelling (五条通) is the one people name
    near = re.split(r"[・·]", modifier)[-1] if language in ("ja", "zh") else modifier
    place = _place(near, language) if head else None
    # a Japanese street is said without its 通り ("五条に住んでおります", review 75)
    street = re.fullmatch(r"([\u4e00-\u9fff]{2,4})(?:通り|通)", place or "") if language == "ja" else None
    if place and street:  # (not the wider 京都 of 京都・五条通: review 63 keeps 大阪 of 大阪・天満 out)
        return ([dwelling] if dwelling != head else []) + [place, street.group(1)]
    # the dwelling alone where it is only its kind ("屋敷", "오두막") pays any such house (review 73): the
    # place answers, and a dwelling word of more than its kind ("小木屋" of 木屋) stays
    return ([dwelling] if dwelling != head else []) + [place] if place else []


def dwelling_wider(value: str, language: str) -> list[str]:
    """The places before the nearest one of a CJK dwelling phrase ("京都" of 京都・五条通の町家)."""
    cut = max(value.rfind("的"), value.rfind("の"))
    parts = re.split(r"[・·]", value[:cut]) if cut > 0 and language in ("ja", "zh") else []
    return [p for p in parts[:-1] if _place(p, language)]


def is_bare_kind(term: str, language: str) -> bool:
    """Whether ``term`` is only a dwelling kind ("屋敷", "the cabin"): no key beside a named place."""
    bare = re.sub(r"^(?:the|a|an)\s+", "", term.strip(), flags=re.IGNORECASE)
    return bool(bare) and (_head(bare, language) or "").lower() == bare.lower()


def shared_dwellings(items: list[list[str]], card_text: str) -> list[list[str]]:
    """``items`` without a bare dwelling kind the card names more than once ("山小屋" of a card
    with a second 山小屋 elsewhere answers for neither): the place and the whole still answer."""
    kinds = {h.lower() for heads in _HEADS.values() for h in heads}
    text = card_text.lower()

    def shared(term: str) -> bool:
        bare = re.sub(r"^(?:the|a|an)\s+", "", term.lower())
        return bare in kinds and text.count(bare) > 1

    return [[a for a in alts if not shared(a)] or alts for alts in items]


def is_own_vessel(fields: dict[str, str], home: str, language: str) -> bool:
    """Whether the character is the ship or station its home field names ("ship intelligence of the
    survey vessel Meridian Drift" at home on the Meridian Drift): it lives in no place, it is one, so a
    gold never says "I've been living in the Meridian Drift" (review 70)."""
    cue = table("words.yaml", "VESSEL_MINDS").get(language)
    home = re.sub(r"^(?:the|a|an)\s+", "", home.strip(), flags=re.IGNORECASE)
    if not cue or not home:
        return False
    return any(re.search(cue, v, re.IGNORECASE) and home.lower() in v.lower() for k, v in fields.items()
               if getattr(classify_field(k), "name", None) in ("occupation", "identity", "species"))
