"""Character profile loaders for the three input formats of docs/formats.md §1, detected by content.

- ``raiden``: RAIDEN's ``npc.json``, ``{role: {"npc_type": str, "npc_setting": "field: value\\n..."}}``
  (also one such object per JSONL line);
- ``online``: ``{"prompt": "...<Character Setting>\\nName: X\\n...</Character Setting>..."}`` per line;
- ``plain``: ``{"name": str, "profile": {field: value}}`` (``"fields"`` also accepted, so our own
  :class:`~raiden_r1.data.schema.Profile` dumps load back), alone, in a list, or one per line.

Every problem is a :class:`RaidenError` naming the file, the role / record / line, and the field:
``npc.json: role '路飞': npc_setting: empty``.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from raiden_r1.errors import RaidenError
from raiden_r1.text import LANGUAGES, detect_language, script_counts

from .profiles_relations import parse_relationships
from .profiles_spill import spill_prose
from .profiles_text import extract_character_setting, parse_npc_setting, split_items
from .records_io import format_validation_error, read_text_file
from .schema import Profile

__all__ = [
    "ProfileFormat", "FORMAT_NAMES", "NAME_FIELDS", "load_profiles", "check_profiles", "raiden_roles",
    "detect_profile_format", "profile_row_format", "read_json_document", "profile_from_fields", "parse_npc_setting",
    "split_items", "parse_relationships",
]

ProfileFormat = Literal["raiden", "online", "plain"]
FORMAT_NAMES: dict[str, str] = {
    "raiden": "RAIDEN npc.json", "online": "online profiles (<Character Setting>)",
    "plain": "plain name/profile",
}
# Fields holding the character's name, in order of preference.
NAME_FIELDS = ("姓名", "中文名", "名字", "全名", "本名", "name", "full name", "名前", "氏名", "이름", "성명")
_MAX_NAME_CHARS = 60  # a longer "name" is a sentence: fall back to the role key
_SHAPES = ('expected {"name": ..., "profile": {...}}, {"prompt": "...<Character Setting>..."} '
           'or npc.json\'s {role: {"npc_type": ..., "npc_setting": ...}}')


class _Problem(Exception):
    """A problem inside one profile entry: the caller adds file and entry to the message."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")


@dataclass(frozen=True)
class _Entry:
    where: str  # "role '路飞'", "line 3", "record 2"
    fmt: ProfileFormat
    payload: Any
    key: str | None = None  # the npc.json role name


def _read_document(path: str | os.PathLike) -> tuple[Any, list[int] | None]:
    """``(data, line numbers of the rows if JSON Lines else None)``."""
    p = Path(path)
    text = read_text_file(p)
    lines = text.splitlines()
    numbered = [(n, line) for n, line in enumerate(lines, 1) if line.strip()]
    try:
        data = json.loads(text)
    except json.JSONDecodeError as whole:
        try:
            json.loads(numbered[0][1])
        except json.JSONDecodeError:
            raise RaidenError(f"{p}: line {whole.lineno}, column {whole.colno}: invalid JSON: {whole.msg}") from None
    else:
        # A one-object .jsonl file is still JSONL: its row is "line N", as in longer files.
        if len(numbered) == 1 and isinstance(data, dict) and p.suffix.lower() == ".jsonl":
            return [data], [numbered[0][0]]
        return data, None
    rows = []
    for lineno, line in numbered:
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            raise RaidenError(f"{p}: line {lineno}, column {e.colno}: invalid JSON: {e.msg}") from None
    return rows, [n for n, _ in numbered]


def read_json_document(path: str | os.PathLike) -> tuple[Any, bool]:
    """``(data, is_jsonl)``: one JSON document, or JSON Lines, decided by content not extension.

    A file that is not one valid document but whose first line is valid JSON on its own is read
    as JSONL, and errors then name that file's line; otherwise the document's error position is
    reported.
    """
    data, line_numbers = _read_document(path)
    return data, line_numbers is not None


def profile_row_format(row: Any) -> ProfileFormat | None:
    """The profile format of one parsed JSON row (an npc.json object counts as one row)."""
    if not isinstance(row, dict) or not row:
        return None
    if isinstance(row.get("prompt"), str):
        return "online"
    if isinstance(row.get("profile"), (dict, str)) or isinstance(row.get("fields"), dict):
        return "plain"
    if any(isinstance(v, dict) and ("npc_setting" in v or "npc_type" in v) for v in row.values()):
        return "raiden"
    return None


