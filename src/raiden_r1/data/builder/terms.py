"""Term primitives of keyword extraction: cleaning a value, telling a term from a clause, and the
size limits a keyword must keep (keys uses them per field family; checks and
sbk use the same limits when they judge a keyword).
"""

from __future__ import annotations

import re

from raiden_r1.text import (
    contains_term,
    has_cjk,
    normalize,
    normalize_term,
    text_length,
)

from .tables import table

Items = list[list[str]]

# Longest key terms kept, per script: a CJK term of more characters, or a Latin one of more
# words, is a phrase an answer would paraphrase rather than quote.
MAX_CJK_TERM = 8
MAX_LATIN_TERM_WORDS = 4
MAX_CJK_PHRASE = 12  # catch-phrases and quotes are quoted verbatim, so they may be longer
MAX_LATIN_PHRASE_WORDS = 6
MAX_ITEMS = 3  # MTDP items per record: more is a list to recite, not a question to answer
MAX_ALTERNATIVES = 6
# One "any of these" item: every item of a card's list (hobbies, works, nicknames) may answer, so
# the keyword holds them all rather than a subset a correct answer may miss.
MAX_ANY_OF = 10
# A list or free-text item longer than this is a phrase a person rewords ("对待工作一丝不苟",
# "严格遵守规则", "brewing honey mead at dawn"): never a keyword that must appear verbatim.
MAX_FREE_CJK = 5
MAX_FREE_WORDS = 3

_PARENS = re.compile(r"[（(【\[][^（）()【】\[\]]*[）)】\]]")
_QUOTED = re.compile(r"“([^“”]{1,40})”|「([^「」]{1,40})」|『([^『』]{1,40})』|\"([^\"]{1,60})\"|《([^《》]{1,30})》"
                     r"|‘([^‘’]{1,40})’|(?<![A-Za-z])'([^'\n]{1,30})'(?![A-Za-z])")
EDGE = " \t\n,，;；、。.!！?？~～:：…-—"
# Words that make an item a clause rather than a term ("最爱的食物是肉", "每当放假的时候").
_CLAUSE_MARKS_ZH = ("的", "是", "了", "在", "时候", "把", "被", "着", "每当", "或者", "但是", "可能")
# 会 is a clause only as the modal "will / can" ("我会游泳", "不会做饭"): after a subject or an
# adverb, or opening the item. In a noun ("开会", "聚会", "音乐会") it is part of the term.
_MODAL_HUI = re.compile(r"(?:^|[我你他她它们不也都还就才很最总将定能该])会(?=.)")
_CLAUSE_WORDS_EN = {"is", "are", "was", "were", "be", "been", "has", "have", "had", "when", "which", "who",
                    "that", "because", "but", "if", "will", "would", "can", "could", "does", "do", "did"}
# Leading words of an item that are not part of the term: "她热爱做饭" -> "做饭".
# ("通晓粟特语": the skill is the language, review 77 keyed the verb with it and refused 粟特语)
_LEAD_ZH = re.compile(r"^(?:我|她|他|它|也|还|更|最|很|非常|特别|超|超级|比较|十分)*"
                      r"(?:喜欢|喜爱|热爱|热衷于?|爱好|爱|擅长|精通|通晓|熟谙|谙熟|熟知|懂得|会|讨厌|厌恶|害怕|怕|不喜欢)"
                      r"(?:一切|各种|所有|各类|各式各样的?)?")
# never after ず: "負けず嫌い", "食わず嫌い" are words of their own
_LEAD_JA = re.compile(r"(?<!ず)(?:が|を)?(?:大好き|好き|得意|嫌い|苦手)(?:です|だ|な)?$")
_LEAD_EN = re.compile(r"^(?:(?:i|she|he|they)\s+)?(?:really\s+)?(?:loves?|likes?|enjoys?|hates?|dislikes?|adores?)\s+"
                      r"(?:to\s+)?", re.IGNORECASE)
