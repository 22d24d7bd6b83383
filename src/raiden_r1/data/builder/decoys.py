"""Candidate wrong answers of an SBK question from the character's own language and world
(decoys.yaml): a common name of the language for a person, a city of the card's country for a
place, a neighbouring number or date for a number or date, a sibling value for a hobby or a dish.

Outside readers of built records rejected negatives taken from other characters' cards: a wizard
school friend offered as a pirate's benefactor, a pop star's nickname as a 1940s soldier's
comrade, the character's own children as wrong answers about its wife. None of those is an
answer anyone would give by mistake. The candidates here are only candidates: the builder still
drops every one the card states, or that overlaps a keyword or the gold answer.
"""

from __future__ import annotations

import random
import re
from functools import lru_cache

from raiden_r1.text import keyword_in, normalize

from .fields import classify_field
from .negative_fit import other_kinds, pet_kind
from .tables import table

_FILE = "decoys.yaml"


def _slot_values(slot: str, language: str, setting: str) -> list[str]:
    """The pool of ``slot`` for ``language`` that fits ``setting`` (values for any setting plus
    those of the card's own; a plain list fits every setting)."""
    by_language = table(_FILE, "POOLS").get(slot, {}).get(language)
    if by_language is None:
        return []
    if isinstance(by_language, dict):
        return list(by_language.get("any", ())) + list(by_language.get(setting, ()))
    return list(by_language)


@lru_cache(maxsize=None)
def is_kin(label: str) -> bool:
    """Whether a relation label names a relative (a label of GENDER: wife, 손녀, 表妹), not a
    neighbour, a friend or an employer."""
    return _gender_of(label) is not None


def _gender_of(label: str) -> str | None:
    keys = {normalize(label)}
    for prefix in table(_FILE, "GENDER_LABEL_PREFIXES"):  # "late wife" is a wife
        if label.lower().startswith(prefix.lower()) and len(label) > len(prefix):
            keys.add(normalize(label[len(prefix):].strip()))
    if " " in label.strip():  # "twin sister", "older brother": the head word is the relation
        keys.add(normalize(label.split()[-1]))
    for gender, labels in table(_FILE, "GENDER").items():
        if keys & {normalize(x) for x in labels}:
            return gender
    # "跡取り息子", "큰아들", "小儿子": a label ending in a kin word (GENDER_ENDINGS) is that kin (a
    # son's wrong answers are men's names, review 75); the longest such ending decides
    t = label.strip()
    ends = sorted((len(x), g) for g, words in table(_FILE, "GENDER_ENDINGS").items() for x in words
                  if t.endswith(x) and t != x and not t.endswith(("子女", "儿女", "男女")))
    return ends[-1][1] if ends else None




def _gender_in_note(name: str, card: str, language: str) -> str | None:
    """The gender the card's note beside ``name`` says (PERSON_GENDER_CUES: "…的说书先生"), read
    in the one relation entry (up to ";" or a line break) that holds the name; None when unsure."""
    entries = [e for e in re.split(r"[;；\n]", card) if name and name in e]
    if len(entries) != 1:
        return None
    said = [g for g, rx in table(_FILE, "PERSON_GENDER_CUES").get(language, {}).items()
            if re.search(rx, entries[0].replace(name, " "), re.IGNORECASE)]
    return said[0] if len(said) == 1 else None


def shares_a_name_part(term: str, keyword: str) -> bool:
    """Whether a decoy name repeats two characters of the true one, titles aside ("이방 서춘삼"
    beside 이방 오춘삼 shares the given name 춘삼): a reader takes it for the same person."""
    titles = table("words.yaml", "BARE_TITLES")
    core = "".join(w for w in term.split() if w not in titles)
    key = "".join(w for w in keyword.split() if w not in titles)
    return bool(re.search(r"[\u3400-\u9fff\uac00-\ud7a3]", core)) and any(
        core[i:i + 2] in key for i in range(len(core) - 1))


def near_true(term: str, card: str) -> bool:
    """Whether a wrong answer sits beside the truth the card states (decoys.yaml NEAR_TRUE):
    武汉 for a card that names 湖北, 상인 for one that names 보부상."""
    return any(w in card for w in table(_FILE, "NEAR_TRUE").get(term, ()))


_SEPARATED = re.compile(r"\s*[·•‧・]\s*")
_LATIN = re.compile(r"[A-Za-z][A-Za-z .'-]*")


