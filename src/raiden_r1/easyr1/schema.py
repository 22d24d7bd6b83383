"""EasyR1's config keys and types, and the check of a config against them.

The schema comes from EasyR1's own dataclasses: introspected when EasyR1 (``verl``) is importable,
else the vendored ``easyr1_schema.json`` that ``schema_gen`` wrote from an EasyR1 checkout (it
names the version and commit). Values are checked with the conversions OmegaConf 2.3 applies when
EasyR1 merges a YAML into its structured config ("3" is an int, 1 a bool, 3.0 is not an int), so
what passes here passes there. An unknown key is a warning with the closest real key: the schema
may be older than the EasyR1 the run will use. Needs only the standard library.
"""

from __future__ import annotations

import dataclasses
import difflib
import json
import typing
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

VENDORED = Path(__file__).with_name("easyr1_schema.json")
_BOOL_WORDS = {"yes": True, "y": True, "on": True, "true": True, "no": False, "n": False, "off": False, "false": False}


@dataclasses.dataclass(frozen=True)
class Schema:
    keys: dict[str, dict]  # dotted leaf path -> {type, nullable, default, [items, length, auto, doc]}
    source: str  # where it came from, for messages: "EasyR1 0.3.3.dev0 (b44b311)"

    @property
    def sections(self) -> set[str]:
        """Every dotted prefix of a key (data, worker, worker.actor, ...)."""
        out = set()
        for k in self.keys:
            parts = k.split(".")
            out.update(".".join(parts[:i]) for i in range(1, len(parts)))
        return out

    def default(self, key: str) -> Any:
        return self.keys[key]["default"]


def _spec_from_hint(hint: Any) -> dict:
    """A type hint of an EasyR1 dataclass field in the vendored JSON's terms."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Union or (origin is not None and getattr(origin, "__name__", "") == "UnionType"):
        inner = [a for a in args if a is not type(None)]
        return {**_spec_from_hint(inner[0]), "nullable": True}
    if dataclasses.is_dataclass(hint):
        return {"type": "dataclass", "class": hint, "nullable": False}
    if origin in (dict, typing.Dict) or hint in (dict, typing.Dict):
        return {"type": "dict", "nullable": False}
    if origin in (list, tuple) or hint in (list, tuple):
        variadic = len(args) == 2 and args[1] is Ellipsis
        item = _spec_from_hint(args[0])["type"] if args else "any"
        spec = {"type": "list", "nullable": False, "items": item}
        if origin is tuple and len(args) > 1 and not variadic:
            spec["length"] = len(args)
        return spec
    names = {int: "int", float: "float", str: "str", bool: "bool", Any: "any"}
    return {"type": names.get(hint, "any"), "nullable": False}


def introspect(root_cls: type, source: str) -> Schema:
    """The schema of an importable EasyR1 (``verl.trainer.config.PPOConfig``)."""
    keys: dict[str, dict] = {}

    def walk(cls: type, prefix: str, auto: bool) -> None:
        hints = typing.get_type_hints(cls)
        for f in dataclasses.fields(cls):
            spec = _spec_from_hint(hints[f.name])
            if spec["type"] == "dataclass":
                walk(spec["class"], f"{prefix}{f.name}.", auto or not f.init)
                continue
            if f.default is not dataclasses.MISSING:
                default = f.default
            elif f.default_factory is not dataclasses.MISSING:
                default = f.default_factory()
            else:
                default = None
            entry = {**spec, "default": list(default) if isinstance(default, tuple) else default}
            if auto or not f.init:
                entry["auto"] = True
            keys[prefix + f.name] = entry

    walk(root_cls, "", False)
    return Schema(keys, source)


def vendored_schema(path: Path = VENDORED) -> Schema:
    data = json.loads(path.read_text(encoding="utf-8"))
    e = data["easyr1"]
    commit = (e.get("commit") or "")[:7]
    return Schema(data["keys"], f"EasyR1 {e.get('version')}" + (f" ({commit})" if commit else ""))


@lru_cache(maxsize=1)
def load_schema() -> Schema:
    """EasyR1's own dataclasses when it is importable, else the vendored schema."""
    try:
        from verl import __version__ as version  # type: ignore[import-not-found]
        from verl.trainer.config import PPOConfig  # type: ignore[import-not-found]
    except Exception:  # not installed, or a stand-in package without the config module
        return vendored_schema()
    return introspect(PPOConfig, f"EasyR1 {version} (installed)")


