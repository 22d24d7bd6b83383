"""Key terms of a profile value: what a correct in-character answer must contain.

A keyword is a key term, not a sentence: "17岁出场，19岁进入新世界" -> "17"; "5月5日（日本儿童节）" ->
"5月5日"; "喜爱一切美食，最爱的食物是肉，爱睡觉" -> hobbies [美食, 睡觉] and food [肉]. Every function
returns terms cut out of the value itself (possibly shortened), so that each stays grounded under
``text.contains_term``; the builder checks that again before it keeps a record.

Each extractor returns keyword *items*: a list of alternatives per item (``[["湖南省", "湖南"],
["娄底市", "娄底"]]``).
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

from .builder_prose import EN_MONTH, embedded_food
from .fields import Family
from .profiles_text import split_items, split_numbered, split_top_level

Items = list[list[str]]

# Longest key terms kept, per script: a CJK term of more characters, or a Latin one of more
# words, is a phrase an answer would paraphrase rather than quote.
MAX_CJK_TERM = 8
MAX_LATIN_TERM_WORDS = 4
MAX_CJK_PHRASE = 12  # catch-phrases and quotes are quoted verbatim, so they may be longer
MAX_LATIN_PHRASE_WORDS = 6
MAX_ITEMS = 3  # MTDP items per record: more is a list to recite, not a question to answer
MAX_ALTERNATIVES = 4

_PARENS = re.compile(r"[（(【\[][^（）()【】\[\]]*[）)】\]]")
_QUOTED = re.compile(r"“([^“”]{1,40})”|「([^「」]{1,40})」|『([^『』]{1,40})』|\"([^\"]{1,60})\"|《([^《》]{1,30})》"
                     r"|‘([^‘’]{1,40})’|(?<![A-Za-z])'([^'\n]{1,30})'(?![A-Za-z])")
_EDGE = " \t\n,，;；、。.!！?？~～:：…-—"
# Words that make an item a clause rather than a term ("最爱的食物是肉", "每当放假的时候").
_CLAUSE_MARKS_ZH = ("的", "是", "了", "在", "时候", "会", "把", "被", "着", "每当", "或者", "但是", "可能")
_CLAUSE_WORDS_EN = {"is", "are", "was", "were", "be", "been", "has", "have", "had", "when", "which", "who",
                    "that", "because", "but", "if", "will", "would", "can", "could", "does", "do", "did"}
# Leading words of an item that are not part of the term: "她热爱做饭" -> "做饭".
_LEAD_ZH = re.compile(r"^(?:我|她|他|它|也|还|更|最|很|非常|特别|超|超级|比较|十分)*"
                      r"(?:喜欢|喜爱|热爱|热衷于?|爱好|爱|擅长|精通|会|讨厌|厌恶|害怕|怕|不喜欢)"
                      r"(?:一切|各种|所有|各类|各式各样的?)?")
_LEAD_JA = re.compile(r"(?:が|を)?(?:大好き|好き|得意|嫌い|苦手)(?:です|だ|な)?$")
_LEAD_EN = re.compile(r"^(?:(?:i|she|he|they)\s+)?(?:really\s+)?(?:loves?|likes?|enjoys?|hates?|dislikes?|adores?)\s+"
                      r"(?:to\s+)?", re.IGNORECASE)
# Families whose items may start with a liking/skill verb to strip ("爱睡觉" -> "睡觉").
_LEAD_FAMILIES = frozenset({"hobbies", "food", "dislikes", "skills", "sports", "habits", "pets"})
_DATE_PATTERNS = (
    re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]"),
    re.compile(r"(\d{1,2})\s*월\s*(\d{1,2})\s*일"),
    re.compile(rf"{EN_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b", re.IGNORECASE),
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{EN_MONTH}\b", re.IGNORECASE),
    re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b"),
    re.compile(r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b"),
)
_AGE_NUMBER = re.compile(r"(\d{1,3})\s*(?:岁|歲|歳|살|세|years?|yrs?|y/o)", re.IGNORECASE)
_CJK_AGE = re.compile(r"[一二三四五六七八九十百两]+\s*(?:岁|歲|歳)")
_NUMBER = re.compile(r"\d+(?:\.\d+)?[A-Za-z]*")
# Address units. 道/都/府 are left out: "哈尔滨道里区" and "四川成都" must not split there.
_ADMIN_UNIT = re.compile(r"[^的の]+?(?:省|市|县|縣|区|區|州|镇|鎮|乡|鄉|村|県)")
_CORE_SUFFIXES = tuple("省市县縣区區県")  # "湖南省" may be said "湖南"; "凉州" is never "凉"
_INSTITUTION = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ff]{2,10}?(?:大学|大學|学院|學院|学校|學校|中学|小学|高中|高校|学園|学園)"
                          r"|(?:University|College|Academy|Institute|School) of [A-Z][\w'-]*(?: [A-Z][\w'-]*)*"
                          r"|(?:[A-Z][\w'-]*\s+){1,4}(?:University|College|Academy|Institute|School|High)")
_PHRASE_MARK = re.compile(r"(?:口头禅|口頭禪|口癖|catch-?phrases?)\s*(?:包括|是|为|有|は|:|：|is|are)?\s*[:：]?\s*([^。\n]+)", re.IGNORECASE)


def clean(value: str) -> str:
    """A value without parenthetical remarks, stray separators and surrounding whitespace."""
    prev = None
    while prev != value:  # nested brackets: peel from the inside
        prev, value = value, _PARENS.sub("", value)
    return " ".join(value.split()).strip(_EDGE)


def term_size(term: str) -> tuple[int, bool]:
    """(length, is_cjk): characters for CJK terms, words for others."""
    cjk = has_cjk(term)
    return text_length(term, "zh" if cjk else "en"), cjk


def is_short_term(term: str, phrase: bool = False) -> bool:
    n, cjk = term_size(term)
    if n == 0:
        return False
    if cjk:
        return n <= (MAX_CJK_PHRASE if phrase else MAX_CJK_TERM)
    return n <= (MAX_LATIN_PHRASE_WORDS if phrase else MAX_LATIN_TERM_WORDS)


def is_clause(term: str) -> bool:
    """Whether a candidate term reads as a clause ("最爱的食物是肉") rather than a term."""
    if has_cjk(term):
        return any(m in term for m in _CLAUSE_MARKS_ZH)
    return any(w in _CLAUSE_WORDS_EN for w in normalize(term).split())


def grounded(term: str, source: str) -> bool:
    return contains_term(normalize(source), normalize_term(term))


def strip_lead(term: str) -> tuple[str, bool]:
    """An item without its leading liking/skill verb; True when one was removed."""
    for pattern in (_LEAD_ZH, _LEAD_EN, _LEAD_JA):
        out = pattern.sub("", term).strip(_EDGE)
        if out != term and out:
            return out, True
    return term, False


def cjk_latin_alternatives(term: str) -> list[str]:
    """"小小周Romeo" -> [小小周Romeo, 小小周, Romeo]: a name written in two scripts at once."""
    runs = re.findall(r"[A-Za-z][A-Za-z .'-]*[A-Za-z]|[^\x00-\x7f]+", term)
    runs = [r.strip() for r in runs if r.strip()]
    if len(runs) == 2 and has_cjk(runs[0]) != has_cjk(runs[1]) and "".join(runs).replace(" ", "") == term.replace(" ", ""):
        return [term] + [r for r in runs if term_size(r)[0] >= (2 if has_cjk(r) else 1)]
    return [term]


def paren_alias(raw: str) -> str | None:
    """A Latin-script alias in brackets after a CJK name: "昆凌(Hannah Quinlivan)" -> the alias."""
    m = re.fullmatch(r"\s*([^()（）]+?)\s*[（(]\s*([A-Za-z][A-Za-z .'-]{1,40})\s*[)）]\s*", raw)
    if m and has_cjk(m.group(1)) and not has_cjk(m.group(2)):
        return m.group(2).strip()
    return None


def _unique(terms: list[str]) -> list[str]:
    seen, out = set(), []
    for t in terms:
        k = normalize_term(t)
        if k and k not in seen:
            seen.add(k)
            out.append(t)
    return out


def _dedupe_items(items: Items) -> Items:
    seen, out = set(), []
    for alts in items:
        alts = _unique(alts)
        keys = {normalize_term(a) for a in alts}
        if alts and not keys & seen:
            seen |= keys
            out.append(alts)
    return out


def quoted_terms(value: str) -> list[str]:
    out = []
    for m in _QUOTED.finditer(value):
        term = next(g for g in m.groups() if g is not None).strip(_EDGE)
        if term:
            out.append(term)
    return out


_PET_NAME = re.compile(r"\b(?:named|called)\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})"
                       r"|(?:叫|名叫|叫做)([^，,。；;、\s的]{1,6})的"
                       r"|'([^']{1,12})'")


def pet_name_keys(value: str) -> Items:
    """A pet's name: "a tortoise named Ledger", "一只叫“汤圆”的仓鼠", "柴犬の「ごろう」"."""
    quoted = [q for q in quoted_terms(value) if is_short_term(q)]
    if quoted:
        return [[quoted[0]]]
    m = _PET_NAME.search(value)
    if m:
        name = next(g for g in m.groups() if g).strip(_EDGE)
        return [[name]] if name else []
    v = clean(value)  # "Captain Biscuit (a one-eyed cormorant)"
    # ...but not "a grumpy ferret" / "一只橘猫": a description, not a name.
    if not v or not is_short_term(v) or is_clause(v) or re.match(r"[a-z]|[一两几][只条匹头个]", v):
        return []
    return [[v]]


