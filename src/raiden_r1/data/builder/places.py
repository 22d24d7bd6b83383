"""Addresses said the short way, beyond coverage.place_name_alternatives (tables: coverage.yaml).

A reader answering "부산 영도에 산다", "篠山の生まれどす", "绍兴人" or "住在听雪峰" was right, and the
keys "부산 영도구 청학동", "丹波国篠山", "浙江绍兴", "听雪峰寒月洞" (one whole term each) refused
them. Cut forms are never offered: "경상남도" is 경남, not 경상남; a remainder of one character is no
place.
"""

from __future__ import annotations

import re

from .tables import table

_KO_UNITS = tuple(table("coverage.yaml", "KO_STRIPPABLE_UNITS"))
_KO_COMPOUND_UNITS = tuple(table("coverage.yaml", "KO_COMPOUND_UNITS"))
_CHAIN_ENDS = frozenset(table("coverage.yaml", "ZH_CHAIN_ENDS"))
_JA_UNITS = tuple(table("coverage.yaml", "JA_STRIPPABLE_UNITS"))
_LANDFORMS = "".join(table("coverage.yaml", "ZH_LANDFORM_UNITS"))
_DWELLINGS = "".join(table("coverage.yaml", "ZH_DWELLING_ENDS"))
_LANDFORM_SPLIT = re.compile(rf"([\u4e00-\u9fff]{{1,4}}[{_LANDFORMS}])([\u4e00-\u9fff]{{1,4}}[{_DWELLINGS}])")
_OLD_PROVINCE = re.compile(r"([\u4e00-\u9fff]{2,3})" + table("coverage.yaml", "JA_OLD_PROVINCE_MARK")
                           + r"([\u4e00-\u9fff\u3041-\u30ff]{2,4})")
_PROVINCES = tuple(sorted(table("words.yaml", "PROVINCES_ZH"), key=len, reverse=True))
_OUTER = tuple(table("coverage.yaml", "OUTER_UNITS_CJK"))
_UNIT_CHARS = frozenset("".join(table("coverage.yaml", "OUTER_UNITS_CJK") + table("coverage.yaml", "INNER_UNITS_CJK")))
_OLD_PROVINCE_MARK = table("coverage.yaml", "JA_OLD_PROVINCE_MARK")
_HANGUL = re.compile(r"[\uac00-\ud7a3]+")
_GENERIC_PLACE = frozenset(table("coverage.yaml", "GENERIC_PLACE_WORDS_ZH"))
_GENERIC_SPOTS = frozenset(table("coverage.yaml", "GENERIC_PLACE_WORDS_KO_JA"))
_LONG_NAME_PROVINCES = frozenset(table("coverage.yaml", "ZH_PROVINCES_OF_LONG_NAMES"))
_KO_RELATION_WORDS = frozenset(table("coverage.yaml", "KO_PLACE_RELATION_WORDS"))
_CJK_WORD = re.compile(r"[\u4e00-\u9fff\u3041-\u30ff\u3005]+")
_NEAR_WORDS = sorted(map(re.escape, table("coverage.yaml", "EN_NEAR_WORDS") + table("coverage.yaml", "EN_LIES_WORDS")),
                     key=len, reverse=True)
_NEAR = re.compile(r"^(?:" + "|".join(_NEAR_WORDS) + r")\s+(?:the\s+)?(?=[A-Z])")
# "orbiting Ceres" always says where the place before it lies; "near the Globe" (a landmark) too, while
# "near Aldbury" names the village itself, which the answer says first (coverage.yaml EN_NEAR_WORDS)
_QUALIFIER = re.compile(r"^(?:(?:" + "|".join(map(re.escape, table("coverage.yaml", "EN_LIES_WORDS"))) + r")\s+\S"
                        r"|(?:" + "|".join(map(re.escape, table("coverage.yaml", "EN_NEAR_WORDS"))) + r")\s+(?:the|a|an)\s)")


_KO_COMMON_CORES = frozenset(table("coverage.yaml", "KO_PLACE_CORES_COMMON_WORDS"))
_KO_PROVINCE_CORES = frozenset(table("coverage.yaml", "KO_PROVINCE_CORES"))