# Families whose items may start with a liking/skill verb to strip ("爱睡觉" -> "睡觉").
LEAD_FAMILIES = frozenset({"hobbies", "food", "dislikes", "skills", "sports", "habits", "pets"})


def clean(value: str) -> str:
    """A value without parenthetical remarks, stray separators and surrounding whitespace."""
    prev = None
    while prev != value:  # nested brackets: peel from the inside
        prev, value = value, _PARENS.sub("", value)
    return " ".join(value.split()).strip(EDGE)


def term_size(term: str) -> tuple[int, bool]:
    """(length, is_cjk): characters for CJK terms, words for others."""
    cjk = has_cjk(term)
    if not cjk:  # "don't", "who's" are one word each: "The lamp don't care who's tired" is six
        term = re.sub(r"(?<=[A-Za-z])['’](?=[A-Za-z])", "", term)
    return text_length(term, "zh" if cjk else "en"), cjk


# A capitalised English name running on over "and"/"&" between capitals ("William and Mary",
# "Trade and Industry"): a name of an institution or a title is never cut there (session 33); a
# capital after "and" that takes its own "of" opens a second title ("Lord of Winterfell and Warden of
# the North")
EN_NAME_RUN = r"[A-Z][\w'-]*(?:(?: and| &) [A-Z][\w'-]*(?![\w'-])(?! of\b)| [A-Z][\w'-]*)*"


def is_short_term(term: str, phrase: bool = False) -> bool:
    n, cjk = term_size(term)
    if n == 0:
        return False
    if cjk:
        return n <= (MAX_CJK_PHRASE if phrase else MAX_CJK_TERM)
    return n <= (MAX_LATIN_PHRASE_WORDS if phrase else MAX_LATIN_TERM_WORDS)


def is_free_phrase(term: str) -> bool:
    """Whether a descriptive item is a phrase an answer would reword, not a term it quotes.
    Korean is counted in words, as English is ("올림픽 금메달" is a term)."""
    if re.search(r"[\uac00-\ud7a3]", term):
        return len(term.split()) > MAX_FREE_WORDS
    n, cjk = term_size(term)
    return n > (MAX_FREE_CJK if cjk else MAX_FREE_WORDS)


def is_clause(term: str) -> bool:
    """Whether a candidate term reads as a clause ("最爱的食物是肉") rather than a term."""
    if has_cjk(term):
        return any(m in term for m in _CLAUSE_MARKS_ZH) or bool(_MODAL_HUI.search(term))
    return any(w in _CLAUSE_WORDS_EN for w in normalize(term).split())


_CJK_GAP = re.compile(r"(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]) (?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3])")


def squeeze_cjk(text: str) -> str:
    """Text without the spaces between two CJK characters: "星野 灯" -> "星野灯"."""
    return _CJK_GAP.sub("", text)


def term_in(norm_text: str, norm_term: str) -> bool:
    """``contains_term`` that also finds "星野灯" in "星野 灯": a Japanese or Chinese name may be
    written with a space between its parts in the profile and without one in an answer."""
    return contains_term(norm_text, norm_term) or (
        has_cjk(norm_term) and " " not in norm_term and norm_term in squeeze_cjk(norm_text))


def spaceless_alternative(term: str) -> str | None:
    """"星野 灯" -> "星野灯" (offered as an alternative), None when no space sits between CJK parts."""
    squeezed = squeeze_cjk(" ".join(term.split()))
    return squeezed if squeezed != " ".join(term.split()) else None


def grounded(term: str, source: str) -> bool:
    return term_in(normalize(source), normalize_term(term))


def strip_lead(term: str) -> tuple[str, bool]:
    """An item without its leading liking/skill verb; True when one was removed."""
    for pattern in (_LEAD_ZH, _LEAD_EN, _LEAD_JA):
        out = pattern.sub("", term).strip(EDGE)
        if out != term and out:
            return out, True
    return term, False


