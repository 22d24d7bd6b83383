"""Whole-word forms of a key the card writes inside something longer (keys.py uses them).

- a Korean item after a relative clause ("엄마가 끓여 준 된장찌개"): the noun it modifies;
- a Japanese verb phrase cut at a continuative ("再び上洛し、…"): the verb noun, never the cut stem;
- a Chinese trait of two traits in four characters ("沉稳少言"): each half, where both are traits;
- a reading or transliteration written in brackets after a term ("'ORBIT'(오르빗)"): an equal key.
"""

from __future__ import annotations

import re

from .tables import table
from .terms import is_clause

_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]{2,8}")
_KO_ADNOMINAL_VERBS = frozenset(table("words.yaml", "KO_ADNOMINAL_VERBS"))


def ko_modified_noun(item: str) -> str | None:
    """"엄마가 해 준 납작만두" -> "납작만두": the noun a Korean relative clause describes."""
    words = item.split()
    if len(words) < 2 or not _HANGUL_WORD.fullmatch(words[-1]):
        return None
    before = "".join(words[-3:-1]) if len(words) >= 3 else words[-2]  # "해 준" is written apart
    if words[-2] in _KO_ADNOMINAL_VERBS or before in _KO_ADNOMINAL_VERBS:
        return words[-1]
    return None


def zh_modified_noun(item: str) -> str | None:
    """"外婆做的酸菜鱼" -> "酸菜鱼": the noun after the last 的 of a Chinese item (two to six characters)."""
    if "的" not in item or not re.fullmatch(r"[\u4e00-\u9fff]+", item):
        return None
    head = item.rsplit("的", 1)[1]
    return head if 2 <= len(head) <= 6 and not is_clause(head) else None


# "仕官し" / "上洛し": a verb noun and する's continuative し, cut where a clause goes on after 、.
_JA_SURU_STEM = re.compile(r"^(?P<head>(?:.*[^おご\u4e00-\u9fff])?[\u4e00-\u9fff]{2,})し$")
_JA_SHI_WORD_ENDS = frozenset(table("words.yaml", "JA_SHI_WORD_ENDS"))


def ja_whole_word(item: str) -> list[str] | None:
    """A Japanese item cut at する's continuative ("再び上洛し") as whole words: its verb noun and
    the item without し ("上洛", "再び上洛"); None for an item that is not cut so."""
    m = _JA_SURU_STEM.match(item)
    if not m or item[-2] in _JA_SHI_WORD_ENDS:  # "お人好し", "仕方無し" are words as written
        return None
    head = m.group("head")
    noun = re.search(r"[\u4e00-\u9fff]{2,}$", head).group(0)
    return list(dict.fromkeys([noun, head]))


_TRAITS_ZH = frozenset(table("words.yaml", "TRAIT_WORDS_ZH"))


def trait_halves(item: str) -> list[str]:
    """"沉稳少言" -> [沉稳, 少言]: a four-character item of two known two-character traits."""
    if len(item) == 4 and item[:2] in _TRAITS_ZH and item[2:] in _TRAITS_ZH:
        return [item[:2], item[2:]]
    return []


_READING = re.compile(r"['‘’\"“”「」]?\s*[（(]\s*(?P<r>[^（）()]{2,16}?)\s*[)）]")
_SCRIPTS = {
    "latin": re.compile(r"[A-Za-z0-9][A-Za-z0-9 .'&-]*"),
    "hangul": re.compile(r"[\uac00-\ud7a3 ]+"),
    "kana": re.compile(r"[\u3041-\u30ff・ー ]+"),
}


def _script(term: str) -> str | None:
    return next((name for name, p in _SCRIPTS.items() if p.fullmatch(term)), None)


def bracket_reading(term: str, value: str) -> str | None:
    """The reading a card writes in brackets right after ``term`` in another script ("NOVA7(노바세븐)",
    "ORBIT（オービット）", "陸奥（むつ）"): people say either. A note ("(RION)" after a Korean name is
    handled by names; "(故人)" is a note) is not a reading: the bracket must hold one script only,
    and one the term is not written in."""
    i = value.find(term)
    if i < 0:
        return None
    m = _READING.match(value, i + len(term))
    if not m:
        return None
    reading = m.group("r").strip()
    kind = _script(reading)
    if kind is None or kind == _script(term) or kind == "latin" and not re.search(r"[A-Za-z]", reading):
        return None
    return reading


