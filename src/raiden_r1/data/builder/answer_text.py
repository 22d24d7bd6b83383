"""What a gold answer's {v} says for its keyword items: the spoken alternative of each, with its
unit or article, joined the way the language lists them (sbk renders the templates with it)."""

from __future__ import annotations

import re

from .grammar import ja_traits, with_article
from .keys import grounded, is_admin_unit
from .phrases import UNITS, join_terms, render
from .tables import table

NICKNAME_BY: dict[str, str] = table("phrases.yaml", "NICKNAME_BY")
SPOKEN_TOWN: dict[str, list[str]] = table("phrases.yaml", "SPOKEN_TOWN")
MEMO_FORMS: dict[str, list[list[str]]] = table("phrases.yaml", "MEMO_FORMS")

# Families whose English items are common nouns: a capital comes from the start of the value.
_EN_PROPER_TIMES = frozenset(("sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                              "january", "february", "march", "april", "may", "june", "july", "august",
                              "september", "october", "november", "december", "christmas", "easter"))
_LOWER_FIRST = frozenset({"hobbies", "skills", "dislikes", "habits", "personality", "occupation", "sports"})


def _display(term: str, family: str, language: str) -> str:
    """The term as the answer says it: a bare age or height gets its unit, "蛇" its "属", and
    "Patient" from the start of an English list its lower case."""
    unit = UNITS.get(family, {}).get(language, "")
    if unit and re.fullmatch(r"\d+(?:\.\d+)?", term):
        return term + unit
    if family == "chinese_zodiac" and language == "zh" and not term.startswith("属"):
        return "属" + term
    if (language == "en" and family in _LOWER_FIRST and re.fullmatch(r"[A-Z][a-z]+(?:[\s-][a-z]+)*", term)
            and term.split()[0].casefold() not in _EN_PROPER_TIMES):  # "Sunday morning cricket" keeps its capital
        term = term[0].lower() + term[1:]
    if language == "en":
        return with_article(term, family)  # "a forensic accountant", "the University of Toronto"
    if language == "zh":  # a card's "赫敏 • 格兰杰" is written "赫敏·格兰杰" (the reward folds both)
        term = re.sub(r"\s*[•‧・]\s*", "·", term)
    return term


def _join(terms: list[str], family: str, language: str) -> str:
    """"湖南省娄底市新化县" and "Greenock, Scotland" are one address, not a list of places."""
    if len(terms) > 1 and all(is_admin_unit(t) for t in terms):
        return "".join(terms)
    if family in ("hometown", "residence") and language == "en":
        return ", ".join(terms)
    if family in ("occupation", "identity") and language == "ko" and len(terms) > 1:  # "천문관이자 물시계 기술자"
        return ", ".join(terms[:-2] + [terms[-2] + "이자 " + terms[-1]])
    if family == "personality" and language == "zh":  # "温婉沉静、外柔内刚、对庸医毫不客气": traits, not things
        return "、".join(terms)
    return join_terms(terms, language)


def spoken(alts: list[str]) -> str:
    """The alternative an answer says in full: the one every other alternative is part of
    ("charting the Drowned Archipelago" for [Drowned Archipelago, charting the ...]), else the first."""
    for a in sorted(alts, key=len, reverse=True):
        if all(grounded(b, a) for b in alts):
            return a
    return alts[0]


def _spoken_goal(alts: list[str]) -> str:
    """A dream says its whole phrase: the longest alternative its key is part of ("开一爿裁缝店" of
    [裁缝店, 开一爿裁缝店, 阿宝时装], the shop's sign an equal answer outside the dream's words)."""
    return max((a for a in alts if grounded(alts[0], a)), key=len)