def _entries(data: Any, line_numbers: list[int] | None) -> tuple[list[_Entry], list[str]]:
    """The profile entries of a parsed file, and ``where: message`` for rows of no known shape."""
    rows = data if isinstance(data, list) else [data]
    entries, problems = [], []
    for i, row in enumerate(rows):
        if line_numbers is not None:
            where = f"line {line_numbers[i]}"
        else:
            where = f"record {i}" if isinstance(data, list) else ""
        fmt = profile_row_format(row)
        if fmt is None:
            got = f"keys {sorted(row)[:6]}" if isinstance(row, dict) else type(row).__name__
            problems.append(f"{where + ': ' if where else ''}not a profile ({got}): {_SHAPES}")
        elif fmt == "raiden":
            prefix = f"{where}: " if where else ""
            entries.extend(_Entry(f"{prefix}role '{k}'", fmt, v, k) for k, v in row.items())
        else:
            entries.append(_Entry(where or "record 0", fmt, row))
    return entries, problems


def _single_format(label: str, entries: list[_Entry], problems: list[str]) -> ProfileFormat:
    formats = Counter(e.fmt for e in entries)
    if not formats:
        raise RaidenError(f"{label}: {problems[0] if problems else 'no profiles'}")
    if len(formats) > 1:
        # Almost always two files concatenated by mistake: refuse rather than guess.
        first = {fmt: next(e.where for e in entries if e.fmt == fmt) for fmt in formats}
        raise RaidenError(f"{label}: mixes profile formats: "
                          + ", ".join(f"{FORMAT_NAMES[f]} at {w}" for f, w in first.items()))
    return next(iter(formats))


def detect_profile_format(rows_or_path: Any) -> ProfileFormat:
    """Which of the three profile formats a file (path) or its parsed JSON content holds."""
    if isinstance(rows_or_path, (str, os.PathLike)):
        label = str(rows_or_path)
        data, line_numbers = _read_document(rows_or_path)
    else:
        label, data, line_numbers = "profiles", rows_or_path, None
    return _single_format(label, *_entries(data, line_numbers))


def _clean_value(field: str, value: Any) -> str:
    """A plain profile's value as text: numbers as written, lists joined, nested objects refused."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        items = [str(v).strip() for v in value if str(v).strip()]
        cjk = any(detect_language(v) != "en" for v in items)
        return ("、" if cjk else ", ").join(items)
    raise _Problem(field, f"expected text, a number or a list of them, got {type(value).__name__}")


_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
# A bracketed reading or original name after the name: "樱井美咲（さくらい みさき）", "昆凌(Hannah)".
_NAME_NOTE = re.compile(r"^(?P<name>[^（(]+?)\s*[（(][^（）()]*[）)]\s*$")


def _name_from_fields(fields: dict[str, str]) -> str | None:
    folded = {k.strip().casefold(): v for k, v in fields.items()}
    for key in NAME_FIELDS:
        value = folded.get(key, "").strip()
        m = _NAME_NOTE.match(value)
        value = m.group("name").strip() if m else value
        if value and len(value) <= _MAX_NAME_CHARS:
            return value
    return None


def profile_language(values: str) -> str:
    """The language of a profile's values. Bracketed asides are left out and Japanese needs kana in
    more than a name's reading: "樱井美咲（さくらい みさき）" in a Chinese profile keeps it Chinese."""
    text = _BRACKETED.sub(" ", values)
    lang = detect_language(text or values)
    if lang == "ja":
        _, han, kana, _ = script_counts(text)
        if kana * 20 < han:
            return "zh"
    return lang


def profile_from_fields(name: str, fields: dict[str, str], source: str = "",
                        npc_type: str | None = None, language: str | None = None) -> Profile:
    """A :class:`Profile`, its language detected from the values unless given."""
    fields = spill_prose(fields)
    lang = language or profile_language(" ".join(fields.values()) or name)
    return Profile(name=name, fields=fields, language=lang, source=source, npc_type=npc_type)


def _fields_from_mapping(raw: dict, field_prefix: str) -> dict[str, str]:
    fields = {}
    for field, value in raw.items():
        text = _clean_value(f"{field_prefix}.{field}", value)
        if text and str(field).strip():
            fields[str(field).strip()] = text
    return fields


def _from_raiden(entry: _Entry, file_name: str, index: int) -> Profile:
    role = entry.payload
    if not isinstance(role, dict):
        got = type(role).__name__
        raise _Problem("npc_setting", f"the role must be an object {{npc_type, npc_setting}}, got {got}")
    npc_type = role.get("npc_type")
    if npc_type is not None and not isinstance(npc_type, str):
        raise _Problem("npc_type", f"expected text, got {type(npc_type).__name__}")
    setting = role.get("npc_setting")
    if setting is None:
        raise _Problem("npc_setting", "missing")
    if isinstance(setting, dict):  # already structured: field -> value
        fields = _fields_from_mapping(setting, "npc_setting")
    elif isinstance(setting, str):
        if not setting.strip():
            raise _Problem("npc_setting", "empty")
        fields = parse_npc_setting(setting)
    else:
        raise _Problem("npc_setting", f"expected text, got {type(setting).__name__}")
    if not fields:
        raise _Problem("npc_setting", "no 'field: value' lines found")
    name = _name_from_fields(fields) or str(entry.key).strip()
    if not name:
        raise _Problem("name", "empty role name and no 姓名 / Name field")
    return profile_from_fields(name, fields, f"{file_name}: role {index} ({entry.key})", npc_type or None)


