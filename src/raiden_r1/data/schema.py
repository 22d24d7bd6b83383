"""Typed schemas of the project's data (docs/formats.md): profiles, RAIDEN-R1 records, EasyR1 rows."""

from __future__ import annotations

from typing import Literal, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_serializer, model_validator

from raiden_r1.text import Language

Focus = Literal["script_knowledge", "conversation_memory"]
ValidationMethod = Literal["single_term_validation", "multi_term_parsing"]
QuestionType = Literal["what", "who", "where", "when", "why", "how"]
Difficulty = Literal["easy", "medium", "hard"]
# One keyword item: a term, or a list of equivalent alternatives (any one of them matches).
KeywordItem = Union[str, list[str]]

STV: ValidationMethod = "single_term_validation"
MTDP: ValidationMethod = "multi_term_parsing"
SBK: Focus = "script_knowledge"
CM: Focus = "conversation_memory"


class Profile(BaseModel):
    """A parsed character profile: ordered field -> value, plus name and language."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    fields: dict[str, str]
    language: Language
    source: str = ""  # where it was read from: "file.json: role 3" etc.
    npc_type: str | None = None  # RAIDEN's 虚拟IP / 真实人物 ...


class Message(BaseModel):
    model_config = ConfigDict(extra="forbid")

    role: Literal["user", "assistant"]
    content: str


class RecordMetadata(BaseModel):
    model_config = ConfigDict(extra="allow")

    language: Language
    focus: Focus
    source: str = ""


def _non_empty(items: list[str], what: str) -> list[str]:
    if not items or any(not (isinstance(a, str) and a.strip()) for a in items):
        raise ValueError(f"{what} must be non-empty strings")
    return items


class Record(BaseModel):
    """One RAIDEN-R1 training record (docs/formats.md §2)."""

    model_config = ConfigDict(extra="allow")

    character_name: str = Field(min_length=1)
    character_profile: dict[str, str]
    conversation_history: list[Message] = Field(default_factory=list)
    question: str = Field(min_length=1)
    answer: str = Field(min_length=1)
    keywords: list[KeywordItem]
    negative_keywords: list[str] = Field(default_factory=list)
    question_type: QuestionType
    validation_method: ValidationMethod
    difficulty: Difficulty
    metadata: RecordMetadata
    # Role-aware chain of thought for an SFT cold start: the character's first-person inner
    # monologue (no <think> tags; the SFT target is "<think>{cot}</think>\n{answer}").
    cot: str | None = None

    @field_validator("keywords")
    @classmethod
    def _keywords_not_empty(cls, v: list[KeywordItem]) -> list[KeywordItem]:
        if not v:
            raise ValueError("at least one keyword item is required")
        for item in v:
            _non_empty([item] if isinstance(item, str) else item, "keyword alternatives")
        return v

    @model_validator(mode="after")
    def _method_matches_keywords(self) -> "Record":
        if self.validation_method == STV and len(self.keywords) != 1:
            raise ValueError(
                f"validation_method: single_term_validation needs exactly one keyword item, got {len(self.keywords)}"
            )
        if self.validation_method == MTDP and len(self.keywords) < 2:
            raise ValueError("validation_method: multi_term_parsing needs two or more keyword items")
        if self.metadata.focus == CM and not self.conversation_history:
            raise ValueError("conversation_history: a conversation_memory record needs a history")
        return self

    @model_serializer(mode="wrap")
    def _omit_absent_cot(self, handler):
        # Records without a chain of thought serialise as before (files and content ids unchanged).
        data = handler(self)
        if data.get("cot") is None:
            data.pop("cot", None)
        return data

    @property
    def language(self) -> Language:
        return self.metadata.language

    @property
    def focus(self) -> Focus:
        return self.metadata.focus


class EasyR1Row(BaseModel):
    """One EasyR1 dataset row (docs/formats.md §3): prompt text + packed ground truth (a JSON string).

    No images/videos columns: EasyR1 would take its multimodal branch (docs/easyr1-contract.md).
    """

    model_config = ConfigDict(extra="forbid")

    problem: str = Field(min_length=1)
    answer: str = Field(min_length=1)
