"""Reading what `raiden-r1 reward` scores: ground truths from an EasyR1 rows file or a RAIDEN-R1
records file, and model responses aligned with them (by index, or keyed by row id)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from raiden_r1.data.ground_truth import GroundTruth, parse_ground_truth
from raiden_r1.data.records_io import load_records, read_rows
from raiden_r1.errors import RaidenError


@dataclass(frozen=True)
class Scored:
    row: int  # index of the row / record in the rows file
    response: str
    key: str  # how the response was addressed: its position, or its id


def load_truths(path: Path) -> list[GroundTruth]:
    """Ground truths of an EasyR1 rows file (``answer`` column: our JSON string or a plain answer)
    or of a RAIDEN-R1 records file (validated, so a bad record is named)."""
    rows = read_rows(path)
    if not rows:
        raise RaidenError(f"{path}: no rows")
    first = rows[0]
    if not isinstance(first, dict):
        raise RaidenError(f"{path}: record 0: expected a JSON object, got {type(first).__name__}")
    if "keywords" in first and "question" in first:
        from raiden_r1.data.ground_truth import record_ground_truth

        return [record_ground_truth(r) for r in load_records(path)]
    truths = []
    for i, row in enumerate(rows):
        if not isinstance(row, dict):
            raise RaidenError(f"{path}: record {i}: expected a JSON object, got {type(row).__name__}")
        if "answer" not in row:
            raise RaidenError(f"{path}: record {i}: answer: missing (expected an EasyR1 row with problem/answer "
                              "or a RAIDEN-R1 record)")
        if not isinstance(row["answer"], (str, dict)):
            got = type(row["answer"]).__name__
            raise RaidenError(f"{path}: record {i}: answer: expected a string or object, got {got}")
        truths.append(parse_ground_truth(row["answer"]))
    return truths


def _response_text(path: Path, i: int, item: Any) -> str:
    if isinstance(item, str):
        return item
    if isinstance(item, dict):
        for key in ("response", "output", "text"):
            if isinstance(item.get(key), str):
                return item[key]
    raise RaidenError(f"{path}: record {i}: response: expected a string or an object with a 'response' string")


def load_responses(path: Path, rows: int, row_ids: list[Any] | None = None) -> list[Scored]:
    """Responses from JSON/JSONL: strings or ``{"response": ...}`` objects aligned with the rows
    by position; or objects with an ``index``/``id`` naming their row (several per row allowed,
    e.g. the n rollouts of a prompt); or one JSON object mapping row id -> response(s)."""
    data = read_rows(path)
    if len(data) == 1 and isinstance(data[0], dict) and not any(k in data[0] for k in ("response", "output", "text")):
        keyed = data[0]
        out = []
        for k, v in keyed.items():
            row = _row_of(path, k, k, rows, row_ids)
            for j, item in enumerate(v if isinstance(v, list) else [v]):
                out.append(Scored(row, _response_text(path, j, item), str(k)))
        return out
    keyed_items = [isinstance(x, dict) and ("index" in x or "id" in x) for x in data]
    if data and all(keyed_items):
        return [Scored(_row_of(path, i, x.get("index", x.get("id")), rows, row_ids),
                       _response_text(path, i, x), str(x.get("index", x.get("id")))) for i, x in enumerate(data)]
    if len(data) != rows:
        raise RaidenError(f"{path}: {len(data)} responses for {rows} rows: align them by position, "
                          "or give each an 'index' (row number) or 'id'")
    return [Scored(i, _response_text(path, i, x), str(i)) for i, x in enumerate(data)]


def _row_of(path: Path, where: Any, key: Any, rows: int, row_ids: list[Any] | None) -> int:
    if row_ids is not None and key in row_ids:
        return row_ids.index(key)
    try:
        i = int(key)
    except (TypeError, ValueError):
        raise RaidenError(f"{path}: response {where}: id {key!r} matches no row") from None
    if not 0 <= i < rows:
        raise RaidenError(f"{path}: response {where}: row index {i} out of range (0..{rows - 1})")
    return i


def row_ids(path: Path) -> list[Any] | None:
    """The rows' own ``id`` fields, when every row has one."""
    rows = read_rows(path)
    ids = [r.get("id") if isinstance(r, dict) else None for r in rows]
    return ids if all(i is not None for i in ids) else None
