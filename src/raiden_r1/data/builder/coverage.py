"""Whether a question may be asked with the keys found, and forms of a key people say instead.

A reader's review of built records found keys that punish right answers: "有什么是你不喜欢的吗？"
keyed only by 樱桃派 when the card also names cowardly people, "你最有名的一句话是什么？" by one of
three quotes, a catch-phrase key "老子" that any answer in 李云龙's voice contains, "你妻子叫什么
名字？" requiring both of his (successive) wives, an eye colour the card gives two ways. The rules
here decide such questions are not asked (the builder counts them); the tables are coverage.yaml.
"""

from __future__ import annotations

import re

from raiden_r1.text import normalize

from .skills import is_setting_language
from ..profiles_text import split_numbered, split_top_level
from .places import spaced_address_alternatives, unspaced_place_alternatives
from .prose import embedded_food
from .self_terms import (  # noqa: F401 (re-exported: sbk and the audit import them from here)
    _ADDRESS_FORMS, card_self_references, is_address_form, is_self_reference, without_self_references)
from .tables import table
from .terms import EDGE, LEAD_FAMILIES, Items, clean, fragment_quotes, grounded, is_clause, quoted_terms, strip_etc, strip_lead

OPEN_FAMILIES = frozenset(table("coverage.yaml", "OPEN_FAMILIES"))
_SINGULAR_RELATIONS = frozenset(w.casefold() for w in table("coverage.yaml", "SINGULAR_RELATIONS"))
REGION_PREFIXES_ZH = tuple(table("coverage.yaml", "REGION_PREFIXES_ZH"))
_LANDMARK = re.compile("(?:" + "|".join(table("coverage.yaml", "LANDMARK_AFTER_ZH")) + r")([\u4e00-\u9fff]{2,5})$")
_JOB_HEADS = tuple(sorted(table("coverage.yaml", "JOB_HEADS"), key=len, reverse=True))
_COMPANY_TAILS = tuple(sorted(table("coverage.yaml", "COMPANY_TAILS"), key=len, reverse=True))
_RANKS = frozenset(w.casefold() for w in table("coverage.yaml", "RANKS"))
_BRACKETED = re.compile(r"[（(]\s*([^（）()，,、;；]{2,20}?)\s*[)）]")
_COLOUR_PARTS: dict[str, tuple[str, ...]] = table("coverage.yaml", "COLOUR_PARTS")
_COLOUR_WORDS = {lang: re.sub(r"\s*\n\s*", "", rx) for lang, rx in table("coverage.yaml", "COLOUR_WORDS").items()}


# "…, she also…", "…，也…": a side note after the job, no second job
_SIDE_NOTE = re.compile(r"(?:she|he|they|i|also)\b|(?:也|还|另外|同时|兼)", re.IGNORECASE)


def is_singular_relation(label: str) -> bool:
    return label.strip().casefold() in _SINGULAR_RELATIONS


def _parts(value: str, family: str) -> list[str]:
    """The items a card gives for a field, as written: numbered items, quoted phrases of a
    catch-phrase field, else the clauses between list and sentence separators."""
    _, numbered = split_numbered(value)
    if numbered:
        return numbered
    if family in ("catchphrase", "quotes"):
        # "〜やじ": an ending the card quotes is no phrase of its own, and no answer need name it
        quoted = [q for q in quoted_terms(value) if q not in fragment_quotes(value)]
        if quoted:
            return quoted
        return split_top_level(value, "；;\n")
    return split_top_level(value, "，,、；;。\n")