def number_keys(value: str, family: Family) -> Items:
    if family.name == "age":
        m = _AGE_NUMBER.search(value) or _CJK_AGE.search(value)
        if m:
            return [[m.group(1) if m.lastindex else m.group(0).replace(" ", "")]]
    m = _NUMBER.search(value)
    if m:
        return [[m.group(0)]]
    v = clean(value)
    return [[v]] if v and is_short_term(v) and not is_clause(v) else []


def date_keys(value: str) -> Items:
    for pattern in _DATE_PATTERNS:
        m = pattern.search(value)
        if not m:
            continue
        if pattern is _DATE_PATTERNS[0] or pattern is _DATE_PATTERNS[1]:
            unit = ("月", "日") if pattern is _DATE_PATTERNS[0] else ("월 ", "일")
            short = f"{int(m.group(1))}{unit[0]}{int(m.group(2))}{unit[1]}"
            if grounded(short, value):
                return [[short]]
        return [[m.group(0).strip()]]
    v = clean(value)
    return [[v]] if v and is_short_term(v) and not is_clause(v) else []


def is_admin_unit(term: str) -> bool:
    """Whether a term is one CJK address unit ("湖南省", "娄底市")."""
    return bool(has_cjk(term) and _ADMIN_UNIT.fullmatch(term))