def cjk_latin_alternatives(term: str) -> list[str]:
    """"小小周Romeo" -> [小小周Romeo, 小小周, Romeo]: a name written in two scripts at once."""
    runs = re.findall(r"[A-Za-z][A-Za-z .'-]*[A-Za-z]|[^\x00-\x7f]+", term)
    runs = [r.strip() for r in runs if r.strip()]
    if len(runs) == 2 and has_cjk(runs[0]) != has_cjk(runs[1]) and "".join(runs).replace(" ", "") == term.replace(" ", ""):
        # a half that says "unknown" (未知, N/A) is no name of its own, so never a key by itself
        return [term] + [r for r in runs if term_size(r)[0] >= (2 if has_cjk(r) else 1)
                         and normalize(r) not in NON_ANSWERS]
    return [term]


def paren_alias(raw: str) -> str | None:
    """A Latin-script alias in brackets after a CJK name: "昆凌(Hannah Quinlivan)" -> the alias."""
    m = re.fullmatch(r"\s*([^()（）]+?)\s*[（(]\s*([A-Za-z][A-Za-z .'-]{1,40})\s*[)）]\s*", raw)
    if m and has_cjk(m.group(1)) and not has_cjk(m.group(2)):
        return m.group(2).strip()
    return None


def unique_terms(terms: list[str]) -> list[str]:
    seen, out = set(), []
    for t in terms:
        k = normalize_term(t)
        if k and k not in seen:
            seen.add(k)
            out.append(t)
    return out


def dedupe_items(items: Items) -> Items:
    seen, out = set(), []
    for alts in items:
        alts = unique_terms(alts)
        keys = {normalize_term(a) for a in alts}
        if alts and not keys & seen:
            seen |= keys
            out.append(alts)
    return out


# "〜やじ", "…だぜ", "-ssu": a quote opening with a wave dash, an ellipsis or a hyphen is an ending the
# speaker puts after other words, never a phrase said alone (phrase_keys keeps no such key)
_FRAGMENT_OPENING = re.compile(r"\s*(?:[〜～~…‥⋯]|\.{2,}|-(?=\w))")


def is_fragment(raw: str) -> bool:
    """Whether a phrase as written (before its edges are stripped) opens as a fragment."""
    return bool(_FRAGMENT_OPENING.match(raw))


def fragment_quotes(value: str) -> set[str]:
    """The quoted terms of ``value`` (as quoted_terms gives them) whose quote opens as a fragment."""
    return {t.strip(EDGE) for m in _QUOTED.finditer(value)
            for t in [next(g for g in m.groups() if g is not None)] if is_fragment(t) and t.strip(EDGE)}


def quoted_terms(value: str) -> list[str]:
    out = []
    for m in _QUOTED.finditer(value):
        term = next(g for g in m.groups() if g is not None).strip(EDGE)
        if term:
            out.append(term)
    return out


# A 等 after one of these is part of a grade or rank ("一级甲等", "一等奖", "上等"), not "etc.".
_GRADE_BEFORE_DENG = frozenset("甲乙丙丁一二三四五六七八九十特头优上中下高初同均对平相何次劣")


def strip_etc(term: str) -> str:
    """A term without a trailing "etc." ("橡胶手枪等", "香菜、加班等"); the 等 of a grade or rank
    ("普通话一级甲等", "三等") is part of the term and stays."""
    for suffix in ("等等", "など", "etc.", "etc"):
        if term.endswith(suffix) and len(term) > len(suffix) + 1:
            return term[: -len(suffix)].strip(EDGE)
    if term.endswith("等") and len(term) > 2 and term[-2] not in _GRADE_BEFORE_DENG:
        return term[:-1].strip(EDGE)
    return term


# Values that say the fact is unknown: nothing to ask ("我今年未知。" is no answer).
NON_ANSWERS = frozenset(normalize(v) for v in table("words.yaml", "NON_ANSWERS_RAW"))


def one_cjk_character(term: str) -> bool:
    """Whether a term is a single CJK character ("静", "蛇"): as a wrong answer it fires inside
    a right one ("性子安静"), since the reward reads CJK without word boundaries."""
    t = normalize_term(term)
    return len(t) == 1 and has_cjk(t)
