"""Keys of what a character is called or says: catch-phrases and quotes (any one answers), its name,
English name and nicknames. Split from keys.py (session 32)."""

from __future__ import annotations

import re

from ..profiles_text import split_items, split_numbered, split_top_level
from .terms import (EDGE, MAX_ANY_OF, Items, clean, fragment_quotes, grounded, is_clause, is_fragment, is_short_term,
                    paren_alias, quoted_terms, spaceless_alternative, unique_terms)
from .fields import Family

_PHRASE_MARK = re.compile(r"(?:口头禅|口頭禪|口癖|catch-?phrases?)\s*(?:包括|是|为|有|は|:|：|is|are)?\s*[:：]?\s*([^。\n]+)", re.IGNORECASE)


def phrase_keys(value: str) -> Items:
    """Catch-phrases and quotes: any one of them answers, so one item of alternatives."""
    m = _PHRASE_MARK.search(value)
    # "常以"嗯"或"罢了"结尾。口头禅："剑在，人在。"": what the card names its catch-phrase is
    # quoted after the mark; the style description before it quotes mere endings
    candidates = (m and quoted_terms(value[m.start():])) or quoted_terms(value)
    if not candidates and m:
        candidates = [m.group(1)]
    if not candidates:
        _, numbered = split_numbered(value)
        # "要得要得！；慢慢挑，不着急嘛": several phrases, one per ';' part or line
        candidates = numbered or [c for c in split_top_level(value, "；;\n") if is_short_term(clean(c), phrase=True)]
    terms = []
    fragments = fragment_quotes(value)
    for c in candidates:
        t = clean(c).strip(EDGE)
        if is_fragment(c) or c.strip(EDGE) in fragments:
            continue  # "〜やじ", "…だぜ": an ending the character puts after other words, no phrase said alone
        if t and is_short_term(t, phrase=True) and not re.fullmatch(r"[\u3040-\u30ff\u4e00-\u9fff]", t):
            terms.append(t)  # a one-character "嗯" is an interjection anyone says, no catch-phrase
    terms = unique_terms(terms)[:MAX_ANY_OF]  # every catch-phrase of the card is a right answer
    return [terms] if terms else []


def name_keys(value: str, family: Family, character_name: str) -> Items:
    if family.all_parts:  # a person's (or English) name: one term, the character's own alias too
        alias = paren_alias(value)
        v = clean(value)
        if not v or not is_short_term(v, phrase=True):
            return []
        alts = [v] + ([alias] if alias else []) + [a for a in [spaceless_alternative(v)] if a]
        if character_name and character_name != v and grounded(character_name, v):
            alts.append(character_name)
        if family.name == "name":  # "蒙奇·D·路飞" is "路飞", "哈利·詹姆斯·波特" is "哈利"
            parts = [p for p in re.split(r"\s*[·•‧・]\s*", v) if len(p) >= 2]
            if len(parts) >= 2:
                alts.extend([parts[0], parts[-1]])
        return [unique_terms(alts)]
    # "“沪上福尔摩斯”": the quotes mark the nickname, no answer says them; "笔名“青禾”": the quoted
    # name is the nickname, the word before it says what kind
    terms = [(quoted_terms(p) or [clean(p)])[0].strip("“”\"'「」『』‘’") for p in split_items(value)]
    # "the Widow of Bonanza Creek": the article is no part of the name, nor of its length
    terms = [re.sub(r"^(?:the|a|an)\s+(?=[A-Z])", "", t) for t in terms]
    # the card's first nickname is its best-known one, a name though it reads as a clause
    # ("大难不死的男孩, 救世之星"); a clause further down the list is a description
    terms = unique_terms([t for i, t in enumerate(terms) if t and is_short_term(t) and (
        not is_clause(t) or (i == 0 and family.name == "nickname"))])
    if family.name == "nickname":
        terms = unique_terms([f for t in terms for f in [t, *_own_name_core(t, character_name)]])
    terms = terms[:MAX_ANY_OF]
    return [terms] if terms else []


def _own_name_core(nickname: str, character_name: str) -> list[str]:
    """"ハツばあ" of "屋台のハツばあ", "순덕이" of "상군 순덕이": a nickname made of the character's
    own given name with a modifier before it is said without the modifier too. The given name
    alone ("Big Hattie" -> "Hattie") is the name, not a nickname, and stays out."""
    given = character_name.split()[-1] if " " in character_name.strip() else character_name[1:]
    m = re.fullmatch(r"(.+?)(?:の|的|\s+)(\S+)", nickname.strip())
    if not m or len(given) < 2 or given not in m.group(2) or m.group(2) == given:
        return []
    return [m.group(2)]
