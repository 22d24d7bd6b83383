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

from raiden_r1.text import has_cjk, normalize

from .dates import date_keys, is_year_only  # noqa: F401 (re-exported: sbk imports them from here)
from .pairs import pair_halves
from .prose import embedded_food
# Some names are re-exported: sbk and the tests import them from here.
from .terms import (  # noqa: F401
    EDGE, EN_NAME_RUN, LEAD_FAMILIES, MAX_ALTERNATIVES, MAX_ANY_OF, MAX_CJK_PHRASE, MAX_CJK_TERM, MAX_ITEMS, MAX_LATIN_PHRASE_WORDS,
    MAX_LATIN_TERM_WORDS, NON_ANSWERS, Items, cjk_latin_alternatives, clean, dedupe_items, grounded, is_clause, is_free_phrase,
    is_short_term, paren_alias, quoted_terms, spaceless_alternative, strip_etc, strip_lead, term_size, unique_terms,
)
from ..profiles_text import split_items, split_numbered, split_top_level
from .coverage import art_phrases, job_art, job_head
from .fields import Family
from .place_keys import is_admin_unit, place_keys  # noqa: F401 (re-exported: sbk imports them from here)
from .goals import goal_key, ko_verb_noun_object  # noqa: F401 (goal_key re-exported: the tests import it from here)
from .head_words import en_item_head, ko_item_head
from .heads import bracket_reading, ja_job_forms, ja_whole_word, ko_modified_noun, trait_halves, zh_modified_noun
from .pet_keys import pet_name_keys  # noqa: F401 (re-exported: the tests import it from here)
from .said_keys import name_keys, phrase_keys  # noqa: F401 (re-exported)
from .tables import table

_AGE_NUMBER = re.compile(r"(\d{1,3})\s*(?:岁|歲|歳|살|세|years?|yrs?|y/o)", re.IGNORECASE)
_CJK_AGE = re.compile(r"[一二三四五六七八九十百两]+\s*(?:岁|歲|歳)")
_NUMBER = re.compile(r"\d+(?:\.\d+)?[A-Za-z]*")


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


def _item_head(item: str) -> str:
    """The term an item starts with: "老魔杖：死亡圣器之一，..." -> "老魔杖"."""
    head = re.split(r"[:：，,（(—]|\s-\s", item, maxsplit=1)[0]
    return head.strip(EDGE)


_KANA = re.compile(r"[\u3040-\u30ff]")
_TITLE_IN_ITEM = re.compile(r"《([^《》]{1,30})》")
# After an organisation, the job itself: "社区卫生服务中心全科医生" may be said "全科医生".
_JOB_TAIL = re.compile(r"(?:中心|公司|医院|诊所|学校|大学|中学|小学|集团|局|站|店|厂|部|所|馆|院)([\u4e00-\u9fff]{2,6})$")
_EN_GENERIC_HEADS = frozenset(table("words.yaml", "EN_GENERIC_HEADS"))
# job heads that are also forms of address (老板, 掌柜, 사장): said of anyone who runs anything
_ADDRESS_JOBS = frozenset(table("words.yaml", "BARE_TITLES"))
# An English job title followed by where it is held ("chief trauma medic of Jezero Dome Station")
_EN_JOB_OF = re.compile(r"^((?!(?:of|at|for|on|aboard)\b)[A-Za-z][\w'-]*(?:\s+(?!(?:of|at|for|on|aboard)\b)[a-z][\w'-]*){0,2})"
                        r"\s+(?:of|at|for|on|aboard)\s+\S")
# A capitalised title held of a named thing ("Guardian of the Sunken Library", "Keeper of the Royal
# Archives"): the whole is what it is called, and its head a right answer too (review 71: a gold cut to
# "a guardian" says of what no more)
_EN_BARE_TITLES = frozenset(("lord", "lady", "sir", "master", "mistress", "king", "queen", "prince", "princess"))
_EN_TITLE_OF = re.compile(r"^([A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2}) of(?: the)? " + EN_NAME_RUN
                          + r"(?: of(?: the)? " + EN_NAME_RUN + r")*")
# What "讨厌某家店的樱桃派" is about is the noun after the last 的, unless that noun is generic.
_KIND_OF_PERSON = re.compile(r"是(?:一个|一位|个)([\u4e00-\u9fff]{2,6}?)的人")
_GENERIC_HEADS = frozenset({"人", "东西", "事", "事情", "地方", "时候", "样子", "感觉"})


# "超高的黑魔法防御术天赋" is a talent for 黑魔法防御术: what it is for is the term.
_TALENT = re.compile(r"(?:^|的)([\u4e00-\u9fff]{2,8}?)(?:天赋|天分|才能)$")


