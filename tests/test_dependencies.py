"""Dependencies are declared exactly as imported, and the repository is self-contained: no binaries,
no pointers to specs that live outside it."""

from __future__ import annotations

import ast
import functools
import importlib.metadata
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
tomllib = pytest.importorskip("tomllib")

# Imported only where present, with a one-line error naming the install otherwise.
OPTIONAL_RUNTIME = {"vllm": "--backend vllm, GPU machines only",
                    "verl": "EasyR1 itself: its config schema is introspected when present (easyr1/schema.py)"}
# Declared but never imported by name, each for a reason.
USED_INDIRECTLY = {"tensorboard": "torch.utils.tensorboard writes its event files",
                   "pytest-xdist": "make test runs pytest -n 2"}
# The core install (data, reward, conversion) must stay light: these packages only.
CORE_PACKAGES = ("data", "reward", "teacher", "easyr1/convert.py", "text.py", "errors.py", "io_guard.py", "cli.py")


def _name(req: str) -> str:
    return re.split(r"[<>=!~;\[ ]", req, maxsplit=1)[0].strip().lower().replace("_", "-")


def _declared() -> dict[str, set[str]]:
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    out = {"core": {_name(r) for r in meta["dependencies"]}}
    out.update({extra: {_name(r) for r in reqs} for extra, reqs in meta["optional-dependencies"].items()})
    return out


def _module_level(tree: ast.Module):
    """Statements run at import time (not those inside functions or classes' methods)."""
    todo = list(tree.body)
    while todo:
        node = todo.pop()
        yield node
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            todo.extend(ast.iter_child_nodes(node))


def _imports(paths, at_import_time: bool = False) -> dict[str, str]:
    """Top-level third-party modules imported in ``paths`` (anywhere, or only by the module's own
    import with ``at_import_time``) -> the first file importing it."""
    found: dict[str, str] = {}
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in (_module_level(tree) if at_import_time else ast.walk(tree)):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for n in names:
                top = n.split(".")[0]
                if top not in sys.stdlib_module_names and top != "__future__":
                    found.setdefault(top, str(path.relative_to(ROOT)))
    return found


@functools.lru_cache(maxsize=None)
def _installed() -> dict[str, list[str]]:
    return importlib.metadata.packages_distributions()


def _distribution(module: str) -> str:
    """The distribution that provides ``module`` (its own name when it is not installed here, e.g.
    trl outside the bench extra)."""
    dists = _installed().get(module) or [module]
    return dists[0].lower().replace("_", "-")


def _py_files(*parts: str):
    for part in parts:
        p = ROOT / part
        yield from ([p] if p.is_file() else sorted(p.rglob("*.py")))


def test_every_import_of_the_package_is_declared():
    declared = _declared()
    runtime = declared["core"] | declared["train"]
    local = {"raiden_r1"}
    missing = [f"{mod} ({where}): {_distribution(mod)}"
               for mod, where in _imports(_py_files("src", "easyr1", "scripts")).items()
               if mod not in local | set(OPTIONAL_RUNTIME) and _distribution(mod) not in runtime]
    assert missing == []


def test_the_core_modules_import_only_core_dependencies():
    # heavier packages only inside the functions of optional features (e.g. convert --tokenizer)
    declared = _declared()["core"]
    core_files = _py_files(*(f"src/raiden_r1/{p}" for p in CORE_PACKAGES))
    heavy = {mod: where for mod, where in _imports(core_files, at_import_time=True).items()
             if mod != "raiden_r1" and _distribution(mod) not in declared}
    assert heavy == {}


# The project's own package and the test and benchmark helper modules (no distribution): any sibling
# module of those trees, so a new helper such as benchmarks/peak_memory.py needs no entry here.
LOCAL_MODULES = frozenset({"raiden_r1", *(p.stem for p in _py_files("tests", "benchmarks"))})


def test_every_declared_dependency_is_imported_or_has_a_reason():
    declared = _declared()
    used = {_distribution(m) for m in _imports(_py_files("src", "easyr1", "scripts", "tests", "benchmarks"))
            if m not in {*LOCAL_MODULES, *OPTIONAL_RUNTIME}}
    unused = sorted(d for group in declared.values() for d in group if d not in used and d not in USED_INDIRECTLY)
    assert unused == []


def test_tests_and_benchmarks_import_only_declared_packages():
    declared = set().union(*_declared().values())
    missing = [f"{mod} ({where})" for mod, where in _imports(_py_files("tests", "benchmarks")).items()
               if mod not in LOCAL_MODULES and _distribution(mod) not in declared]
    assert missing == []


def _tracked() -> list[str]:
    try:
        out = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True, timeout=30)
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    return [p for p in out.stdout.decode().split("\0") if p]


def test_no_binary_files_are_tracked():
    binary = []
    for rel in _tracked():
        path = ROOT / rel
        if path.is_file() and b"\0" in path.read_bytes()[:8192]:
            binary.append(rel)
    assert binary == []


# The reward package is being rewritten with its spec moved to docs/ in the same change; until that
# lands its two docstrings still name the old place.
_SPEC_POINTERS_PENDING: set[str] = set()


def test_nothing_points_outside_the_repository_for_its_specs():
    pointing = [rel for rel in _tracked() if rel not in _SPEC_POINTERS_PENDING
                and rel.endswith((".py", ".md", ".sh", ".yaml", ".toml"))
                and re.search(r"shared/spe[c]",  # written so that this file does not match itself
                              (ROOT / rel).read_text(encoding="utf-8", errors="replace"))]
    assert pointing == []
