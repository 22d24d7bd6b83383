"""The head word people say of a list item a card writes as a whole phrase (review 68): "有点马虎"
is said "马虎", "炼制筑基丹" "筑基丹", "少し頑固" "頑固", "生真面目" "真面目", "정이 많음" "정이 많은",
"개인택시 기사" "택시 기사", "repairing antique wristwatches" "antique wristwatches", "my
grandmother's pierogi" "pierogi". The head stays specific: never a bare generic word (words.yaml
EN_GENERIC_HEADS), never a single CJK character, never a word the phrase only ends with by accident.
"""

from __future__ import annotations

import re

from .goals import ko_verb_noun_object
from .terms import is_short_term
from .note_keys import is_fragment_key
from .pairs import is_generic_dish
from .tables import table

_DEGREE = {lang: tuple(sorted(words, key=len, reverse=True))
           for lang, words in table("head_words.yaml", "DEGREE_PREFIXES").items()}
_ZH_VERBS = tuple(table("head_words.yaml", "ZH_TWO_CHAR_VERBS"))
_JA_PREFIXES = tuple(table("head_words.yaml", "JA_TRAIT_PREFIXES"))
_KO_MEMO = re.compile(r"^(.*[\uac00-\ud7a3])(" + "|".join(table("head_words.yaml", "KO_MEMO_STEMS")) + r")음$")
_KO_HAM = re.compile(r"^([\uac00-\ud7a3]{2,})함$")
_KO_KINDS = tuple(table("head_words.yaml", "KO_VEHICLE_KINDS"))
_KO_DRIVERS = frozenset(table("head_words.yaml", "KO_DRIVER_WORDS"))
_EN_STOP = frozenset(table("head_words.yaml", "EN_OBJECT_STOP"))
_EN_GENERIC = frozenset(table("words.yaml", "EN_GENERIC_HEADS"))
_EN_GERUNDS = frozenset(table("head_words.yaml", "EN_ACTIVITY_GERUNDS"))
_EN_BROAD = frozenset(table("head_words.yaml", "EN_BROAD_LAST_WORDS"))
_EN_ARTICLES = ("the ", "a ", "an ", "some ", "old ")
_EN_GERUND = re.compile(r"^([a-z]+ing)\s+(.+)$")
_EN_POSSESSED = re.compile(r"^(?:(?:my|his|her|their|our)\s+)?[A-Za-z][a-z]+'s\s+([a-z][a-z -]{3,})$")
_CJK = re.compile(r"[\u4e00-\u9fff\u3041-\u30ff]")
_TRAIT_FAMILIES = frozenset({"personality", "dislikes", "hobbies", "habits"})


def cut_from(term: str, longer: str) -> bool:
    """Whether ``term`` is cut from a longer key that goes on with it ("building ships" of "building
    ships in bottles": its head "ships" is no answer); the first half of a pair ("my mam's cawl" of
    "my mam's cawl and bara brith") is a thing of its own, and its head ("cawl") is said (review 77)."""
    return longer != term and longer.startswith(term + " ") and not re.match(r"(?:and|or|&)\s", longer[len(term) + 1:])


def head_forms(term: str, language: str, family: str = "") -> list[str]:
    """The everyday head forms of one key ``term`` (none when the term is already its head)."""
    term = term.strip()
    # only of a trait: "太极拳" is no degree of 极拳, "比较文学" none of 文学
    out = _without_degree(term, language) if family == "personality" else []
    if language == "zh" and family != "occupation":
        out += _zh_object(term)
    elif language == "ja" and family in _TRAIT_FAMILIES:
        out += [term[len(p):] for p in _JA_PREFIXES
                if term.startswith(p) and len(term) - len(p) >= 3 and _CJK.fullmatch(term[len(p)])]
    elif language == "ko":
        out += _ko_memo(term) + (_ko_vehicle_job(term) if family in ("occupation", "identity") else [])
        doer = _KO_DOER.match(term) or _KO_DOER_JOINED.match(term)
        out += [doer.group(1)] if doer and family in _EN_LIST_FAMILIES else []  # "새치기 하는 사람" -> 새치기
        outing = _KO_OUTING.match(term)
        out += [outing.group(1)] if outing and family in _EN_LIST_FAMILIES and outing.group(1) not in _KO_TIME else []  # "무등산 등산" -> 무등산
    elif language == "en" and family != "occupation":
        out += _en_object(term)
    if family in _COMPOUND_FAMILIES:
        out += compound_head(term, language, family)
    # (never an adverb: "급하게" of "급하게 마시는 사람" answers nothing, review 76)
    # (never a bare dish kind or cooking method of a food: "塩焼き" pays 秋刀魚の塩焼き, review 77)
    return [f for f in dict.fromkeys(out) if f and f != term and not is_fragment_key(f, language)
            and not (family == "food" and is_generic_dish(f))]


