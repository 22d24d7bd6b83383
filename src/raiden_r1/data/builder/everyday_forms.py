"""The everyday short form of a whole-phrase key (review 72): a card writes "抄录医书", "jollof
rice", "EVA suit repair", "gene sequencing", "침방 상궁 최씨", and people answer "抄医书", "jollof",
"I fix EVA suits", "I sequence genes", "최 상궁께 배웠소". Each form comes from a rule of the
language (a verb's everyday character, a dish named before its staple, the object of an act, surname
+ title), never from a bare generic head; the card's whole phrase stays the first alternative."""

from __future__ import annotations

import re

from .tables import table

_ZH_VERB_SHORT: dict[str, str] = table("everyday_forms.yaml", "ZH_VERB_SHORT")
_EN_STAPLES = frozenset(table("everyday_forms.yaml", "EN_DISH_STAPLES"))
_EN_NOT_DISH = frozenset(table("everyday_forms.yaml", "EN_DISH_NOT_NAMES"))
_EN_ACTS = frozenset(table("everyday_forms.yaml", "EN_ACT_NOUNS"))
_EN_BARE_GERUNDS = frozenset(table("everyday_forms.yaml", "EN_BARE_GERUNDS_NOT_KEYS"))
_EN_GENERIC = frozenset(w.casefold() for w in table("words.yaml", "EN_GENERIC_HEADS"))
_STATUS: dict[str, dict[str, list[str]]] = table("everyday_forms.yaml", "STATUS_FORMS")
_KO_TITLES = "|".join(table("everyday_forms.yaml", "KO_SURNAME_TITLES"))
_KO_TWO_SURNAMES = tuple(table("everyday_forms.yaml", "KO_TWO_SYLLABLE_SURNAMES"))
_KO_TITLED = re.compile(rf"^(?:[\uac00-\ud7a3]+\s+)*(?P<title>{_KO_TITLES})\s+(?P<name>[\uac00-\ud7a3]{{1,4}})$")
_ACTIVITY = frozenset({"hobbies", "skills", "habits", "sports", "likes", "dislikes", "dream", "goal"})


def everyday_forms(term: str, language: str, family: str = "") -> list[str]:
    """The everyday short forms of ``term`` (none where it has none)."""
    term = term.strip()
    if language == "zh" and family in _ACTIVITY:
        out = _zh_short_verb(term)
    elif language == "en" and family in ("food", "signature_dish"):
        out = _en_dish_name(term)
    elif language == "en" and family in ("skills", "hobbies"):
        out = _en_act_object(term)
    elif family == "occupation" and term.casefold() in _STATUS.get(language, {}):
        out = list(_STATUS[language][term.casefold()])  # "Student": "I go to school"
    elif language == "ko":
        out = ko_titled_person(term)
    else:
        out = []
    return [f for f in dict.fromkeys(out) if f and f != term]


def _zh_short_verb(term: str) -> list[str]:
    """"抄录医书" -> 抄医书: the object keeps two characters at least, so the form names the thing."""
    verb = term[:2]
    rest = term[2:]
    if verb in _ZH_VERB_SHORT and 2 <= len(rest) <= 5 and re.fullmatch(r"[\u4e00-\u9fff]+", rest):
        return [_ZH_VERB_SHORT[verb] + rest]
    return []


def _en_dish_name(term: str) -> list[str]:
    """"jollof rice" -> jollof; "fried rice", "chicken curry" give none."""
    words = term.split()
    if len(words) != 2 or words[1].casefold() not in _EN_STAPLES:
        return []
    name = words[0]
    low = name.casefold()
    if (not re.fullmatch(r"[A-Za-z][a-z'-]{3,}", name) or low in _EN_NOT_DISH or low in _EN_GENERIC
            or low.endswith(("ed", "ing"))):
        return []
    return [name]


def _en_act_object(term: str) -> list[str]:
    """"EVA suit repair" -> EVA suit; "gene sequencing" -> sequencing ("I sequence genes" folds to it)."""
    words = term.split()
    if len(words) < 2 or not all(re.fullmatch(r"[A-Za-z][A-Za-z-]*", w) for w in words):
        return []
    last = words[-1].casefold()
    if last in _EN_ACTS:
        obj = " ".join(words[:-1])
        one_word = len(words) == 2
        if not (one_word and (len(obj) < 5 or obj.casefold() in _EN_GENERIC)):
            return [obj]
        return []
    if len(words) == 2 and last.endswith("ing") and len(last) >= 7 and last not in _EN_BARE_GERUNDS \
            and last not in _EN_GENERIC and words[0][0].islower():
        return [words[1]]
    return []


def ko_titled_person(term: str) -> list[str]:
    """"침방 상궁 최씨" -> 최 상궁, 최상궁, 최씨; "훈장 김만복" -> 김 훈장, 김만복: a Korean names a titled
    person by surname and title. A name that is no surname + 씨 or full name of 2-4 syllables gives none."""
    m = _KO_TITLED.match(term)
    if not m:
        return []
    title, name = m.group("title"), m.group("name")
    if name.endswith("씨") and len(name) in (2, 3):
        surname, full = name[:-1], None
    elif len(name) in (3, 4) and not name.endswith("씨"):
        two = name.startswith(_KO_TWO_SURNAMES) and len(name) == 4
        surname, full = (name[:2] if two else name[0]), name
    else:
        return []
    # "김씨" of a full name would also name a kinsman of that surname: only the card's own 씨 form
    return [f"{surname} {title}", f"{surname}{title}"] + ([full] if full else [f"{surname}씨"])
