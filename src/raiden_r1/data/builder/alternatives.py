"""Alternatives of a keyword item: the forms a person writes instead of the card's own, and the
any-of item of a listed value (sbk builds its drafts from these).
"""

from __future__ import annotations

import re

from ..name_order import patronymic, surname_first
from .keys import (
    MAX_ALTERNATIVES,
    Items,
    cjk_latin_alternatives,
    is_short_term,
    paren_alias,
    spaceless_alternative,
)
from .names import described_name, is_demonym, name_part_alternatives, names_an_office, nickname_forms
from .descriptive_keys import descriptive_heads
from .tables import table
from .terms import MAX_ANY_OF, is_clause, is_free_phrase

_SEGMENT_SPLIT = re.compile(r"\s*[·•‧・]\s*")


def any_of(items: Items) -> Items:
    """One keyword item any item of the card's list answers: "What do you like to do?" is
    answered right by any one hobby the card gives, not only by the three the gold answer picked
    (nor by all of an address: "湖南新化人" is right for 湖南省娄底市新化县)."""
    every = list(dict.fromkeys(a for alts in items for a in alts))
    if len(every) <= MAX_ANY_OF:
        return [every]
    # too many: each item keeps its first forms before another's tenth (review 74: "밤샘 작업" was cut
    # off after the many ways to say "반장의 욕설"); the card's order is kept among those chosen
    rounds = [a for depth in range(max(map(len, items))) for alts in items if depth < len(alts) for a in alts[depth:depth + 1]]
    chosen = set(list(dict.fromkeys(rounds))[:MAX_ANY_OF])
    return [[a for a in every if a in chosen]]


# A Japanese item nominalised with こと ("結界を張ること") is said "結界を張るのが得意" as often.
# a Japanese hobby written as its object and a verb noun ("金平糖集め", "御朱印巡り"): the object alone
# is how people say it in a sentence ("金平糖を集める")
_JA_ACTIVITY = re.compile(r"([\u3041-\u30ff\u4e00-\u9fff]{2,8}?)(?:" + "|".join(table("words.yaml", "JA_ACTIVITY_NOUNS")) + ")")
_JA_KOTO = re.compile(r"(?<=[うくぐすつぬぶむるた])こと$")


# "real coffee from Earth": the head noun phrase before a place or manner phrase is what people
# say ("Real coffee, the Earth-grown stuff"); two words at least, so "tea from China" stays whole.
_EN_HEAD = re.compile(r"^([a-z][\w'-]*(?:\s+[a-z][\w'-]*)*?)\s+(?:from|in|with|on|at|under|about|around|towards?)\s+\S")
# a one-word head is a key only when it says something ("calm" of "calm under pressure"; never
# "good" of "good with children", which any answer says)
_EN_GENERIC_HEADS = frozenset(table("words.yaml", "EN_GENERIC_HEADS"))
_ARTICLES = frozenset(table("words.yaml", "EN_ARTICLES"))


_EN_THIRD_POSSESSIVE = re.compile(r"\b(?:his|her|their)\b", re.IGNORECASE)
_EN_OWNED_NOUN = re.compile(r"\b(?:his|her|their)\s+([a-z][a-z'-]{3,})$", re.IGNORECASE)


def first_person_items(items: Items, language: str) -> tuple[Items, set[str]]:
    """(items whose English third-person phrase, copied from a card written about the character
    ("quick with his fists"), comes first in the first person ("quick with my fists"), the forms
    added). The gold says the first; the card's third-person form is no key (review 68: "her
    grandmother's pierogi" is nothing the character says of her own grandmother)."""
    if language != "en":
        return items, set()
    out, added = [], set()
    for alts in items:
        own = [_EN_THIRD_POSSESSIVE.sub("my", a) for a in alts if _EN_THIRD_POSSESSIVE.search(a)]
        added.update(own)
        out.append(list(dict.fromkeys(own + [a for a in alts if not _EN_THIRD_POSSESSIVE.search(a)])))
    return out, added


