"""What makes a run resumable: append-only JSONL files in the output directory.

- ``records.jsonl``: one line per kept record (keyed by a stable record id) and one per finished
  unit (a character's SBK or CM batch, with its drop counts). A rerun skips finished units and
  record ids already written, so a killed run loses nothing and repeats nothing.
- ``cache.jsonl``: every endpoint reply, keyed by a hash of the prompt and its settings. A rerun
  replays the replies of the killed run instead of paying for them again, and the same replies
  give the same records (hence the same ids).

A kill can tear the last line; it is cut off when the file is opened again (it was never
acknowledged: its unit is not finished, so its work is redone). Lines are flushed one by one.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from pathlib import Path
from typing import Any, Iterator

from raiden_r1.errors import RaidenError
from raiden_r1.io_guard import check_output, write_text

RECORDS_FILE = "records.jsonl"
CACHE_FILE = "cache.jsonl"


def stable_id(*parts: Any) -> str:
    text = json.dumps(parts, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


class AppendLog:
    """A JSONL file read once, then appended to."""

    def __init__(self, path: Path) -> None:
        self.path = check_output(path)
        self._lines = list(self._read())
        self._file = open(self.path, "a", encoding="utf-8")

    def _read(self) -> Iterator[dict]:
        if not self.path.exists():
            return
        data = self.path.read_bytes()
        end = data.rfind(b"\n") + 1
        if end < len(data):  # a torn last line: never acknowledged, so cut it off
            with open(self.path, "r+b") as f:
                f.truncate(end)
        for number, line in enumerate(data[:end].decode("utf-8", "replace").splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError:
                raise RaidenError(f"{self.path}: line {number}: not JSON; this file is written by "
                                  f"data generate only: move it away to start over") from None
            if isinstance(obj, dict):
                yield obj

    @property
    def lines(self) -> list[dict]:
        return self._lines

    def append(self, obj: dict) -> None:
        self._file.write(json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n")
        self._file.flush()

    def close(self) -> None:
        self._file.close()


class RequestCache:
    """Replies by prompt hash; also the all-runs token tally (every paid reply is in here)."""

    def __init__(self, path: Path) -> None:
        self._log = AppendLog(path)
        self._replies = {e["key"]: e for e in self._log.lines if isinstance(e.get("key"), str)}

    @staticmethod
    def key(model: str, messages: list[dict], **settings: Any) -> str:
        # the model's name, not the URL: the same model behind another port answers the same
        return stable_id(model, messages, settings)

    def get(self, key: str) -> dict | None:
        return self._replies.get(key)

    def put(self, key: str, text: str, prompt_tokens: int, completion_tokens: int) -> None:
        entry = {"key": key, "text": text, "prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens}
        self._replies[key] = entry
        self._log.append(entry)

    def totals(self) -> dict:
        return {"replies": len(self._replies),
                "tokens_in": sum(int(e.get("prompt_tokens") or 0) for e in self._replies.values()),
                "tokens_out": sum(int(e.get("completion_tokens") or 0) for e in self._replies.values())}

    def close(self) -> None:
        self._log.close()


class Journal:
    """Kept records and finished units."""

    def __init__(self, out_dir: Path) -> None:
        self._log = AppendLog(out_dir / RECORDS_FILE)
        self.records: dict[str, dict] = {}
        self.done: dict[str, dict] = {}
        for e in self._log.lines:
            if e.get("type") == "record" and isinstance(e.get("record"), dict):
                self.records.setdefault(e["id"], e["record"])
            elif e.get("type") == "unit":
                self.done[e["unit"]] = e

    def add_record(self, record_id: str, record: dict) -> bool:
        """False (and nothing written) when the id is already there."""
        if record_id in self.records:
            return False
        self.records[record_id] = record
        self._log.append({"type": "record", "id": record_id, "record": record})
        return True

    def finish_unit(self, unit: str, candidates: int, kept: int, dropped: Counter, terms_dropped: Counter,
                    unwrapped: Counter | None = None) -> None:
        entry = {"type": "unit", "unit": unit, "candidates": candidates, "kept": kept,
                 "dropped": dict(dropped), "terms_dropped": dict(terms_dropped)}
        if unwrapped:
            entry["unwrapped"] = dict(unwrapped)
        self.done[unit] = entry
        self._log.append(entry)

    def totals(self) -> dict:
        dropped, terms, unwrapped = Counter(), Counter(), Counter()
        for e in self.done.values():
            dropped.update(e.get("dropped") or {})
            terms.update(e.get("terms_dropped") or {})
            unwrapped.update(e.get("unwrapped") or {})
        return {"candidates": sum(int(e.get("candidates") or 0) for e in self.done.values()),
                "kept": sum(int(e.get("kept") or 0) for e in self.done.values()),
                "candidates_dropped": dict(sorted(dropped.items())),
                "terms_dropped": dict(sorted(terms.items())),
                "unwrapped_replies": dict(sorted(unwrapped.items()))}

    def close(self) -> None:
        self._log.close()


def check_settings(out_dir: Path, settings: dict) -> None:
    """A directory holds one run's settings: resuming with other settings would mix two datasets.
    A run that finished nothing (a mistyped model name, say) may be restarted with other ones."""
    path = out_dir / "run.json"
    if path.exists():
        try:
            old = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            raise RaidenError(f"{path}: not JSON; move the directory away to start over") from None
        started = (out_dir / RECORDS_FILE).exists() and (out_dir / RECORDS_FILE).stat().st_size > 0
        if old != settings and started:
            diff = sorted(k for k in set(old) | set(settings) if old.get(k) != settings.get(k))
            raise RaidenError(f"{out_dir}: holds a run with other settings ({', '.join(diff)}); resume with the "
                              f"same options or use another --out")
        if old == settings:
            return
    os.makedirs(out_dir, exist_ok=True)
    write_text(path, json.dumps(settings, ensure_ascii=False, indent=1) + "\n")
