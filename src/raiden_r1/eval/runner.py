"""A resumable evaluation run: generate, score, judge and save item by item, then summarise.

``out/`` holds ``eval_config.json`` (what was run), ``items.jsonl`` (every prompt, generation and
score), ``metrics.json`` and ``report.md`` (+ chart). A rerun with the same ``out`` skips items
already scored, retries failed ones (after a judge failure, only the judging), and refuses to mix
results of different settings into one run.
"""

from __future__ import annotations

import json
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from raiden_r1.errors import RaidenError
from raiden_r1.io_guard import check_output_dir, check_outputs, write_text

from .backends.base import Backend, Generation, GenerationConfig
from .judge import JudgeError, judge_one
from .scoring import apply_judgment, score_generation
from .store import ERROR, OK, ItemStore

CONFIG_FILE, ITEMS_FILE, METRICS_FILE = "eval_config.json", "items.jsonl", "metrics.json"
# every file a run writes into its directory (report.md and metrics.png by eval.report)
RUN_OUTPUTS = (CONFIG_FILE, ITEMS_FILE, METRICS_FILE, "report.md", "metrics.png")
# Settings that change what a generation or score means: a resumed run must share them. The
# endpoints count: the same model name on two servers is two models.
RESULT_KEYS = ("model", "backend", "endpoint", "generation", "prompt_layout", "prompt_style", "judges",
               "judge_endpoint")


@dataclass
class RunConfig:
    model: str
    backend: str
    generation: dict
    prompt_layout: str
    prompt_style: str = "full"  # data.prompt_style of the training run (data.prompt.PROMPT_STYLES)
    data: str | None = None
    raiden_dir: str | None = None
    judges: list[str] = field(default_factory=list)
    endpoint: str | None = None  # the API backend's base URL, without a trailing slash
    judge_endpoint: str | None = None
    backend_details: dict = field(default_factory=dict)
    judge_details: dict = field(default_factory=dict)
    bootstrap: dict = field(default_factory=lambda: {"n_boot": 1000, "confidence": 0.95, "seed": 0})
    limit: int | None = None
    options: dict = field(default_factory=dict)  # every option of the run, for the record

    def to_dict(self) -> dict:
        return asdict(self)


def _endpoints(cfg: dict) -> dict:
    """The endpoints of a saved config; a store written before they were recorded has them in
    its backend and judge details."""
    def norm(url):
        return url.rstrip("/") if isinstance(url, str) else None

    return {"endpoint": norm(cfg.get("endpoint", (cfg.get("backend_details") or {}).get("api_base"))),
            "judge_endpoint": norm(cfg.get("judge_endpoint", (cfg.get("judge_details") or {}).get("api_base")))}


def config_conflicts(old: dict, new: dict) -> list[str]:
    """Result-defining settings that differ between a saved run and this one."""
    # a run saved before prompt styles existed was prompted in full
    old, new = ({"prompt_style": "full", **c, **_endpoints(c)} for c in (old, new))
    return [k for k in RESULT_KEYS if old.get(k) != new.get(k)]


def check_out_dir(out: Path, inputs) -> None:
    """Refuse, before anything is loaded or written, a run directory that is a file or whose
    output files would overwrite an input (e.g. ``--data OUT/items.jsonl``)."""
    if out.exists() and not out.is_dir():
        raise RaidenError(f"{out}: is a file, not a directory; --out names the run directory")
    check_outputs([out / name for name in RUN_OUTPUTS], inputs)


def _conflict_message(out: Path, old: dict, new: dict, diff: list[str]) -> str:
    if "endpoint" in diff or "judge_endpoint" in diff:
        key = "endpoint" if "endpoint" in diff else "judge_endpoint"
        was, now = _endpoints(old)[key], _endpoints(new)[key]
        who = "" if key == "endpoint" else "judge "
        return (f"{out}: holds results of {who}{was} (model {old.get('model')}); this run asks {who}{now} "
                f"(model {new.get('model')}): use a new --out, or --overwrite to discard them")
    return f"{out}: holds a run with different {', '.join(diff)}; use a new --out, or --overwrite to discard it"


def prepare_out_dir(out: Path, cfg: RunConfig, *, overwrite: bool = False) -> None:
    check_output_dir(out, what="run directory")
    cfg_path = out / CONFIG_FILE
    if overwrite:
        for name in (ITEMS_FILE, METRICS_FILE):
            (out / name).unlink(missing_ok=True)
    elif cfg_path.exists():
        try:
            old = json.loads(cfg_path.read_text(encoding="utf-8"))
        except ValueError:
            raise RaidenError(f"{cfg_path}: not valid JSON; use --overwrite or a new --out") from None
        diff = config_conflicts(old, cfg.to_dict())
        if diff and (out / ITEMS_FILE).exists():
            raise RaidenError(_conflict_message(out, old, cfg.to_dict(), diff))
    elif (out / ITEMS_FILE).exists():
        raise RaidenError(f"{out / ITEMS_FILE}: exists without {CONFIG_FILE}; use a new --out or --overwrite")
    write_text(cfg_path, json.dumps(cfg.to_dict(), ensure_ascii=False, indent=2) + "\n")