def uncovered_parts(value: str, items: Items, family: str) -> list[str]:
    """The card's items for an open question that no key of ``items`` is found in. Empty when
    every item has a key (or the family is not asked openly)."""
    if family not in OPEN_FAMILIES:
        return []
    if len(items) == 1 and len(items[0]) == 1 and strip_etc(clean(value)) != clean(value):
        return [value]  # "武功: 橡胶手枪等": the card names one and leaves the rest open
    alternatives = [a for alts in items for a in alts]
    food = embedded_food(value) if family != "food" else None
    own = card_self_references(value)  # "自称“わい”": the character's first person, no saying of its own
    found: list[tuple[str, bool]] = []  # (item text, whether a liking verb led it)
    for part in _parts(value, family):
        text, led = strip_etc(clean(part)).strip(EDGE), False
        if family in LEAD_FAMILIES:  # "負けず嫌い" is a trait, not a dislike of 負けず
            text, led = strip_lead(text)
        if not text or is_self_reference(text) or normalize(text) in own | _ADDRESS_FORMS or (food and food in text):
            continue  # "最爱的食物是肉" is the food question's, not a hobby
        if family in ("skills", "languages") and is_setting_language(text):
            continue  # "日本語" of a Japanese card: everyone's, no skill (skills.py)
        if family == "occupation" and _PAST_JOB.match(text):
            continue  # "曾任巡捕房探目": a job once held is no answer to "what do you do?"
        if family == "occupation" and found and (is_clause(text) or _SIDE_NOTE.match(text)):
            continue  # "店开在…", "she also knits…": a note on the job named before, not another job
        found.append((part if any(grounded(a, part) for a in alternatives) else text, led))
    # In prose ("她热爱做饭，喜欢打扫卫生，每当放假的时候..."), the parts a liking verb leads are
    # the items; the rest is the sentence around them (as keys.list_keys reads it).
    any_led = any(led for _, led in found)
    return [text for text, led in found
            if (led or not any_led) and not any(grounded(a, text) for a in alternatives)]


def place_alternatives(unit: str) -> list[str]:
    """A place and the region written before it, each an answer: "塞北凉州" -> [凉州, 塞北]."""
    for region in REGION_PREFIXES_ZH:
        rest = unit[len(region):]
        if rest.startswith(_OUTER):  # "江南道湖州府": the region is 江南道, the place 湖州府
            region, rest = region + rest[0], rest[1:]
        if unit.startswith(region) and len(rest) >= 2:
            return [rest, region]
    return []


_PLACE_SUFFIXES = tuple(sorted(table("coverage.yaml", "PLACE_SUFFIXES_CJK"), key=len, reverse=True))
_PLACE_SUFFIX_KEEP = tuple(table("coverage.yaml", "PLACE_SUFFIX_KEEP"))
_GENERIC_PLACE = frozenset(table("coverage.yaml", "GENERIC_PLACE_WORDS_ZH"))
_CITY_PREFIXES = tuple(sorted(table("coverage.yaml", "CITY_PREFIXES_CJK"), key=len, reverse=True))
_PAST_JOB = re.compile("(?:" + "|".join(table("coverage.yaml", "PAST_JOB_MARKS")) + ")", re.IGNORECASE)
_CJK_ONLY = re.compile(r"[\u3400-\u9fff]+")
_QUOTED = re.compile(r"['‘’\"“”「」『』]([^'‘’\"“”「」『』]{2,12})['‘’\"“”「」『』]")


def place_name_alternatives(place: str) -> list[str]:
    """The ways people name a place the card writes in full: without an old province's suffix
    ("越前国" -> 越前), a district without the city before it ("上海法租界" -> 法租界, 上海), a Korean
    spaced address by its last word and its region ("충청도 공주" -> 공주, 충청), a named inn or
    ship by its quoted name ("주막 '솔바람'" -> 솔바람). A remainder of one character is no name."""
    out: list[str] = []
    if _CJK_ONLY.fullmatch(place):
        core = next((place[:-len(s)] for s in _PLACE_SUFFIXES if place.endswith(s)), "")
        if len(core) >= 2 and not place.endswith(_PLACE_SUFFIX_KEEP):
            out.append(core)
        city = next((c for c in _CITY_PREFIXES if place.startswith(c) and len(place) - len(c) >= 2), None)
        rest = place[len(city):] if city else ""
        if rest.startswith("市") and len(rest) >= 3:  # "上海市田子坊老街": the city with its 市, never "市田子坊老街"
            rest = rest[1:]
        if rest and rest not in _GENERIC_PLACE and not (len(rest) == 2 and rest[-1] in "边里外上下内旁"):
            out += [rest, city]
        inner = inner_place(place)
        if inner:  # "大阪府堺市" is "堺市", "堺": never "府堺市"
            out = [a for a in out if not a.startswith(_OUTER)] + inner
    words = place.split()
    spaced = spaced_address_alternatives(place) if not any(w in _KO_KINDS for w in words) else []
    out += spaced or unspaced_place_alternatives(place)
    if not spaced and len(words) >= 2 and re.fullmatch(r"[\uac00-\ud7a3]{2,5}", words[-1]) and any(
            w in _KO_KINDS for w in words[:-1]):  # "북부 국경 마을 서리골" is 서리골
        out.append(words[-1])
    out += latin_kind_free(place)
    out += [q for q in _QUOTED.findall(place) if q.strip() != place]
    return [a for a in dict.fromkeys(out) if len(a) >= 2 and a != place]