# a role and the titled name after it, one person (profiles_text._with_appositives)
_TITLED = re.compile(r"(?:the|my|our|his|her|their)\s+([a-z][\w'-]*),\s+((?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lady|Lord|Father"
                     r"|Sister|Brother|Uncle|Aunt|Auntie|Captain|Professor)\.?\s+[A-Z][\w'-]+)")


def _item_alternatives(part: str, had_lead: bool, family: Family) -> list[str] | None:
    """The alternatives of one list item, or None when the item is a clause, not a term."""
    titled = _TITLED.fullmatch(part.strip())
    if titled:  # "the foreman, Mr. Howells": either the role or the name answers (review 77)
        role, name = titled.groups()
        return unique_terms([part.strip(), name, name.split()[-1], role])
    found = _item_forms(part, had_lead, family)
    if found is None and family.name == "occupation" and re.search(r"[“”「」]", part):
        # "“同乐班”豫剧戏班的当家花旦": the troupe's name in quotes is part of the clause, not its end
        found = _item_forms(re.sub(r"[“”「」]", "", part), had_lead, family)
    halves = pair_halves(part, food=family.name == "food") if found is None else []
    if halves and all(is_short_term(h) and not is_clause(h) for h in halves):
        return [part, *halves] if is_short_term(part, phrase=True) else halves  # "메밀전병과 올챙이국수"
    return found


def _item_forms(part: str, had_lead: bool, family: Family) -> list[str] | None:
    talent = _TALENT.search(part) if family.name == "skills" else None
    if talent and not is_clause(talent.group(1)):
        return [talent.group(1)]
    title = _TITLE_IN_ITEM.search(part)
    job = job_head(part) if family.name == "occupation" else None  # "华语流行乐男歌手" is said "歌手"
    if title:  # "读《西厢记》": the title is the key, the item as written an equal answer
        alts = unique_terms([part, title.group(1)]) if is_short_term(part, phrase=True) else [title.group(1)]
        return alts + ([job] if job else [])  # "《X报》记者" is said "记者" as well
    forms = ja_job_forms(part) if family.name == "occupation" else None
    if forms:  # "夜は両替商の用心棒" is said "用心棒"
        return forms
    whole = ja_whole_word(part)
    if whole:  # "再び上洛し": cut at a continuative, no word; "再び上洛", "上洛" are
        return whole
    if is_short_term(part) and not is_clause(part):
        halves = trait_halves(part) if family.name == "personality" else []
        shop = quoted_terms(part) if job in _ADDRESS_JOBS else []
        if shop:  # "“老周家面馆”老板": bare 老板 pays any boss; the business named is the answer's key
            plain = part.replace(f"“{shop[0]}”", shop[0]).replace(f"「{shop[0]}」", shop[0])
            return unique_terms([plain, shop[0]])
        # "moonshiner and herb doctor": two trades, each a right answer
        trades = re.split(r"\s+and\s+", part) if family.name == "occupation" and not has_cjk(part) else []
        trades = [t for t in trades if len(trades) == 2 and t.split()[0].lower() not in ("a", "an", "the")]
        art = job_art(part) if family.name == "occupation" else None  # "评书艺人" is "说评书的"
        obj = ko_verb_noun_object(part) if family.kind == "list" else None  # "바다 날씨 읽기": 바다 날씨
        # "沉稳少言" is two traits (halves), "moonshiner and herb doctor" two trades
        return [part] + ([job] if job else []) + ([art] if art else []) + halves + trades + ([obj] if obj else [])
    kind_of_person = _KIND_OF_PERSON.search(part)
    if family.name == "personality" and kind_of_person:  # "李秀芬是一个责任心强的人" -> "责任心强"
        return [kind_of_person.group(1)]
    if had_lead and has_cjk(part) and "的" in part:
        head = part.rsplit("的", 1)[1]
        if 2 <= len(head) <= 6 and head not in _GENERIC_HEADS and not is_clause(head):
            return [head]
    title = _EN_TITLE_OF.match(part) if family.name == "occupation" else None
    if title and is_short_term(title.group(0), phrase=True):  # "Guardian of the Sunken Library" is one title
        head = title.group(1)
        bare = head.casefold() in _EN_GENERIC_HEADS or head in _ADDRESS_JOBS or head.casefold() in _EN_BARE_TITLES
        return unique_terms([title.group(0)] + ([] if bare else [head]))
    head = _EN_JOB_OF.match(part) if family.name == "occupation" else None
    if head and head.group(1).split()[0].lower() not in ("a", "an", "the") and (
            " " in head.group(1) or head.group(1).lower() not in _EN_GENERIC_HEADS):
        jobs = re.split(r"\s+and\s+", head.group(1))
        if len(jobs) == 2:
            # "alewife and keeper of the Red Cow": two names of one trade, the second held at a place;
            # the whole is what the answer says, each job (the second with its place) a right answer
            said = [part, jobs[0], part[part.index(jobs[1]):]]
            return unique_terms([a for a in said if is_short_term(a, phrase=True)])
        # "principal keeper of the Gull Rock lighthouse": the job is said "keeper", "principal keeper"
        words = head.group(1).split()
        return [head.group(1)] + ([words[-1]] if len(words) >= 2 and len(words[-1]) >= 4 else [])
    if family.name == "occupation" and is_short_term(part, phrase=True) and not is_clause(part):
        tail = _JOB_TAIL.search(part)  # a long title is kept only with the short way to say it
        head = tail.group(1) if tail else job_head(part)  # "华语流行乐男歌手" -> 歌手
        return [part, head] if head else None
    # "엄마가 해 준 납작만두", "外婆做的酸菜鱼": the noun a clause describes is the item
    noun = ko_modified_noun(part) or (zh_modified_noun(part) if family.name in _MODIFIED_NOUN_FAMILIES else None)
    if not noun and family.name == "occupation" and has_cjk(part) and not _PAST_JOB.match(part):
        # "跑长途的重型货车司机": the job a clause describes, and its head ("司机")
        noun = zh_modified_noun(part)
        head = job_head(noun) if noun else None
        return unique_terms([noun] + ([head] if head else [])) if noun else None
    if not noun and not has_cjk(part):  # "Sunday morning cricket at Shivaji Park" is said "cricket"
        return en_item_head(part, family.name)
    if not noun and re.fullmatch(r"[\uac00-\ud7a3 ]+", part):  # "롯데 자이언츠 야구 직관" is said "야구 직관"
        return ko_item_head(part, family.name)
    return [noun] if noun else None


