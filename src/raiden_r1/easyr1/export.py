"""``raiden-r1 easyr1 export-config LOCAL.yaml``: the EasyR1 config of a local engine recipe.

The local config already speaks EasyR1's vocabulary (train/config.py), so the export carries every
key both engines have, value for value, and adds what only EasyR1 needs. Three things are
translated, each with a note line: RAIDEN-R1 record files become the converter's EasyR1 rows
(``data/training/x.json`` -> ``./data/easyr1/x.json``, with the converter's prompt and answer keys
and the shipped format prompt); the embedded default model becomes its hub id; the built-in VRAR
reward becomes the shipped reward file (the same function). Keys only the local engine has are
named in one note line each when set away from their default. The result is checked against
EasyR1's schema before it is written.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Any, Iterable

import yaml

from raiden_r1.errors import RaidenError

from .config import config_check
from .schema import load_schema, nest_keys

SHIPPED_REWARD = "./easyr1/reward_function/raiden_vrar.py:compute_score"
SHIPPED_TEMPLATE = "./easyr1/format_prompt/role_playing.jinja"
ROW_KEYS = {"data.prompt_key": "problem", "data.answer_key": "answer"}  # what the converter writes
DEFAULT_MODEL_HUB_ID = "HuggingFaceTB/SmolLM2-135M-Instruct"
# EasyR1-only settings the export chooses: the local run's outputs (metrics file + TensorBoard)
# instead of EasyR1's default console + wandb, which needs a wandb login.
EASYR1_CHOICES = {"trainer.logger": ["file", "tensorboard"]}


def _flat(obj: Any, prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in dataclasses.fields(obj):
        v = getattr(obj, f.name)
        if dataclasses.is_dataclass(v):
            out.update(_flat(v, f"{prefix}{f.name}."))
        else:
            out[prefix + f.name] = v
    return out


def _holds_rows(path: str, prompt_key: str, answer_key: str) -> bool | None:
    """Whether a data file holds EasyR1 rows (True), RAIDEN-R1 records (False), or cannot be
    read here (None)."""
    from raiden_r1.data.records_io import read_rows
    from raiden_r1.train.data import RowFormat, _is_row

    if not Path(path).is_file():
        return None
    rows = read_rows(path)
    return bool(rows) and _is_row(rows[0], RowFormat(prompt_key, answer_key))


def rows_path(records_path: str) -> str:
    """Where the README's converter command writes the rows of a record file:
    ``data/training/x.json`` -> ``./data/easyr1/x.json`` (else an ``easyr1/`` folder beside it)."""
    p = Path(records_path)
    base = p.parent.parent if p.parent.name == "training" else p.parent
    target = base / "easyr1" / p.name
    return str(target) if target.is_absolute() else "./" + target.as_posix()


def _one_file(key: str, value: Any) -> str:
    from raiden_r1.train.config import file_list

    files = file_list(value)
    if len(files) > 1:
        raise RaidenError(f"{key}: EasyR1 reads one file (or directory) per split, got {len(files)}: "
                          f"merge them first")
    return files[0] if files else ""


def export_config(local_yaml: str | os.PathLike, overrides: Iterable[str] = ()) -> tuple[dict[str, Any], list[str]]:
    """(the EasyR1 config as a nested dict, note lines). RaidenError when it cannot be exported."""
    try:
        from raiden_r1.train.config import load_config
        from raiden_r1.train.vocabulary import local_only_defaults
    except ImportError as e:
        raise RaidenError(f"export-config reads the local engine's config: install raiden-r1[train] ({e})") from None
    notes: list[str] = []
    cfg = load_config(local_yaml, list(overrides), on_warning=notes.append)
    schema = load_schema()
    local = _flat(cfg)
    out = {k: v for k, v in local.items() if k in schema.keys}

    # data: record files -> the converter's rows
    d = cfg.data
    records = []
    for key in ("data.train_files", "data.val_files"):
        path = _one_file(key, out[key])
        out[key] = path
        if not path:
            continue
        rows = _holds_rows(path, d.prompt_key, d.answer_key)
        if rows is None:
            notes.append(f"{key}: {path} not found here: exported as it is (EasyR1 needs rows, "
                         f"{{{d.prompt_key!r}: ..., {d.answer_key!r}: ...}})")
        elif not rows:
            out[key] = rows_path(path)
            records.append((key, path, out[key]))
    if not out["data.val_files"]:
        notes.append("data.val_files: empty; EasyR1 always loads a validation set: give one "
                     "(data.val_files=./data/easyr1/validation.json) before launching")
    if records:
        out.update(ROW_KEYS)
        out["data.format_prompt"] = d.format_prompt or SHIPPED_TEMPLATE
        for key, src, dst in records:
            notes.append(f"{key}: {src} holds RAIDEN-R1 records; EasyR1 reads the converted rows at {dst} "
                         f"(python3 scripts/convert_to_easyr1_format.py ... writes them)")
        if d.prompt_layout == "system":
            notes.append("data.prompt_layout: system is local only; EasyR1 prompts a row as one user turn "
                         "(the format prompt), as data.prompt_layout=user does locally")
    # the model and the reward
    from raiden_r1.train.default_model import DEFAULT_ALIASES

    model = cfg.model.model_path
    if model is None or model.strip().lower() in DEFAULT_ALIASES:
        out["worker.actor.model.model_path"] = DEFAULT_MODEL_HUB_ID
        notes.append(f"worker.actor.model.model_path: the embedded default model is {DEFAULT_MODEL_HUB_ID} "
                     f"on the hub")
    if cfg.worker.reward.reward_function is None:
        out["worker.reward.reward_function"] = SHIPPED_REWARD
    for key, value in EASYR1_CHOICES.items():
        out.setdefault(key, value)
    # EasyR1 checkpoints to checkpoints/<project>/<experiment>: name the experiment after the run
    out["trainer.project_name"] = "raiden_r1"
    out["trainer.experiment_name"] = Path(cfg.trainer.output_dir).name or "local"
    # what stays behind
    for key, default in local_only_defaults().items():
        if local[key] != default and not (key == "data.prompt_layout" and records):
            notes.append(f"{key}: local only, not carried (value {local[key]!r})")

    nested = nest_keys(out)
    errors, warnings = config_check(nested, schema)
    if errors:  # a bug of ours, not the user's: the export must always load in EasyR1
        raise RaidenError("export-config produced a config EasyR1 would reject: " + "; ".join(errors))
    return nested, notes + warnings


def render(nested: dict[str, Any], source: str | os.PathLike) -> str:
    schema = load_schema()
    head = (f"# EasyR1 config exported from {source} by `raiden-r1 easyr1 export-config`\n"
            f"# (keys checked against {schema.source}). Launch: CONFIG=<this file> bash scripts/train_with_easyr1.sh\n")
    return head + yaml.safe_dump(nested, sort_keys=False, allow_unicode=True, default_flow_style=False)