_OUTER = tuple(table("coverage.yaml", "OUTER_UNITS_CJK"))
_INNER = tuple(table("coverage.yaml", "INNER_UNITS_CJK"))
_KO_KINDS = frozenset(table("coverage.yaml", "KO_PLACE_KIND_WORDS"))
_EN_KINDS = "|".join(table("coverage.yaml", "EN_PLACE_KIND_WORDS"))
_EN_KIND_AFTER = re.compile(rf"((?:[A-Z][\w'-]*\s+)*[A-Z][\w'-]{{2,}})(?:\s+(?:{_EN_KINDS}))+")
_EN_KIND_BEFORE = re.compile(rf"(?:[A-Z][\w'-]*\s+)?(?:{_EN_KINDS})\s+((?:[A-Z][\w'-]*\s+)*[A-Z][\w'-]{{2,}})")


def inner_place(place: str) -> list[str]:
    """The smaller place of a CJK one written after a larger one, with and without its unit:
    "江南道湖州府" -> [湖州府, 湖州], "大阪府堺市" -> [堺市, 堺]; [] for a place with no such split."""
    for i in range(len(place) - 3, 1, -1):
        head, tail = place[:i + 1], place[i + 1:]
        if head.endswith(_OUTER) and tail.endswith(_INNER) and not tail.startswith(_OUTER):
            unit = next(u for u in _INNER if tail.endswith(u))
            core = tail[:-len(unit)]
            if len(core) >= 2 or (unit == "市" and re.fullmatch(r"[\u4e00-\u9fff]", core)):
                return [tail, core]
            # "剑南道蜀州": an old prefecture of one character is said with its 州 ("蜀州人")
            return [tail] if unit == "州" and re.fullmatch(r"[\u4e00-\u9fff]", core) else []
    return []


_EN_DETAIL = re.compile(r"(?:" + "|".join(table("coverage.yaml", "EN_PLACE_DETAIL_WORDS")) + r")\s*[\w-]{1,5}",
                        re.IGNORECASE)
_EN_PLACE_IN = re.compile(r"\b(?:on|in|at|near|aboard|outside|inside|off|of)\s+(?:the\s+)?((?:[A-Z][\w'-]*\s+)*[A-Z][\w'-]{2,})")


def place_detail(part: str) -> bool:
    """Whether an English address part is a detail within the place ("deck 14", "room 3B")."""
    return bool(_EN_DETAIL.fullmatch(part.strip()))


def named_place_in(part: str) -> str | None:
    """The proper name an English description of a home gives its place: "a rented bunk on Ring
    Station Halcyon" -> Ring Station Halcyon."""
    m = _EN_PLACE_IN.search(part)
    # "on Claim No. 17 Below Discovery": the name runs on into its number; its first word is no place
    if m and re.match(r"\s*(?:No\.?|Nos\.?|#|\d)", part[m.end():]):
        return None
    return m.group(1) if m else None


def unit_free(unit: str) -> str | None:
    """A district said without its 新区 ("浦东新区" -> 浦东)."""
    for suffix in ("新区", "新區"):
        if unit.endswith(suffix) and len(unit) - len(suffix) >= 2:
            return unit[:-len(suffix)]
    return None


def latin_kind_free(place: str) -> list[str]:
    """An English place's name without the capitalised kind written into it: "Ceres Station" ->
    Ceres, "Ring Station Halcyon" -> Halcyon."""
    for pattern in (_EN_KIND_BEFORE, _EN_KIND_AFTER):
        m = pattern.fullmatch(place.strip())
        if m:
            return [m.group(1)]
    return []


# "Olympus Shelf colony", "Kestrel-9 station": a proper name and the kind of place it is
_LATIN_NAMED_PLACE = re.compile(r"((?:[A-Z0-9][\w'-]*\s+)*[A-Z0-9][\w'-]*)\s+[a-z]+")
_LATIN_NAME_AFTER_KIND = re.compile(r"(?:the\s+|a\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*)*\s+((?:[A-Z][\w'-]*\s+)*[A-Z][\w'-]{2,})")
# "Two Harbors (Minnesota)", "Hab Block 7 (Olympus Shelf colony)": the larger place in brackets
_LATIN_REGION = re.compile(r"[(（]\s*((?:[A-Z][\w'-]*\s+)*[A-Z][\w'-]*(?:\s+[a-z]+)?)\s*[)）]\s*$")


