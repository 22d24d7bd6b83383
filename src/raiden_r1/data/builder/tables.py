"""The builder's per-language tables (phrasings, CM material, field aliases, word lists), read
from the YAML files beside this module, so a contributor can add a language or fix a phrase
without touching the logic.

YAML lists come back as tuples, all the way down: the tables are constants, shared by every
build, and a tuple cannot be changed by accident. A file that does not parse, or lacks a table,
is a broken installation: it raises RaidenError naming the file.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from raiden_r1.errors import RaidenError


def _frozen(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    if isinstance(value, dict):
        return {k: _frozen(v) for k, v in value.items()}
    return value


@lru_cache(maxsize=None)
def _document(file_name: str) -> dict[str, Any]:
    source = resources.files(__package__).joinpath(file_name)
    try:
        with source.open(encoding="utf-8") as f:
            data = yaml.safe_load(f)
    except (OSError, yaml.YAMLError) as e:
        raise RaidenError(f"{source}: cannot read the builder's table file ({e})") from e
    if not isinstance(data, dict):
        raise RaidenError(f"{source}: expected a mapping of table names to tables")
    return _frozen(data)


def table(file_name: str, name: str) -> Any:
    """The table ``name`` of ``file_name`` (e.g. ``table("phrases.yaml", "SBK")``)."""
    data = _document(file_name)
    if name not in data:
        raise RaidenError(f"{file_name}: no table {name!r} (the builder's data files are incomplete)")
    return data[name]
