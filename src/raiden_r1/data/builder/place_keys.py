"""Key terms of a place value (keys.py re-exports ``place_keys`` and ``is_admin_unit``): an address by
its units ("湖南省娄底市" -> [湖南省, 湖南], [娄底市, 娄底]), a school by its short name, a place near a
landmark by both, and the short forms people say of each (coverage.py, places.py)."""

from __future__ import annotations

import re

from raiden_r1.text import has_cjk

from ..profiles_text import split_top_level
from .coverage import (inner_place, landmark, latin_kind_free, latin_place_alternatives, latin_region, named_place_in,
                       place_alternatives, place_detail, place_name_alternatives, unit_free)
from .fields import Family
from .places import city_district, containing_place, is_place_qualifier, unspaced_place_alternatives, without_near_word
from .dwelling_keys import dwelling_wider, dwelling_keys
from .tables import table
from .terms import EDGE, EN_NAME_RUN, Items, clean, dedupe_items, grounded, is_clause, is_short_term, unique_terms

_KANA = re.compile(r"[\u3040-\u30ff]")
# Address units. 道/都/府 are left out: "哈尔滨道里区" and "四川成都" must not split there.
# "杭州市" is one unit, not "杭州" + "市...": a 州 followed by another unit suffix belongs to it.
# An old prefecture "饶州府" / "绍兴府" before its county is one unit ("江西饶州府浮梁县": 江西 /
# 饶州府 / 浮梁县); a Japanese 府 before its city is not ("大阪府堺市" is one).
_ADMIN_UNIT = re.compile(r"[^的の]+?(?:省|市|县|縣|区|區|州府?(?![市县縣区區])|府(?=[^的の]{1,4}?[县縣]|$)|镇|鎮|乡|鄉|村|県|郡)")
_LANE_ENDS = tuple(table("words.yaml", "ADDRESS_LANE_ENDS"))
_UNITS_OF = re.compile(r"(.{2,8}?)[的の]([^的の]{2,6})")
_JA_TOWN_AFTER_UNITS = re.compile(r"([\u4e00-\u9fff]{2,10}?[県府都道郡])の([\u4e00-\u9fff\u3041-\u30ff]{2,5})")
_NEAR_END = re.compile("(.+?)(?:" + "|".join(table("coverage.yaml", "NEAR_ENDS_CJK")) + ")$")
_CORE_SUFFIXES = tuple("省市县縣区區県府郡")
_OUTER_UNITS = tuple(table("coverage.yaml", "OUTER_UNITS_CJK"))  # "湖南省" may be said "湖南"; "凉州" is never "凉"
_INSTITUTION = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ff]{2,10}?(?:大学|大學|学院|學院|学校|學校|中学|小学|高中|高校|学園|学園)"
                          # a name goes on over a second "of" ("University of Queensland School of
                          # Veterinary Science"): never cut after "School" (review 71)
                          r"|(?:University|College|Academy|Institute|School) of " + EN_NAME_RUN
                          + r"(?: of(?: the)? " + EN_NAME_RUN + r")*"
                          r"|(?:[A-Z][\w'-]*\s+){1,4}(?:University|College|Academy|Institute|School|High)"
                          r"(?: of(?: the)? " + EN_NAME_RUN + r")*")
_SCHOOL_KIND = re.compile(r"(?:魔法学校|魔法学院|学校|學校|学院|學院|学園)$")
_EN_SCHOOL_KIND = re.compile(r"(?:\s+(?:" + "|".join(table("words.yaml", "EN_SCHOOL_KIND_WORDS")) + r"))+$")


_HOUSE_AFTER = re.compile(r"^(.{2,20})(?:的|의\s*)(?!.*(?:的|의\s))(.{1,14}(?:"
                          + "|".join(sorted(table("words.yaml", "HOME_KIND_ENDS"), key=len, reverse=True)) + r"))$")