def _from_online(entry: _Entry, file_name: str) -> Profile:
    block = extract_character_setting(entry.payload["prompt"])
    if block is None:
        raise _Problem("prompt", "no <Character Setting> block")
    fields = parse_npc_setting(block)
    if not fields:
        raise _Problem("prompt", "<Character Setting> holds no 'field: value' lines")
    name = _name_from_fields(fields)
    if not name:
        raise _Problem("prompt", "<Character Setting> has no Name line")
    return profile_from_fields(name, fields, f"{file_name}: {entry.where}")


def _from_plain(entry: _Entry, file_name: str) -> Profile:
    row = entry.payload
    key = "profile" if "profile" in row else "fields"
    raw = row[key]
    if isinstance(raw, str):  # a profile written as "field: value" text
        fields = parse_npc_setting(raw)
    else:
        fields = _fields_from_mapping(raw, key)
    if not fields:
        raise _Problem(key, "no non-empty fields")
    name = row.get("name")
    if name is None:
        name = _name_from_fields(fields)
        if name is None:
            raise _Problem("name", "missing (and no Name / 姓名 field in the profile)")
    if not isinstance(name, str) or not name.strip():
        raise _Problem("name", "must be non-empty text")
    language = row.get("language")
    if language is not None and language not in LANGUAGES:
        raise _Problem("language", f"must be one of {', '.join(LANGUAGES)}, got {language!r}")
    npc_type = row.get("npc_type")
    if npc_type is not None and not isinstance(npc_type, str):
        raise _Problem("npc_type", f"expected text, got {type(npc_type).__name__}")
    return profile_from_fields(name.strip(), fields, f"{file_name}: {entry.where}", npc_type, language)


def _check(path: str | os.PathLike) -> tuple[list[tuple[_Entry, Profile]], list[str]]:
    p = Path(path)
    data, line_numbers = _read_document(p)
    entries, row_problems = _entries(data, line_numbers)
    _single_format(str(p), entries, row_problems)
    problems = [f"{p}: {m}" for m in row_problems]
    loaded: list[tuple[_Entry, Profile]] = []
    raiden_index = 0
    for entry in entries:
        try:
            if entry.fmt == "raiden":
                profile = _from_raiden(entry, p.name, raiden_index)
                raiden_index += 1
            elif entry.fmt == "online":
                profile = _from_online(entry, p.name)
            else:
                profile = _from_plain(entry, p.name)
        except _Problem as e:
            problems.append(f"{p}: {entry.where}: {e}")
            continue
        except ValidationError as e:  # a schema limit the checks above do not cover
            problems.extend(format_validation_error(f"{p}: {entry.where}", e))
            continue
        loaded.append((entry, profile))
    seen: dict[str, str] = {}
    for entry, profile in loaded:
        if profile.name in seen:
            problems.append(f"{p}: {entry.where}: name: '{profile.name}' is also the name at {seen[profile.name]}")
        seen.setdefault(profile.name, entry.where)
    return loaded, problems


def check_profiles(path: str | os.PathLike) -> tuple[list[Profile], list[str]]:
    """``(profiles read, problems)``: every problem of the file, one line each. Raises only
    when the file cannot be read as JSON, holds no profile at all, or mixes formats."""
    loaded, problems = _check(path)
    return [profile for _, profile in loaded], problems


def _raise_first(path: str | os.PathLike, problems: list[str]) -> None:
    more = f" (and {len(problems) - 1} more; run 'raiden-r1 data validate {path}')" if len(problems) > 1 else ""
    raise RaidenError(problems[0] + more)


def load_profiles(path: str | os.PathLike) -> list[Profile]:
    """Every profile of a file in any of the three formats; RaidenError on the first problem.

    The format is detected from the content; a file mixing formats is refused.
    """
    profiles, problems = check_profiles(path)
    if problems:
        _raise_first(path, problems)
    return profiles


def raiden_roles(path: str | os.PathLike) -> dict[str, Profile]:
    """npc.json role name -> profile: RAIDEN dialogues refer to roles by that key (``npc_name``),
    which may differ from the profile's own name (路飞 vs 蒙奇·D·路飞)."""
    loaded, problems = _check(path)
    if problems:
        _raise_first(path, problems)
    roles = {entry.key: profile for entry, profile in loaded if entry.key is not None}
    if not roles:
        raise RaidenError(f"{path}: no npc.json roles ({FORMAT_NAMES['raiden']} expected)")
    return roles
