"""`raiden-r1 data validate FILE`: check profiles, RAIDEN-R1 records or EasyR1 rows.

Records are checked against the schema, then for grounding and language tags (record_checks.py).

The kind of file is told from its content. Every problem is printed on its own line as
``file: record N: field: message``, then one summary line. Exit status: 0 clean, 1 problems,
2 unreadable (not JSON, not UTF-8, missing, or of no known kind).
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from raiden_r1.errors import RaidenError
from raiden_r1.text import Language

from .profiles import FORMAT_NAMES, check_profiles, detect_profile_format, profile_row_format, read_json_document
from .record_checks import record_problems
from .records_io import format_validation_error, iter_checked
from .schema import MTDP, STV, EasyR1Row, Focus, KeywordItem, ValidationMethod

FileKind = Literal["profiles", "records", "easyr1"]
_RECORD_KEYS = {"character_name", "character_profile", "question", "keywords", "conversation_history"}
# EasyR1 switches to its multimodal branch when a row carries these (docs/easyr1-contract.md).
_MULTIMODAL_COLUMNS = ("images", "videos")


class PackedGroundTruth(BaseModel):
    """The JSON ground truth our converter writes into an EasyR1 row's ``answer``."""

    model_config = ConfigDict(extra="allow")

    answer: str = Field(min_length=1)
    keywords: list[KeywordItem] = Field(min_length=1)
    negative_keywords: list[str] = Field(default_factory=list)
    validation_method: ValidationMethod
    language: Language | None = None
    focus: Focus = "script_knowledge"

    @model_validator(mode="after")
    def _method_matches_keywords(self) -> "PackedGroundTruth":
        for item in self.keywords:
            alts = [item] if isinstance(item, str) else item
            if not alts or any(not a.strip() for a in alts):
                raise ValueError("keywords: every item needs non-empty text")
        n = len(self.keywords)
        if self.validation_method == STV and n != 1:
            raise ValueError(f"validation_method: single_term_validation needs exactly one keyword item, got {n}")
        if self.validation_method == MTDP and n < 2:
            raise ValueError("validation_method: multi_term_parsing needs two or more keyword items")
        return self


def _kind_of_row(row: Any) -> FileKind | None:
    if not isinstance(row, dict):
        return None
    # A row with "prompt" + "answer" is an EasyR1 row under EasyR1's default prompt_key, unless the
    # prompt holds a character setting (an online profile).
    prompt_row = "prompt" in row and "answer" in row and "<character setting>" not in str(row["prompt"]).lower()
    if "problem" in row or prompt_row:
        return "easyr1"
    if _RECORD_KEYS & row.keys():
        return "records"
    if profile_row_format(row) is not None:
        return "profiles"
    return None


def detect_file_kind(data: Any, label: str = "file") -> FileKind:
    """profiles / records / easyr1, by the keys most rows have (so a few broken rows in a
    records file are reported as bad records, not as an unknown kind)."""
    rows = data if isinstance(data, list) else [data]
    kinds = Counter(k for k in map(_kind_of_row, rows) if k is not None)
    if not kinds:
        first = rows[0] if rows else None
        what = f"keys {sorted(first)[:8]}" if isinstance(first, dict) else (type(first).__name__ if rows else "no rows")
        raise RaidenError(f"{label}: not a profiles, records or EasyR1 rows file ({what})")
    return kinds.most_common(1)[0][0]


