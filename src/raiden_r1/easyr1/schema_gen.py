"""Generate the vendored EasyR1 config schema from an EasyR1 checkout, without importing EasyR1.

EasyR1 builds its config as OmegaConf structured dataclasses (``PPOConfig`` in
``verl/trainer/config.py`` and the worker dataclasses it nests). This module reads those files
with :mod:`ast`, follows the nesting from ``PPOConfig`` down, and writes one entry per leaf key:
its annotation, a normalised type, its default and whether EasyR1 sets it itself (``init=False``:
"auto keys" that ``post_init`` overwrites); nothing else of EasyR1's source is copied.
``raiden_r1.easyr1.schema`` checks configs against it.

    python -m raiden_r1.easyr1.schema_gen /path/to/EasyR1 [--rev HEAD] [--out FILE]

``--rev`` reads the files from a git revision (a bare clone works); otherwise from the work tree.
The output records EasyR1's ``__version__`` and the commit, so a drift is visible in review.
"""

from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable

from raiden_r1.errors import RaidenError
from raiden_r1.io_guard import write_text

# The files that define PPOConfig and everything it nests (verl/trainer/config.py imports them).
CONFIG_FILES = (
    "verl/trainer/config.py",
    "verl/workers/config.py",
    "verl/workers/actor/config.py",
    "verl/workers/critic/config.py",
    "verl/workers/reward/config.py",
    "verl/workers/rollout/config.py",
)
ROOT_CLASS = "PPOConfig"
VERSION_FILE = "verl/__init__.py"
DEFAULT_OUT = Path(__file__).with_name("easyr1_schema.json")

_SCALARS = {"int": "int", "float": "float", "str": "str", "bool": "bool", "Any": "any", "dict": "dict",
            "Dict": "dict", "list": "list", "List": "list", "tuple": "list", "Tuple": "list"}


class _Field:
    def __init__(self, name: str, annotation: ast.expr, value: ast.expr | None):
        self.name, self.annotation, self.value = name, annotation, value


def _dataclasses(source: str, filename: str) -> dict[str, list[_Field]]:
    """``@dataclass`` classes of one module: their annotated fields in order. (Only names, types
    and defaults are taken: no text of EasyR1's is copied into the schema.)"""
    tree = ast.parse(source, filename=filename)
    out: dict[str, list[_Field]] = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        decos = [d.func if isinstance(d, ast.Call) else d for d in node.decorator_list]
        if not any(getattr(d, "id", getattr(d, "attr", None)) == "dataclass" for d in decos):
            continue
        fields: list[_Field] = []
        for stmt in node.body:
            if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
                fields.append(_Field(stmt.target.id, stmt.annotation, stmt.value))
        out[node.name] = fields
    return out


def _type_of(ann: ast.expr, classes: dict) -> dict[str, Any]:
    """A JSON description of an annotation: ``type`` (int, float, str, bool, dict, list, any, or
    ``dataclass``), ``nullable``, list ``items`` and, for a fixed-length tuple, ``length``."""
    if isinstance(ann, ast.Constant) and isinstance(ann.value, str):  # a string annotation
        ann = ast.parse(ann.value, mode="eval").body
    if isinstance(ann, ast.BinOp) and isinstance(ann.op, ast.BitOr):  # X | None
        sides = [ann.left, ann.right]
        if any(isinstance(s, ast.Constant) and s.value is None for s in sides):
            inner = next(s for s in sides if not (isinstance(s, ast.Constant) and s.value is None))
            return {**_type_of(inner, classes), "nullable": True}
    if isinstance(ann, ast.Subscript):
        head = ast.unparse(ann.value).split(".")[-1]
        args = ann.slice.elts if isinstance(ann.slice, ast.Tuple) else [ann.slice]
        if head == "Optional":
            return {**_type_of(args[0], classes), "nullable": True}
        if head in ("dict", "Dict", "Mapping"):
            return {"type": "dict", "nullable": False}
        if head in ("list", "List", "Sequence", "tuple", "Tuple"):
            variadic = len(args) == 2 and isinstance(args[1], ast.Constant) and args[1].value is Ellipsis
            items = [_type_of(a, classes) for a in (args[:1] if variadic else args)]
            spec: dict[str, Any] = {"type": "list", "nullable": False, "items": items[0]["type"]}
            # Tuple[str] (one argument) is read by OmegaConf 2.3 as a list of any length (EasyR1's
            # trainer.logger); tuple[float, float] is a fixed pair.
            if head in ("tuple", "Tuple") and len(args) > 1 and not variadic:
                spec["length"] = len(args)
            return spec
        raise RaidenError(f"unsupported annotation {ast.unparse(ann)}")
    name = ast.unparse(ann).split(".")[-1]
    if name in classes:
        return {"type": "dataclass", "class": name, "nullable": False}
    if name in _SCALARS:
        return {"type": _SCALARS[name], "nullable": False}
    raise RaidenError(f"unsupported annotation {ast.unparse(ann)}")


