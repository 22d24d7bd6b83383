"""The short forms of a person's name that an answer uses instead of the card's full one.

Readers of built records marked "息子は健太です" (a mother naming her son), "ライバルは桐島さん",
"我的英文名叫Jay" and "동생은 재하예요" as right answers the reward scored 0: the keyword held only
the card's full name. A name written without a space ("大川健太", "한지훈", "周雨桐") is split by
its script's usual shape; a part that is too short to stand alone (one kanji, one syllable) or
that several people of the card share (the family's surname) is not offered.
"""

from __future__ import annotations

import re

from raiden_r1.text import normalize

from ..name_order import patronymic, surname_first
from ..perspective import NATIONALITY_EPITHETS
from .decoys import foreign_card
from .tables import table
from .terms import NON_ANSWERS

_PARTS = table("words.yaml", "NAME_PARTS")
_KO_COMPOUND = frozenset(_PARTS["ko_compound_surnames"])
_ZH_COMPOUND = frozenset(_PARTS["zh_compound_surnames"])
_ZH_ADDRESS = tuple(_PARTS["zh_address_terms"])
_ZH_SURNAMES = frozenset(_PARTS["zh_common_surnames"])
_JA_TITLES = tuple(_PARTS["ja_titles"])
_ZH_FOREIGN_CHARS = frozenset(_PARTS["zh_transliteration_chars"])
_JA_LONG_SURNAMES = tuple(sorted(_PARTS["ja_long_surnames"], key=len, reverse=True))
_KO_SURNAMES = frozenset(_PARTS["ko_surnames"])
_JA_ONE_KANJI_SURNAMES = frozenset(_PARTS["ja_one_kanji_surnames"])
_EN_TITLES = frozenset(table("words.yaml", "EN_NAME_TITLES"))
_ZH_DESCRIPTION_ENDS = frozenset(_PARTS["zh_description_ends"])
_JA_ENDINGS_NOT_ALONE = frozenset(_PARTS["ja_given_endings_not_alone"])
_BARE_TITLES = frozenset(table("words.yaml", "BARE_TITLES"))
# "周裁缝", "김 목수": a trade after a surname is how the person is called, and the trade alone
# pays anyone of it ("王裁缝"); English trades (Smith, Baker) are surnames, so only CJK ones count
_CJK_TRADES = frozenset(t for t in table("coverage.yaml", "JOB_HEADS") if re.match(r"[^\x00-\x7f]", t))


def names_an_office(part: str) -> bool:
    """Whether a part of a name is a title or form of address ("太医" of 钱太医, "선생", "Dr."):
    as an answer it pays anyone of that office."""
    t = part.strip().rstrip(".")
    return t in _BARE_TITLES or t.lower() in _EN_TITLES or t in _ZH_ADDRESS or t in _JA_TITLES or t in _CJK_TRADES \
        or bool(_KANJI_OFFICE.fullmatch(t))


# "大魔導士", "宮廷魔術師", "騎士団長": kanji ending in an office's suffix, before a kana given name
# ("大魔導士エルヴィラ"); alone it pays any holder of the office. Three kanji at least: a two-kanji
# name may end so (武士 aside, "秀士" could be a given name).
_KANJI_OFFICE = re.compile(r"[\u4e00-\u9fff]{2,6}[士師者王官将長]")

_KANJI = r"\u4e00-\u9fff\u3005"  # 々 as in 佐々木
_KANA = r"\u3041-\u309f\u30a0-\u30ff"
_JA_KANJI_KANA = re.compile(rf"([{_KANJI}]{{1,4}})([{_KANA}ー]{{2,6}})")
_JA_KANJI = re.compile(rf"[{_KANJI}]{{3,4}}")
_HANGUL = re.compile(r"[\uac00-\ud7a3]{3,4}")
_HAN = re.compile(r"[\u4e00-\u9fff]{3,4}")
_LATIN = re.compile(r"[A-Za-z][A-Za-z .'-]*")
_READING = re.compile(rf"[（(]\s*([{_KANA}ー]+(?:[ 　・][{_KANA}ー]+)?)\s*[)）]")


