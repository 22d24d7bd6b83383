"""Checks of negatives and pet questions (session 35, review 75): a negative that is an everyday
word (その) or the card's own value read another way (きく beside the wife お菊); a son's wrong
answers that are women's names; a pet kind (鈴虫) asked as a name; the modern pet words (宠物, ペット,
반려동물) or katakana pet names in a card set before them. builder/negative_fit.py reads the same way.
"""

from __future__ import annotations

import re

from ..builder.decoys import _gender_of
from ..builder.negative_fit import common_word, pet_kind, reads_as_card
from ..builder.setting import detect_setting
from ..builder.tables import table
from ..schema import CM, SBK, Record


def _meta(record: Record) -> dict:
    return record.metadata.model_extra or {}


def _firsts(record: Record) -> list[str]:
    return [k if isinstance(k, str) else k[0] for k in record.keywords if k]


def check_negative_words(record: Record, card: dict[str, str]) -> list[str]:
    """No negative is an everyday word of the language, nor (SBK) a reading of the card's own words."""
    text = "\n".join(card.values())
    out = []
    for j, neg in enumerate(record.negative_keywords):
        if common_word(neg, record.language):
            out.append(f"negative_keywords.{j}: {neg!r} is an everyday word, said in right answers")
        # (a CM answer comes from the chat: the card's own readings do not make its name true)
        elif record.focus == SBK and reads_as_card(neg, text, record.language):
            out.append(f"negative_keywords.{j}: {neg!r} is a word of the card read another way (true of it)")
    return out


def _pool_names(gender: str) -> set[str]:
    return {n for names in table("decoys.yaml", "GIVEN")[gender].values() for n in names}


def check_decoy_sex(record: Record, card: dict[str, str]) -> list[str]:
    """A relation of known sex (son, 跡取り息子, 딸) has wrong answers of that sex: no その for a son,
    no 本多半兵衛 for a daughter."""
    family = str(_meta(record).get("family") or "")
    gender = _gender_of(family.removeprefix("relation:")) if family.startswith("relation:") else None
    if gender is None:
        return []
    other = "female" if gender == "male" else "male"
    own, wrong = _pool_names(gender), _pool_names(other) - _pool_names(gender)
    out = []
    for j, neg in enumerate(record.negative_keywords):
        if any(neg.endswith(n) and len(n) >= 2 for n in wrong) and not any(neg.endswith(n) for n in own):
            out.append(f"negative_keywords.{j}: {neg!r} is a {other} name, asked about a {gender} relation")
    return out


_ASKS_NAME = {"en": r"\bname\b|\bcall(?:ed)?\b", "zh": r"名字|叫什么|叫啥", "ja": r"名前|名は", "ko": r"이름"}


def check_pet_kind(record: Record, card: dict[str, str]) -> list[str]:
    """A pet that is only an animal kind (鈴虫) is asked "what pet", never "what is its name"."""
    if record.focus != SBK or _meta(record).get("family") != "pets":
        return []
    lang = record.language
    asks = _ASKS_NAME.get(lang)
    kinds = [k for k in _firsts(record) if pet_kind(k, lang)]
    if asks and kinds and re.search(asks, record.question, re.IGNORECASE):
        return [f"question: asks the name of the pet, but {kinds[0]!r} is only its kind"]
    return []


_MODERN_PET_WORDS = {"zh": r"宠物|寵物", "ja": r"ペット", "ko": r"반려동물|애완"}
_KATAKANA_NAME = re.compile(r"[\u30a1-\u30faー]+")


def check_pet_era(record: Record, card: dict[str, str]) -> list[str]:
    """A card set before pets were "宠物" / "ペット" / "반려동물" never says the word in its question or
    gold (the card's own field label aside), and a pre-modern Japanese card's CM pet is no katakana name."""
    setting = detect_setting(card)
    lang = record.language
    if setting not in ("historical", "early"):
        return []
    out = []
    words = _MODERN_PET_WORDS.get(lang)
    if words and (m := re.search(words, f"{record.question}\n{record.answer}")):
        out.append(f"question/answer: modern word {m.group(0)!r} in a {setting} card")
    if record.focus == CM and lang == "ja" and setting == "historical" and "pet" in str(_meta(record).get("family") or ""):
        out += [f"keywords: katakana pet name {k!r} in a pre-modern card" for k in _firsts(record)
                if _KATAKANA_NAME.fullmatch(k)]
    return out


NEGATIVE_CHECKS = {"negative_words": check_negative_words, "decoy_sex": check_decoy_sex,
                   "pet_kind": check_pet_kind, "pet_era": check_pet_era}