def check_easyr1_row(row: Any, where: str) -> tuple[list[str], list[str], bool]:
    """``(problems, notes, has_keywords)`` of one EasyR1 row."""
    if not isinstance(row, dict):
        return [f"{where}: expected a JSON object, got {type(row).__name__}"], [], False
    problems, notes = [], []
    for column in _MULTIMODAL_COLUMNS:
        if column in row:
            problems.append(f"{where}: {column}: text rows must not have this column "
                            "(EasyR1 would take its multimodal branch)")
    for column in sorted(row.keys() - {"problem", "answer", *_MULTIMODAL_COLUMNS}):
        notes.append(f"{where}: {column}: extra column, ignored by EasyR1")
    if "problem" not in row and "prompt" in row:
        # EasyR1's own default prompt_key is "prompt"; our configs say prompt_key: problem.
        problems.append(f"{where}: problem: missing (the row has 'prompt'; our EasyR1 configs read "
                        "data.prompt_key=problem)")
        return problems, [n for n in notes if ": prompt: " not in n], False
    try:
        EasyR1Row.model_validate({k: row[k] for k in ("problem", "answer") if k in row})
    except ValidationError as e:
        problems.extend(format_validation_error(where, e))
        return problems, notes, False
    answer = row["answer"]
    if not answer.lstrip().startswith("{"):
        notes.append(f"{where}: answer: plain text, no keywords (the reward falls back to the answer alone)")
        return problems, notes, False
    try:
        packed = json.loads(answer)
    except json.JSONDecodeError as e:
        problems.append(f"{where}: answer: starts like our JSON ground truth but is not valid JSON: "
                        f"{e.msg} at column {e.colno}")
        return problems, notes, False
    try:
        PackedGroundTruth.model_validate(packed)
    except ValidationError as e:
        problems.extend(format_validation_error(f"{where}: answer", e))
        return problems, notes, False
    return problems, notes, True


def _validate_easyr1(path: Path, data: Any) -> tuple[int, list[str], list[str], str]:
    rows = data if isinstance(data, list) else [data]
    problems, notes, with_keywords = [], [], 0
    for i, row in enumerate(rows):
        p, n, has_kw = check_easyr1_row(row, f"{path}: record {i}")
        problems += p
        notes += n
        with_keywords += has_kw
    return len(rows), problems, notes, f"EasyR1 rows, {with_keywords} with keyword ground truth"


def _validate_records(path: Path, data: Any) -> tuple[int, list[str], list[str], str]:
    records, problems, notes = [], [], []
    for i, record, found, filled in iter_checked(path):
        if record is not None:
            records.append(record)
            found = record_problems(record, f"{path}: record {i}")
            if filled:
                notes.append(f"{path}: record {i}: filled {', '.join(filled)}")
        problems.extend(found)
    by_focus = Counter(r.metadata.focus for r in records)
    detail = ", ".join(f"{k} {v}" for k, v in sorted(by_focus.items()))
    legacy = f", {len(notes)} completed from an older format (--verbose lists them)" if notes else ""
    count = len(data) if isinstance(data, list) else 1
    return count, problems, notes, f"RAIDEN-R1 records{': ' + detail if detail else ''}{legacy}"


def _validate_profiles(path: Path) -> tuple[int, list[str], list[str], str]:
    fmt = detect_profile_format(path)
    profiles, problems = check_profiles(path)
    notes = [f"{p.source}: {p.name} [{p.language}] {len(p.fields)} fields: {', '.join(p.fields)}"
             for p in profiles]
    langs = Counter(p.language for p in profiles)
    detail = ", ".join(f"{k} {v}" for k, v in sorted(langs.items()))
    return len(profiles), problems, notes, f"profiles read ({FORMAT_NAMES[fmt]}){': ' + detail if detail else ''}"


def validate_file(path: str | os.PathLike, verbose: bool = False) -> int:
    """Print every problem of the file and a summary; return the exit status (0, 1 or 2)."""
    p = Path(path)
    try:
        data, _ = read_json_document(p)
        kind = detect_file_kind(data, str(p))
        if kind == "easyr1":
            count, problems, notes, what = _validate_easyr1(p, data)
        elif kind == "records":
            count, problems, notes, what = _validate_records(p, data)
        else:
            count, problems, notes, what = _validate_profiles(p)
    except RaidenError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    for line in problems:
        print(line)
    if verbose:
        for line in notes:
            print(f"note: {line}")
    status = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}" if problems else "ok"
    print(f"{p}: {count} {what}: {status}")
    return 1 if problems else 0