def _ja_split(name: str, own_surname: str = "") -> tuple[str, str] | None:
    """(family, given) of a Japanese name written without a space."""
    if name.endswith(_JA_TITLES):
        return None
    if own_surname and name.startswith(own_surname) and len(name) > len(own_surname):
        return own_surname, name[len(own_surname):]
    long = next((f for f in _JA_LONG_SURNAMES if name.startswith(f) and len(name) > len(f)), None)
    if long:
        return long, name[len(long):]
    m = _JA_KANJI_KANA.fullmatch(name)  # 森ゆかり, 星野ハツ: the kana run is the given name
    if m:
        return m.group(1), m.group(2)
    if len(name) == 3 and name[0] in _JA_ONE_KANJI_SURNAMES and _JA_KANJI.fullmatch(name):
        return name[0], name[1:]  # 源兼行: an old clan's name and a two-kanji given name
    if len(name) == 3 and name[2] in _JA_ENDINGS_NOT_ALONE:  # 豆千代 is one name, never 豆千 + 代
        return None
    if _JA_KANJI.fullmatch(name):  # 桐島玲奈 2+2, 星野航 2+1: the commonest shapes by far
        return name[:2], name[2:]
    return None


def _one_plus_two(name: str, compound: frozenset[str]) -> tuple[str, str] | None:
    """A three-syllable name is family + given (한지훈, 周雨桐); a four-syllable one only after a
    two-syllable family name (남궁민수, 欧阳明月)."""
    head = 2 if name[:2] in compound else 1
    return (name[:head], name[head:]) if len(name) - head == 2 else None


def split_name(name: str, language: str, own_surname: str = "", foreign: bool = False) -> tuple[str, str] | None:
    """(family name, given name) of one person's name, or None when its shape says nothing.
    ``foreign``: a Chinese card of a transliterated world, whose names have no such shape."""
    name = name.strip()
    words = name.split()
    if len(words) == 2 and language in ("ja", "ko", "zh") and not _LATIN.fullmatch(name):
        return words[0], words[1]  # "星野 灯": the card wrote the split
    if language == "ja":
        return _ja_split(name, own_surname)
    if language == "ko" and _HANGUL.fullmatch(name) and not name.endswith("이") and (
            name[0] in _KO_SURNAMES or name[:2] in _KO_COMPOUND):
        return _one_plus_two(name, _KO_COMPOUND)
    if (language == "zh" and not foreign and _HAN.fullmatch(name) and not _ZH_FOREIGN_CHARS & set(name[1:])
            and (name[0] in _ZH_SURNAMES or name[:2] in _ZH_COMPOUND)):
        return _one_plus_two(name, _ZH_COMPOUND)
    return None


def surname_of(name: str, language: str) -> str:
    parts = split_name(name, language)
    return parts[0] if parts else ""


def latin_surname(name: str) -> str:
    """"Kestrel Vance" -> "Vance"; "" for one word or non-Latin."""
    words = name.split()
    order = surname_first(name)  # "Tan Ah Moi": Tan is the surname
    if order:
        return order[0]
    if patronymic(name):  # "Nurul Aisyah binti Rahman": Rahman is her father, no surname of hers
        return ""
    return words[-1] if _LATIN.fullmatch(name.strip()) and len(words) >= 2 else ""


