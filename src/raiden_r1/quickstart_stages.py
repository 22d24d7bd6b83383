"""The quickstart's stages that stand on their own (quickstart.py runs them in order and times
them): the data split checked or rebuilt as shipped, the held-out characters, the EasyR1 rows, the
evaluation subset, an evaluation with ``raiden-r1 eval``'s engine (and its command line), and a
fresh GRPO run."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Optional

from raiden_r1.errors import RaidenError

SPLITS = ("train", "validation", "test")
# How the shipped data/training was built (data/README.md): a test split of a quarter of the
# characters of each language and every CM kind per character, so the held-out evaluation has
# >= 120 SBK and >= 40 CM items in all four languages.
SHIPPED_BUILD = {"test_fraction": 0.25, "cm_per_character": 8}
SHIPPED_BUILD_FLAGS = ["--test-fraction", str(SHIPPED_BUILD["test_fraction"]),
                       "--cm-per-character", str(SHIPPED_BUILD["cm_per_character"])]


def ensure_data(data_dir: Path, profiles: Path, seed: int = 0) -> tuple[dict[str, int], bool]:
    """Check the split files (rebuilding them from the profiles when missing); returns the record
    counts per split and whether a rebuild happened."""
    from raiden_r1.data.records_io import load_records

    paths = {s: data_dir / f"{s}.json" for s in SPLITS}
    rebuilt = False
    if not all(p.is_file() for p in paths.values()):
        if not profiles.is_file():
            missing = ", ".join(str(p) for p in paths.values() if not p.is_file())
            raise RaidenError(f"{missing}: missing, and no profiles at {profiles} to rebuild them from")
        from raiden_r1.data.builder import build_from_files

        build_from_files([profiles], data_dir, seed=seed, **SHIPPED_BUILD)
        rebuilt = True
    counts = {s: len(load_records(p)) for s, p in paths.items()}
    return counts, rebuilt


def held_out_characters(data_dir: Path) -> list[str]:
    """Test characters, checked to be absent from training (the point of a held-out evaluation)."""
    from raiden_r1.data.records_io import load_records

    train = {r.character_name for r in load_records(data_dir / "train.json")}
    test = sorted({r.character_name for r in load_records(data_dir / "test.json")})
    leaked = sorted(set(test) & train)
    if leaked:
        raise RaidenError(f"{data_dir / 'test.json'}: characters also in train.json: {', '.join(leaked)}; "
                          "the held-out evaluation needs unseen characters")
    return test


def convert_to_easyr1(data_dir: Path, easyr1_dir: Path) -> int:
    """The guide's EasyR1 rows (so its paths exist after the quickstart); returns the rows written."""
    import io

    from raiden_r1.easyr1.convert import convert_files

    reports = convert_files(data_dir / "train.json", data_dir / "validation.json", easyr1_dir / "train.json",
                            easyr1_dir / "validation.json", out=io.StringIO())
    return sum(r.rows for r in reports)


def eval_subset(test: Path, subset_path: Path, size: Optional[int], seed: int) -> tuple[Path, dict]:
    """The file the three evaluations read: ``test`` itself, or (``size`` below its length) a
    stratified fixed-seed subset written to ``subset_path``; and what it holds."""
    from collections import Counter

    from raiden_r1.data.records_io import load_records, write_rows
    from raiden_r1.eval.subset import stratified_subset

    records = load_records(test)
    chosen = stratified_subset(records, size, seed) if size else list(records)
    path = test
    if len(chosen) < len(records):
        path = subset_path
        write_rows(path, chosen, inputs=[test])
    focus = Counter("CM" if r.metadata.focus == "conversation_memory" else "SBK" for r in chosen)
    return path, {"items": len(chosen), "of": len(records), "seed": seed, "sbk": focus["SBK"], "cm": focus["CM"]}


def evaluate(model: str, data: Path, out: Path, *, layout: str, max_new_tokens: int, limit: Optional[int],
             batch_size: int, seed: int, overwrite: bool, threads: Optional[int] = None,
             dtype: str = "bfloat16", style: str = "full") -> dict:
    """Greedy evaluation with ``raiden-r1 eval``'s engine; returns its metrics."""
    from raiden_r1.eval.backends.base import GenerationConfig
    from raiden_r1.eval.evaluate import EvalOptions, run_eval

    opts = EvalOptions(out=out, model=model, data=data, prompt_layout=layout, prompt_style=style, limit=limit,
                       batch_size=batch_size,
                       generation=GenerationConfig(max_new_tokens=max_new_tokens, seed=seed), overwrite=overwrite,
                       threads=threads, dtype=dtype)
    return run_eval(opts)


def evaluate_resuming(model: str, data: Path, out: Path, **ev) -> dict:
    """``evaluate`` resuming what ``out`` already holds (a rerun with the same settings skips the
    items done); settings that differ from those stored there start it afresh."""
    try:
        return evaluate(model, data, out, overwrite=False, **ev)
    except RaidenError as e:
        print(f"[quickstart] re-evaluating the base model ({e})", file=sys.stderr)
        return evaluate(model, data, out, overwrite=True, **ev)


def eval_command(model: str, data: Path, out: Path, layout: str, max_new_tokens: int, limit: Optional[int],
                 batch_size: int, style: str = "full") -> list[str]:
    # Every setting that defines the result, so that rerunning it into the same folder resumes
    # instead of being refused as a run with other settings.
    cmd = ["raiden-r1", "eval", "--model", model, "--data", str(data), "--out", str(out),
           "--prompt-layout", layout, "--max-new-tokens", str(max_new_tokens), "--batch-size", str(batch_size)]
    if style != "full":
        cmd += ["--prompt-style", style]
    return cmd + (["--limit", str(limit)] if limit else [])


def train(config: Path, overrides: list[str]) -> tuple[Path, list[dict], dict]:
    """Fresh GRPO run; returns (final checkpoint, per-step metrics, resolved config as a dict)."""
    from dataclasses import asdict as dc_asdict

    from raiden_r1.train.checkpoint import latest_checkpoint
    from raiden_r1.train.config import load_config
    from raiden_r1.train.monitor import read_metrics
    from raiden_r1.train.trainer import Trainer

    cfg = load_config(config, overrides)
    run_dir = Path(cfg.trainer.output_dir)
    if run_dir.exists():
        # the quickstart always starts from the base model, in a directory that is its own (the
        # output_dir override comes last): its previous training run goes, but not silently
        print(f"[quickstart] replacing the previous quickstart training run in {run_dir}", file=sys.stderr)
        shutil.rmtree(run_dir)
    Trainer(cfg).train()
    ckpt = latest_checkpoint(run_dir)
    if ckpt is None:
        raise RaidenError(f"{run_dir}: training wrote no checkpoint")
    return ckpt, read_metrics(run_dir), dc_asdict(cfg)