def _without_degree(term: str, language: str) -> list[str]:
    for word in _DEGREE.get(language, ()):
        rest = term[len(word):].strip()
        if term.startswith(word) and rest != term:
            if language == "en" and not term.startswith(word + " "):
                continue
            long_enough = len(rest) >= 2 if language in ("zh", "ja", "ko") else len(rest) >= 3
            if long_enough and rest.casefold() not in _EN_GENERIC:
                return [rest]
    return []


def _zh_object(term: str) -> list[str]:
    verb = next((v for v in _ZH_VERBS if term.startswith(v)), None)
    rest = term[2:] if verb else ""
    return [rest] if 2 <= len(rest) <= 5 and re.fullmatch(r"[\u4e00-\u9fff]+", rest) else []


def _ko_memo(term: str) -> list[str]:
    """"정이 많음" -> 정이 많, 정 많; "성실함" -> 성실: a note form said as a sentence."""
    m = _KO_MEMO.match(term)
    if m:
        stem = m.group(1) + m.group(2)
        words = m.group(1).split()
        out = [stem]
        if len(words) == 1 and words[0][-1] in "이가" and len(words[0]) >= 2:  # "정이 많" is "정 많" too
            out.append(f"{words[0][:-1]} {m.group(2)}")
        return out
    ham = _KO_HAM.match(term)
    return [ham.group(1)] if ham else []


def _ko_vehicle_job(term: str) -> list[str]:
    words = term.split()
    if len(words) != 2 or words[1] not in _KO_DRIVERS:
        return []
    kind = next((k for k in _KO_KINDS if words[0].startswith(k) and len(words[0]) - len(k) >= 2), None)
    if not kind:
        return []
    vehicle = words[0][len(kind):]
    return [f"{vehicle} {words[1]}", f"{vehicle}{words[1]}", words[0]]


def _en_object(term: str) -> list[str]:
    """"repairing antique wristwatches" -> antique wristwatches, wristwatches; "my grandmother's
    pierogi" -> pierogi. A word after a preposition says how or where, and gives none."""
    m = _EN_POSSESSED.match(term)
    if m and m.group(1).casefold() not in _EN_GENERIC:
        return [m.group(1)]
    m = _EN_GERUND.match(term)
    if not m or m.group(1) not in _EN_GERUNDS:
        return []
    obj = m.group(2)
    for article in _EN_ARTICLES[:3]:
        obj = obj.removeprefix(article)
    words = obj.split()
    # "watching Nollywood films", "collecting Delft tiles": a proper noun in the object is still its head
    if not words or any(w.casefold() in _EN_STOP for w in words) or not re.fullmatch(r"[A-Za-z][A-Za-z' -]+", obj):
        return []
    out = [obj] if (len(words) >= 2 or len(obj) >= 5) and obj.casefold() not in _EN_GENERIC else []
    last = words[-1]
    # never "codes" alone, nor the last word of a name ("Archipelago" of "the Drowned Archipelago")
    if len(words) >= 2 and len(last) >= 7 and last.casefold() not in _EN_GENERIC | _EN_BROAD and not last[0].isupper():
        out.append(last)
    return out


_DENIED = {lang: re.compile(rx, re.IGNORECASE) for lang, rx in table("head_words.yaml", "OWN_DENIED").items()}


def denies_owning(value: str, language: str) -> bool:
    """Whether a pet field says the character has none of their own (review 68: a gold "My pet is
    called Moti." of "no pet of his own, but he feeds a street dog he named Moti" is a wrong fact)."""
    pattern = _DENIED.get(language, _DENIED["en"])
    return bool(pattern.search(value.strip()))


