"""Who the character's own words around a keyword stand for (voice.py and frames.py ask):
- asked a relative's or a pet's name, the character may say what it does with them ("I walk her
  every morning, Crumpet", "I bought him at the fair - Pip", "제가 매일 산책시키는 콩떡이요"): it
  does something to the one named, and does not make itself the one named ("I go by Crumpet",
  "私がこむぎです", "내가 콩떡이야");
- 저 is both "that" and the humble "I": the value right after it makes it the speaker;
- a verb of saying whose subject is the character alone quotes the character, reports no one.
"""

from __future__ import annotations

import re

from raiden_r1.data.perspective import relation_nouns

from .analysis import cue_at_start, cue_in_text
from .matching import PreparedTruth

# After "I <verb>": an object (a pronoun or a noun with its determiner), or nothing (the keyword).
_EN_OBJECT = re.compile(r"^(?:$|(?:her|him|it|them|the|my|our|this|that|these|those)\b)")
# After the keyword: an object, a goal or an owner particle (not a copula: "私がこむぎです").
# (not と: "こむぎと申します" is the character's own name)
_REST_OBJECT = {"ja": re.compile(r"^(?:を|に|と一[緒绪]|の|へ)"),
                "ko": re.compile(r"^(?:이를|를|을|이랑|랑|하고|이한테|한테|에게|이에게|의)")}
# Korean: a verb that modifies the keyword right before it ("산책시키는 콩떡", "데려온 콩떡").
_KO_MODIFIER = re.compile(r"[가-힣]*(?:는|던|온|운|한|친|킨|린|간|은)$")


def object_after(rest: str, lang: str) -> bool:
    """The keyword is an object, a goal or an owner right after it ("こむぎを", "콩떡이를", "콩떡이의")."""
    return lang in _REST_OBJECT and bool(_REST_OBJECT[lang].match(rest))


def acts_on_named(before: str, rest: str, agent_in_clause: str | None, lang: str) -> bool:
    """The first-person verb found before the keyword acts on the one named: it stands in an
    earlier clause (the name is given apart: "I walk her every morning, Crumpet"), or its object
    is a pronoun, a noun or the keyword itself. ``before``/``rest``: the keyword's clause before and
    after it; ``agent_in_clause``: the first-person verb found in ``before``, if any."""
    if agent_in_clause is None:
        return True
    if lang == "en":
        return bool(_EN_OBJECT.match(before[before.find(agent_in_clause) + len(agent_in_clause):].strip()))
    if object_after(rest, lang):
        return True
    tail = before[before.find(agent_in_clause) + len(agent_in_clause):].strip()
    return lang == "ko" and bool(tail) and bool(_KO_MODIFIER.fullmatch(tail.split(" ")[-1]))


def ko_humble_i(said: str, prep: PreparedTruth) -> bool:
    """저 is both "that" and the humble "I". What follows decides: "that" points at a person or thing
    that holds the fact ("저 바리스타의 고향은"); a keyword value right after it ("저 오이 못 먹어요",
    "저 진짜 대구가 고향이에요": the 이/가 read as a particle may be the value's own last syllable) makes
    저 the speaker."""
    return said.startswith("저 ") and any(a.canon and a.canon in said[2:] for alts in prep.items for a in alts)


def speaks_itself(head: str, language: str) -> bool:
    """The text before a verb of saying opens with the character as its subject and names no one
    else ("本座不耐烦时只说一句：聒噪", "我每次都说"): the character quoting itself (not "我妈说", "我们都说",
    "我听你说")."""
    lead = cue_at_start(head, language, "first_person")
    if not lead or cue_in_text(head, language, "first_person_exempt"):
        return False  # ("我老娘常说": the mother's saying)
    if cue_in_text(f"{lead.strip()}说", language, "hearsay") == f"{lead.strip()}说":
        return False  # (人家 is "I" and "others": "人家都说" is what people say)
    if head.isascii() and lead.strip() not in ("i", "i m", "i ve", "i d", "i ll"):
        return False  # ("we all say", "my brother says": more than the character, or someone of its own)
    rest = head[len(lead.strip()):]
    return not (rest.startswith(("们", "們", "等", "俩")) or relation_nouns(rest) or
                any(cue_in_text(rest, language, k) for k in ("second_person", "third_person", "rumour_subjects", "collective")))