def latin_place_alternatives(term: str) -> list[str]:
    """The proper name of an English place without the common noun after it: a reader answering
    "I grew up on the Olympus Shelf" was right, and a key "Olympus Shelf colony" scored it 0."""
    m = _LATIN_NAMED_PLACE.fullmatch(term.strip())
    if m and len(m.group(1)) >= 3:
        return [m.group(1)]
    # "the mining tug Patient Mule": the name after the kind of thing it is
    m = _LATIN_NAME_AFTER_KIND.fullmatch(term.strip())
    return [m.group(1)] if m else []


def latin_region(value: str) -> list[str]:
    """The larger place an English card writes in brackets after a place ("Chennai (India)",
    "Olympus Shelf colony (Mars)"): "I'm from Mars" answers where the colony's child grew up, as
    "甘肃" answers for 甘肃省敦煌市. A bracket of description ("a blue house on ...") gives none."""
    m = _LATIN_REGION.search(value)
    if not m:
        return []
    region = m.group(1)
    return [region, *latin_place_alternatives(region)]


_STUDENT = re.compile("|".join(table("words.yaml", "STUDENT_WORDS")), re.IGNORECASE)
_STUDENT_FAMILIES = ("occupation", "identity", "school", "education_level")
_INSTITUTION = re.compile("(?:" + "|".join(table("words.yaml", "INSTITUTION_ENDINGS")) + ")$", re.IGNORECASE)


def is_institution(term: str) -> bool:
    """Whether a key names a school ("云南大学", "광주체육고등학교") rather than a level ("大专")."""
    return bool(_INSTITUTION.search(term.strip()))


_SCHOOL_KINDS = frozenset(w.casefold() for w in table("words.yaml", "INSTITUTION_ENDINGS"))


def without_schools(items: list[list[str]], family: str) -> tuple[list[list[str]], bool]:
    """A home's items without a school ("Balliol College, Oxford" is Oxford: the college is no
    birthplace), and whether a hometown field names only a school ("出身：早稲田大学", "출신:
    서울대학교"): then it is asked as the school, never by the bare kind (大学 of 北京大学)."""
    if family != "hometown":  # one lives at a college; one is born in a town
        return items, False
    kept = [alts for alts in ([a for a in alts if not is_institution(a)] for alts in items) if alts]
    if kept:
        return kept, False
    schools = [alts for alts in ([a for a in alts if a.casefold() not in _SCHOOL_KINDS] for alts in items) if alts]
    return schools, bool(schools)


def is_student(fields: dict[str, str], family_of) -> bool:
    """Whether the card's job, identity or school field says the character is at school now."""
    return any(getattr(family_of(k), "name", None) in _STUDENT_FAMILIES and _STUDENT.search(v) for k, v in fields.items())


def bracketed_ranks(value: str) -> list[str]:
    """A rank or title written in brackets after a job: "军人（少将）" -> ["少将"]; a title of the same
    trade, which shares a word with the job ("陰陽師（陰陽博士）", "약사(한약사)", "engineer (chief
    engineer)"), is what the card calls the character too (review 73: "陰陽博士を務めております" was
    refused). A note ("教師（国語担当）", "(retired)") shares none and is no answer."""
    outside = _BRACKETED.sub(" ", value)
    return [m.group(1).strip() for m in _BRACKETED.finditer(value)
            if m.group(1).casefold() in _RANKS or _same_trade(m.group(1).strip(), outside)]


def _same_trade(inner: str, job: str) -> bool:
    if re.search(r"\d", inner) or is_clause(inner):
        return False
    if re.fullmatch(r"[A-Za-z][A-Za-z' -]{1,30}", inner):
        words = {w for w in re.findall(r"[a-z]{4,}", job.casefold())}
        return len(inner.split()) <= 3 and any(w in words for w in re.findall(r"[a-z]{4,}", inner.casefold()))
    cjk = re.fullmatch(r"[\u4e00-\u9fff\u30a0-\u30ff가-힣]{2,8}", inner)
    return bool(cjk) and any(inner[i:i + 2] in job for i in range(len(inner) - 1))


def landmark(description: str) -> str | None:
    """The landmark a place description ends with: "河南省交界地域大别山" -> "大别山"."""
    m = _LANDMARK.search(description.strip(EDGE))
    # "…附近的大杂院": a house near the place, no landmark; "的大杂院" is no name of anything
    return m.group(1) if m and not m.group(1).startswith(("的", "之")) else None