def _given(names: str, gender: str | None) -> list[str]:
    genders = [gender] if gender else ["male", "female"]
    return [g for x in genders for g in table(_FILE, "GIVEN")[x].get(names, ())]


def _full_name(keyword: str, language: str) -> bool:
    """Whether the asked name is written whole (surname and given name) rather than a given name
    or nickname alone: a wrong answer takes the same shape."""
    base = language.split("_")[0]  # "ko_historical" names are Korean names
    if base == "en":
        return " " in keyword.strip()
    if base == "ko":
        return len(keyword) >= 3
    return len(keyword) >= 3 or (base == "zh" and len(keyword) == 2 and keyword[0] in table(_FILE, "SURNAMES")["zh"])


def foreign_card(own_name: str, language: str) -> bool:
    """Whether a Chinese or Japanese card names its people the transliterated way ("蒙奇·D·路飞"):
    a western world told in that language, where "周建国" is no name anyone would guess."""
    return language in ("zh", "ja") and bool(_SEPARATED.search(own_name))


# cultures whose people bear no surname (decoys.yaml NAME_CULTURES): wrong answers are given names
_PATRONYMIC_CULTURES = ("en_malay", "en_tamil")


def name_culture(card: str, keyword: str, own_name: str, language: str) -> str:
    """The culture whose names a card's people bear where it is not the language's first one
    (decoys.yaml NAME_CULTURES: "en_sg" for a Singaporean "Tan Ah Moi"), else ""."""
    for culture, pattern in table(_FILE, "NAME_CULTURES").items():
        if culture in _PATRONYMIC_CULTURES:  # the marker in the character's name or the asked one's
            if language == "en" and any(re.search(pattern, n) for n in (keyword, own_name)):
                return culture
            continue
        surnames = table(_FILE, "SURNAMES").get(culture, ())
        firsts = {n.split()[0] for n in (keyword, own_name) if n.split()}
        if culture.startswith(language) and firsts & set(surnames) and re.search(pattern, card, re.IGNORECASE):
            return culture
    return ""


def person_names(keyword: str, language: str, gender: str | None, rng: random.Random, count: int = 24,
                 foreign: bool = False, setting: str = "", culture: str = "") -> list[str]:
    """Names in the keyword's shape and culture: "Daniel Hughes" for "Ramesh Venkataraman",
    "Daniel" for "Nan", "王建国" for "林建国", "佐藤陽子" for "星野美和", "玛丽 • 布朗" for "莉莉 • 波特"
    (a transliterated card), "Alice" for "Hathaway" (Latin letters in a Chinese card)."""
    names = "en" if _LATIN.fullmatch(keyword.strip()) else f"{language}_foreign" if foreign else language
    names = culture if culture and names == "en" else names  # "Tan Ah Moi"'s wrong answer is "Goh Siew Lan"
    if f"{names}_{setting}" in table(_FILE, "SURNAMES"):  # a Heian poet's rival is no 佐藤彩
        names = f"{names}_{setting}"
    words = keyword.split()
    titles = table("words.yaml", "BARE_TITLES")
    led = len(words) == 2 and words[0] in titles and setting == "historical"
    # "이방 오춘삼": an office of a pre-modern world, held by a man; the wrong answer holds it too
    given = _given(names, gender or ("male" if led else None))
    if not given:
        return []
    if names in _PATRONYMIC_CULTURES:  # "Nurul Aisyah", "Kavitha": given names, no surname to join
        return rng.sample(given, len(given))
    surnames = list(table(_FILE, "SURNAMES").get(names, ()))
    if len(words) == 2 and words[1] in titles and words[0] in surnames:
        # "김 진사" is a man known by surname and rank: the wrong answer is another 진사
        return rng.sample([f"{s} {words[1]}" for s in surnames if s != words[0]], len(surnames) - 1)
    if led:
        full = sorted({f"{words[0]} {s}{g}" for g in given for s in surnames})
        return rng.sample(full, min(count, len(full)))
    if names.endswith("_foreign"):
        sep = _SEPARATED.search(keyword)
        if not sep:
            return rng.sample(given, len(given))
        full = sorted({f"{g}{sep.group(0)}{s}" for g in given for s in surnames})
    elif not _full_name(keyword, names):
        return rng.sample(given, len(given))
    elif names == "en" or names in _GIVEN_FIRST:  # "Rajesh Patil": given name first, as in English
        full = sorted({f"{g} {s}" for g in given for s in surnames})
    elif names in table(_FILE, "NAME_CULTURES"):  # a romanised name, surname first and spaced
        full = sorted({f"{s} {g}" for g in given for s in surnames})
    else:
        full = sorted({f"{s}{g}" for g in given for s in surnames})
    return rng.sample(full, min(count, len(full)))