def _unit_alternatives(unit: str) -> list[str]:
    alts = [unit]
    bare = unit.removeprefix("中国").removeprefix("中國")
    if bare != unit and len(bare) >= 2:
        alts.append(bare)
    core = bare[:-1]
    if bare.endswith(_CORE_SUFFIXES) and 2 <= len(core) <= 3 and all("\u4e00" <= c <= "\u9fff" for c in core):
        alts.append(core)
    return alts


def _place_items(part: str) -> Items:
    part = part.strip(_EDGE)
    if not part:
        return []
    if has_cjk(part) and " " not in part:
        units = _ADMIN_UNIT.findall(part)
        whole = "".join(units) == part
        if (len(units) >= 2 and len(part) - len("".join(units)) <= 2) or (units and whole):
            return [_unit_alternatives(u) for u in units if len(u) >= 2]
    return [[part]] if is_short_term(part) and not is_clause(part) else []


def place_keys(value: str, family: Family) -> Items:
    if family.name == "school":
        found = _INSTITUTION.findall(value)
        if found:
            return [[found[0].strip()]]
    items: Items = []
    for part in split_top_level(clean(value), "、，,;；/／与和及"):
        items.extend(_place_items(part))
    return _dedupe_items(items)


def _item_head(item: str) -> str:
    """The term an item starts with: "老魔杖：死亡圣器之一，..." -> "老魔杖"."""
    head = re.split(r"[:：，,（(—]|\s-\s", item, maxsplit=1)[0]
    return head.strip(_EDGE)


def _list_terms(parts: list[str], value: str, family: Family) -> list[str]:
    food = embedded_food(value)
    terms = []
    expanded = []
    for part in parts:  # "Patient, dry-humoured and stubborn; trusts tide tables..." -> sub-lists
        sub = split_items(part) if re.search(r"[,，、]", part) else []
        expanded.extend(sub if len(sub) >= 2 else [part])
    for part in expanded:
        part = strip_etc(clean(part))
        if not part or (food and food in part and family.name != "food"):
            continue
        if family.name in _LEAD_FAMILIES:
            part, _ = strip_lead(part)
        if part and is_short_term(part) and not is_clause(part):
            terms.append(part)
    return terms