def _field_call(value: ast.expr | None) -> dict[str, ast.expr]:
    """Keyword arguments of ``field(...)``, or {} when the default is a plain expression."""
    if isinstance(value, ast.Call) and ast.unparse(value.func).split(".")[-1] == "field":
        return {k.arg: k.value for k in value.keywords if k.arg}
    return {}


def _default(value: ast.expr | None, kw: dict[str, ast.expr]) -> Any:
    expr = kw.get("default", value if not kw else None)
    if "default_factory" in kw:
        factory = ast.unparse(kw["default_factory"])
        return {"dict": {}, "list": [], "tuple": []}.get(factory)  # a dataclass factory: its own fields
    if expr is None:
        return None
    try:
        v = ast.literal_eval(expr)
    except ValueError:
        raise RaidenError(f"default {ast.unparse(expr)} is not a literal") from None
    return list(v) if isinstance(v, tuple) else v


def build_schema(read: Callable[[str], str], version: str | None = None, commit: str | None = None) -> dict:
    """The schema of ``PPOConfig``: ``keys`` maps each dotted leaf path to its spec."""
    classes: dict[str, list[_Field]] = {}
    for path in CONFIG_FILES:
        classes.update(_dataclasses(read(path), path))
    if ROOT_CLASS not in classes:
        raise RaidenError(f"{CONFIG_FILES[0]}: no @dataclass {ROOT_CLASS} (is this an EasyR1 checkout?)")
    keys: dict[str, dict] = {}

    def walk(cls: str, prefix: str, auto: bool) -> None:
        for f in classes[cls]:
            kw = _field_call(f.value)
            is_auto = auto or (isinstance(kw.get("init"), ast.Constant) and kw["init"].value is False)
            spec = _type_of(f.annotation, classes)
            path = prefix + f.name
            if spec["type"] == "dataclass":
                walk(spec["class"], path + ".", is_auto)
                continue
            entry = {"annotation": ast.unparse(f.annotation), **spec, "default": _default(f.value, kw)}
            if is_auto:
                entry["auto"] = True  # EasyR1 sets it in post_init; a YAML value is overwritten
            keys[path] = entry

    walk(ROOT_CLASS, "", False)
    return {"easyr1": {"version": version, "commit": commit, "root": ROOT_CLASS, "files": list(CONFIG_FILES)},
            "generated_by": "python -m raiden_r1.easyr1.schema_gen", "keys": keys}


def _version(source: str) -> str | None:
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__version__" for t in node.targets):
            return ast.literal_eval(node.value)
    return None


def _git(repo: Path, *args: str) -> str:
    try:
        r = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise RaidenError(f"{repo}: git {' '.join(args)}: {e}") from None
    if r.returncode != 0:
        why = r.stderr.strip().splitlines()[-1] if r.stderr.strip() else "failed"
        raise RaidenError(f"{repo}: git {' '.join(args)}: {why}")
    return r.stdout


def schema_from_checkout(repo: str | Path, rev: str | None = None) -> dict:
    """Read EasyR1's config files from a work tree, or from ``rev`` of its git repository."""
    root = Path(repo)
    if rev is not None:
        commit = _git(root, "rev-parse", rev).strip()

        def read(path: str) -> str:
            return _git(root, "show", f"{commit}:{path}")
    else:
        if not (root / CONFIG_FILES[0]).is_file():
            raise RaidenError(f"{root}: no {CONFIG_FILES[0]} (give an EasyR1 checkout, or --rev for a bare clone)")
        try:
            commit = _git(root, "rev-parse", "HEAD").strip()
        except RaidenError:
            commit = None  # an unpacked release: the version still says which

        def read(path: str) -> str:
            p = root / path
            if not p.is_file():
                raise RaidenError(f"{p}: not found (is this an EasyR1 checkout?)")
            return p.read_text(encoding="utf-8")
    return build_schema(read, version=_version(read(VERSION_FILE)), commit=commit)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m raiden_r1.easyr1.schema_gen", description=__doc__.splitlines()[0])
    p.add_argument("easyr1_dir", help="EasyR1 checkout (or its git directory with --rev)")
    p.add_argument("--rev", default=None, help="git revision to read instead of the work tree")
    p.add_argument("--out", type=Path, default=DEFAULT_OUT,
                   help=f"output JSON (default: {DEFAULT_OUT.name} in the package)")
    args = p.parse_args(argv)
    try:
        schema = schema_from_checkout(args.easyr1_dir, args.rev)
        write_text(args.out, json.dumps(schema, indent=1, ensure_ascii=False) + "\n", what="schema")
    except RaidenError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    e = schema["easyr1"]
    print(f"wrote {args.out}: {len(schema['keys'])} keys from EasyR1 {e['version']} ({e['commit'] or 'no git'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