def is_admin_unit(term: str) -> bool:
    """Whether a term is one CJK address unit ("湖南省", "娄底市")."""
    return bool(has_cjk(term) and _ADMIN_UNIT.fullmatch(term))


_PROVINCES = tuple(table("words.yaml", "PROVINCES_ZH"))


# "两浙路杭州": a Song/Yuan circuit (路) before its prefecture; the prefecture alone is the answer
_CIRCUIT = re.compile(r"[\u4e00-\u9fff]{2,3}(?:" + "|".join(table("coverage.yaml", "OLD_CIRCUITS_CJK")) + r")([\u4e00-\u9fff]{1,3}[州府])")


# "北津軽郡": a Japanese district named by its old region with a direction before it; the region
# ("津軽の生まれ") is how people say it. A core of one kanji is no name (南阳郡 is never 阳)
_DIRECTED_DISTRICT = re.compile(r"[北南東西中]([\u4e00-\u9fff]{2,3})郡")


def _unit_alternatives(unit: str) -> list[str]:
    directed = _DIRECTED_DISTRICT.fullmatch(unit)
    return _unit_forms(unit) + ([directed.group(1)] if directed else [])


def _unit_forms(unit: str) -> list[str]:
    alts = [unit]
    circuit = _CIRCUIT.fullmatch(unit)
    if circuit:
        unit = circuit.group(1)
        alts.append(unit)
    bare = unit.removeprefix("中国").removeprefix("中國")
    if bare != unit and len(bare) >= 2:
        alts.append(bare)
    # "台湾新北市": the province written before the city in one unit; the city alone is an answer
    region = next((p for p in _PROVINCES if bare.startswith(p) and len(bare) - len(p) >= 3), None)
    # ... but "河北道幽州" is the circuit 河北道 and 幽州 (inner_place), never "道幽州"
    if region and _ADMIN_UNIT.fullmatch(bare[len(region):]) and not bare[len(region):].startswith(_OUTER_UNITS):
        bare = bare[len(region):]
        alts += [bare, region]  # "新北市" and "台湾" are both right for 台湾新北市
    alts.extend(place_alternatives(bare) or unspaced_place_alternatives(bare))  # "塞北凉州" is "凉州", "江苏扬州" "扬州"
    alts.extend(inner_place(bare) or [a for a in [unit_free(bare)] if a])  # "大阪府堺市" is "堺"
    core = bare[:-1]
    district = city_district(bare)  # "长安西市" is 西市 of 长安, never "长安西"
    if unit_free(bare) or district:  # "浦东新区" is "浦东", never "浦东新"
        return alts + district
    # "呼和浩特市" is "呼和浩特"; "大阪府堺市" is not "大阪府堺"
    if (bare.endswith(_CORE_SUFFIXES) and (2 <= len(core) <= 3 or (len(core) == 4 and not re.search("[省市县区府州都道県]", core)))
            and all("\u4e00" <= c <= "\u9fff" for c in core)):
        alts.append(core)
    return alts