def item_row(item, *, status: str, generations=None, scores=None, judgments=None, error=None, stage=None,
             seconds: float = 0.0) -> dict:
    return {
        "id": item.id, "status": status, "error": error, "stage": stage,
        "facets": item.facets(), "meta": item.meta,
        "prompt": item.messages,
        "reference": item.reference,
        "ground_truth": json.loads(item.ground_truth.to_json()) if item.keyword_verifiable else None,
        "generations": generations, "scores": scores, "judgments": judgments,
        "seconds": round(seconds, 4), "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }


class Judges:
    """Grades every sample of an item with every judge, concurrently; the first judge's score is
    the sample's accuracy, the others are kept for agreement statistics."""

    def __init__(self, clients: Sequence, concurrency: int = 4) -> None:
        self.clients = list(clients)
        self.pool = ThreadPoolExecutor(max_workers=max(1, concurrency), thread_name_prefix="raiden-eval-judge")

    def grade(self, item, scores: list[dict]) -> tuple[list[dict], list[dict]]:
        jobs = {(s, c.model): self.pool.submit(judge_one, c, item, sc["final_answer"])
                for s, sc in enumerate(scores) for c in self.clients}
        judgments: list[dict] = [{} for _ in scores]
        for (s, model), fut in jobs.items():
            judgments[s][model] = fut.result().to_dict()  # JudgeError propagates to the caller
        primary = self.clients[0].model
        return [apply_judgment(sc, j[primary]["score"]) for sc, j in zip(scores, judgments)], judgments

    def close(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        for c in self.clients:  # each API client holds an event-loop thread and its connections
            close = getattr(c, "close", None)
            if close is not None:
                close()


def _score_and_judge(item, texts: list[str], judges: Judges | None) -> tuple[list[dict], list[dict] | None]:
    scores = [score_generation(item, t) for t in texts]
    if judges is not None and item.reference is not None:
        return judges.grade(item, scores)
    return scores, None


def run_items(items: Sequence, backend: Backend, gen_cfg: GenerationConfig, store: ItemStore, *,
              judges: Judges | None = None, log: Callable[[str], None] | None = None) -> dict:
    """Generate and score every item not yet ``ok`` in ``store``; returns counts of this pass."""
    log = log or (lambda m: print(m, file=sys.stderr))
    by_id = {it.id: it for it in items}
    pending = [it for it in items if not store.is_done(it.id)]
    # Items whose generations survived a judge failure only need judging again.
    rejudge = [it for it in pending if (store.get(it.id) or {}).get("stage") == "judge"
               and (store.get(it.id) or {}).get("generations")]
    rejudge_ids = {it.id for it in rejudge}
    to_generate = [it for it in pending if it.id not in rejudge_ids]
    counts = {"skipped": len(items) - len(pending), "ok": 0, "errors": 0}
    if counts["skipped"]:
        log(f"resuming: {counts['skipped']} of {len(items)} items already done")

    def finish(gen: Generation) -> None:
        item = by_id[gen.item_id]
        if gen.error is not None or gen.texts is None:
            store.append(item_row(item, status=ERROR, error=gen.error, stage="generate", seconds=gen.seconds))
            counts["errors"] += 1
            return
        try:
            scores, judgments = _score_and_judge(item, gen.texts, judges)
        except JudgeError as e:
            store.append(item_row(item, status=ERROR, generations=gen.texts, error=str(e), stage="judge",
                                  seconds=gen.seconds))
            counts["errors"] += 1
            return
        store.append(item_row(item, status=OK, generations=gen.texts, scores=scores, judgments=judgments,
                              seconds=gen.seconds))
        counts["ok"] += 1

    done = 0
    total = len(pending)
    for it in rejudge:
        prev = store.get(it.id)
        finish(Generation(it.id, prev["generations"], seconds=prev.get("seconds", 0.0)))
        done += 1
    last_log = time.monotonic()
    for gen in backend.generate(to_generate, gen_cfg):
        finish(gen)
        done += 1
        if time.monotonic() - last_log > 10 or done == total:
            log(f"{done}/{total} items ({counts['errors']} errors)")
            last_log = time.monotonic()
    return counts
