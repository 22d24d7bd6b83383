"""The ground truth handed to the reward: packed by the converter, unpacked by the reward.

EasyR1 passes the row's answer column to the reward unchanged, and stores rows with Arrow, which
cannot hold a column whose ``keywords`` mix strings and lists: so it travels as a JSON string.
Plain strings (an answer only, as older converters write) are still accepted.

Unpacking is total: whatever arrives (a bare string where a list belongs, numbers as keywords,
nesting, truncated JSON) gives a GroundTruth; what cannot be read is recorded in ``error`` and
scores 0, with the reason shown by ``raiden-r1 reward explain``.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any

from raiden_r1.canon import canonical

from .people import other_name_forms, profile_others
from .perspective import fact_subject, history_others, profile_names, profile_role, refers_to_self_by_name
from .self_reference import quoted_self_words
from .speech_fillers import speech_fillers

GROUND_TRUTH_VERSION = 2
_MAX_TERMS = 256  # a ground truth with more keyword terms than this is malformed, not a record


@dataclass(frozen=True)
class GroundTruth:
    answer: str
    keywords: tuple[tuple[str, ...], ...] = ()  # each item: its alternatives
    negative_keywords: tuple[str, ...] = ()
    validation_method: str = "single_term_validation"
    language: str | None = None  # None: detect from the answer
    focus: str = "script_knowledge"
    question: str = ""
    character_name: str = ""
    # Whose fact the keyword states: "self" (the character's own), "other" (the keyword names
    # someone else: a relative, a pet), "user" (a fact the user told in the conversation); "" unknown.
    subject: str = ""
    self_name: bool = False  # the profile says the character speaks of itself by its own name
    aliases: tuple[str, ...] = ()  # other names the profile gives the character (readings, nicknames)
    # Other people and animals: those the profile's relation/family/pet fields name ("丈夫 - 陈默",
    # "호떡 (고양이)"), and in conversation memory those the user's turns name beside a relation ("my
    # friend Louise", "我朋友老吴"). Claiming to be one of them, or giving the user's fact to one, is wrong.
    others: tuple[str, ...] = ()
    role: str = ""  # the profile's occupation or title ("温泉旅館の女将"): its titles are the character's own
    # the card's quoted word for "I" that no lexicon knows ("this child", "이 할미", "わ"): said where
    # "I" would be, it is the character speaking, not someone narrating it (self_reference.quoted_self_words)
    self_word: str = ""
    # Keyword items (indices) whose value the profile itself gives as approximate ("十七貫（約64キロ）",
    # "열두 관(약 45킬로)"): an answer that says it so ("六十四キロくらい") repeats the card, it does not hedge.
    approximate: tuple[int, ...] = ()
    # Words the card's speech style quotes for the character ("says 'sure' and 'so it is'", 口癖「べさ」):
    # said by it, they are its voice, never an assistant's compliance (reward/assistant_voice.py)
    fillers: tuple[str, ...] = ()
    # the card says the character is a machine (a robot, an android, an AI, a ship's computer): saying so
    # is in character for it (reward/machine_card.py), where from anyone else it steps out of the role
    machine: bool = False
    error: str = field(default="", compare=False)  # why it could not be read ("" when it could)
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_json(self) -> str:
        d = asdict(self)
        d.pop("extra")
        d.pop("error")
        d["keywords"] = [list(alts) if len(alts) > 1 else alts[0] for alts in self.keywords]
        d["negative_keywords"] = list(self.negative_keywords)
        d["aliases"] = list(self.aliases)
        if self.others:
            d["others"] = list(self.others)
        else:
            d.pop("others")  # rows without anyone else stay as they were
        if not self.role:
            d.pop("role")
        if not self.self_word:
            d.pop("self_word")
        if self.approximate:
            d["approximate"] = list(self.approximate)
        else:
            d.pop("approximate")
        if self.fillers:
            d["fillers"] = list(self.fillers)
        else:
            d.pop("fillers")  # rows of cards that quote no speech words stay as they were
        if not self.machine:
            d.pop("machine")
        d["v"] = GROUND_TRUTH_VERSION
        return json.dumps(d, ensure_ascii=False)


def _text(x: Any) -> str | None:
    """A keyword as text: strings as they are, numbers as written; anything else is not one."""
    if isinstance(x, str):
        return x
    if isinstance(x, bool) or x is None:
        return None
    if isinstance(x, (int, float)):
        return str(x)
    return None


def _flat_texts(x: Any, depth: int = 0) -> list[str]:
    if depth > 3:
        return []
    t = _text(x)
    if t is not None:
        return [t]
    if isinstance(x, (list, tuple)):
        out: list[str] = []
        for y in x[:_MAX_TERMS]:
            out.extend(_flat_texts(y, depth + 1))
        return out
    return []


def _items(raw: Any) -> tuple[tuple[str, ...], ...]:
    """Keyword items from what a record or row holds: a list of items (each a term or a list of
    alternatives); a bare term stands for one item (not a list of its letters)."""
    if raw is None:
        return ()
    if _text(raw) is not None:
        raw = [raw]
    if not isinstance(raw, (list, tuple)):
        return ()
    items = []
    for item in raw[:_MAX_TERMS]:
        alts = tuple(a for a in _flat_texts(item) if a.strip())
        if alts:
            items.append(alts)
    return tuple(items)


def _terms(raw: Any) -> tuple[str, ...]:
    if _text(raw) is not None:
        raw = [raw]
    if not isinstance(raw, (list, tuple)):
        return ()
    return tuple(t for t in _flat_texts(raw) if t.strip())


def _indices(raw: Any) -> tuple[int, ...]:
    if not isinstance(raw, (list, tuple)):
        return ()
    return tuple(i for i in raw[:_MAX_TERMS] if isinstance(i, int) and not isinstance(i, bool) and 0 <= i < _MAX_TERMS)


def _str(x: Any) -> str:
    return x if isinstance(x, str) else "" if x is None or isinstance(x, (dict, list)) else str(x)


def from_mapping(d: dict[str, Any]) -> GroundTruth:
    known = {"answer", "keywords", "negative_keywords", "validation_method", "language", "focus",
             "question", "character_name", "subject", "self_name", "aliases", "others", "role", "self_word",
             "approximate", "fillers", "machine", "v"}
    answer = d.get("answer")
    if answer is None:
        answer = d.get("gold_answer")
    language = d.get("language")
    return GroundTruth(
        answer=_str(answer),
        keywords=_items(d.get("keywords")),
        negative_keywords=_terms(d.get("negative_keywords")),
        validation_method=_str(d.get("validation_method")) or "single_term_validation",
        language=language if isinstance(language, str) and language else None,
        focus=_str(d.get("focus")) or "script_knowledge",
        question=_str(d.get("question")),
        character_name=_str(d.get("character_name")),
        subject=_str(d.get("subject")),
        self_name=d.get("self_name") is True,
        aliases=_terms(d.get("aliases"))[:8],
        others=_terms(d.get("others"))[:12],
        role=_str(d.get("role"))[:60],
        self_word=_str(d.get("self_word"))[:20],
        approximate=_indices(d.get("approximate")),
        fillers=tuple(t[:24] for t in _terms(d.get("fillers"))[:8]),
        machine=d.get("machine") is True,
        extra={k: v for k, v in d.items() if k not in known},
    )


@lru_cache(maxsize=16384)
def _parse_str(s: str) -> GroundTruth:
    t = s.strip()
    if t.startswith(("{", "[")):
        try:
            d = json.loads(t)
        except (ValueError, RecursionError) as e:
            return GroundTruth(answer="", error=f"ground truth looks like JSON but does not parse ({e})")
        if isinstance(d, dict):
            return from_mapping(d)
        return GroundTruth(answer="", error=f"ground truth is JSON but not an object ({type(d).__name__})")
    return GroundTruth(answer=s)


def parse_ground_truth(gt: Any) -> GroundTruth:
    """Accept what EasyR1 may hand over: our JSON string, a dict, or a plain answer string.
    Never raises: anything else becomes a GroundTruth with ``error`` set."""
    if isinstance(gt, GroundTruth):
        return gt
    try:
        if isinstance(gt, dict):
            return from_mapping(gt)
        if gt is None:
            return GroundTruth(answer="", error="no ground truth")
        if isinstance(gt, (bytes, bytearray)):
            gt = bytes(gt).decode("utf-8", "replace")
        if not isinstance(gt, str):
            return GroundTruth(answer="", error=f"ground truth of type {type(gt).__name__}")
        return _parse_str(gt)
    except RecursionError:
        return GroundTruth(answer="", error="ground truth nested too deeply")


def _with_other_names(items: tuple[tuple[str, ...], ...],
                      people: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[tuple[str, ...], ...]:
    """Each item naming a person of the profile's relation fields, with that person's other names."""
    if not people:
        return items
    out = []
    for alts in items:
        extra = [f for _, forms in people if any(canonical(a) in forms for a in alts) for f in forms]
        out.append(tuple(dict.fromkeys((*alts, *extra))) if extra else alts)
    return tuple(out)


def record_ground_truth(record) -> GroundTruth:
    """The ground truth of a :class:`raiden_r1.data.schema.Record`, with whose fact it is and
    whether the character speaks of itself by name (read from its profile and history)."""
    items = _with_other_names(_items(record.keywords), other_name_forms(record.character_profile, record.metadata.language))
    readings = profile_readings(record.character_profile)
    items = tuple(tuple(dict.fromkeys((*alts, *(r for a in alts for r in readings.get(canonical(a), ()))))) for alts in items)
    negatives = tuple(dict.fromkeys((*record.negative_keywords, *(r for n in record.negative_keywords
                                                                  for r in readings.get(canonical(n), ()) if len(r) >= 3))))
    return GroundTruth(
        answer=record.answer,
        keywords=items,
        negative_keywords=negatives,
        validation_method=record.validation_method,
        language=record.metadata.language,
        focus=record.metadata.focus,
        question=record.question,
        character_name=record.character_name,
        subject=fact_subject(record, items),
        self_name=refers_to_self_by_name(record.character_name, record.character_profile),
        aliases=profile_names(record.character_name, record.character_profile)[:8],
        others=tuple(dict.fromkeys((*profile_others(record.character_name, record.character_profile), *(
            history_others([m.content for m in record.conversation_history if m.role == "user"], record.metadata.language,
                           record.question)
            if record.metadata.focus == "conversation_memory" else ()))))[:12],
        role=profile_role(record.character_profile),
        self_word=next((w for v in record.character_profile.values() if isinstance(v, str)
                        for w in quoted_self_words(v) if len(w) >= 2), ""),
        approximate=_approximate_items(record.character_profile, items, record.metadata.language),
        fillers=speech_fillers(record.character_profile),
        machine=_machine(record.character_profile),
    )


def _machine(profile: dict[str, Any]) -> bool:
    # (read by the reward's own machine nouns, reward/machine_card.py; imported here, as the reward
    # imports this module)
    from raiden_r1.reward.machine_card import is_machine_card

    return is_machine_card(profile)


def _approximate_items(profile: dict[str, Any], items: tuple[tuple[str, ...], ...], language: str) -> tuple[int, ...]:
    # (read by the reward's own approximate words, reward/approximate_card.py; imported here, as the
    # reward imports this module)
    from raiden_r1.reward.approximate_card import approximate_items

    return approximate_items(profile, items, language)


# A reading in brackets right after a kanji word ("相棒の竜: 紅葉（もみじ）という赤い雌竜", "師匠・百地（ももち）"):
# the profile says how the word is read, which no dictionary may know for a name.
_FURIGANA = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々]+)[（(]([\u3041-\u3096\u30a1-\u30faー]+)[)）]")


def profile_readings(profile: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """Canonical kanji word -> the kana readings the profile gives it in brackets. A keyword is
    also said by its reading, a negative keyword by one of three kana or more (two-kana words
    are homophones of too many others to void an answer)."""
    out: dict[str, list[str]] = {}
    for value in profile.values():
        if isinstance(value, str) and ("（" in value or "(" in value):
            for m in _FURIGANA.finditer(value):
                out.setdefault(canonical(m.group(1)), []).append(m.group(2))
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}