def _place_items(part: str) -> Items:
    part = part.strip(EDGE)
    if not part:
        return []
    near = _NEAR_END.match(part) if has_cjk(part) else None
    if near:  # "成都市锦江区春熙路附近": the address, and the landmark it is near
        units = _ADMIN_UNIT.findall(near.group(1))
        rest = near.group(1)[len("".join(units)):]
        if units and near.group(1).startswith("".join(units)) and 2 <= len(rest) <= 6 and not is_clause(rest):
            return [_unit_alternatives(u) for u in units if len(u) >= 2] + [[rest]]
    if has_cjk(part) and " " not in part:
        units = _ADMIN_UNIT.findall(part)
        whole = "".join(units) == part
        if (len(units) >= 2 and len(part) - len("".join(units)) <= 2) or (units and whole):
            # "上海市浦东新区张江": the area after the units is where the card says it lives too (review 70)
            rest = part[len("".join(units)):] if part.startswith("".join(units)) else ""
            # (one item: the whole address first, any level of it answers, as "京都府与謝郡の伊根" below)
            if len(units) >= 2 and len(rest) == 2 and not is_clause(rest) and not _KANA.search(rest):
                return [unique_terms([part, *(a for u in units if len(u) >= 2 for a in _unit_alternatives(u)), rest])]
            return [_unit_alternatives(u) for u in units if len(u) >= 2]
        town = _JA_TOWN_AFTER_UNITS.fullmatch(part)
        if town and "".join(_ADMIN_UNIT.findall(town.group(1))) == town.group(1) and not is_clause(town.group(2)):
            # "京都府与謝郡の伊根": the town after its prefecture and district is the answer ("伊根の生まれ"),
            # the address whole and its units (the prefecture alone goes later: region_keys) equal ones
            found = [a for u in _ADMIN_UNIT.findall(town.group(1)) if len(u) >= 2 for a in _unit_alternatives(u)]
            return [unique_terms([town.group(2), part, *found])]
        lane = _UNITS_OF.fullmatch(part)
        if (lane and "".join(_ADMIN_UNIT.findall(lane.group(1))) == lane.group(1) and not is_clause(lane.group(2))
                and lane.group(2).endswith(_LANE_ENDS)):
            # "景德镇里村的窑户巷": the lane of a town's village; the address whole, each unit and
            # the lane are one home, whichever of them an answer names
            found = [a for u in _ADMIN_UNIT.findall(lane.group(1)) if len(u) >= 2 for a in _unit_alternatives(u)]
            return [unique_terms([part, *found, lane.group(2)])]
        mark = landmark(part) if units else None
        if mark:  # "河南省交界地域大别山": a description, but its province and landmark are answers
            return [_unit_alternatives(u) for u in units if len(u) >= 2] + [[mark]]
    # A place without address units may be a longer proper name ("东胜神洲傲来国花果山"); one
    # with units left over ("河南省交界地域大别山") is a description.
    phrase = not (has_cjk(part) and _ADMIN_UNIT.search(part))
    if not is_short_term(part, phrase=phrase) or is_clause(part):
        return []
    return [[part] + [a for a in place_name_alternatives(part) if grounded(a, part)]]


_KO_UNIT = re.compile(r"[가-힣]{1,6}(?:특별시|광역시|도|시|군|구|읍|면|리|동)")
_CITY_RANK = re.compile(r"[가-힣]{1,6}(?:특별시|광역시|도|시|군|구)")
_SPACED_TOWN = re.compile(r"[\u3041-\u30ff\u4e00-\u9fff가-힣]{2,6}")


def _spaced_address(value: str) -> Items:
    """"愛知県名古屋市 大須", "강원도 정선군 여량면 아우라지": address units, a space, and the place inside
    them. The place is the answer ("大須の生まれ"); its inner units (名古屋, 정선) are equal ones; the outermost unit stays out (a region alone: region_keys)."""
    words = value.split()
    if len(words) < 2 or not _SPACED_TOWN.fullmatch(words[-1]) or is_clause(words[-1]):
        return []
    units = [u for w in words[:-1] for u in (_ADMIN_UNIT.findall(w) if _ADMIN_UNIT.fullmatch(w) or
                                             "".join(_ADMIN_UNIT.findall(w)) == w else [w] if _KO_UNIT.fullmatch(w) else [])]
    # the last word is the place inside, not one more unit of a city's rank ("강원도 정선군" stays an address);
    # a village (장좌리) or township is such a place
    if not units or "".join(units) != "".join(words[:-1]) or _CITY_RANK.fullmatch(words[-1]) or is_admin_unit(words[-1]):
        return []
    inner = [a for u in units[1:3] for a in (_unit_alternatives(u) if is_admin_unit(u) else [u, u[:-1]] if len(u) >= 3 else [u])]
    return [unique_terms([words[-1], *inner])]  # the whole is too long a key, and no answer quotes it