# region cultures (REGION_POOLS names) whose names are written given name first
_GIVEN_FIRST = frozenset(("en_in",))


def card_gender(fields: dict[str, str]) -> str | None:
    """"male" / "female" from the card's gender field (CARD_GENDER), else None."""
    for key, value in fields.items():
        if getattr(classify_field(key), "name", None) == "gender":
            for gender, pattern in table(_FILE, "CARD_GENDER").items():
                if re.search(pattern, value, re.IGNORECASE):
                    return gender
    return None


def _places(keyword: str, language: str, card: str, rng: random.Random, setting: str = "", value: str = "") -> list[str]:
    """Cities of the country the card names a city of (else the language's first group), in the
    keyword's shape ("成都市" for "大理市"); a pre-modern card's old provinces where the table has them."""
    pools = table(_FILE, "POOLS")["place"]
    dynasty = zh_dynasty(card) if language == "zh" and setting == "historical" else None
    groups = pools.get(f"{language}_{setting}_{dynasty}") or pools.get(f"{language}_{setting}") or pools.get(language, ())
    if not groups:
        return []
    countries = table(_FILE, "PLACE_COUNTRIES")
    # the country whose cities (and own words) the card names most: "Hamilton" beside "Tolaga Bay,
    # Gisborne" is the New Zealand one, never Ontario's, so no Canadian city is a wrong NZ hometown
    # The asked value first ("Enugu (Nigeria)" beside a Bristol residence), then the whole card.
    def named(text: str) -> list[int]:
        return [sum(keyword_in(text, city) for city in g)
                + bool(g[0] in countries and re.search(countries[g[0]], text, re.IGNORECASE)) for g in groups]
    scores = next((n for n in (named(value), named(card)) if max(n)), [0])
    group = groups[scores.index(max(scores))] if max(scores) else groups[0]
    # "长安西市" is a market, not a 市: a pre-modern place is never given the modern city unit
    suffix = next((s for s in ("市",) if keyword.endswith(s) and language in ("zh", "ja") and setting != "historical"), "")
    return [c + suffix for c in rng.sample(list(group), len(group))]


def zh_dynasty(card: str) -> str | None:
    """The dynasty a Chinese card names ("开元十二年" -> tang), or None (none, or a tie)."""
    counts = {d: len(set(re.findall(rx, card))) for d, rx in table(_FILE, "ZH_DYNASTIES").items()}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] and list(counts.values()).count(counts[best]) == 1 else None


_NUMBER = re.compile(r"\d+")


def neighbour_numbers(keyword: str, steps: list[int], rng: random.Random) -> list[str]:
    """The keyword with its one number moved by each step up and down ("34" -> "31", "38")."""
    found = _NUMBER.findall(keyword)
    if len(found) != 1:
        return []
    n = int(found[0])
    values = sorted({n + s * sign for s in steps for sign in (1, -1)} - {n})
    out = [_NUMBER.sub(str(v), keyword, count=1) for v in values if v > 0]
    return rng.sample(out, len(out))


def _with_ordinal(day: int, rest: str) -> str:
    """The day written before ``rest`` with the ordinal suffix it takes: "2nd" moved by 5 is
    "7th", never "7nd"."""
    m = re.match(r"(?:st|nd|rd|th)\b", rest, re.IGNORECASE)
    if not m:
        return f"{day}{rest}"
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}{rest[m.end():]}"


def neighbour_dates(keyword: str, rng: random.Random) -> list[str]:
    """Nearby days of the year in the keyword's own writing: "June 14" -> "June 19", "July 14";
    "3월 21일" -> "3월 26일"; a day moved stays within 1-28, a month within 1-12."""
    months = list(table(_FILE, "MONTHS_EN"))
    numbers = [(m.start(), m.end(), int(m.group(0))) for m in _NUMBER.finditer(keyword)]
    out = []
    month_name = next((m for m in months if re.search(rf"\b{m}\b", keyword, re.IGNORECASE)), None)
    if month_name and len(numbers) == 1:
        start, end, day = numbers[0]
        out += [keyword[:start] + _with_ordinal(day + s, keyword[end:]) for s in (-5, -3, 3, 5, 9) if 1 <= day + s <= 28]
        i = months.index(month_name)
        if day <= 28:  # "June 31" is no date
            out += [re.sub(rf"\b{month_name}\b", months[(i + s) % 12], keyword, flags=re.IGNORECASE) for s in (-2, -1, 1, 2)]
    elif len(numbers) in (2, 3) and not month_name and (len(numbers) == 2 or numbers[0][2] > 31):
        # "3月21日", "3월 21일", "1986年4月3日": month then day; a year before them is kept
        (ms, me, month), (ds, de, day) = numbers[-2:]
        if 1 <= month <= 12:
            out += [keyword[:ds] + str(day + s) + keyword[de:] for s in (-5, -3, 3, 5, 9) if 1 <= day + s <= 28]
            out += [keyword[:ms] + str(month + s) + keyword[me:] for s in (-2, -1, 1, 2) if 1 <= month + s <= 12 and day <= 28]
    out = sorted(set(out) - {keyword})
    return rng.sample(out, len(out))