# "昼は傘張りの内職": a time or kind said before a Japanese job ("昼は", "本業は") is no part of it.
_JA_TOPIC = re.compile(r"^[\u3041-\u309f\u4e00-\u9fff]{1,3}は(?=.)")
_JA_GENERIC_WORK = frozenset(table("words.yaml", "JA_GENERIC_WORK"))


def ja_job_forms(item: str) -> list[str] | None:
    """A Japanese job item as people say it: without a leading topic, and by the noun after its
    last の ("両替商の用心棒" -> 用心棒); where that noun only says it is work ("傘張りの内職"),
    the work before the の is an answer too (傘張り). None for an item with neither."""
    if not re.search(r"[\u3041-\u30ff]", item):
        return None
    bare = _JA_TOPIC.sub("", item)
    forms = [bare] if bare != item else []
    if "の" in bare:
        before, head = bare.rsplit("の", 1)
        if 2 <= len(head) <= 6 and re.fullmatch(r"[\u3041-\u30ff\u4e00-\u9fff]+", head):
            forms.append(head)
            if head in _JA_GENERIC_WORK and 2 <= len(before) <= 6:
                forms.append(before)
    return [item] + forms if forms else None


_SHOP_KEEPERS = {lang: re.compile(rx, re.IGNORECASE) for lang, rx in table("coverage.yaml", "SHOP_KEEPERS").items()}


def shop_forms(job: str) -> list[str]:
    """The shop of a shop-keeping job and, for a Korean 집, its trade: "국숫집 주인" -> 국숫집, 국수 장사;
    "面馆老板" -> 面馆. A shop is said where the bare keeper word (주인, 老板) pays anyone who runs anything."""
    for lang, pattern in _SHOP_KEEPERS.items():
        m = pattern.match(job.strip())
        if not m:
            continue
        shop = m.group(1).strip()
        out = [shop]
        if lang == "ko" and shop.endswith("집") and len(shop) >= 3:
            stem = shop[:-1]
            last = ord(stem[-1]) - 0xAC00
            if 0 <= last < 11172 and last % 28 == 19:  # 국숫: the 사이시옷 is no part of 국수
                stem = stem[:-1] + chr(ord(stem[-1]) - 19)
            out += [f"{stem} 장사", f"{stem}장사"]
        return out
    return []


_SHORT_DISH = {lang: re.compile(rx) for lang, rx in table("words.yaml", "SHORT_DISH_FORMS").items()}


_ZH_ACTIVITY_VERBS = "".join(table("words.yaml", "ZH_ACTIVITY_VERBS"))
_ZH_VERB_OBJECT = re.compile(rf"^[{_ZH_ACTIVITY_VERBS}]([\u4e00-\u9fff]{{2,4}})$")
_JA_NO_HEAD = re.compile(r"^[\u3041-\u30ff\u4e00-\u9fff]{1,6}の([\u3041-\u30ff\u4e00-\u9fff]{2,6})$")
_JA_BARE_HEADS = frozenset(table("words.yaml", "JA_BARE_HEADS"))
_ZH_VERB_SECONDS = frozenset(table("words.yaml", "ZH_VERB_SECONDS"))
_ACTIVITY_FAMILIES = frozenset({"hobbies", "skills", "sports", "habits", "dislikes", "food", "signature_dish"})
_DISH_FAMILIES = frozenset({"food", "signature_dish", "hobbies", "skills"})
_EN_WORK: dict[str, str] = table("words.yaml", "EN_WORKER_WORK")
_WORKER = {"zh": re.compile(r"^([\u4e00-\u9fff]{2,4})工$"), "ja": re.compile(r"^([\u4e00-\u9fff]{2,4})工$"),
           "ko": re.compile(r"^([\uac00-\ud7a3]{2,3})공$")}