_HOME_ENDS = tuple(table("words.yaml", "HOME_KIND_ENDS")) + ("部屋", "屋根裏", "長屋", "下宿")
_KO_TOWN_KINDS = frozenset(table("words.yaml", "KO_TOWN_PLACE_KINDS"))
_QUOTED_NAME = re.compile(r"[「『“‘'\"]([^」』”’'\"]{2,10})[」』”’'\"]")
_DISTRICT_OF = re.compile(r"([\u4e00-\u9fff\u30a0-\u30ff]{2,4})[の的]")


def _dwelling_in_town(value: str) -> Items:
    """"横浜 元町の洋食屋「グリル港」の屋根裏部屋", "황지 시장 안 국숫집 '옥분이네' 뒷방": a town, a space,
    and a room inside a place of it. The most specific place a person answers with is the key
    (元町, 황지 시장), the town an equal answer, and a quoted shop ("グリル港の屋根裏") one too (review 66)."""
    words = value.split()
    if len(words) < 2 or not value.endswith(_HOME_ENDS) or not _SPACED_TOWN.fullmatch(words[0]) or is_clause(words[0]):
        return []
    district = _DISTRICT_OF.match(words[1])
    inner = ([district.group(1)] if district and not _QUOTED_NAME.search(district.group(1)) else
             [f"{words[0]} {words[1]}"] if words[1] in _KO_TOWN_KINDS else [])
    quoted = [m for m in _QUOTED_NAME.findall(value) if not is_clause(m)]
    return [unique_terms([*inner, words[0], *quoted])]


_EN_COMPASS_PART = re.compile(r"^([A-Z][\w'-]{2,}(?: [A-Z][\w'-]+)?) (?:East|West|North|South)$")


def compass_free(term: str) -> list[str]:
    """"Dadar East" -> Dadar: a suburb's side after its name, which people leave out ("I live in
    Dadar"). Only a side written after the name: "North Carolina" is never "Carolina"."""
    m = _EN_COMPASS_PART.fullmatch(term.strip())
    return [m.group(1)] if m else []


# ・ between two names, or の after an administrative unit ("山城国の", "京都府の"): a unit boundary
_JOINED_UNITS = re.compile(r"(?<=[\u4e00-\u9fff\u30a0-\u30ff])[・･](?=[\u4e00-\u9fff\u30a0-\u30ff])|(?<=[国県府都道市区町村郡京])の")


_SPOT_WORDS = frozenset(table("coverage.yaml", "GENERIC_PLACE_WORDS_KO_JA")) | frozenset(table("words.yaml", "JA_DWELLING_KINDS"))


def _named_units(spaced: str) -> list[str]:
    """The named places of an address cut into units, the narrowest first; never a kind of spot (下町, 長屋)."""
    units = spaced.split()
    return [u for u in reversed(units) if len(units) >= 2 and len(u) >= 2 and u not in _SPOT_WORDS and not _KANA.fullmatch(u[-1])]