def _spoken_town(alts: list[str], language: str) -> str:
    """A hometown as a person says it (phrases.yaml SPOKEN_TOWN): "통영" for the card's "경상남도
    통영시", where an alternative holds the town without its province."""
    said = spoken(alts)
    rule = SPOKEN_TOWN.get(language)
    if not rule:
        return said
    town = re.sub(rule[0], "", said)
    bare = re.sub(rule[1], "", town)
    return next((t for t in (bare, town) if t != said and t in alts), said)


def answer_value(items: list[list[str]], family: str, language: str) -> str:
    """What a template's {v} says for these keyword items."""
    if family == "hometown" and len(items) == 1:
        return _display(_spoken_town(items[0], language), family, language)
    say = _spoken_goal if family == "dream" else spoken
    return _join([_display(say(alts), family, language) for alts in items], family, language)


def grammar_extras(items: list[list[str]], family: str, language: str) -> dict[str, str | None]:
    """Placeholders some templates need besides {v}: Japanese traits conjugated before 性格."""
    if family == "personality" and language == "ja":
        terms = [spoken(alts) for alts in items]
        return {"v_traits": ja_traits(terms), "v_list": "、".join(terms)}
    if family == "personality" and language == "ko":
        terms = [spoken(alts) for alts in items]
        clauses = [t for t in terms if memo_adnominal(t, language) != t]
        if not clauses:
            return {"v_adn": None, "v_note": ""}
        # a memo is said, never read aloud: "화끈하고 정이 많은 성격"; nouns listed before it
        said = "".join(memo_adnominal(t, language, last=i == len(clauses) - 1) + ("" if i == len(clauses) - 1 else " ")
                       for i, t in enumerate(clauses))
        nouns = [t for t in terms if t not in clauses]
        return {"v_adn": (", ".join(nouns) + ", 그리고 " if nouns else "") + said, "v_note": None}
    return {}


def memo_adnominal(term: str, language: str, last: bool = True) -> str:
    """A trait the card writes as a memo clause ("정이 많음") in its adnominal form ("정이 많은"),
    or its connective (``last`` False: "정이 많고") before another clause; a one-word trait
    ("솔직함": a noun) and any other term unchanged (phrases.yaml MEMO_FORMS)."""
    if " " not in term.strip():
        return term
    for pattern, adnominal, connective, *_ in MEMO_FORMS.get(language, ()):
        if re.search(pattern, term):
            return re.sub(pattern, adnominal if last else connective, term)
    return term


def memo_stems(items: list[list[str]], language: str) -> list[list[str]]:
    """``items`` with the stem of each memo-form alternative beside it ("정이 많" of "정이 많음"),
    so the spoken gold ("정이 많은 성격") and a natural answer ("정이 많은 편이다") both hold a key."""
    out = []
    for alts in items:
        # (a rule's fourth element is what its match leaves of the stem: "셈" leaves "세")
        stems = [re.sub(p, (rest or [""])[0], a) for a in alts for p, _, _, *rest in MEMO_FORMS.get(language, ())
                 if " " in a.strip() and re.search(p, a)]
        out.append(alts + [s for s in dict.fromkeys(stems) if len(s.replace(" ", "")) >= 2 and s not in alts])
    return out


_NICKNAME_USER = r"\s*\(\s*(?:to|by|for|among)\s+((?:her|his|their|the|my)\s+[a-z][a-z' -]{1,40}?)\s*\)"


def nickname_by(answer: str, nickname: str, value: str, language: str) -> str:
    """"My brother calls me Tam." where the card writes "Tam (to her brother)"; ``answer`` unchanged
    when the card says nothing of who uses the nickname."""
    template = NICKNAME_BY.get(language)
    m = re.search(re.escape(nickname) + _NICKNAME_USER, value) if template else None
    if not m:
        return answer
    who = re.sub(r"^(?:her|his|their)\s+", "my ", m.group(1))
    plural = who.split()[-1].endswith("s") or " of " in who and who.split(" of ")[0].endswith("s")
    return render(template, language, who=who[0].upper() + who[1:], s="" if plural else "s", v=nickname)
