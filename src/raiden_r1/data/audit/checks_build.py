"""Checks of what a reviewer found in built records that the first audit checks passed (review 49):
a relation's keys cut from the notes after a name ("我助手是阿福、报童出身和机灵。"), a key that is a
cut word (경상남 of 경상남도, 豆千 of 豆千代), a gold answer copying the card's notation ("我身高1.66m。"),
a CM conversation of a pre-modern card holding the builder's own present-day material (a roommate,
a bicycle, 陈思琪, "what's on your mind?"), and one opening repeated over a character's CM answers.
Each judges with the builder's own tables, so "fails" means the builder's rules say it is wrong.
"""

from __future__ import annotations

import re
from collections import Counter
from importlib import resources

import yaml

from raiden_r1.text import normalize_term

from ..builder.cm_phrases import POOLS
from ..builder.pairs import is_generic_verb
from ..builder.setting import cm_setting, out_of_setting
from ..builder.story_year import story_year, too_new
from ..builder.tables import table
from ..profiles_relations import parse_relationships
from ..schema import CM, SBK, Record

# present-day chat openings ("got a minute to chat?" / "what's on your mind?"), from audit/lexicon.yaml
_MODERN_CHAT: dict[str, str] = yaml.safe_load(
    resources.files(__package__).joinpath("lexicon.yaml").read_text(encoding="utf-8"))["modern_chat"]
_NOT_ALONE = frozenset(table("words.yaml", "NAME_PARTS")["ja_given_endings_not_alone"])
_RANG_WORDS = tuple(table("words.yaml", "KO_WORDS_ENDING_IN_RANG"))
# a decimal measure in Latin units inside a CJK sentence ("1.66m", "1.8 m"): nobody says it so
# nor in whole centimetres ("我身高168cm。": 168厘米, 一米六八, 152センチ); an English answer does not
# say the written abbreviations ("I'm 5 ft 9 in tall.": five foot nine)
_LATIN_MEASURE = re.compile(r"\d+(?:\.\d+)?\s*(?:m|cm|mm|km|kg)(?![A-Za-z])|\d+\s*(?:ft|in)\b\.?", re.IGNORECASE)
_EN_ABBREVIATION = re.compile(r"\d+\s*(?:ft|in)\b\.?(?:\s*\d+\s*in\b\.?)?")


def _items(record: Record) -> list[list[str]]:
    return [[k] if isinstance(k, str) else list(k) for k in record.keywords]


def _family(record: Record) -> str:
    # records not written by the builder (data generate's, hand-made ones) carry no family note
    return str((record.metadata.model_extra or {}).get("family") or "")


def check_people(record: Record, card: dict[str, str]) -> list[str]:
    """SBK relation records: every item names a person the card's relationships give, not a note
    about one ("报童出身", "常帮他验尸")."""
    family = _family(record)
    if record.focus != SBK or not family.startswith("relation:"):
        return []
    people = {normalize_term(p) for k, v in card.items()
              for _, p in parse_relationships(v) + parse_relationships(f"{k}：{v}")}
    if not people:
        return []
    return [f"keywords.{i}: {alts[0]!r} is no person of the card's relationships (a note about one)"
            for i, alts in enumerate(_items(record))
            if not any(normalize_term(a) in people for a in alts)]


def check_cut_keys(record: Record, card: dict[str, str]) -> list[str]:
    """No alternative is a word cut short: a Korean province without its 도 after 남/북 ("경상남"),
    a Japanese name without the kanji that ends it (豆千 of 豆千代)."""
    text = "\n".join(card.values())
    out = []
    for i, alts in enumerate(_items(record)):
        for a in alts[1:]:
            cut = (re.fullmatch(r"[\uac00-\ud7a3]{2}[남북]", a) and f"{a}도" in text) or any(
                f"{a}{c}" in text and f"{a}{c}" != a for c in _NOT_ALONE if re.fullmatch(r"[\u4e00-\u9fff]{2}", a)
                and re.search(re.escape(a + c) + r"(?![\u4e00-\u9fff])", text))
            # "정선아리" of "정선아리랑 부르기": cut before the 랑 that ends its word
            cut = cut or any(f"{a}랑" in text and f"{a}랑".endswith(w) for w in _RANG_WORDS)
            if cut:
                out.append(f"keywords.{i}: {a!r} is a word cut short")
            elif is_generic_verb(a):  # "부르기": pays any answer doing the verb to anything
                out.append(f"keywords.{i}: {a!r} is a verb noun without its object")
    return out