def said_alternatives(items: Items, language: str) -> Items:
    """Items with the forms people also write: a Japanese verb phrase without its こと, a spaced
    Korean compound without its space ("성게 미역국" / "성게미역국"), the head of a long English
    noun phrase ("real coffee from Earth" -> "real coffee")."""
    out = []
    for alts in items:
        extra = []
        for a in alts:
            if language == "ja" and _JA_KOTO.search(a):
                extra.append(_JA_KOTO.sub("", a))
            activity = _JA_ACTIVITY.fullmatch(a) if language == "ja" else None
            if activity:  # "金平糖集め" is said "金平糖を集めるのが好き"
                extra.append(activity.group(1))
            if language == "ko" and re.fullmatch(r"[\uac00-\ud7a3]+ [\uac00-\ud7a3]+", a.strip()):
                extra.append(a.replace(" ", ""))
            # "quick with his fists" is no "quick": a complement naming a body or belonging is the trait
            head = _EN_HEAD.match(a) if language == "en" and not _EN_THIRD_POSSESSIVE.search(a) else None
            owned = _EN_OWNED_NOUN.search(a) if language == "en" and _EN_HEAD.match(a) else None
            if owned:  # ... but "fists" is: "handy with my fists" says the same trait
                extra.append(owned.group(1))
            plural = bool(head) and " " not in head.group(1) and bool(re.search(r"[^s]s$", head.group(1)))
            if head and (" " in head.group(1) or (len(head.group(1)) >= 4 and not plural
                                                  and head.group(1).lower() not in _EN_GENERIC_HEADS)):
                extra.append(head.group(1))
            qualifier = a[head.end() - 1:].strip() if plural else ""
            if len(qualifier.split()) >= 2 and qualifier.split()[0].lower() not in _ARTICLES:
                # a bare plural head ("alarms" of "alarms at shift change") pays "fire alarms" too; what
                # narrows it ("shift change") is the key an answer saying "shift-change alarms" holds
                extra.append(qualifier)
            plain = _EN_INTENSIFIED.match(a) if language == "en" else None
            if plain:  # "fiercely loyal" is said "loyal to the bone"
                extra.append(plain.group(1))
        out.append(list(dict.fromkeys(alts + [e for e in extra if e])))
    return out


_VARIANTS: dict[str, dict[str, list[list[str]]]] = table("words.yaml", "VARIANTS")
_EN_INTENSIFIED = re.compile(r"^(?:" + "|".join(table("words.yaml", "EN_INTENSIFIERS")) + r")\s+([a-z][\w-]{2,})$",
                             re.IGNORECASE)
_EN_NOT_A_TRAIT = re.compile(table("words.yaml", "EN_NOT_A_TRAIT"), re.IGNORECASE)


_SECRET = "|".join(map(re.escape, table("words.yaml", "SECRET_MARKS")))


def unsecret(items: Items, value: str) -> Items:
    """The items the gold answer may say: not one the card marks secret ("뜨개질(비밀)"); all of
    them where none would be left."""
    kept = [alts for alts in items if not re.search(
        re.escape(alts[0]) + rf"\s*[（(]\s*(?:{_SECRET})[^)）]*[)）]", value, re.IGNORECASE)]
    return kept or items


def traits_only(items: Items, language: str) -> Items:
    """English personality items the gold answer says: not the likes and dislikes a card lists
    among its traits ("hates being thanked": "I'm wry and hates being thanked" is no sentence);
    all of them where none would be left."""
    kept = [alts for alts in items if not (language == "en" and _EN_NOT_A_TRAIT.match(alts[0]))]
    return kept or items


_DIGIT_DAY = re.compile(r"\d{1,2}\s*[월月]\s*\d{1,2}\s*[일日]")


def variant_alternatives(items: Items, family: str, language: str) -> tuple[Items, set[str]]:
    """(items with the equal forms of words.yaml VARIANTS added, the forms added)."""
    groups = _VARIANTS.get(family, {}).get(language, [])
    out, added = [], set()
    for alts in items:
        # a date in digits ("3월 3일", 양력 on the card) is solar unless marked lunar: it brings no
        # lunar festival (삼짇날), which only "음력 3월 3일" or the festival's own name does
        extra = [v for group in groups if any(a in group and not _DIGIT_DAY.fullmatch(a) for a in alts)
                 for v in group if v not in alts]
        out.append(alts + extra)
        added.update(extra)
    return out, added


def without_free_phrases(items: Items) -> Items:
    """Items with at least one alternative short enough to be quoted rather than reworded."""
    return [alts for alts in items if any(not is_free_phrase(a) for a in alts)]


def name_segments(name: str) -> list[str]:
    return [s for s in _SEGMENT_SPLIT.split(name) if s]


