"""What the teachers are asked to reply, as pydantic models, and the lenient JSON reading that
real endpoints need (a reply wrapped in a ```json fence, or with a sentence before the object).

A reply is read in two steps: the envelope (``{"questions": [...]}``) must parse, or the request
is asked again (a bounded number of times); then each item on its own, so one bad item among
five costs that item (a ``malformed_item`` drop), not the other four.
"""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from raiden_r1.data.schema import Difficulty, Message, QuestionType

_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.S)


class MalformedReply(ValueError):
    """A reply that is not the JSON object asked for; the message says why (a drop reason's detail)."""


def json_object(text: str) -> dict:
    """The JSON object in a reply: the whole text, a fenced block, or the span from the first
    ``{`` to the last ``}``."""
    candidates = [text.strip()]
    candidates += [m.strip() for m in _FENCE.findall(text)]
    start, end = text.find("{"), text.rfind("}")
    if 0 <= start < end:
        candidates.append(text[start:end + 1])
    for c in candidates:
        try:
            obj = json.loads(c)
        except ValueError:
            continue
        if isinstance(obj, dict):
            return obj
    raise MalformedReply("not a JSON object")


def _clean_terms(v: Any) -> list[str]:
    if isinstance(v, str):
        v = [v]
    if not isinstance(v, list):
        raise ValueError("must be a list of strings")
    return [t.strip() for t in v if isinstance(t, str) and t.strip()]


class _Item(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    question: str = Field(min_length=1)
    answer: str = Field(min_length=1)
    keywords: list[str] = Field(min_length=1)
    question_type: QuestionType
    difficulty: Difficulty
    negatives: list[str] = Field(default_factory=list)

    @field_validator("keywords", "negatives", mode="before")
    @classmethod
    def _terms(cls, v: Any) -> list[str]:
        return _clean_terms(v)

    @field_validator("question_type", "difficulty", mode="before")
    @classmethod
    def _lower(cls, v: Any) -> Any:
        return v.strip().lower() if isinstance(v, str) else v


class SbkItem(_Item):
    """One script-knowledge candidate."""


class CmItem(_Item):
    """One conversation-memory candidate: the history, and which turn states the fact."""

    history: list[Message] = Field(min_length=2)
    fact_turn: int = Field(ge=0)


def _items(obj: dict, key: str, model: type[BaseModel]) -> tuple[list[Any], int]:
    raw = obj.get(key)
    if not isinstance(raw, list):
        raise MalformedReply(f'no "{key}" list')
    good, bad = [], 0
    for entry in raw:
        try:
            good.append(model.model_validate(entry))
        except ValidationError:
            bad += 1
    return good, bad


def parse_sbk(text: str) -> tuple[list[SbkItem], int]:
    """(the valid items, how many were malformed)."""
    return _items(json_object(text), "questions", SbkItem)


def parse_cm(text: str) -> tuple[list[CmItem], int]:
    return _items(json_object(text), "dialogues", CmItem)


def _string_field(text: str, key: str) -> str:
    value = json_object(text).get(key)
    if not isinstance(value, str) or not value.strip():
        raise MalformedReply(f'no "{key}" string')
    return value.strip()


def parse_answer(text: str) -> str:
    return _string_field(text, "answer")


def parse_monologue(text: str) -> str:
    return _string_field(text, "monologue")


def parse_equivalents(text: str) -> dict[str, list[str]]:
    raw = json_object(text).get("equivalents")
    if not isinstance(raw, dict):
        raise MalformedReply('no "equivalents" object')
    return {str(k).strip(): _clean_terms(v) for k, v in raw.items() if isinstance(v, (list, str))}


def parse_confirmed(text: str) -> list[str]:
    raw = json_object(text).get("confirmed")
    if not isinstance(raw, list):
        raise MalformedReply('no "confirmed" list')
    return _clean_terms(raw)