def short_forms(term: str, language: str, family: str = "") -> list[str]:
    """"味噌煮込みうどん" -> 味噌煮込み, "메밀국수 반죽" -> 메밀 반죽: the everyday form people say;
    the thing of a Chinese activity ("下象棋" -> 象棋: "下几盘象棋"), the dish of a Japanese "Xの"
    dish ("牡蠣の土手鍋" -> 土手鍋), the work of a worker ("溶接工" -> 溶接, "용접공" -> 용접)."""
    term = term.strip()
    out: list[str] = []
    pattern = _SHORT_DISH.get(language)
    m = pattern.match(term) if pattern else None
    if m:
        out += [" ".join(m.groups())] + ([f"{m.group(1)}{m.group(2)}"] if language == "ko" else [])
    # activities and dishes only: "听雨阁" is a sect's name, "尾道市立坂の上小学校" a school's
    if language == "zh" and family in _ACTIVITY_FAMILIES and (m := _ZH_VERB_OBJECT.match(term)) \
            and term[1] not in _ZH_VERB_SECONDS:  # "种植草药" is 种植 + 草药, never 种 + 植草药
        out.append(m.group(1))
    if language == "ja" and family in _DISH_FAMILIES and (m := _JA_NO_HEAD.match(term)) \
            and m.group(1) not in _JA_BARE_HEADS:
        out.append(m.group(1))
    worker = _WORKER.get(language)
    # not the casual labour of "打零工", "打短工": its stem is no trade
    last = term.split()[-1] if term.split() else term  # "조선소 용접공": the worker is the last word
    if family == "occupation" and worker and (m := worker.match(last)) and not re.search(r"[零短散杂]$|临时$", m.group(1)):
        out.append(m.group(1))
    if family == "occupation" and language == "en" and term.split():
        work = _EN_WORK.get(term.split()[-1].casefold())
        out += [work] if work else []  # "a shipyard welder" says "I do welding at the yard"
    return out


def card_wordings(term: str, card: str) -> list[str]:
    """The card's own other wording of a CJK term, one modifier character left out: "修老风琴" is
    also "修风琴" where the card writes that ("钢琴调音师（兼修风琴）"). Three characters at least remain,
    and only an inner character goes, so the form keeps the term's verb and its head."""
    if not re.fullmatch(r"[\u4e00-\u9fff\u3041-\u30ff]{4,10}", term):
        return []
    forms = {term[:i] + term[i + 1:] for i in range(1, len(term) - 1)}
    return sorted(f for f in forms if re.search(r"[\u4e00-\u9fff]", f) and f in card)



_PLACE_LED = re.compile(r"^([\u4e00-\u9fff\uac00-\ud7a3]{2,3})\s?([\u3041-\u30ff\u4e00-\u9fff\uac00-\ud7a3]{2,6})$")
_FOOD_FAMILIES = frozenset({"food", "signature_dish"})
# a Japanese verb before a person word ("値切る客", "嘘をつく人"): people say what they do
_JA_VERB_PERSON = re.compile(r"^(.{2,8}[るうくすつぬむぶぐ])(?:お?客|人|奴|やつ|者|連中|輩)$")


def card_led_forms(term: str, language: str, family: str, card: str) -> list[str]:
    """The everyday form of a key the card leads with one of its own words (review 75): a dish named
    after a place the card's place fields (``card``) name ("안동찜닭" of an Andong man is 찜닭, "扬州炒饭" of a 扬州
    cook is 炒饭); a Japanese dislike "値切る客" is said by its verb (値切る)."""
    out = []
    if language in ("zh", "ja", "ko") and family in _FOOD_FAMILIES and _PLACE_LED.match(term.strip()):
        rest = card.replace(term, " ")
        t = term.strip()
        out += [t[n:].strip() for n in (2, 3) if _PLACE_LED.fullmatch(f"{t[:n]} {t[n:].strip()}")
                and t[:n] in rest][:1]
    if language == "ja" and family in ("dislikes", "likes") and (m := _JA_VERB_PERSON.match(term.strip())):
        out.append(m.group(1))
    return out