def list_keys(value: str, family: Family) -> Items:
    """Items of a list-like value (hobbies, skills, occupations, works, ...), short terms only."""
    titles = [t for t in quoted_terms(value) if "《" + t + "》" in value]
    if titles:
        return _dedupe_items([[t] for t in titles if is_short_term(t)])
    _, numbered = split_numbered(value)
    if numbered:
        terms = _list_terms([_item_head(p) for p in numbered], value, family)
    else:
        # Prose ("单纯天真、乐观积极，呈现出孩子气...。") splits into sentences first; its short
        # comma parts may still be terms.
        terms = (_list_terms(split_items(value), value, family)
                 or _list_terms(split_top_level(value, "，,、；;。"), value, family))
    return _dedupe_items([cjk_latin_alternatives(t) for t in terms])


def phrase_keys(value: str) -> Items:
    """Catch-phrases and quotes: any one of them answers, so one item of alternatives."""
    m = _PHRASE_MARK.search(value)
    candidates = quoted_terms(value)
    if not candidates and m:
        candidates = [m.group(1)]
    if not candidates:
        _, numbered = split_numbered(value)
        candidates = numbered or ([value] if is_short_term(clean(value), phrase=True) else [])
    terms = []
    for c in candidates:
        t = clean(c).strip(_EDGE)
        if t and is_short_term(t, phrase=True):
            terms.append(t)
    terms = _unique(terms)[:MAX_ALTERNATIVES]
    return [terms] if terms else []


def strip_etc(term: str) -> str:
    for suffix in ("等等", "等", "など", "etc.", "etc"):
        if term.endswith(suffix) and len(term) > len(suffix) + 1:
            return term[: -len(suffix)].strip(_EDGE)
    return term


def free_keys(value: str) -> Items:
    """A short value is its own key; otherwise a quoted term, or a short first item."""
    v = strip_etc(clean(value))
    if v and is_short_term(v, phrase=True) and not is_clause(v):
        return [[v]]
    quoted = [q for q in quoted_terms(value) if is_short_term(q, phrase=True)]
    if quoted:
        return [[quoted[0]]]
    items = split_items(v)
    if items:
        first, _ = strip_lead(clean(items[0]))
        if first and is_short_term(first) and not is_clause(first):
            return [[first]]
    return []


def name_keys(value: str, family: Family, character_name: str) -> Items:
    if family.all_parts:  # a person's (or English) name: one term, the character's own alias too
        alias = paren_alias(value)
        v = clean(value)
        if not v or not is_short_term(v, phrase=True):
            return []
        alts = [v] + ([alias] if alias else [])
        if character_name and character_name != v and grounded(character_name, v):
            alts.append(character_name)
        return [_unique(alts)]
    terms = [clean(p) for p in split_items(value)]
    terms = _unique([t for t in terms if t and is_short_term(t) and not is_clause(t)])[:MAX_ALTERNATIVES]
    return [terms] if terms else []


# Values that say the fact is unknown: nothing to ask ("我今年未知。" is no answer).
NON_ANSWERS = frozenset(normalize(v) for v in (
    "未知", "不详", "不明", "保密", "无", "暂无", "没有", "无可奉告", "待定", "不清楚", "unknown", "n/a", "na", "none",
    "nil", "tbd", "classified", "secret", "なし", "不詳", "秘密", "없음", "미상", "비밀", "-", "?"))


def extract_keys(value: str, family: Family, character_name: str = "") -> Items:
    """Keyword items of a value for its family; [] when no key term can be cut out of it."""
    if normalize(clean(value)) in NON_ANSWERS or not normalize(value):
        return []
    if family.name == "food":
        food = embedded_food(value)
        if food:
            return [[food]]
    if family.name == "pets":
        return pet_name_keys(value)
    kind = family.kind
    if kind == "number":
        items = number_keys(value, family)
    elif kind == "date":
        items = date_keys(value)
    elif kind == "place":
        items = place_keys(value, family)
    elif kind == "list":
        items = list_keys(value, family)
    elif kind == "phrases":
        items = phrase_keys(value)
    elif kind == "name":
        items = name_keys(value, family, character_name)
    elif kind == "free":
        items = free_keys(value)
    else:
        return []
    return _dedupe_items(items)