# Titles written before or after a name: "暗影女王莫迪娜" is "莫迪娜", "莫里亚蒂教授" is "莫里亚蒂".
_TITLE = ("女王|国王|王后|公主|王子|皇帝|铁匠|法师|游侠|骑士|剑士|将军|队长|船长|舰长|教授|博士|医生|大夫|老师|"
          "师傅|掌柜|长老|族长|村长|校长|警官|律师|厨师|店主|女士|先生|太太|小姐|大人|殿下|陛下|院士|主任|院长|所长|局长|总监")
_TITLED = (re.compile(rf"^[\u4e00-\u9fff]{{1,6}}?(?:{_TITLE})([\u4e00-\u9fff·•]{{2,6}})$"),
           re.compile(rf"^([\u4e00-\u9fff·•]{{2,8}}?)(?:{_TITLE})$"))


_NAME_SUFFIXES = tuple(sorted(table("words.yaml", "NAME_SUFFIXES_JA_KO"), key=len, reverse=True))


def _without_honorific(person: str) -> str | None:
    """A Japanese or Korean name without the honorific after it; None where none is, or where less
    than two characters would remain ("お婆さん" stays)."""
    suffix = next((s for s in _NAME_SUFFIXES if person.endswith(s)), None)
    rest = person[: -len(suffix)].strip() if suffix else ""
    return rest if len(rest) >= 2 and not rest.startswith(("お婆", "お爺")) else None


def _untitled(person: str) -> str | None:
    for pattern in _TITLED:
        m = pattern.match(person)
        if m and len(m.group(1).strip("·•")) >= 2:
            return m.group(1).strip("·•")
    return None


_EN_TITLES = frozenset(table("words.yaml", "EN_NAME_TITLES"))
_BARE_TITLES = frozenset(table("words.yaml", "BARE_TITLES"))
# "霍瞎子": an epithet that is a common noun ("blind man") pays "张瞎子" as well; the whole name stays
_EPITHETS = frozenset(table("words.yaml", "COMMON_NOUN_EPITHETS"))


_REAL_NAME = re.compile(r"[（(]\s*(?:" + "|".join(map(re.escape, table("words.yaml", "REAL_NAME_MARKS")))
                        + r")\s*[:：是叫为]?\s*([^（）()，,、;；:：]{2,30}?)\s*[)）]", re.IGNORECASE)


def real_name(bracket: str) -> str | None:
    """The real or formal name a bracket after a person's name gives ("（本名陈福生）" -> 陈福生)."""
    m = _REAL_NAME.search(bracket)
    name = m.group(1).strip() if m else ""
    return name if name and is_short_term(name) and not is_clause(name) else None


def is_bare_title(term: str) -> bool:
    """Whether a term names an office, not a person ("Director", "진사", "先生"): as an alternative
    it pays any holder of the office ("Director Dax Holloway" for Director Ilse Marr)."""
    t = term.strip().rstrip(".")
    return t.lower() in _EN_TITLES or t in _BARE_TITLES or t in _EPITHETS or names_an_office(t)


def latin_name_parts(person: str) -> list[str]:
    """An English name's words without leading titles: "Baron Aldric Fenn" -> [Aldric, Fenn]."""
    words = person.split()
    while words and words[0].rstrip(".").lower() in _EN_TITLES:
        words = words[1:]
    return words if re.fullmatch(r"[A-Za-z][A-Za-z .'-]*", person) else []


_SPECIFIC_MARK = "|".join(sorted(map(re.escape, table("words.yaml", "BRACKET_SPECIFIC_MARKS")), key=len, reverse=True))


SPECIFIC_FAMILIES = frozenset({"hobbies", "skills", "sports", "food"})


def bracketed_specifics(items: Items, value: str, family: str) -> Items:
    """A pastime, skill or dish with its specific kind in brackets ("民謡（江差追分）", "戏曲（尤其是昆曲）",
    "운동(씨름)", "cards (especially whist)"): the bracket's term is an equal answer. A note is not (a
    number, a secret, a clause, an English bracket without "especially": "(with honey butter)")."""
    if family not in SPECIFIC_FAMILIES:
        return items
    out = []
    for alts in items:
        m = re.search(re.escape(alts[0]) + rf"\s*[（(]\s*((?:{_SPECIFIC_MARK})\s*)?([^（）()、，,;；]+?)\s*[)）]", value)
        inner = m.group(2).strip() if m else ""
        secret = re.search(_SECRET, inner, re.IGNORECASE) if inner else None
        marked = bool(m and m.group(1))
        ok = (inner and not re.search(r"\d", inner) and not secret and is_short_term(inner) and not is_clause(inner)
              and (marked or (not inner.isascii() and len(inner) <= 10)))
        out.append(list(dict.fromkeys(alts + [inner])) if ok else alts)
    return out


