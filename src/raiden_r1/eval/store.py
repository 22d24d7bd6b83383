"""``items.jsonl``: one line per finished (or failed) item, appended and fsynced as it finishes.

The file is the run's memory: a rerun reads it, skips items whose latest line is ``ok`` and retries
the rest. A process killed mid-write leaves at most one partial last line; it is cut off before
anything is appended, so a crash never corrupts the next line.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Iterable

from raiden_r1.errors import RaidenError
from raiden_r1.io_guard import atomic_output

OK, ERROR = "ok", "error"


def read_lines(path: Path) -> tuple[list[dict], int]:
    """Parsed lines and the byte length of the valid prefix (complete, parseable lines).

    Only a broken LAST line is a crash artefact; a broken line in the middle means someone edited
    the file, and guessing would risk scoring the wrong thing.
    """
    if not path.exists():
        return [], 0
    data = path.read_bytes()
    lines, good_end, pos = [], 0, 0
    while pos < len(data):
        nl = data.find(b"\n", pos)
        end = len(data) if nl == -1 else nl + 1
        chunk = data[pos:end]
        try:
            row = json.loads(chunk.decode("utf-8"))
            if nl == -1 or not isinstance(row, dict) or "id" not in row:
                raise ValueError
        except ValueError:
            if end < len(data):
                lineno = data[:pos].count(b"\n") + 1
                raise RaidenError(f"{path}: line {lineno}: not a complete item line; "
                                  f"fix or remove it, or use a new --out") from None
            break  # the partial tail of a killed run
        lines.append(row)
        good_end = end
        pos = end
    return lines, good_end


class ItemStore:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        lines, good_end = read_lines(self.path)
        if self.path.exists() and good_end < self.path.stat().st_size:
            with self.path.open("r+b") as f:
                f.truncate(good_end)
        self.latest: dict[str, dict] = {}
        for row in lines:
            self.latest[row["id"]] = row
        self._f = None

    def is_done(self, item_id: str) -> bool:
        row = self.latest.get(item_id)
        return row is not None and row.get("status") == OK

    def get(self, item_id: str) -> dict | None:
        return self.latest.get(item_id)

    def append(self, row: dict) -> None:
        if self._f is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._f = self.path.open("a", encoding="utf-8")
        self._f.write(json.dumps(row, ensure_ascii=False) + "\n")
        self._f.flush()
        os.fsync(self._f.fileno())
        self.latest[row["id"]] = row

    def compact(self, order: Iterable[str] | None = None) -> None:
        """Rewrite the file with one line per item (its latest), atomically; ``order`` first, then
        items that are no longer in the data (kept: nothing already paid for is thrown away)."""
        self.close()
        ids = list(order or [])
        known = set(ids)
        ids += [i for i in self.latest if i not in known]
        with atomic_output(self.path) as f:
            for i in ids:
                if i in self.latest:
                    f.write(json.dumps(self.latest[i], ensure_ascii=False) + "\n")

    def close(self) -> None:
        if self._f is not None:
            self._f.close()
            self._f = None