_WORD = re.compile(r"[A-Za-z]{4,}|[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")
# Characters too common in Chinese/Japanese/Korean phrases to make two of them kin (做饭 / 做手工).
_FUNCTION_CHARS = frozenset("的了和与做打去看玩吃喝を의에하기이가는은")


def shares_a_word(value: str, keyword: str) -> bool:
    """Whether a pool value shares a content word (en, four letters or more) or a CJK character
    with a keyword: "loud noises" is no wrong answer for one who hates "loud alarms", nor 下象棋
    for one who plays 下围棋: they may well be true of the character."""
    words = {w.casefold() for w in _WORD.findall(value)} - _FUNCTION_CHARS
    return bool(words & ({w.casefold() for w in _WORD.findall(keyword)} - _FUNCTION_CHARS))


_TRADE_WORD = re.compile(r"[A-Za-z]{4,}|[\u4e00-\u9fff]|[\uac00-\ud7a3]{2}")


def shares_trade_word(term: str, job: str) -> bool:
    """Whether a pool value shares a word with the character's own trade (刺绣 / 绣娘, "herb
    gardening" / "herb doctor"): Korean by two syllables, one of a particle ("에서") is no word."""
    def words(text: str) -> set[str]:
        found = {w.casefold() for w in _TRADE_WORD.findall(text)} - _FUNCTION_CHARS
        # every two-syllable run, not only the non-overlapping ones findall gives
        found |= {m.group(1) for m in re.finditer(r"(?=([\uac00-\ud7a3]{2}))", text)}
        return found
    return bool(words(term) & words(job)) or in_trade_field(term, job)


def in_trade_field(term: str, job: str) -> bool:
    """Whether a pool value is work of the field the character's trade belongs to (요리 for a
    국숫집 주인, sewing for a tailor): decoys.yaml TRADE_FIELDS."""
    return any(re.search(f["job"], job, re.IGNORECASE) and re.search(f["words"], term, re.IGNORECASE)
               for f in table(_FILE, "TRADE_FIELDS"))


# Slots of open-ended phrases, where a shared word makes two values kin; closed sets share their
# suffix by design (狮子座 / 双子座, A型 / B型) and stay wrong answers of each other.
_PHRASE_SLOTS = frozenset({"hobby", "skill", "sport", "food", "dislike"})


def phrase_slot(family: str) -> bool:
    """Whether the family draws from a pool of open-ended phrases (hobbies, dishes, dislikes)."""
    return table(_FILE, "FAMILY_SLOTS").get(family) in _PHRASE_SLOTS


# Slots whose pools are of the language's own culture: a transliterated western card told in
# Chinese gets none of them (no 下象棋 for a pirate, no 中山大学 for a wizard).
_CULTURE_NEUTRAL = frozenset({"zodiac", "chinese_zodiac", "blood_type", "colour", "trait", "language"})


def samurai_age(card: str) -> bool:
    """Whether a pre-modern Japanese card is set in the samurai age (Kamakura to Edo), not the court's."""
    return bool(re.search(table(_FILE, "JA_SAMURAI_AGE"), card)) and not re.search(table(_FILE, "JA_COURT_AGE"), card)