_KO_ADDRESSES = frozenset(table("words.yaml", "FUSED_RELATIONS")["ko_addresses"])


def _ko_addressed(person: str) -> list[str] | None:
    """"홍씨 아저씨", "김 영감": a family name and the address that is the head noun. Answers say the
    whole, run together or not, or the family name with 씨; never the address alone (any 아저씨)
    nor the name cut at its 씨 ("홍씨 아저")."""
    words = person.split()
    if len(words) != 2 or words[1] not in _KO_ADDRESSES:
        return None
    return list(dict.fromkeys([person, "".join(words), *([words[0]] if words[0].endswith("씨") else [])]))


_CLAN_STYLE = re.compile(r"([\u4e00-\u9fff]{1,2})氏|([\uac00-\ud7a3])씨")


def clan_named(person: str, value: str) -> str | None:
    """The name a card gives after a surname-only style ("曹氏，名曹十娘", "김씨, 이름은 김순자"), or None."""
    if not _CLAN_STYLE.fullmatch(person):
        return None
    m = re.search(re.escape(person) + r"\s*[，,、]?\s*(?:名叫|名唤|闺名|本名|名|이름은|이름이)\s*[:：]?\s*"
                  r"([\u4e00-\u9fff]{2,4}|[\uac00-\ud7a3]{2,4})", value)
    return m.group(1) if m and m.group(1) != person else None