def check_wording(record: Record, card: dict[str, str]) -> list[str]:
    """A CJK gold answer does not copy a card's Latin notation ("我身高1.66m。"): people say 一米六六;
    an English one does not say a written abbreviation ("5 ft 9 in")."""
    m = (_EN_ABBREVIATION if record.language == "en" else _LATIN_MEASURE).search(record.answer)
    return [f"answer: {m.group(0)!r} copies the card's notation"] if m else []


def check_era(record: Record, card: dict[str, str]) -> list[str]:
    """CM of a card outside the present day: nothing the builder's own tables place later (its
    early/historical BANNED words, its present-day friend names, its present-day greeting)."""
    if record.focus != CM:
        return []
    setting = cm_setting(card)
    if setting not in ("historical", "early", "recent"):
        return []
    text = "\n".join([*(t.content for t in record.conversation_history), record.answer])
    out = []
    if out_of_setting(text, setting):
        out.append(f"conversation_history: present-day material in a {setting} card")
    names = [n for n in POOLS.get(record.language, {}).get("friend", ()) if len(n) >= 2 and n in text]
    if names:
        out.append(f"conversation_history: present-day name(s) {names} in a {setting} card")
    chat = _MODERN_CHAT.get(record.language)
    m = re.search(chat, text, re.IGNORECASE) if chat else None
    if m:
        out.append(f"conversation_history: {m.group(0)!r} is present-day chat in a {setting} card")
    return out


def check_anachronism(record: Record, card: dict[str, str]) -> list[str]:
    """Nothing newer than the year the card's story is set in (builder/story_year.yaml, the
    year each thing came into use): no hamster, gym locker or 팀장님 in a 1795 conversation, no
    健身房 or 室友 in 1979 Shanghai, no trip to Hanoi in 1974, and no such wrong answer either.
    A card that states no year (era field, or birth year plus age) is not judged."""
    year = story_year(card)
    if year is None:
        return []
    card_text = "\n".join(f"{k}: {v}" for k, v in card.items())
    out = []
    if record.focus == CM:
        for where, text in [*((f"conversation_history.{i}", t.content) for i, t in enumerate(record.conversation_history)),
                            ("answer", record.answer)]:
            hit = too_new(text, record.language, year, card_text)
            if hit:
                out.append(f"{where}: {_out_of_time(hit, year)}")
    for i, neg in enumerate(record.negative_keywords):
        hit = too_new(neg, record.language, year, card_text)
        if hit:
            out.append(f"negative_keywords.{i}: {_out_of_time(hit, year)}")
    return out


def _out_of_time(hit: tuple[str, int], year: int) -> str:
    word, when = hit
    if when <= year:  # given up for good (story_year.yaml `until`)
        return f"{word!r} went out of use around {when}, before the card's year {year}"
    return f"{word!r} came into use around {when}, after the card's year {year}"


def _opening(answer: str) -> str:
    return re.split(r"(?<=[.!?。！？…，,、])", answer.strip(), maxsplit=1)[0]


def opening_problems(records: list[tuple[int, Record]]) -> dict[int, list[str]]:
    """One opening ("I'm not deaf.") over more than three of a character's CM gold answers and
    more than a third of them: a model learns a tic, not a voice. Index -> reasons."""
    by_char: dict[str, list[tuple[int, str]]] = {}
    for i, rec in records:
        if rec.focus == CM:
            by_char.setdefault(rec.character_name, []).append((i, _opening(rec.answer)))
    out: dict[int, list[str]] = {}
    for members in by_char.values():
        counts = Counter(o for _, o in members)
        for i, o in members:
            if counts[o] > 3 and counts[o] * 3 > len(members):
                out[i] = [f"answer: opens with {o!r} like {counts[o] - 1} other CM answer(s) of the character"]
    return out


CARD_CHECKS = {"people": check_people, "cut_keys": check_cut_keys, "wording": check_wording, "era": check_era,
               "anachronism": check_anachronism}