def _convert(kind: str, value: Any) -> Any:
    """``value`` as OmegaConf 2.3 converts it for a field of ``kind``; ValueError if it cannot."""
    if kind == "any":
        return value
    if isinstance(value, (Mapping, list, tuple)):
        raise ValueError
    if kind == "int":
        if type(value) not in (int, str):
            raise ValueError
        return int(value)
    if kind == "float":
        if type(value) not in (int, float, str):
            raise ValueError
        return float(value)
    if kind == "bool":
        if isinstance(value, (bool, int)):
            return bool(value)
        if isinstance(value, str):
            try:
                return int(value) != 0
            except ValueError:
                if value.lower() in _BOOL_WORDS:
                    return _BOOL_WORDS[value.lower()]
        raise ValueError
    if kind == "str":
        return value if isinstance(value, str) else str(value)
    raise ValueError


_NAMES = {"int": "an integer", "float": "a number", "bool": "true or false", "str": "a string",
          "dict": "a mapping", "list": "a list", "any": "a value"}


def value_problem(key: str, spec: Mapping, value: Any) -> str | None:
    """Why EasyR1 would reject ``value`` for ``key``, or None when it takes it."""
    if value is None:
        return None if spec.get("nullable") else f"{key}: must not be null ({spec['type']} field)"
    kind = spec["type"]
    if kind == "dict":
        return None if isinstance(value, Mapping) else f"{key}: expected a mapping, got {value!r}"
    if kind == "list":
        if not isinstance(value, (list, tuple)):
            return f"{key}: expected a list of {spec.get('items', 'any')}, got {value!r}"
        if "length" in spec and len(value) != spec["length"]:
            return f"{key}: expected {spec['length']} items, got {len(value)}"
        for i, v in enumerate(value):
            try:
                _convert(spec.get("items", "any"), v)
            except ValueError:
                return f"{key}[{i}]: expected {_NAMES.get(spec.get('items', 'any'))}, got {v!r}"
        return None
    try:
        _convert(kind, value)
    except ValueError:
        return f"{key}: expected {_NAMES.get(kind, kind)}, got {value!r}"
    return None


def suggest(key: str, schema: Schema) -> str | None:
    """The closest real key: a sibling with a similar name first, then any similar full path."""
    parent, _, leaf = key.rpartition(".")
    siblings = {k.rpartition(".")[2]: k for k in schema.keys if k.rpartition(".")[0] == parent}
    siblings.update({s.rpartition(".")[2]: s for s in schema.sections if s.rpartition(".")[0] == parent})
    close = difflib.get_close_matches(leaf, list(siblings), n=1, cutoff=0.6)
    if close:
        return siblings[close[0]]
    close = difflib.get_close_matches(key, list(schema.keys), n=1, cutoff=0.75)
    return close[0] if close else None


def flatten_known(cfg: Mapping[str, Any], schema: Schema, prefix: str = "") -> dict[str, Any]:
    """Dotted leaves of a nested config; a mapping stays one leaf where the schema says the key
    is a free-form dict (reward_function_kwargs, val_override_config, override_config)."""
    out: dict[str, Any] = {}
    for k, v in cfg.items():
        key = f"{prefix}{k}"
        if isinstance(v, Mapping) and schema.keys.get(key, {}).get("type") != "dict":
            out.update(flatten_known(v, schema, key + "."))
        else:
            out[key] = v
    return out


def check_against_schema(cfg: Mapping[str, Any], schema: Schema | None = None) -> tuple[list[str], list[str]]:
    """(errors, warnings) of a nested config: wrong types and sections given a value are errors;
    unknown keys and EasyR1's auto keys (overwritten by its post_init) are warnings."""
    schema = schema or load_schema()
    errors: list[str] = []
    warnings: list[str] = []
    sections = schema.sections
    for key, value in flatten_known(cfg, schema).items():
        spec = schema.keys.get(key)
        if spec is None:
            if key in sections:
                errors.append(f"{key}: is a section of EasyR1's config, expected a mapping, got {value!r}")
                continue
            hint = suggest(key, schema)
            warnings.append(f"{key}: not a key of {schema.source}" + (f"; did you mean {hint}?" if hint else ""))
            continue
        if spec.get("auto"):
            warnings.append(f"{key}: EasyR1 sets this itself (post_init); the value given is overwritten")
        problem = value_problem(key, spec, value)
        if problem:
            errors.append(problem)
    return errors, warnings


def nest_keys(flat) -> dict:
    """{"a.b.c": v} -> {"a": {"b": {"c": v}}}: dotted key paths as the nested YAML EasyR1 reads."""
    out: dict = {}
    for key, value in flat.items():
        node = out
        *parents, leaf = key.split(".")
        for p in parents:
            node = node.setdefault(p, {})
        node[leaf] = value
    return out