_EN_WHEN = frozenset(table("head_words.yaml", "EN_WHEN_WORDS"))
_EN_WHO = re.compile(r"^(?:" + "|".join(table("head_words.yaml", "EN_WHO_OPENERS")) + r")\s+(.+)$", re.IGNORECASE)
_EN_WHERE_AFTER = re.compile(r"^([A-Za-z][\w'-]*(?:\s+[\w'-]+){0,3}?)\s+(?:at|in|on|near|during|with|around|from|for|by|under|along|beside)\s+\S")
_EN_LIST_FAMILIES = frozenset({"hobbies", "dislikes", "skills", "sports", "habits"})


def en_item_head(part: str, family: str) -> list[str] | None:
    """An English list item too long to be a key, by the words people say of it: "Sunday morning
    cricket at Shivaji Park" -> Sunday morning cricket, cricket; "people who jump the queue" ->
    jump the queue. None where the item has no such head (a clause stays uncovered)."""
    if family not in _EN_LIST_FAMILIES or re.search(r"[^\x00-\x7f]", part):
        return None
    who = _EN_WHO.match(part.strip())
    if who and 2 <= len(who.group(1).split()) <= 4:
        return [part.strip(), who.group(1)]  # the gold says the whole; the deed is a key
    m = _EN_WHERE_AFTER.match(part.strip())
    if not m:
        return None
    words = m.group(1).split()
    bare = [w for w in words if w.casefold() not in _EN_WHEN]
    if not bare or words[0].casefold() in ("a", "an", "the", "to", "i", "he", "she", "they"):
        return None
    out = [m.group(1)] + ([" ".join(bare)] if bare != words else [])
    return [o for o in dict.fromkeys(out) if o.casefold() not in _EN_GENERIC and len(o) >= 4] or None


_KO_WATCH = frozenset(table("head_words.yaml", "KO_WATCH_WORDS"))
# "지리산 등산", "한강 산책": the place is what people name ("지리산 올라가"); the outing word is said many ways
_KO_TIME = frozenset(table("head_words.yaml", "KO_TIME_WORDS"))
_KO_OUTING = re.compile(r"^([\uac00-\ud7a3]{2,6}) (?:" + "|".join(table("head_words.yaml", "KO_OUTING_WORDS")) + r")$")
_KO_WHEN = "|".join(table("head_words.yaml", "KO_WHEN_ENDS"))
_KO_DOER_JOINED = re.compile(r"^([\uac00-\ud7a3]{3,6})하는 [\uac00-\ud7a3]{2,5}$")
_KO_DOER = re.compile(r"^([\uac00-\ud7a3]{3,6}) [\uac00-\ud7a3]{1,3}는 [\uac00-\ud7a3]{2,5}$")
_KO_AFTER_WHEN = re.compile(rf"^(?:[\uac00-\ud7a3]+ )?[\uac00-\ud7a3]+ (?:{_KO_WHEN}) ([\uac00-\ud7a3]{{2,8}}(?: [\uac00-\ud7a3]{{2,4}})?)$")


def ko_item_head(part: str, family: str) -> list[str] | None:
    """A Korean list item too long to be a key, by the words people say of it: "끼어들기 하는 운전자"
    -> 끼어들기; "비 오는 날 광안대교 정체" -> 광안대교 정체, 광안대교; "롯데 자이언츠 야구 직관" -> 야구 직관,
    야구. The item stays the first alternative (the gold says it whole); None where none applies."""
    part = part.strip()
    if family not in _EN_LIST_FAMILIES or not re.fullmatch(r"[\uac00-\ud7a3 ]+", part):
        return None
    words = part.split()
    doer = _KO_DOER.match(part)
    if doer:
        return [part, doer.group(1)]
    when = _KO_AFTER_WHEN.match(part)
    if when:
        rest = when.group(1).split()
        return [part, when.group(1)] + ([rest[0]] if len(rest) == 2 and len(rest[0]) >= 3 else [])
    if len(words) >= 3 and words[-1] in _KO_WATCH and len(words[-2]) >= 2:
        return [part, f"{words[-2]} {words[-1]}", words[-2]]
    obj = ko_verb_noun_object(part)  # "바다 날씨 읽기": 바다 날씨 (session 32: such items were dropped)
    return ([part] * is_short_term(part, phrase=True) + [obj]) if obj else None