_JOB_RANKS = tuple(table("coverage.yaml", "JOB_RANKS_ZH"))
_RANKED_HEADS = frozenset(table("coverage.yaml", "JOB_RANKED_HEADS_ZH"))


def job_head(title: str) -> str | None:
    """The job a long title ends with: "华语流行乐男歌手" -> "歌手"; with its rank ("日升昌票号二掌柜" ->
    "二掌柜"), since the bare head is a rank above or below it."""
    head = next((h for h in _JOB_HEADS if title.endswith(h) and len(title) > len(h)), None)
    if head in _RANKED_HEADS and title[:-len(head)].endswith(_JOB_RANKS):
        head = title[-len(head) - 1:]
        return head if len(title) > len(head) else None
    return head


_ART_SUFFIXES = tuple(sorted(set(table("coverage.yaml", "JOB_ART_SUFFIXES")), key=len, reverse=True))


_ART_VERBS = "".join(table("coverage.yaml", "JOB_ART_VERBS_ZH"))


def art_phrases(art: str, value: str) -> list[str]:
    """The card's own phrases doing an art: "说相声" of "…在南市撂地说相声" for 相声."""
    return list(dict.fromkeys(re.findall(f"[{_ART_VERBS}]" + re.escape(art), value)))


def job_art(title: str) -> str | None:
    """The art a performer's title names: "评书艺人" -> "评书" (said "说评书的"); None otherwise."""
    suffix = next((s for s in _ART_SUFFIXES if title.endswith(s)), None)
    art = title[:-len(suffix)] if suffix else ""
    return art if 2 <= len(art) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", art) else None


def company_alternatives(name: str) -> list[str]:
    """A company's name without its legal and trade words, each cut giving one more form:
    "杰威尔音乐有限公司" -> [杰威尔音乐, 杰威尔]."""
    out, rest = [], name.strip()
    while True:
        tail = next((t for t in _COMPANY_TAILS if rest.endswith(t) and len(rest) - len(t) >= 2), None)
        if tail is None:
            return out
        rest = rest[: -len(tail)].strip(" ,")
        out.append(rest)


def contradicting_colour(family: str, value: str, other_values: list[str]) -> str | None:
    """Text of another field naming a colour, for the part ``family`` describes, that is not
    the field's own ("母亲翠绿色的眼睛" against 瞳色 "蓝绿"); None when the card agrees with itself."""
    parts = _COLOUR_PARTS.get(family)
    if not parts:
        return None
    alternation = "|".join(re.escape(p) for p in parts)
    cjk = re.compile(rf"({_COLOUR_WORDS['zh']}+)色?的?(?:{alternation})")
    latin = re.compile(rf"\b({_COLOUR_WORDS['en']}(?:-{_COLOUR_WORDS['en']})?)\s+(?:{alternation})\b", re.IGNORECASE)
    own = normalize(value).removesuffix("色")  # "绿色" is the colour 绿
    for text in other_values:
        for m in (*cjk.finditer(text), *latin.finditer(text)):
            colour = m.group(1)
            if not grounded(colour, own) and not grounded(own, colour):
                return m.group(0)
    return None



_CAUSE_GROUPS: dict[str, tuple[tuple[str, ...], ...]] = table("words.yaml", "VARIANTS").get("why", {})


def cause_alternatives(cause: str, language: str) -> list[str]:
    """A cause that ends in a relation, with the relation alone and its everyday words
    (words.yaml VARIANTS why): "救回妻子" -> [救回妻子, 妻子, 老婆, ...] ("为了救我老婆" is the same answer)."""
    for group in _CAUSE_GROUPS.get(language, ()):
        relation = next((w for w in group if cause.endswith(w) and len(cause) > len(w)), None)
        if relation:
            return list(dict.fromkeys([cause, relation, *group]))
    return [cause]


_WEAPON_NOUNS = tuple(table("coverage.yaml", "WEAPON_NOUNS"))


def named_weapon_alternatives(key: str, fields: dict[str, str]) -> list[str]:
    """The weapon's own name when the card quotes it: "断水剑" -> [断水] for “断水”."""
    stem = key[:-1] if key.endswith(_WEAPON_NOUNS) else ""
    if len(stem) < 2:
        return []
    return [stem] if any(stem in quoted_terms(v) for v in fields.values()) else []