def latin_given(name: str) -> str | None:
    """"Jay Chou" -> "Jay", "Dr. Tobias Renfield" -> "Tobias"; None for one word or non-Latin, and
    for a name with an initial after its first word ("Monkey D. Luffy" is family name first)."""
    if not _LATIN.fullmatch(name.strip()):
        return None
    order = surname_first(name) or patronymic(name)  # "Ong Kok Leong" is Kok Leong; "Ong" alone pays any Ong
    if order:
        return order[1] if not patronymic(name) else order[0]  # "Ramesh s/o Krishnan" is Ramesh
    words = name.split()
    while words and words[0].rstrip(".").lower() in _EN_TITLES:
        words = words[1:]
    if any(len(w.rstrip(".")) == 1 for w in words[1:]):
        return None
    # "Dutch Annie", "Swede Nilsson": a nationality before a name is an epithet; alone it credits
    # any answer that says the nationality ("some Dutch fella")
    if words and is_demonym(words[0]):
        return None
    return words[0] if len(words) >= 2 and len(words[0]) >= 3 else None


def is_demonym(word: str) -> bool:
    """Whether an English word is a nationality written before a name as an epithet ("Dutch")."""
    return word.lower() in NATIONALITY_EPITHETS


def name_part_alternatives(name: str, language: str, own_surname: str = "", family_ok: bool = True,
                           foreign: bool = False) -> list[str]:
    """The parts of a name that an answer may give alone: the given name (two or more characters
    or syllables); in Japanese also the family name ("桐島さん"), unless ``family_ok`` is False (a
    relative who shares the character's own surname) or it is the character's own surname."""
    given = latin_given(name)
    if given:
        return [given]
    parts = split_name(name, language, own_surname, foreign)
    if not parts:
        return []
    family, given = parts
    out = []
    if len(given) >= 2 and not (language == "zh" and given.endswith(_ZH_ADDRESS)):
        out.append(given)
    if language == "ja" and family_ok and len(family) >= 2 and family != own_surname:
        out.append(family)
    # "李未知" names nobody; "钱太医" is 钱 the 太医, and "太医" alone names no one
    return [p for p in out if normalize(p) not in NON_ANSWERS and not names_an_office(p)]


# 'Clarence "Smokey" Bell', 'Earl „Fatha“ Hinton', '张“铁手”三': a nickname quoted inside a name
_QUOTED_NICKNAME = re.compile(r"^(?P<a>[^\"“”「」『』]+?)\s*[\"“「『](?P<nick>[^\"“”「」『』]{2,20})[\"”」』]\s*(?P<b>[^\"“”「」『』]+)$")


def nickname_forms(name: str) -> list[str]:
    """A name with a nickname quoted inside it, as people say it: without the nickname ("Clarence
    Bell"), the nickname before the surname ("Smokey Bell") and the nickname alone ("Smokey");
    [] for a name without one. The nickname alone is left out where it is a title ("Doc")."""
    m = _QUOTED_NICKNAME.match(name.strip())
    if not m:
        return []
    a, nick, b = m.group("a").strip(), m.group("nick").strip(), m.group("b").strip()
    sep = " " if _LATIN.fullmatch(a + b) else ""
    out = [f"{a}{sep}{b}"] + ([f"{nick}{sep}{b}"] if sep else [])  # "Smokey Bell"; 张 is no given name
    if not names_an_office(nick) and len(nick) >= (3 if sep else 2):
        out.append(nick)
    return out


def reading_alternatives(raw: str) -> list[str]:
    """A kana reading the card writes in brackets after a name ("星野灯（ほしの あかり）"): the
    reading, and its given and family halves when it is spaced."""
    m = _READING.search(raw)
    if not m:
        return []
    halves = re.split(r"[ 　・]", m.group(1))
    out = ["".join(halves)]
    if len(halves) == 2:
        out += [h for h in (halves[1], halves[0]) if len(h) >= 2]
    return out