def relation_alternatives(person: str, value: str, shared: set[str], language: str = "", own_surname: str = "",
                          foreign: bool = False) -> list[str]:
    """A person's name plus the forms an answer may use instead: an alias written in brackets
    after it, its CJK / Latin halves, the name without a title ("老游侠索恩" -> "索恩"), a part
    of a "赫敏 • 格兰杰" name that no other person of this profile shares (so "波特" never stands
    for both father and mother), and the given (in Japanese also family) name of a name written
    without a space ("大川健太" -> "健太", names.py)."""
    addressed = _ko_addressed(person) if language == "ko" else None
    if addressed:
        return addressed
    named = clan_named(person, value)
    if named:  # "妻子曹氏，名曹十娘": the card names her; 曹氏 alone is how she is styled (review 77)
        forms = relation_alternatives(named, value, shared, language, own_surname, foreign)
        return list(dict.fromkeys([forms[0], person, *forms[1:]]))
    # a Latin half that is no name ("UI" of "UI设计师苏糖": a job's acronym) is never offered
    alts = [a for a in cjk_latin_alternatives(person) if a == person or not re.fullmatch(r"[A-Z]{1,4}", a)]
    named = described_name(person, language)
    if named and named not in shared:  # "铁面判官雷震" is "雷震", "견습생 강태오" "강태오" and "태오"
        alts = [a for a in alts if a == person or named in a]
        alts += [named, *(p for p in name_part_alternatives(named, language, own_surname, foreign=foreign)
                          if p not in shared)]
    nicknamed = nickname_forms(person)  # 'Earl "Fatha" Hinton' is "Earl Hinton", "Fatha Hinton", "Fatha"
    alts += [n for n in nicknamed if n not in shared]
    person_plain = nicknamed[0] if nicknamed else person
    spaceless = spaceless_alternative(person)  # "星野 灯" is written "星野灯" in answers
    if spaceless:
        alts.append(spaceless)
    m = re.search(re.escape(person) + r"\s*[（(][^（）()]*[)）]", value)
    alias = paren_alias(m.group(0)) if m else None
    if alias:
        alts.append(alias)
    # "老马（马建国）", "돌쇠(김돌석)": the full name of a nickname, in brackets, shares a character with it
    full = re.search(re.escape(person) + r"\s*[（(]\s*([\u4e00-\u9fff\uac00-\ud7a3]{2,4})\s*[)）]", value)
    if full and set(full.group(1)) & set(person) and full.group(1) != person:
        alts.append(full.group(1))
    real = real_name(m.group(0)) if m else None
    if real:  # "阿福（本名陈福生）": the assistant is 陈福生 too
        alts.append(real)
    bare = _untitled(person)
    # "宮廷魔導士グレタ": an office in kanji before a kana name is the name's title ("グレタ" answers)
    titled = re.fullmatch(r"([\u4e00-\u9fff]{3,8})([\u30a0-\u30ff][\u30a0-\u30ffー・]+)", person)
    if not bare and titled and names_an_office(titled.group(1)):
        bare = titled.group(2)
    if bare and bare not in shared:
        alts.append(bare)
    plain = _without_honorific(person) if language in ("ja", "ko") else None  # "おかね婆さん": "おかね"
    if plain and plain not in shared:
        alts.append(plain)
    segments = name_segments(person)
    if len(segments) > 1:
        alts.extend(s for s in segments if s not in shared and len(s) >= 2 and is_short_term(s))
    # "Nia Renfield" is "Nia" to her father, "Baron Aldric Fenn" "Aldric Fenn": the given name no
    # other person of the card shares, the name without its title
    words = latin_name_parts(person_plain)
    if len(words) >= 2:
        titles = person_plain.split()[:len(person_plain.split()) - len(words)]
        if titles:
            alts.append(" ".join(words))
            # "Baron Aldric Fenn" is "Baron Fenn" or "Fenn" in speech: the surname (which "Baron
            # Fenn" contains) where nobody else of the card, the character included, bears it
            surname = words[-1]
            if surname not in shared and surname != own_surname and len(surname) >= 3:
                alts.append(surname)
        order = surname_first(" ".join(words))
        father = patronymic(" ".join(words))
        if order:  # "Tan Ah Moi" is Ah Moi: "Tan" alone is her surname (and a colour)
            if order[1] not in shared:
                alts.append(order[1])
        elif father:  # "Rahman bin Yusof" is Rahman: never "bin" nor Yusof, his father
            if father[0] not in shared:
                alts.append(father[0])
        elif words[0] not in shared and len(words[0]) >= 3 and not is_demonym(words[0]):  # never "Dutch" of "Dutch Annie"
            alts.append(words[0])
    elif language:
        alts.extend(p for p in name_part_alternatives(person_plain, language, own_surname, foreign=foreign)
                    if p not in shared)
    if language == "ja":
        alts += [f for f in ja_prefixed_name_forms(person) if f not in shared]
    # "노스님 원응 선사": the name and its title after a description ("원응 선사", "원응"; review 76)
    alts += [h for h in descriptive_heads(person, language, "relation") if h not in shared]
    alts = alts[:1] + [a for a in alts[1:] if not is_bare_title(a)]
    return list(dict.fromkeys(alts))[:MAX_ALTERNATIVES]


_JA_PREFIXED = re.compile(r"^(?:" + "|".join(table("words.yaml", "JA_NAME_PREFIXES")) + r")([\u4e00-\u9fff\u3005]{1,3})$")
_JA_NAME_CONTEXT = table("words.yaml", "JA_NAME_CONTEXT")


def ja_prefixed_name_forms(person: str) -> list[str]:
    """"お静" is 静 with the prefix お, which a speaker may leave off ("静と申す"): the bare name of two
    kanji or more, a one-kanji name only as a name in a sentence ("静と", "静でござる"), since the
    kanji alone is a word too (静か)."""
    m = _JA_PREFIXED.match(person)
    if not m:
        return []
    bare = m.group(1)
    return [bare] if len(bare) >= 2 else [bare + c for c in _JA_NAME_CONTEXT]


# "playing the fiddle": people say "I play my fiddle" or "the fiddle", so the object is an equal
# alternative of an English activity with an article (the reward folds "playing"/"play" itself).
_ACTIVITY_WITH_OBJECT = re.compile(r"^[a-z]+ing\s+(?:the|a|an|my)\s+([a-z][a-z' -]{2,})$", re.IGNORECASE)
_ACTIVITY_FAMILIES = frozenset({"hobbies", "skills", "sports", "habits"})


def with_object_alternatives(items: Items, family: str) -> Items:
    if family not in _ACTIVITY_FAMILIES:
        return items
    out = []
    for alts in items:
        m = _ACTIVITY_WITH_OBJECT.match(alts[0])
        out.append(alts + [m.group(1)] if m and m.group(1) not in alts else alts)
    return out
