"""The quickstart's SFT cold start and the figures its report adds to the evaluations.

data cot (short monologues) -> SFT on ``<think>{cot}</think>\\n{answer}`` -> ``<out>/sft/model``,
which GRPO then starts from. The SFT run takes the GRPO config's prompt keys (layout, prompt
length, the languages it samples, within those the SFT config names) and response budget, so it
trains on the prompts GRPO samples from and never teaches a target longer than the generation budget.
"""

from __future__ import annotations

import resource
import shutil
import sys
from pathlib import Path
from typing import Optional, Sequence

from raiden_r1.errors import RaidenError

DEFAULT_SFT_CONFIG = Path("configs/local_quickstart_sft.yaml")


def write_cot(train: Path, out: Path, seed: int) -> str:
    """The training records with a short inner monologue each (``raiden-r1 data cot --short``)."""
    from raiden_r1.data.cot.cli import cot_file

    out.parent.mkdir(parents=True, exist_ok=True)
    if out.exists():
        out.unlink()  # the quickstart's own file, rewritten from the current records every run
    return cot_file(train, out, seed=seed, short=True)


def sft_overrides(grpo_cfg, model: str, cot_file: Path, out_dir: Path, minutes: float, threads: Optional[int],
                  max_steps: Optional[int], user: list[str], sft_languages: Sequence[str] = ()) -> list[str]:
    """The SFT run's overrides: the GRPO config's prompt keys and budget come first (so both stages
    see the same prompts; SFT's languages are those GRPO samples, at a share or in full, that the SFT
    config's ``data.language`` keeps: ``sft_languages``, empty for all), then the user's ``sft.``
    overrides, then what the quickstart owns."""
    d = grpo_cfg.data
    ov = [f"worker.actor.model.model_path={model}", f"data.train_files=[{cot_file}]",
          f"data.prompt_layout={d.prompt_layout}", f"data.prompt_style={d.prompt_style}",
          f"data.max_prompt_length={d.max_prompt_length}",
          f"data.max_response_length={d.max_response_length}",
          f"worker.actor.fsdp.mp_param_dtype={grpo_cfg.actor.fsdp.mp_param_dtype}"]
    sampled = list(d.language or ("en", "zh", "ja", "ko"))
    kept = [lang for lang in sampled if not sft_languages or lang in sft_languages]
    if not kept:
        raise RaidenError(f"SFT data.language {list(sft_languages)}: none of the languages GRPO samples "
                          f"({', '.join(sampled)}); SFT would have no examples")
    if d.language or sft_languages:
        # a language GRPO never samples has no place in its cold start; one the SFT config leaves out
        # (e.g. [en], session 34) GRPO meets without an SFT example in it: the model then answered in
        # English every zh/ja/ko question (docs/tuning.md, "CJK in the cold start (session 35)")
        ov.append(f"data.language=[{','.join(kept)}]")
    if threads:
        ov.append(f"trainer.num_threads={threads}")
    if max_steps is not None:
        ov.append(f"trainer.max_steps={max_steps}")
    return ov + list(user) + [f"trainer.max_minutes={minutes:g}", f"trainer.output_dir={out_dir}"]


def run_sft(config: Path, overrides: list[str]) -> tuple[Path, list[dict], dict]:
    """A fresh SFT run; returns (exported model directory, per-step metrics, resolved config)."""
    from dataclasses import asdict

    from raiden_r1.train.config import load_config
    from raiden_r1.train.monitor import read_metrics
    from raiden_r1.train.sft import MODEL_DIR, SFTTrainer

    cfg = load_config(config, overrides, grpo=False)
    run_dir = Path(cfg.trainer.output_dir)
    if run_dir.exists():
        print(f"[quickstart] replacing the previous quickstart SFT run in {run_dir}", file=sys.stderr)
        shutil.rmtree(run_dir)
    trainer = SFTTrainer(cfg)
    trainer.train()
    model = run_dir / MODEL_DIR
    if not (model / "config.json").is_file():
        raise RaidenError(f"{run_dir}: SFT exported no model")
    return model, read_metrics(run_dir), {**asdict(cfg), "dropped": list(trainer.dropped),
                                          "examples": len(trainer.examples)}


def current_rows(eval_dir: Path, item_ids: list[str]) -> list[dict]:
    """The stored rows of this evaluation's items, in its order. ``items.jsonl`` also keeps the items
    of earlier runs into the same folder (a resumed base evaluation with another subset): nothing
    paid for is thrown away, but the report's figures must not count them."""
    from raiden_r1.eval.store import ItemStore

    latest = ItemStore(eval_dir / "items.jsonl").latest
    return [latest[i] for i in item_ids if i in latest]


def length_figures(rows: list[dict], tokenizer, max_new_tokens: int) -> dict:
    """Mean length in tokens of each item's first generation, and the share that reached the
    generation budget (cut off rather than ended with the end-of-turn token)."""
    lengths = []
    for row in rows:
        gens = row.get("generations") or []
        if row.get("status") == "ok" and gens:
            lengths.append(len(tokenizer(gens[0], add_special_tokens=False)["input_ids"]))
    if not lengths:
        return {"mean_length_tokens": None, "at_budget_rate": None, "n": 0}
    return {"mean_length_tokens": sum(lengths) / len(lengths),
            "at_budget_rate": sum(n >= max_new_tokens for n in lengths) / len(lengths), "n": len(lengths)}


def peak_memory_gb() -> dict:
    """Peak resident memory of this process and of its largest waited-for child, in GB
    (getrusage's ru_maxrss: KiB on Linux, bytes on macOS). The quickstart runs every stage in
    this process, so ``self`` is the whole run's peak unless a stage forks."""
    scale = 1 if sys.platform == "darwin" else 1024
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 1e9
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale / 1e9
    return {"self_gb": own, "children_gb": children, "peak_gb": max(own, children)}
