"""Reading and writing record files (JSON array or JSONL, by extension or content).

Every problem is reported as ``file: record N: field: message``; nothing is dropped silently.
Records from the unofficial public implementation (flat keywords, no negative_keywords, no
metadata.language) are completed, and each completion is reported as a note.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Iterable, Iterator

from pydantic import BaseModel, ValidationError

from raiden_r1.errors import RaidenError
from raiden_r1.io_guard import check_output, write_text
from raiden_r1.text import detect_language

from .schema import CM, MTDP, SBK, STV, Record

_QUESTION_WORDS = {
    "who": ("who", "whom", "whose", "谁", "誰", "누구"),
    "where": ("where", "哪里", "哪儿", "在哪", "どこ", "어디"),
    "when": ("when", "what time", "什么时候", "何时", "哪一年", "いつ", "언제"),
    "why": ("why", "为什么", "为何", "なぜ", "どうして", "왜"),
    "how": ("how", "怎么", "如何", "どう", "어떻게"),
}


def read_text_file(path: str | os.PathLike) -> str:
    """A UTF-8 (optionally BOM-prefixed) text file's content; a RaidenError naming the file for
    anything that stops it being read, or for an empty file."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise RaidenError(f"{p}: file not found") from None
    except IsADirectoryError:
        raise RaidenError(f"{p}: is a directory, expected a JSON or JSONL file") from None
    except UnicodeDecodeError as e:
        raise RaidenError(f"{p}: not UTF-8 text ({e.reason} at byte {e.start})") from None
    except OSError as e:
        raise RaidenError(f"{p}: cannot read: {e.strerror}") from None
    if not text.strip():
        raise RaidenError(f"{p}: file is empty")
    return text


def read_rows(path: str | os.PathLike) -> list[Any]:
    """Rows of a JSON array, a single JSON object, or JSONL file (decided by content)."""
    p = Path(path)
    text = read_text_file(p)
    stripped = text.lstrip()
    # Decided by content: a whole-file JSON document (array or one object, however indented)
    # first; failing that, one JSON value per line.
    if stripped[0] in "[{":
        try:
            data = json.loads(text)
            return data if isinstance(data, list) else [data]
        except json.JSONDecodeError as e:
            if stripped[0] == "[":
                raise RaidenError(f"{p}: line {e.lineno}, column {e.colno}: invalid JSON: {e.msg}") from None
    rows = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            raise RaidenError(f"{p}: line {lineno}, column {e.colno}: invalid JSON: {e.msg}") from None
    return rows


def write_rows(path: str | os.PathLike, rows: Iterable[Any],
               inputs: Iterable[str | os.PathLike | None] = ()) -> Path:
    """Write JSON array (``.json``) or JSONL (``.jsonl``), UTF-8, atomically, through the output
    guard: ``path`` may not be one of ``inputs``, a directory or a device (raiden_r1.io_guard)."""
    p = check_output(path, inputs)
    rows = [r.model_dump(mode="json") if isinstance(r, BaseModel) else r for r in rows]
    if p.suffix.lower() == ".jsonl":
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    else:
        text = json.dumps(rows, ensure_ascii=False, indent=1) + "\n"
    return write_text(p, text, inputs)


def guess_question_type(question: str) -> str:
    q = question.casefold()
    for qtype, words in _QUESTION_WORDS.items():
        if any(w in q for w in words):
            return qtype
    return "what"


def complete_legacy(row: dict) -> tuple[dict, list[str]]:
    """Fill what older record files leave out; return the row and what was filled."""
    row = dict(row)
    filled = []
    meta = dict(row.get("metadata") or {})
    if "negative_keywords" not in row:
        row["negative_keywords"] = []
        filled.append("negative_keywords=[]")
    if "conversation_history" not in row or row["conversation_history"] is None:
        row["conversation_history"] = []
    kws = row.get("keywords")
    if isinstance(kws, str):
        row["keywords"] = [kws]
        filled.append("keywords as a list")
    if not meta.get("language"):
        text = " ".join(str(row.get(k) or "") for k in ("question", "answer"))
        meta["language"] = detect_language(text)
        filled.append(f"metadata.language={meta['language']} (detected)")
    if not meta.get("focus"):
        meta["focus"] = CM if row.get("conversation_history") else SBK
        filled.append(f"metadata.focus={meta['focus']}")
    row["metadata"] = meta
    if not row.get("validation_method") and isinstance(row.get("keywords"), list):
        row["validation_method"] = STV if len(row["keywords"]) == 1 else MTDP
        filled.append(f"validation_method={row['validation_method']}")
    if not row.get("question_type") and isinstance(row.get("question"), str):
        row["question_type"] = guess_question_type(row["question"])
        filled.append(f"question_type={row['question_type']}")
    if not row.get("difficulty"):
        row["difficulty"] = "medium"
        filled.append("difficulty=medium")
    return row, filled


def format_validation_error(where: str, err: ValidationError) -> list[str]:
    out = []
    for e in err.errors():
        field = ".".join(str(x) for x in e["loc"])
        msg = e["msg"].removeprefix("Value error, ")
        # Record-level checks already start their message with the field they are about.
        out.append(f"{where}: {field}: {msg}" if field else f"{where}: {msg}")
    return out


def iter_checked(path: str | os.PathLike) -> Iterator[tuple[int, Record | None, list[str], list[str]]]:
    """``(index, record or None, problems, filled)`` for every row of a records file."""
    for i, row in enumerate(read_rows(path)):
        where = f"{path}: record {i}"
        if not isinstance(row, dict):
            yield i, None, [f"{where}: expected a JSON object, got {type(row).__name__}"], []
            continue
        row, filled = complete_legacy(row)
        try:
            yield i, Record.model_validate(row), [], filled
        except ValidationError as e:
            yield i, None, format_validation_error(where, e), []


def check_records(path: str | os.PathLike) -> tuple[list[Record], list[str], list[str]]:
    """Validate every record: (valid records, problems, notes on filled fields). Never raises for
    bad records, only for an unreadable file."""
    records, problems, notes = [], [], []
    for i, record, found, filled in iter_checked(path):
        problems.extend(found)
        if record is not None:
            records.append(record)
            if filled:
                notes.append(f"{path}: record {i}: filled {', '.join(filled)}")
    return records, problems, notes


def load_records_with_notes(path: str | os.PathLike) -> tuple[list[Record], list[str]]:
    """All records of a file and the notes on fields filled in for older files, or a RaidenError
    naming the first bad record and field."""
    records, problems, notes = check_records(path)
    if problems:
        more = f" (and {len(problems) - 1} more problems; run 'raiden-r1 data validate {path}')" if len(problems) > 1 else ""
        raise RaidenError(problems[0] + more)
    if not records:
        raise RaidenError(f"{path}: no records")
    return records, notes


def load_records(path: str | os.PathLike) -> list[Record]:
    """All records of a file, or a RaidenError naming the first bad record and field."""
    return load_records_with_notes(path)[0]