def ko_word_alternatives(word: str) -> list[str]:
    """A Korean address word without its unit: "영도구" -> 영도, "제주도" -> 제주, "경상남도" -> 경남."""
    if not _HANGUL.fullmatch(word):
        return []
    if re.fullmatch(r"[\uac00-\ud7a3]{2}[남북]도", word):  # 경상남도, 전라북도: 경남, 전북
        return [word[0] + word[2]]
    compound = next((u for u in _KO_COMPOUND_UNITS if word.endswith(u) and len(word) - len(u) >= 2), None)
    if compound:  # 대구광역시 -> 대구; its last syllable alone would leave the fragment 대구광역
        return [word[:-len(compound)]]
    for unit in _KO_UNITS:
        core = word[:-len(unit)]
        # "수영구" is never "수영" (swimming): a core that is an everyday word pays any answer using it
        if word.endswith(unit) and len(core) >= 2 and not core.endswith(("남", "북")) and core not in _KO_COMMON_CORES:
            return [core] if unit != "도" or core in _KO_PROVINCE_CORES else []
    return []


def _ja_word_alternatives(word: str) -> list[str]:
    if word.endswith(_OLD_PROVINCE_MARK) and 2 <= len(word) - 1 <= 3:  # "越後国" is 越後
        return [word[:-1]]
    for unit in _JA_UNITS:
        core = word[:-len(unit)]
        if word.endswith(unit) and len(core) >= 2:
            return [core]
    return []


def spaced_address_alternatives(place: str) -> list[str]:
    """A spaced Korean or Japanese address by any of its words: "부산 영도구 청학동" -> 부산, 영도구,
    영도, 청학동; "京都 上京区 西陣" -> 京都, 上京区, 上京, 西陣."""
    words = place.split()
    if len(words) < 2:
        return []
    if all(_HANGUL.fullmatch(w) for w in words):
        word_alts = ko_word_alternatives
    elif all(_CJK_WORD.fullmatch(w) for w in words) and (re.search(r"[\u3041-\u30ff]|[区町村郡県]", place)
                                                         or words[0].endswith(_OLD_PROVINCE_MARK)):
        word_alts = _ja_word_alternatives  # "陸奥国 白河": an old province before its town
    else:
        return []
    out = ["".join(words)] if word_alts is ko_word_alternatives else []
    cut = next((i for i, w in enumerate(words) if i and w in _KO_RELATION_WORDS), None)
    if word_alts is ko_word_alternatives and cut is not None:
        words = words[:cut]  # "팔달문 밖 석수 막사": the words after 밖 are the house, no place
    for i, w in enumerate(reversed(words)):  # the smallest place first: it is the one a reader names
        if i == len(words) - 1 and word_alts is ko_word_alternatives and w.endswith("도"):
            break  # a province alone ("경상남도") would pay every town in it ("경상남도 진주")
        out += [w, *word_alts(w)]
    return [a for a in dict.fromkeys(out) if len(a) >= 2 and a != place and a not in _GENERIC_SPOTS]


def unspaced_place_alternatives(place: str) -> list[str]:
    """A CJK place of two names written as one word: "浙江绍兴" -> 绍兴, 浙江; "落霞峰栖云洞" ->
    落霞峰, 栖云洞; "丹波国篠山" -> 篠山, 丹波国, 丹波; a Korean "제주도" -> 제주."""
    out: list[str] = []
    province = next((p for p in _PROVINCES if place.startswith(p)), None)
    rest = place[len(province):] if province else ""
    if province and 2 <= len(rest) <= 3 and re.fullmatch(r"[\u4e00-\u9fff]+", rest) \
            and not re.search(r"[省市县区府镇乡村]", place) and not rest.startswith(_OUTER):  # no "道幽州"
        out += [rest, province]
    if (province and len(rest) == 4 and province not in _LONG_NAME_PROVINCES and re.fullmatch(r"[\u4e00-\u9fff]+", rest)
            and rest[1] not in _UNIT_CHARS and rest[3] not in _UNIT_CHARS and not rest.startswith(_OUTER)
            and rest[2:] not in _GENERIC_PLACE and rest[-1] not in "边里外上下内旁"):
        # "浙江宁波镇海": a province, its city and the county, each of two; "宁波人", "镇海" are answers
        out += [rest, rest[:2], rest[2:]]
    m = _LANDFORM_SPLIT.fullmatch(place)
    if m:
        out += [m.group(1), m.group(2)]
    m = _OLD_PROVINCE.fullmatch(place)
    if m:
        out += [m.group(2), m.group(1) + table("coverage.yaml", "JA_OLD_PROVINCE_MARK"), m.group(1)]
    if " " not in place:
        out += ko_word_alternatives(place)
    out += chain_links(place)
    return [a for a in dict.fromkeys(out) if len(a) >= 2 and a != place]