def decoys(family: str, kind: str | None, keyword: str, language: str, setting: str, card: str,
           invented: bool, rng: random.Random, own_name: str = "", own_gender: str | None = None,
           field_name: str = "", names_setting: str = "", value: str = "") -> list[str]:
    """Seeded candidates for the wrong answers of a question of ``family`` (a field family, or
    "relation:<label>") whose first keyword is ``keyword``; [] when the slot has no pool.
    ``names_setting``: the setting whose names people bear when it is finer than ``setting``
    (setting.cm_setting's "recent": a 1962 granddaughter is no 민준)."""
    foreign = foreign_card(own_name, language)
    names_setting = names_setting or setting  # an Edo rōnin's wrong answers are names of his age, not a Heian courtier's
    if language == "ja" and setting == "historical" and samurai_age(card):
        names_setting = "samurai"
    culture = name_culture(card, keyword, own_name, language) or region_names(card, family, keyword, own_name,
                                                                               language, setting)
    if family.startswith("relation:"):
        gender = _gender_of(family.removeprefix("relation:")) or _gender_in_note(keyword, card, language)
        return person_names(keyword, language, gender, rng, foreign=foreign, setting=names_setting, culture=culture)
    if family == "pets" and pet_kind(keyword, language):  # "鈴虫" asks what animal: other animals are wrong
        return other_kinds(keyword, language, rng)
    steps = table(_FILE, "NUMBER_STEPS").get(family)
    if steps:
        return neighbour_numbers(keyword, list(steps), rng)
    if kind == "date":
        return neighbour_dates(keyword, rng)
    slot = table(_FILE, "FAMILY_SLOTS").get(family)
    if slot == "skill" and re.search(table(_FILE, "INSTRUMENT_FIELD"), field_name, re.IGNORECASE):
        slot = "instrument"  # "擅长乐器": a wrong instrument, not a wrong trade
    if slot == "person":
        return person_names(keyword, language, own_gender, rng, foreign=foreign, setting=names_setting, culture=culture)
    if slot is None or (foreign and slot not in _CULTURE_NEUTRAL):
        return []
    if slot == "place":
        # a world of its own (the Grand Line) has no real city a person would name by mistake
        return [] if invented else _places(keyword, language, card, rng, setting, value or keyword)
    if slot == "education":  # a level ("大专") takes other levels, a school other schools
        degrees = _slot_values("degree", language, setting)
        slot = "degree" if keyword in degrees else "school"
    level = school_level(keyword, language) if slot == "school" else None
    slot = level or slot  # a pupil's wrong schools are pupils' schools
    regional = region_pool(card, language, slot, value) if setting not in ("historical", "future") else None
    values = list(regional) if regional else _slot_values(slot, language, setting)
    if slot == "school":  # a graduate went to some "第一中学" too: a high school may be true of them
        values = [v for v in values if school_level(v, language) is None]
    return rng.sample(values, len(values))


def school_level(school: str, language: str) -> str | None:
    """"primary_school" / "secondary_school" when a school's name says its level (SCHOOL_LEVELS), else None."""
    return next((level for level, by_lang in table(_FILE, "SCHOOL_LEVELS").items()
                 if by_lang.get(language) and re.search(by_lang[language], school)), None)


def card_region(card: str, language: str, value: str = "") -> str:
    """The first city of the English place group (POOLS place en) a card names a town or the country
    of ("Chennai" for a card in Dadar, Mumbai), or ""; the asked value first, then the whole card."""
    if language != "en":
        return ""
    groups = table(_FILE, "POOLS")["place"]["en"]
    countries = table(_FILE, "PLACE_COUNTRIES")

    def named(text: str) -> list[int]:
        return [sum(keyword_in(text, city) for city in g)
                + bool(g[0] in countries and re.search(countries[g[0]], text, re.IGNORECASE)) for g in groups]
    scores = next((n for n in (named(value), named(card)) if max(n)), [0])
    return groups[scores.index(max(scores))][0] if max(scores) else ""


def region_pool(card: str, language: str, slot: str, value: str = ""):
    """The card's region's own pool for ``slot`` (decoys.yaml REGION_POOLS), or None."""
    return table(_FILE, "REGION_POOLS").get(card_region(card, language, value), {}).get(slot)


def region_names(card: str, family: str, keyword: str, own_name: str, language: str, setting: str) -> str:
    """The names culture of the card's region (REGION_POOLS names: "en_in" for a Mumbai card) for the
    character's own name and kin, or "": a relative of another surname ("ex-fiancé Julian Hale" of a
    Venkataraman), anyone else (a Toronto boss) and a historical or future card keep the language's."""
    words, own = keyword.split(), own_name.split()
    kin = family == "name" or (family.startswith("relation:") and is_kin(family.removeprefix("relation:"))
                               and (len(words) < 2 or (len(own) >= 2 and words[-1] == own[-1])))
    return (region_pool(card, language, "names") or "") if kin and setting not in ("historical", "future") else ""