def place_keys(value: str, family: Family) -> Items:
    found = [unique_terms(alts + [c for a in alts for c in compass_free(a)]) for alts in _place_keys(value, family)]
    # "尾張国の清洲" -> 清洲, never "の清洲": a joining particle is no part of the place after it
    found = [unique_terms([re.sub(r"^[の・･的之]", "", a) if len(a) > 2 else a for a in alts]) for alts in found]
    # "愛知県名古屋市 大須": no key otherwise, or only the whole, which no answer quotes
    if found in ([], [[clean(value)]]) and family.name in ("hometown", "residence") and has_cjk(value):
        found = _spaced_address(clean(value)) or _dwelling_in_town(clean(value)) or found
    if found == [[clean(value)]] and family.name in ("hometown", "residence") and _JOINED_UNITS.search(clean(value)):
        # "山城国・平安京の左京", "江戸・日本橋": units joined by ・ or の are an address, said by any
        # of its places like a spaced one (review 73: 平安京 and 左京 were refused)
        spaced_value = _JOINED_UNITS.sub(" ", clean(value))
        spaced = _place_keys(spaced_value, family)
        found = [unique_terms([clean(value), *(a for a in spaced[0] if a != spaced_value)])] if len(spaced) == 1 else found
        if found == [[clean(value)]]:  # "平安京・左京の三条", "大阪・船場": no unit ends in 国/京/市, yet the
            # narrowest place (三条, 船場) is what people say (review 77: "平安京の三条" was refused)
            found = [unique_terms([clean(value), *_named_units(spaced_value)])]
    if family.name in ("hometown", "residence") and has_cjk(value):
        found = _with_landmark_names(found, clean(value))
    if family.name in ("hometown", "residence"):  # "甲賀との境の山小屋": 甲賀, 山小屋 (dwelling_keys.py)
        whole = clean(value)
        language = ("ko" if re.search(r"[가-힣]", whole) else "ja" if _KANA.search(whole)
                    else "zh" if has_cjk(whole) else "en")
        dwelling = dwelling_keys(whole, language)
        if dwelling:  # (the whole first where it is short enough: the gold says it, "living in a hoard-cavern …")
            # a home's wider town still answers where one lives ("京都" of 京都・五条通の町家, review 75)
            wider = [a for alts in found for a in alts if family.name == "residence" and a in dwelling_wider(whole, language)]
            found = [unique_terms(([whole] if is_short_term(whole, phrase=True) else []) + dwelling + wider)]
    return found


# "광안리해수욕장", "해운대 해수욕장", "江ノ島海岸": a landmark named by its name and kind
_LANDMARK_NAMED = re.compile(r"([\uac00-\ud7a3\u4e00-\u9fff\u30a0-\u30ffー]{2,6}?)\s?("
                             + "|".join(table("words.yaml", "LANDMARK_KINDS")) + ")")


_LANDMARK_KIND_WORDS = frozenset(table("words.yaml", "LANDMARK_KINDS"))


def _with_landmark_names(items: Items, value: str) -> Items:
    """The landmark's own name beside its keys ("광안리해수욕장" -> 광안리); a value no key was found in
    ("해운대 해수욕장 근처 오피스텔") keyed by its landmark, named both ways."""
    marks = []
    for m in _LANDMARK_NAMED.finditer(value):
        name = re.sub(r"^.*[省市县縣区區県府都道郡]", "", m.group(1))  # "北京市朝阳公园" is 朝阳's
        if len(name) >= 2 and not name.endswith(("의", "の", "的")):
            marks.append((value[m.start(1) + len(m.group(1)) - len(name):m.end()], name))
    if not marks:
        return items
    items = [[a for a in alts if a not in _LANDMARK_KIND_WORDS] or alts for alts in items]  # "해수욕장" names no place
    if not items:
        return [unique_terms([marks[0][0], marks[0][1]])]
    return [unique_terms(alts + [name for whole, name in marks if any(whole in a or whole.replace(" ", "") in a for a in alts)])
            for alts in items]


_GRADE_TAIL = re.compile(table("words.yaml", "SCHOOL_GRADE_TAIL"), re.IGNORECASE)
_KO_SCHOOL = re.compile(r"[가-힣]{2,10}?(?:여자고등학교|여자중학교|고등학교|중학교|초등학교|대학교)(?![가-힣])")
_KO_SCHOOL_SHORT = [tuple(p) for p in table("words.yaml", "KO_SCHOOL_SHORT")]


def _ko_school(value: str) -> list[str]:
    """"부산 해운대고등학교" -> [해운대고등학교, 해운대고]: the school without its city, and its short form."""
    m = _KO_SCHOOL.search(value)
    if not m:
        return []
    school = m.group(0)
    end, short = next((e, s) for e, s in _KO_SCHOOL_SHORT if school.endswith(e))
    return unique_terms([school, school[:-len(end)] + short])


