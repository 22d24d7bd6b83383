"""The ground truth handed to the reward: packed by the converter, unpacked by the reward.

EasyR1 passes the row's answer column to the reward unchanged, and stores rows with Arrow, which
cannot hold a column whose ``keywords`` mix strings and lists: so it travels as a JSON string.
Plain strings (an answer only, as older converters write) are still accepted.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any

GROUND_TRUTH_VERSION = 1


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
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_json(self) -> str:
        d = asdict(self)
        d.pop("extra")
        d["keywords"] = [list(alts) if len(alts) > 1 else alts[0] for alts in self.keywords]
        d["negative_keywords"] = list(self.negative_keywords)
        d["v"] = GROUND_TRUTH_VERSION
        return json.dumps(d, ensure_ascii=False)


def _items(raw: Any) -> tuple[tuple[str, ...], ...]:
    items = []
    for item in raw or ():
        alts = (item,) if isinstance(item, str) else tuple(a for a in item if isinstance(a, str))
        alts = tuple(a for a in alts if a.strip())
        if alts:
            items.append(alts)
    return tuple(items)


def from_mapping(d: dict[str, Any]) -> GroundTruth:
    known = {"answer", "keywords", "negative_keywords", "validation_method", "language", "focus",
             "question", "character_name", "v"}
    return GroundTruth(
        answer=str(d.get("answer") or d.get("gold_answer") or ""),
        keywords=_items(d.get("keywords")),
        negative_keywords=tuple(k for k in (d.get("negative_keywords") or ()) if isinstance(k, str) and k.strip()),
        validation_method=str(d.get("validation_method") or "single_term_validation"),
        language=d.get("language") or None,
        focus=str(d.get("focus") or "script_knowledge"),
        question=str(d.get("question") or ""),
        character_name=str(d.get("character_name") or ""),
        extra={k: v for k, v in d.items() if k not in known},
    )


@lru_cache(maxsize=16384)
def _parse_str(s: str) -> GroundTruth:
    t = s.strip()
    if t.startswith("{"):
        try:
            d = json.loads(t)
        except ValueError:
            d = None
        if isinstance(d, dict):
            return from_mapping(d)
    return GroundTruth(answer=s)


def parse_ground_truth(gt: Any) -> GroundTruth:
    """Accept what EasyR1 may hand over: our JSON string, a dict, or a plain answer string."""
    if isinstance(gt, GroundTruth):
        return gt
    if isinstance(gt, dict):
        return from_mapping(gt)
    if gt is None:
        return GroundTruth(answer="")
    return _parse_str(str(gt))


def record_ground_truth(record) -> GroundTruth:
    """The ground truth of a :class:`raiden_r1.data.schema.Record`."""
    return GroundTruth(
        answer=record.answer,
        keywords=_items(record.keywords),
        negative_keywords=tuple(record.negative_keywords),
        validation_method=record.validation_method,
        language=record.metadata.language,
        focus=record.metadata.focus,
        question=record.question,
        character_name=record.character_name,
    )