_MODIFIED_NOUN_FAMILIES = frozenset({"food", "pets", "possessions"})
# "曾任天津海关的稽查员": a job once held is no answer to "what do you do?" (coverage.yaml)
_PAST_JOB = re.compile("(?:" + "|".join(table("coverage.yaml", "PAST_JOB_MARKS")) + ")", re.IGNORECASE)


def _list_terms(parts: list[str], value: str, family: Family) -> Items:
    food = embedded_food(value)
    found: list[tuple[list[str], bool]] = []
    expanded = []
    for part in parts:  # "Patient, dry-humoured and stubborn; trusts tide tables..." -> sub-lists
        sub = split_items(part) if re.search(r"[,，、]", part) else []
        expanded.extend(sub if len(sub) >= 2 else [part])
    led, prose = False, False
    for part in expanded:
        part = strip_etc(clean(part))
        if not part or (food and food in part and family.name != "food"):
            continue
        had_lead = False
        if family.name in LEAD_FAMILIES:
            part, had_lead = strip_lead(part)
        alts = _item_alternatives(part, had_lead, family) if part else None
        # clean() may have cut a remark out of the middle ("高三（2）班"): such a term is not in the value.
        if alts and all(grounded(a, value) for a in alts):
            found.append((alts, had_lead))
        elif part:
            prose = True
        led |= had_lead
    # In prose ("不喜欢...的人，讨厌...樱桃派。对女性兴趣平淡，没有浪漫倾向"), only the parts that carry
    # the liking / disliking verb are items; the rest is the sentence around them.
    return [alts for alts, had_lead in found if had_lead or not (led and prose)]


def list_keys(value: str, family: Family) -> Items:
    """Items of a list-like value (hobbies, skills, occupations, works, ...), short terms only."""
    titles = [t for t in quoted_terms(value) if "《" + t + "》" in value]
    if titles and family.name == "works":
        return dedupe_items([[t] for t in titles if is_short_term(t)])
    _, numbered = split_numbered(value)
    if numbered:
        items = _list_terms([_item_head(p) for p in numbered], value, family)
    else:
        # Prose ("单纯天真、乐观积极，呈现出孩子气...。") splits into sentences first; its short
        # comma parts may still be terms.
        items = (_list_terms(split_items(value), value, family)
                 or _list_terms(split_top_level(value, "，,、；;。"), value, family))
    if family.name == "occupation":  # "相声艺人，…说相声": "说相声" is said as often as the art
        items = [alts + [p for a in alts if a == job_art(alts[0]) for p in art_phrases(a, value)] for alts in items]
    return dedupe_items([cjk_latin_alternatives(alts[0]) + alts[1:] for alts in items])