def _place_keys(value: str, family: Family) -> Items:
    if family.name == "school":
        value = _GRADE_TAIL.sub("", clean(value)) or value  # "해운대고등학교 2학년": the grade is its own fact
        if _ko_school(value):
            return [_ko_school(value)]
        found = _INSTITUTION.findall(value)
        if found:
            school = found[0].strip()
            # "University of Queensland School of Veterinary Science": the university is said alone
            parent = re.sub(r"\s+(?:School|Faculty|College|Department|Institute) of\b.*$", "", school)
            # "Skyward Courier Academy of Karn Vell": a named school is said without where it is
            # ("University of Leeds" keeps its "of": the kind word opens the name)
            named = school if parent != school else re.sub(
                r"^((?:[A-Z][\w'-]*\s+)+(?:University|College|Academy|Institute|School|High)) of\b.*$", r"\1", school)
            # "霍格沃茨魔法学校" is "霍格沃茨" in speech; "北京大学" keeps its 大学 (北京 is a city)
            short = _SCHOOL_KIND.sub("", named)
            if short == named:  # "Vesta Technical Institute" is "Vesta" or "Vesta Tech" in speech
                short = _EN_SCHOOL_KIND.sub("", named)
            # (a name too long to be a key is said by its university alone)
            said = [s for s in (school, named, short, parent) if s == school or (s != school and len(s) >= 3)]
            said = [s for s in said if is_short_term(s, phrase=True)] or said
            return [unique_terms(said)]
    # 和/与/及 join places in Chinese; in Japanese 和 is a word ("和菓子屋"), never a conjunction.
    # ... nor inside a place's own name: "呼和浩特市回民区" is one address, not 呼 and 浩特市
    whole = clean(value)
    units = _ADMIN_UNIT.findall(whole) if has_cjk(whole) else []
    address = "".join(units) == whole and not any(u[0] in "与和及" for u in units[1:])
    separators = "、，,;；/／" + ("" if _KANA.search(value) or address else "与和及")
    # "张江，和室友合租": a clause opening with 和/与/跟 says with whom, and is no place
    parts = split_top_level(re.sub(r"[，,；;]\s*(?:和|与|跟|同)[^，,、；;]*", "", clean(value)), separators)
    items = []
    for i, part in enumerate(parts):
        if len(parts) > 1 and not has_cjk(part) and place_detail(part):  # "deck 14": within the place
            continue
        named = None if has_cjk(part) else named_place_in(part)  # "a rented bunk on Ring Station Halcyon"
        found = _place_items(part) or (_place_items(named) if named else [])
        if named and len(found) == 1:  # "on the South Side of Chicago": the city is an answer too
            found = [unique_terms(found[0] + containing_place(part, named))]
            # "the Red Cow inn in Deptford": "Deptford" (a school "Guild of Chartmakers" is no place of them)
            if family.name != "school" and named not in found[0] and grounded(named, part):
                found = [unique_terms(found[0] + [named] + latin_kind_free(named))]
        if i and items and is_place_qualifier(part):
            # "X, near the Y" / "X, orbiting Z": the phrase says where X lies, no second home; X
            # stays what the answer says first, the phrase's place an equal answer after it
            items[-1] = unique_terms(items[-1] + [a for alts in found for a in alts] + [without_near_word(part.strip())])
            continue
        bare = without_near_word(part.strip())
        if bare != part and found:  # "off Porthgwyn": Porthgwyn is the place, and the answer says it first
            items.insert(0, unique_terms([a for alts in found for a in alts] + [bare]))
            continue
        items.extend(found)
    house = _HOUSE_AFTER.match(whole) if not items and family.name in ("residence", "hometown") else None
    if house:  # "陕西榆林市榆阳区的一栋六层老楼": the house is no place name, its address is
        return place_keys(house.group(1), family)
    if len(items) == 1 and not has_cjk(value):  # one English place: its name alone, its region
        items = [unique_terms(items[0] + latin_place_alternatives(items[0][0]) + latin_region(value))]
    return dedupe_items(items)
