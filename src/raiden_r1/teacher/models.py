"""What the teachers are asked to reply, as pydantic models, and the lenient JSON reading that
real endpoints need (a reply wrapped in a ```json fence, or with a sentence before the object).

A reply is read in two steps: the envelope (``{"questions": [...]}``) must parse, or the request
is asked again (a bounded number of times); then each item on its own, so one bad item among
five costs that item (a ``malformed_item`` drop), not the other four.

Small models often leave the envelope out: they write one item object (``{"question": ...}``), or
a JSON list of items. A batch reply of exactly one of these two shapes, at its top level, is read
as the items it holds, and its shape is counted (stats.json ``unwrapped_replies``); an unwrapped
reply holding no valid item is malformed (asked again), and no other object is searched for items.
"""

from __future__ import annotations

import json
import re
from typing import Any, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from raiden_r1.data.schema import Difficulty, Message, QuestionType

_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.S)


class MalformedReply(ValueError):
    """A reply that is not the JSON object asked for; the message says why (a drop reason's detail)."""


def _json_value(text: str, kinds: tuple[type, ...]) -> Any:
    """The first JSON value of one of ``kinds`` in a reply: the whole text, a fenced block, the
    span from the first ``{`` to the last ``}``, or (for a list) from the first ``[`` to the last ``]``."""
    candidates = [text.strip()]
    candidates += [m.strip() for m in _FENCE.findall(text)]
    for left, right, kind in (("{", "}", dict), ("[", "]", list)):
        start, end = text.find(left), text.rfind(right)
        if kind in kinds and 0 <= start < end:
            candidates.append(text[start:end + 1])
    for c in candidates:
        try:
            obj = json.loads(c)
        except ValueError:
            continue
        if isinstance(obj, kinds):
            return obj
    raise MalformedReply("not a JSON object" if kinds == (dict,) else "not a JSON object or list")


def json_object(text: str) -> dict:
    """The JSON object in a reply: the whole text, a fenced block, or the span from the first
    ``{`` to the last ``}``."""
    return _json_value(text, (dict,))


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


class Batch(NamedTuple):
    """A generator's batch reply: the valid items, how many were malformed, and its shape
    (``wrapped`` as asked, else ``bare_item`` or ``item_list``)."""

    items: list[Any]
    bad: int
    shape: str = "wrapped"


def _items(obj: dict | list, key: str, model: type[BaseModel]) -> Batch:
    if isinstance(obj, dict) and key in obj:
        raw, shape = obj[key], "wrapped"
        if not isinstance(raw, list):
            raise MalformedReply(f'no "{key}" list')
    elif isinstance(obj, dict) and "question" in obj:
        raw, shape = [obj], "bare_item"
    elif isinstance(obj, list) and obj and all(isinstance(e, dict) for e in obj):
        raw, shape = obj, "item_list"
    else:
        raise MalformedReply(f'no "{key}" list')
    good, bad = [], 0
    for entry in raw:
        try:
            good.append(model.model_validate(entry))
        except ValidationError:
            bad += 1
    if shape != "wrapped" and not good:
        # without the envelope, nothing says this was meant as a batch: ask again, count no item
        raise MalformedReply(f"an unwrapped {shape.replace('_', ' ')} with no valid item")
    return Batch(good, bad, shape)


def parse_sbk(text: str) -> Batch:
    """(the valid items, how many were malformed, the reply's shape)."""
    return _items(_json_value(text, (dict, list)), "questions", SbkItem)


def parse_cm(text: str) -> Batch:
    return _items(_json_value(text, (dict, list)), "dialogues", CmItem)


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
