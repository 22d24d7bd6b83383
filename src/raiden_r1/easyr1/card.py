"""The model card of a merged EasyR1 checkpoint, from what EasyR1 leaves beside it.

``<save_checkpoint_path>/global_step_<N>/actor`` is the merged checkpoint; its run directory
``<save_checkpoint_path>`` holds ``experiment_config.json`` (the whole resolved config, written by
EasyR1's ``file`` logger) and ``experiment_log.jsonl`` (one line per step, validation figures
under ``val``). Without them the card says "not recorded" where a fact is missing.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from raiden_r1.model_card import CardFacts, recipe_of, write_card

_STEP = re.compile(r"^global_step_(\d+)$")


def _json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _validation(log: Path, step: int | None) -> tuple[dict[str, str], str | None]:
    """The last validation figures logged at or before ``step``."""
    found: dict[str, Any] | None = None
    at = None
    try:
        lines = log.read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}, None
    for line in lines:
        try:
            row = json.loads(line)
        except ValueError:
            continue
        if not isinstance(row, dict) or not isinstance(row.get("val"), dict):
            continue
        s = row.get("step")
        if isinstance(s, int) and (step is None or s <= step):
            found, at = row["val"], s
    if not found:
        return {}, None
    figures = {f"val/{k}": f"{v:.4f}" for k, v in found.items() if isinstance(v, (int, float))}
    return figures, f"EasyR1's validation at step {at} ({log.name})"


def merged_card_facts(actor_dir: str | Path, out_dir: str | Path) -> CardFacts:
    actor, out = Path(actor_dir), Path(out_dir)
    m = _STEP.match(actor.parent.name)
    step = int(m.group(1)) if m else None
    run = actor.parent.parent
    cfg = _json(run / "experiment_config.json")
    cfg = cfg if isinstance(cfg, dict) else {}
    data = cfg.get("data") or {}
    model_cfg = _json(out / "config.json") or {}
    adapter = _json(actor / "lora_adapter" / "adapter_config.json") or {}
    base = ((cfg.get("worker") or {}).get("actor") or {}).get("model", {}).get("model_path") \
        or adapter.get("base_model_name_or_path") or model_cfg.get("_name_or_path") or None
    evaluation, source = _validation(run / "experiment_log.jsonl", step)
    name = (cfg.get("trainer") or {}).get("experiment_name") or run.name
    files = [str(data[k]) if data.get(k) else None for k in ("train_files", "val_files")]
    return CardFacts(title=f"{name} (step {step})" if step is not None else str(name), engine="EasyR1",
                     base_model=base, step=step, train_files=[f for f in files[:1] if f],
                     val_files=[f for f in files[1:] if f], recipe=recipe_of(cfg), evaluation=evaluation,
                     evaluation_source=source)


def write_merged_card(actor_dir: str | Path, out_dir: str | Path) -> Path:
    return write_card(out_dir, merged_card_facts(actor_dir, out_dir))
