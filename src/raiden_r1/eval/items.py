"""What an evaluation runs over: items with a prompt, what to score against, and the facets the
metrics are broken down by. Items come from RAIDEN-R1 record files or the RAIDEN benchmark."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from raiden_r1.data.ground_truth import GroundTruth, record_ground_truth
from raiden_r1.data.prompt import PROMPT_STYLES, record_messages

PROMPT_LAYOUTS = ("user", "system")
# The layout the local GRPO engine trains with (train.config: data.prompt_layout); evaluating a
# trained checkpoint with another layout would measure the prompt change, not the training.
DEFAULT_PROMPT_LAYOUT = "system"


@dataclass
class EvalItem:
    id: str  # stable across runs: the resume key
    messages: list[dict[str, str]]
    ground_truth: GroundTruth  # keywords for records; reference text only for RAIDEN dialogues
    focus: str  # script_knowledge | conversation_memory
    language: str
    difficulty: str | None = None
    validation_method: str | None = None  # None: free-text reference, keyword accuracy n/a
    reference: str | None = None  # RAIDEN's gold reply (judged, not keyword-matched)
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def keyword_verifiable(self) -> bool:
        return bool(self.ground_truth.keywords)

    def facets(self) -> dict[str, str | None]:
        return {"focus": self.focus, "language": self.language, "difficulty": self.difficulty,
                "validation_method": self.validation_method}


def content_id(obj: Any, prefix: str = "") -> str:
    """A short hash of canonical JSON: the same content gets the same id in every run."""
    blob = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return prefix + hashlib.sha1(blob.encode("utf-8")).hexdigest()[:16]


def dedupe_ids(ids: list[str]) -> list[str]:
    """Identical items in one file stay distinct (``id``, ``id#2``, ...), in file order."""
    seen: dict[str, int] = {}
    out = []
    for i in ids:
        seen[i] = seen.get(i, 0) + 1
        out.append(i if seen[i] == 1 else f"{i}#{seen[i]}")
    return out


def check_prompt(layout: str, style: str) -> None:
    """One-line errors for a layout or style the prompt renderer does not have."""
    from raiden_r1.errors import RaidenError

    if layout not in PROMPT_LAYOUTS:
        raise RaidenError(f"--prompt-layout must be one of {', '.join(PROMPT_LAYOUTS)}, not {layout!r}")
    if style not in PROMPT_STYLES:
        raise RaidenError(f"--prompt-style must be one of {', '.join(PROMPT_STYLES)}, not {style!r}")
    if style == "compact" and layout != "system":
        raise RaidenError("--prompt-style compact needs --prompt-layout system")


def items_from_records(records, layout: str = DEFAULT_PROMPT_LAYOUT, style: str = "full") -> list[EvalItem]:
    """One item per RAIDEN-R1 record, prompted exactly as the training path prompts it (``style``:
    the run's data.prompt_style)."""
    check_prompt(layout, style)
    raw_ids = [content_id({k: v for k, v in r.model_dump(mode="json").items() if k != "metadata"})
               for r in records]
    items = []
    for rid, r in zip(dedupe_ids(raw_ids), records):
        items.append(EvalItem(
            id=rid, messages=record_messages(r, layout, style), ground_truth=record_ground_truth(r),
            focus=r.metadata.focus, language=r.metadata.language, difficulty=r.difficulty,
            validation_method=r.validation_method,
            meta={"character_name": r.character_name, "question": r.question, "answer": r.answer,
                  "question_type": r.question_type, "source": r.metadata.source},
        ))
    return items
