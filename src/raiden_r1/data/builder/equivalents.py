"""Forms of a key that people say instead of the card's own, which the reward does not fold.

An outside reviewer (rev55) read right answers refused by the keys alone: "the bookstore" for a
bookshop, "淡紫色" for 浅紫色, "단옷날" for 단오, "외상 떼먹는 양반" for 외상을 떼먹는 양반, "청록빛"
for 청록색. Each rule here adds equal forms of a key (tables: equivalents.yaml; synonym groups:
the reward's lexicon/synonyms.yaml); none shortens a key into something another answer says.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from raiden_r1.canon import canonical

from .tables import table
from .goals import without_manner

_FILE = "equivalents.yaml"
Items = list[list[str]]


@lru_cache(maxsize=None)
def _synonym_groups(language: str) -> tuple[tuple[str, ...], ...]:
    """The reward's synonym groups of ``language`` (lexicon/synonyms.yaml): one table, so that a
    word paying a key also refuses as a negative."""
    text = resources.files("raiden_r1.reward").joinpath("lexicon/synonyms.yaml").read_text(encoding="utf-8")
    groups = (yaml.safe_load(text) or {}).get(language) or []
    return tuple(tuple(str(w) for w in g) for g in groups)


_NARROWER = frozenset(canonical(w) for w in table(_FILE, "NARROWER_SYNONYMS"))


def synonyms(term: str, language: str) -> list[str]:
    """Words of the same meaning as the whole ``term`` ("bookshop" -> bookstore; a word inside a
    longer term is left alone: "Effie married" is no "Effie hitched"). A narrower word of a group
    ("中医") is never offered for another member."""
    key = canonical(term)
    out: list[str] = []
    for group in _synonym_groups(language):
        canon = [canonical(w) for w in group]
        if key in canon:
            out += [w for w, c in zip(group, canon) if c != key and c not in _NARROWER]
    return list(dict.fromkeys(out))


_SHADES: dict[str, tuple[tuple[str, ...], ...]] = table(_FILE, "COLOUR_SHADES")
_STEMS: dict[str, tuple[str, ...]] = table(_FILE, "COLOUR_STEMS")
_SUFFIXES: dict[str, tuple[str, ...]] = table(_FILE, "COLOUR_SUFFIXES")
_NOT_ALONE = frozenset(table(_FILE, "COLOUR_STEMS_NOT_ALONE"))
_EN_HEADS = frozenset(table(_FILE, "EN_COLOUR_HEADS"))


def colour_forms(term: str, language: str) -> list[str]:
    """A colour said with another word for its shade ("浅紫色" -> 淡紫色, "light blue" -> "pale
    blue", "연보라" -> "옅은 보라") or without the word for colour ("えんじ色" -> えんじ, "청록빛" ->
    청록, 청록색)."""
    out: list[str] = []
    t = term.strip()
    for group in _SHADES.get(language, ()):
        for shade in group:
            sep = " " if language == "en" else ""
            if not t.lower().startswith(shade + sep):
                continue
            rest = t[len(shade) + len(sep):]
            if rest.lower().startswith(_STEMS.get(language, ())):
                out += [f"{other}{sep}{rest}" for other in group if other != shade]
    for suffix in _SUFFIXES.get(language, ()):
        stem = t[:-len(suffix)] if t.endswith(suffix) else ""
        if language == "ko" and suffix == "빛" and stem and (ord(stem[-1]) - 0xAC00) % 28 == 19:
            stem = stem[:-1] + chr(ord(stem[-1]) - 19)  # 보랏빛: the 사이시옷 is no part of 보라
        if len(stem) >= 2 and stem not in _NOT_ALONE and not stem.endswith(suffix):
            out.append(stem)
            if language == "ko":  # 청록빛 is 청록색 too, and 보라색 보랏빛
                out += [stem + "색"] if suffix == "빛" else ko_day_forms(stem, "빛") or [stem + "빛"]
    words = t.split()
    if language == "en" and len(words) == 2 and words[0].lower() in _EN_HEADS and words[1].lower().startswith(
            _STEMS["en"]):
        out.append(words[0])  # "navy blue" is said "navy"
    return [o for o in dict.fromkeys(out) if o != t]


_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")
_PARTICLES: tuple[tuple[str, str], ...] = table(_FILE, "KO_PARTICLES")
_INTRANSITIVE = frozenset(table(_FILE, "KO_INTRANSITIVE_STEMS"))


def _final_consonant(syllable: str) -> bool:
    return (ord(syllable) - 0xAC00) % 28 != 0


def _without_particle(word: str, particles: tuple[tuple[str, str], ...] = _PARTICLES) -> str | None:
    """"외상을" -> 외상, "바다를" -> 바다; None when the word ends in no particle that fits its
    last syllable (the 는 of "떼먹는" is a verb's ending: never cut)."""
    for after_consonant, after_vowel in particles:
        for particle, wants_final in ((after_consonant, True), (after_vowel, False)):
            stem = word[:-len(particle)]
            if word.endswith(particle) and stem and _HANGUL_WORD.fullmatch(stem) and (
                    after_consonant == after_vowel or _final_consonant(stem[-1]) == wants_final):
                return stem
    return None


_ADNOMINAL = re.compile(r"(?:는|은|던|을)$")
_NOT_SUBJECT = tuple(p for p in _PARTICLES if p[1] != "가")


def _takes_subject(verb: str) -> bool:
    return re.sub(r"(?:는|은|던|을|음|기|다|ㅁ)$", "", verb) in _INTRANSITIVE


def _with_particle(noun: str, verb: str) -> str:
    """"비" before "오는" -> 비가; "외상" before "떼먹는" -> 외상을."""
    subject = _takes_subject(verb)
    final = _final_consonant(noun[-1])
    return noun + (("이" if final else "가") if subject else ("을" if final else "를"))


def ko_phrase_forms(term: str) -> list[str]:
    """A Korean phrase with its particles left out or put in ("외상을 떼먹는 양반" <-> "외상 떼먹는
    양반", "비 오는 날" -> "비가 오는 날"), and a nominalised activity by its object ("시조(를) 읊기"
    -> 시조, "낚시하기" -> 낚시): a speaker conjugates the verb ("시조를 읊는 걸 좋아하오")."""
    words = term.split()
    out: list[str] = []
    if not words or not all(_HANGUL_WORD.fullmatch(w) for w in words):
        return out
    if len(words) >= 2:
        # 이/가 is a subject's only before a verb that takes one ("눈물이 많음"); else the 이 ends
        # the noun ("고양이 키우기")
        bare = [(_without_particle(w, _PARTICLES if _takes_subject(words[i + 1]) else _NOT_SUBJECT) or w)
                if i < len(words) - 1 else w for i, w in enumerate(words)]
        if bare != words:
            out.append(" ".join(bare))
        for i in range(len(bare) - 1):  # a bare noun before a verb's adnominal form takes its particle back
            if bare[i] == words[i] and _ADNOMINAL.search(words[i + 1]) and len(words[i + 1]) >= 2:
                out.append(" ".join(words[:i] + [_with_particle(words[i], words[i + 1])] + words[i + 1:]))
                break
        last = words[-1]
        if last.endswith("기") and len(last) >= 2:
            # the object only loses 을/를: "고양이 키우기" is about a 고양이, never 고양
            # ("단춧구멍 빨리 박기" is about a 단춧구멍: an adverb glued to the noun is no key, review 74)
            obj = " ".join((_without_particle(w, _PARTICLES[:1]) or w) for w in without_manner(words[:-1]))
            if len(obj.replace(" ", "")) >= 2:
                out.append(obj)
    elif len(term) >= 4 and term.endswith("하기"):
        out.append(term[:-2])
    return [o for o in dict.fromkeys(out) if o != term]


def ko_day_forms(term: str, noun: str = "날") -> list[str]:
    """A Korean word ending in a vowel, said with the 사이시옷 before ``noun``: "단오" -> 단옷날
    (a day name), "보라" + 빛 -> 보랏빛."""
    if not _HANGUL_WORD.fullmatch(term) or len(term) < 2 or term.endswith(noun) or _final_consonant(term[-1]):
        return []
    return [term[:-1] + chr(ord(term[-1]) + 19) + noun]  # 19: the ㅅ final consonant


def job_names(term: str, language: str) -> list[str]:
    """The everyday names of a job the key names (equivalents.yaml JOB_NAMES): "外卖骑手" is said
    送外卖, 跑外卖, 外卖员; a ``said`` form alone ("PM", "骑手") brings no group."""
    key = canonical(term)
    out: list[str] = []
    for group in table(_FILE, "JOB_NAMES").get(language, ()):
        if key in {canonical(w) for w in group["card"]}:
            out += [w for w in (*group["card"], *group["said"]) if canonical(w) != key]
    return out


_JOB_FAMILIES = frozenset({"occupation", "identity"})
_COLOUR_FAMILIES = frozenset({"favorite_color", "hair_color", "eye_color"})
_DAY_FAMILIES = frozenset(table(_FILE, "KO_DAY_FAMILIES"))


def term_forms(term: str, family: str, language: str) -> list[str]:
    """Every equal form of one key of ``family`` (a field family, or "colour"/"spot" of CM)."""
    out = synonyms(term, language)
    if family in _JOB_FAMILIES:
        out += job_names(term, language)
    if family in _COLOUR_FAMILIES or family == "colour":
        out += colour_forms(term, language)
    if language == "ja" and family in _DAY_FAMILIES:  # "卯月十日" is said "卯月の十日" as often
        m = re.fullmatch(r"([^\s\d の]{1,3}月)([^\s\d月の]{1,4}日?)", term)
        out += [f"{m.group(1)}の{m.group(2)}"] if m else []
    if language == "ko":
        out += ko_phrase_forms(term)
        if family in _DAY_FAMILIES and not re.search(r"\d", term):
            out += ko_day_forms(term)
    return out


def equivalent_alternatives(items: Items, family: str, language: str, cap: int = 10) -> tuple[Items, set[str]]:
    """(items with the equal forms of their alternatives added, up to ``cap`` alternatives an
    item; the forms added, which need not be in the card)."""
    out, added = [], set()
    for alts in items:
        extra = [f for f in dict.fromkeys(f for a in alts for f in term_forms(a, family, language)) if f not in alts]
        kept = extra[:max(cap - len(alts), 0)]
        out.append(alts + kept)
        added.update(kept)
    return out, added


# A why cause of this many characters or more is a clause a person rewords ("治好了一位公主的痘疹" is
# said "给一位公主治好了痘疹"): it is keyed by its nouns, or not asked.
LONG_CAUSE = 7
_QUANTITY = "(?:[一两二三四五六七八九十几数]+[位个只名件次场头匹])?"
_NOUN = r"((?:(?![了的])[\u4e00-\u9fff]){2,4})"
# the verb takes what it can ("报答刘备的…" is 报答 + 刘备, never 报 + 答刘备), but no aspect mark or number
_VERB = r"(?:(?![了的一两二三四五六七八九十几])[\u4e00-\u9fff]){1,3}"
_CAUSE_NOUNS = re.compile(rf"^{_VERB}(?:了|过|完|好|到)?{_QUANTITY}{_NOUN}的{_QUANTITY}{_NOUN}$")


def cause_keys(cause: str, alternatives: list[str], effect: str = "") -> Items | None:
    """The keyword items of a why cause: the cause and its alternatives (one item) when it is
    short; the nouns of a long "<verb> <A>的<B>" cause as required items ("公主", "痘疹"), but not
    one the question (``effect``) says itself; None for another long cause (the question is not
    asked: a literal clause refuses paraphrase)."""
    if len(cause) < LONG_CAUSE or len(alternatives) > 1:  # "救回妻子" and its relation words
        return [alternatives]
    m = _CAUSE_NOUNS.match(cause)
    nouns = [[n] for n in (m.groups() if m else ()) if n not in effect]
    return nouns or None