def own_name_alternatives(alts: list[str], value: str, profile) -> list[str]:
    """The character's own (or English) name with its short forms and the card's kana reading."""
    foreign = foreign_card(profile.name, profile.language)
    # "Dr. Okonkwo-Reyes" answers "what's your name?": an English surname nobody else on the card
    # bears (a relative's name would contain it: "wife Marisol Reyes" is no Okonkwo-Reyes)
    plain = nickname_forms(alts[0])  # 'Clarence "Smokey" Bell' is "Clarence Bell", and Clarence
    base = plain[0] if plain else alts[0]
    surname = latin_surname(base) if latin_given(base) else ""
    others = "\n".join(v for v in profile.fields.values() if alts[0] not in v)
    own_surname = [surname] if len(surname) >= 4 and not re.search(rf"\b{re.escape(surname)}\b", others) else []
    # "権藤" of "権藤 ハツ" where her husband and son are 権藤 too: the family name alone names
    # any of them ("権藤 勝たい" would be credited), so it is no answer to her own name
    split = split_name(base, profile.language, "", foreign)
    shared = bool(split) and len(split[0]) >= 2 and split[0] in others
    parts = name_part_alternatives(base, profile.language, family_ok=not shared, foreign=foreign)
    father = patronymic(base) if profile.language == "en" else None
    if father:  # "Nurul Aisyah binti Rahman" is Nurul Aisyah: never "binti", nor Rahman (her father)
        parts = [father[0]] + [p for p in parts if p.lower() not in father[1].lower() and " " not in p]
    out = list(dict.fromkeys(alts + own_surname + plain + parts + reading_alternatives(value)))
    # the gold says the given name as people do ("I'm Ramesh."); the full name stays a key
    return [father[0]] + [a for a in out if a != father[0]] if father else out


def described_name(person: str, language: str) -> str | None:
    """The name at the end of a person written after a description of them, as people say it:
    "铁面判官雷震" -> 雷震, "UI设计师苏糖" -> 苏糖, "隔壁窑的胡老板" -> 胡老板, "불 계열 견습생 강태오" ->
    강태오, "대장장이 아들 마루" -> 마루. None when the end is no name-shaped word (a Chinese one
    starts with a family name; a Korean one is a spaced last word of two to four syllables)."""
    person = person.strip()
    if language == "zh":
        tail = person.rsplit("的", 1)[1] if "的" in person[1:-1] else ""
        if 2 <= len(tail) <= 4 and tail[0] in _ZH_SURNAMES:
            return tail
        for size in (3, 2):  # "周牧野" before "牧野"
            name, before = person[-size:], person[:-size]
            if len(before) >= 2 and name[0] in _ZH_SURNAMES and before[-1] in _ZH_DESCRIPTION_ENDS \
                    and re.fullmatch(r"[\u4e00-\u9fff]+", name):
                return name
        return None
    if language == "ko":
        words = person.split()
        if len(words) >= 2 and re.fullmatch(r"[\uac00-\ud7a3]{2,4}", words[-1]):
            return words[-1]
    if language == "ja":  # "白鷺流道場師範の鷲尾玄斎": an office, の, then the name (session 32)
        m = _JA_OFFICE_OF.fullmatch(person)
        return m.group(1) if m else None
    return None


_JA_OFFICE_OF = re.compile(rf"[{_KANJI}]{{2,}}[士師者王官将長範主家頭]の([{_KANJI}{_KANA}ー]{{2,6}})")
# "寒江剑派掌门", "白鷺流道場師範", "청운파 장문인": an office that names its school or house holds one
# person; said alone it answers who the character's one master is ("我师父是寒江剑派掌门")
_HOUSE_OFFICE = re.compile(r"(?:[\u4e00-\u9fff]{2,}[派帮幫阁閣宗门門教庄莊寺观觀堂会會流][\u4e00-\u9fff]{1,4}"
                           r"|[\uac00-\ud7a3]{2,}(?:파|문|당|회|단|문파)\s+[\uac00-\ud7a3]{2,4})")


def house_office(person: str, name: str) -> str | None:
    """The office written before ``name`` in ``person`` when it names its house ("寒江剑派掌门" of
    "寒江剑派掌门凌玄子"), never a bare title ("大魔導士" pays any great mage): else None."""
    office = person[:len(person) - len(name)].strip() if name and person.endswith(name) else ""
    office = office[:-1] if office.endswith("の") else office
    return office if office and _HOUSE_OFFICE.fullmatch(office) and office not in _BARE_TITLES else None
