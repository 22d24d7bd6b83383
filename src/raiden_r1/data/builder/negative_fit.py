"""Whether a candidate negative keyword is really wrong, in every spelling (session 35, review 75).

A decoy pool holds names; two kinds of them are no wrong answers. An everyday word of the
language (その, 섭섭, "Rose": negative_fit.yaml COMMON_WORDS) refuses right answers that merely use
it. A name the card's own people bear in another script (きく beside the wife お菊, 寵物 beside
宠物) is the truth, read differently. Also here: whether a card's pet is only an animal kind.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .tables import table

_FILE = "negative_fit.yaml"
_KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def common_word(term: str, language: str) -> bool:
    """Whether a negative is an everyday word of the language (COMMON_WORDS), not only a name."""
    words = table(_FILE, "COMMON_WORDS").get(language.split("_")[0], ())
    t = term.strip()
    return (t.lower() if language.startswith("en") else t) in words


def _hiragana(text: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in text)


@lru_cache(maxsize=256)
def _card_readings(card: str) -> frozenset[str]:
    """The kana readings of the card's kanji words and of each of its kanji alone (the
    dictionary's reading and the native ones: 菊 -> きく, 松 -> まつ)."""
    from raiden_r1.canon.readings import _converter  # pykakasi, loaded only for a Japanese card

    conv = _converter()
    if conv is None:
        return frozenset()
    from pykakasi.kanji import Kanwa

    out = {seg["hira"] for seg in conv.convert(card) if _KANJI.search(seg["orig"]) and seg["hira"]}
    for kanji in set(_KANJI.findall(card)):
        out.update(seg["hira"] for seg in conv.convert(kanji) if seg["hira"])
        out.update(y for y, cond in (Kanwa().load(kanji) or {}).get(kanji, ()) if cond is None and y)
    return frozenset(out)


def reads_as_card(term: str, card: str, language: str) -> bool:
    """Whether a kana negative is the reading of a word the card writes in kanji (きく for お菊),
    or a Chinese negative is the card's word in the other script (寵物 / 宠物)."""
    lang = language.split("_")[0]
    # "村上きく": the given name after a kanji surname is read the same way
    tail = re.search(r"[\u3041-\u30ffー]{2,}$", term.strip()) if lang == "ja" else None
    if tail:
        kana = _hiragana(tail.group(0))
        kana = kana[1:] if kana.startswith("お") and len(kana) > 2 else kana
        return kana in _card_readings(card)
    if lang == "zh" and _KANJI.search(term):
        import zhconv

        return zhconv.convert(term, "zh-hans") in zhconv.convert(card, "zh-hans")
    return False


def pet_kind(value: str, language: str) -> bool:
    """Whether a card's pet is only an animal kind ("鈴虫", "a cat", "진돗개"), not a pet's name:
    the question then asks what pet, never its name."""
    lang = language.split("_")[0]
    kinds = table(_FILE, "PET_KINDS").get(lang, ())
    v = value.strip()
    if lang == "en":
        words = re.sub(r"^(?:an?|the|two|three|some|my)\s+", "", v.lower()).split()
        return bool(words) and words[-1] in kinds and (v[:1].islower() or len(words) == 1)
    return v in kinds or any(v.endswith(k) and len(k) >= 2 for k in kinds) or (
        len(v) <= 4 and any(v.endswith(k) for k in kinds if len(k) == 1) and lang != "ko")


def other_kinds(kind: str, language: str, rng) -> list[str]:
    """The wrong answers of a pet kind question: the other kinds, shuffled (金魚, 小鳥 for 鈴虫)."""
    kinds = [k for k in table(_FILE, "PET_KINDS").get(language.split("_")[0], ()) if k not in kind and kind not in k]
    return rng.sample(kinds, len(kinds))