def free_keys(value: str) -> Items:
    """A short value is its own key; otherwise a quoted term, or a short first item."""
    v = strip_etc(clean(value))
    quoted = [q for q in quoted_terms(value) if is_short_term(q, phrase=True)]
    # "订过婚，未婚妻下落不明": two clauses are no term; the first may be
    two_clauses = len(split_top_level(v, "，；;")) > 1
    if v and is_short_term(v, phrase=True) and not is_clause(v) and not two_clauses:
        return [unique_terms([v] + [q for q in quoted if q != v and grounded(q, v)][:1])]
    if quoted:
        return [[quoted[0]]]
    items = split_items(v)
    if items:
        first, _ = strip_lead(clean(items[0]))
        whole = ja_whole_word(first)
        if whole:  # "再び上洛し、…": the cut stem is no word; "再び上洛" and "上洛" are
            return [whole]
        if first and is_short_term(first) and not is_clause(first):
            return [[first]]
    return []


_WAIT_CLAUSE = re.compile("|".join(table("words.yaml", "GOAL_WAIT_CLAUSES")), re.IGNORECASE)


def goal_keys(value: str) -> Items:
    """Goal / dream items: the key noun phrase first, the whole phrase as an equal answer. A
    leading clause saying when ("等儿子毕业，…") is no dream: the key is sought after it, and no
    key at all is better than the time clause as the dream."""
    parts = split_top_level(clean(value), "，,；;、")
    if len(parts) > 1 and _WAIT_CLAUSE.search(parts[0].strip()):
        for part in parts[1:]:
            found = goal_keys(part)
            if found:
                return found
        return []
    quoted = quoted_terms(value)
    if len(parts) > 1 and quoted and not any(q in parts[0] for q in quoted):
        # "开一爿裁缝店，招牌写“阿宝时装”": the dream is the first clause; the quoted sign a later
        # clause gives names the same shop, an equal answer after it, never the dream alone
        # clause without a key: no key (the record is dropped and counted) rather than the sign
        first = goal_keys(parts[0])
        if len(first) != 1:
            return []
        return [unique_terms(first[0] + [q for q in quoted if is_short_term(q, phrase=True)][:1])]
    items = free_keys(value)
    obj = ko_verb_noun_object(clean(value)) if not items else None
    if obj and grounded(obj, value):  # "은퇴하고 통영에서 작은 민박집 하기": "작은 민박집" (session 32)
        return [unique_terms([obj] + [clean(value)] * is_short_term(clean(value), phrase=True))]
    if len(items) != 1:
        return items
    alts = items[0]
    key = goal_key(alts[0])
    return [unique_terms([key, *alts])] if key and grounded(key, value) else items


def generic_keys(value: str) -> Items:
    """A field the builder has no family for: its value, when that is one short term, and a name quoted in it."""
    if strip_etc(clean(value)) != clean(value):
        return []  # "武功: 橡胶手枪等": one named, the rest left open; another right answer would fail
    v = strip_etc(clean(value))
    if not v or normalize(v) in NON_ANSWERS or not is_short_term(v) or is_clause(v) or is_free_phrase(v):
        return []
    # "飞剑“孤鸿”": the quoted name is how the thing is called ("它叫孤鸿")
    return [unique_terms([v] + [q for q in quoted_terms(value) if grounded(q, v) and q != v])]


def has_word(term: str) -> bool:
    """Whether a key holds a letter, a digit or a CJK character: "（", "……", "!?" are no key."""
    return re.search(r"[^\W_]", term) is not None


def extract_keys(value: str, family: Family, character_name: str = "") -> Items:
    """Keyword items of a value for its family; [] when no key term can be cut out of it."""
    if normalize(clean(value)) in NON_ANSWERS or not normalize(value):
        return []
    if family.name == "food":
        food = embedded_food(value)
        if food and has_word(food):
            return [[food]]
    if family.name == "pets":
        return [alts for alts in ([a for a in alts if has_word(a)] for alts in pet_name_keys(value)) if alts]
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
    elif family.name == "dream":
        items = goal_keys(value)
    elif kind == "free":
        items = free_keys(value)
    else:
        return []
    # "李；未知": an item the profile marks unknown is no key, whatever the rest of the value holds;
    # "（", "……": a key with no letter, digit or CJK character is no word at all (a cut left it)
    items = [[a for a in alts if normalize(a) not in NON_ANSWERS and has_word(a)] for alts in items]
    # "'NOVA7'(노바세븐)": the reading the card gives is said as often as the term
    items = [unique_terms(alts + [r for r in (bracket_reading(a, value) for a in alts) if r and has_word(r)])
             for alts in items]
    return dedupe_items([alts for alts in items if alts])