def chain_links(place: str) -> list[str]:
    """The named places of a CJK chain written as one word, the smallest first: "云梦山青霞宗落雁峰"
    -> [落雁峰, 青霞宗, 云梦山]; [] when the word is one place ("青城山": never "青城" + "山").
    The split with the most links wins, each link two to six characters ending in ZH_CHAIN_ENDS."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{4,24}", place):
        return []
    best: dict[int, list[str]] = {0: []}
    for end in range(2, len(place) + 1):
        options = [best[start] + [place[start:end]] for start in range(max(0, end - 6), end - 1)
                   if start in best and place[end - 1] in _CHAIN_ENDS]
        if options:
            best[end] = max(options, key=len)
    links = best.get(len(place), [])
    return list(reversed(links)) if len(links) >= 2 else []


def is_place_qualifier(part: str) -> bool:
    """Whether an English place part only says where the place before it lies ("near the Globe",
    "orbiting Ceres", "overlooking the bay"), which makes it no second place of its own (the
    place before it is what "I live in ..." says)."""
    return bool(_QUALIFIER.match(part.strip()))


def without_near_word(part: str) -> str:
    """"off Porthgwyn" -> "Porthgwyn": the place, without the word that says where near it."""
    m = _NEAR.match(part)
    return part[m.end():] if m else part


_IN_NEAR = re.compile(r"\b(?:in|at) (?=(?:" + "|".join(_NEAR_WORDS) + r") (?:the )?[A-Z])")


def near_phrasing(answer: str) -> str:
    """"I live in near Aldbury." -> "I live near Aldbury.": the card's own preposition stays."""
    return _IN_NEAR.sub("", answer)


_CITY_PREFIXES = tuple(sorted(table("coverage.yaml", "CITY_PREFIXES_CJK"), key=len, reverse=True))


def city_district(unit: str) -> list[str]:
    """A district of a city the card writes in one word with a unit of its own ("长安西市": the
    West Market of 长安): [district, city], both answers; never the cut "长安西", which the unit
    rule (市 dropped) would make of it. [] when the word does not start with a city."""
    city = next((c for c in _CITY_PREFIXES if unit.startswith(c) and len(unit) - len(c) >= 2
                 and not unit[len(c)] in _UNIT_CHARS), None)  # "大阪府大阪市" is no 府大阪市 of 大阪
    return [unit[len(city):], city] if city else []


_OF_CITY = re.compile(r"\bof\s+((?:[A-Z][\w'-]*\s+)*[A-Z][\w'-]{2,})")


def containing_place(description: str, named: str) -> list[str]:
    """The district with the city the card places it in, and the city alone: "on the South Side
    of Chicago" -> ["South Side of Chicago", "Chicago"]. Asked where one lives, "Chicago" is a
    true answer a careful reader accepts (as 上海 for 上海法租界); a state or country alone is not
    offered, since nothing follows "of" but the place the card names."""
    at = description.find(named)
    m = _OF_CITY.match(description[at + len(named):].lstrip()) if at >= 0 else None
    return [f"{named} of {m.group(1)}", m.group(1)] if m else []


def without_verb_clauses(value: str, language: str) -> str:
    """A place value without its comma parts that are clauses ending in a verb ("동료 영희와 함께 삼":
    "lives with her coworker", words.yaml PLACE_VERB_CLAUSE); the whole value where every part is
    one."""
    pattern = table("words.yaml", "PLACE_VERB_CLAUSE").get(language)
    parts = re.split(r"\s*[,，、;；]\s*", value.strip())
    if not pattern or len(parts) < 2:
        return value
    kept = [p for p in parts if not re.search(pattern, p.strip())]
    return ", ".join(kept) if kept and len(kept) < len(parts) else value