_COMPOUND_FAMILIES = frozenset({"skills", "hobbies", "food", "dislikes", "likes", "residence"})
_HEAD_TABLE = table("head_words.yaml", "COMPOUND_HEADS")
_CJK_SKILL = re.compile(r"^(?:(.{2,6})の術|(.{2,6})之术|([\u4e00-\u9fff\u30a0-\u30ff]{2,5})[術术])$")
_KO_ADNOMINAL = re.compile(r"^[\uac00-\ud7a3]*(?:" + "|".join(_HEAD_TABLE["KO_ADNOMINAL_ENDS"]) + r")$")
_EN_PARTICIPLE = re.compile(r"^([a-z]+ed)\s+([a-z][a-z -]{3,})$")


def compound_head(term: str, language: str, family: str = "food") -> list[str]:
    """The head noun of a card's compound or phrase (review 71), never a bare generic word:
    "手裏剣術" / "易容术" (a 術-type skill) -> 手裏剣 / 易容, "焼き味噌のにぎり飯" -> にぎり飯 (after the last
    の), "비싼 기름값" -> 기름값 (an adjective dropped), "roasted mountain goat" -> mountain goat. What the
    modifier means stays where it is the point: a dislike of "牛車の揺れ" or "recycled coffee" is no
    dislike of 揺れ or coffee, so a dislike drops only a Korean adjective before a long compound head."""
    generic = set(_HEAD_TABLE["GENERIC"].get(language, ()))
    heads: list[str] = []
    if language in ("ja", "zh") and family in ("skills", "hobbies"):
        m = _CJK_SKILL.match(term)
        heads += [next(g for g in m.groups() if g)] if m else []
    if language == "ja" and family in ("food", "residence") and "の" in term[1:-1]:
        heads.append(term.rsplit("の", 1)[1])
    elif language == "ko":
        words = term.split()
        shortest = 3 if family in ("dislikes", "likes") else 2
        if len(words) == 2 and len(words[0]) >= 2 and _KO_ADNOMINAL.match(words[0]) and len(words[1]) >= shortest:
            heads.append(words[1])
    elif language == "en" and family == "food":
        m = _EN_PARTICIPLE.match(term)
        if m and not any(w in _EN_STOP for w in m.group(2).split()):
            heads.append(m.group(2))
    return [h for h in heads if len(h) >= (2 if language in ("zh", "ja", "ko") else 4)
            and h.casefold() not in generic and h.casefold() not in _EN_GENERIC]


SPECIES_FIELD = re.compile(table("head_words.yaml", "SPECIES_FIELDS"))


def species_heads(term: str, language: str) -> list[str]:
    """What a species is said as: its head noun without what is said of it ("talking cat familiar" ->
    cat familiar, familiar; "会说话的猫妖" -> 猫妖; "喋る猫の使い魔" -> 使い魔; "말하는 고양이 요정" -> 고양이
    요정, 요정). Review 73: the whole phrase alone refused "A familiar, of course."."""
    term = term.strip()
    generic = set(_HEAD_TABLE["GENERIC"].get(language, ())) | _EN_GENERIC
    out: list[str] = []
    if language == "en":
        words = re.sub(r"^(?:an?|the)\s+", "", term, flags=re.IGNORECASE).split()
        if len(words) >= 2 and all(re.fullmatch(r"[a-z][a-z-]*", w) for w in words):
            rest = words[1:] if re.fullmatch(r"[a-z]+(?:ing|ed)", words[0]) else words
            out += [" ".join(rest)] if len(rest) >= 2 and rest != words else []
            # (a two-word name is one species: a guinea pig is no pig, a red panda no panda)
            out += [words[-1]] if len(words[-1]) >= 4 and (len(words) >= 3 or rest != words) else []
    elif language in ("zh", "ja"):
        cut = max(term.rfind("的"), term.rfind("の"))
        out += [term[cut + 1:]] if cut > 0 and len(term) - cut - 1 >= 2 else []
    elif language == "ko":
        words = term.split()
        if len(words) >= 2 and _KO_ADNOMINAL.match(words[0]):
            out += [" ".join(words[1:])] if len(words) >= 3 else []
            out += [words[-1]] if len(words[-1]) >= 2 else []
    return [h for h in dict.fromkeys(out) if h != term and h.casefold() not in generic]
