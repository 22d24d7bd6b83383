"""``raiden-r1 eval`` as a function: options -> items, backend, judges -> a finished run directory."""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass, field
from pathlib import Path

from raiden_r1.errors import RaidenError

from .backends.base import GenerationConfig
from .items import DEFAULT_PROMPT_LAYOUT, check_prompt, items_from_records
from .report import write_metrics, write_report
from .runner import ITEMS_FILE, Judges, RunConfig, check_out_dir, prepare_out_dir, run_items
from .store import ItemStore
from .summary import summarize


# Fewer resamples leave the 2.5% and 97.5% percentiles resting on two or three means each.
MIN_BOOT = 100


@dataclass
class EvalOptions:
    out: Path
    model: str | None = None
    data: Path | None = None
    raiden_dir: Path | None = None
    backend: str = "local"
    prompt_layout: str = DEFAULT_PROMPT_LAYOUT
    prompt_style: str = "full"  # the training run's data.prompt_style: evaluate as it was trained
    generation: GenerationConfig = field(default_factory=GenerationConfig)
    limit: int | None = None
    # local / vllm
    batch_size: int = 16
    dtype: str = "bfloat16"
    device: str | None = None
    threads: int | None = None
    trust_remote_code: bool = False
    # api (and judges)
    api_base: str | None = None
    api_key_env: str = "OPENAI_API_KEY"
    concurrency: int = 8
    max_retries: int = 5
    timeout: float = 120.0
    backoff_base: float = 1.0
    judge_api_base: str | None = None
    judge_models: list[str] = field(default_factory=list)
    judge_api_key_env: str = "OPENAI_API_KEY"
    # statistics
    n_boot: int = 1000
    overwrite: bool = False

    def __post_init__(self) -> None:
        # Out-of-range values would otherwise do nothing (no request with --max-retries -1), crash
        # on the first retry (--retry-base -1), or after generation with nothing saved (--n-boot 0).
        ranges = [("--limit", self.limit, 1), ("--batch-size", self.batch_size, 1), ("--threads", self.threads, 1),
                  ("--concurrency", self.concurrency, 1), ("--max-retries", self.max_retries, 0),
                  ("--n-boot", self.n_boot, MIN_BOOT)]
        for flag, value, low in ranges:
            if value is not None and value < low:
                raise RaidenError(f"{flag} must be at least {low}, got {value}")
        for flag, value, positive in [("--timeout", self.timeout, True), ("--retry-base", self.backoff_base, False)]:
            if not (math.isfinite(value) and (value > 0 if positive else value >= 0)):
                raise RaidenError(f"{flag} must be a finite number {'> 0' if positive else '>= 0'} (seconds), "
                                  f"got {value}")


def load_items(opts: EvalOptions) -> list:
    check_prompt(opts.prompt_layout, opts.prompt_style)
    if (opts.data is None) == (opts.raiden_dir is None):
        raise RaidenError("give exactly one of --data (a RAIDEN-R1 record file) and --raiden-dir")
    if opts.data is not None:
        from raiden_r1.data.records_io import load_records

        items = items_from_records(load_records(opts.data), opts.prompt_layout, opts.prompt_style)
    else:
        from .raiden import load_raiden

        items = load_raiden(opts.raiden_dir, layout=opts.prompt_layout, style=opts.prompt_style)
    if opts.limit is not None:
        items = items[:opts.limit]
    return items


def make_backend(opts: EvalOptions):
    """The backend and the model name recorded for the run."""
    if opts.backend == "api":
        from .backends.openai_api import ApiBackend, ChatClient

        if not opts.api_base or not opts.model:
            raise RaidenError("--backend api needs --api-base and --model (the endpoint's model name)")
        client = ChatClient(opts.api_base, opts.model, api_key_env=opts.api_key_env, timeout=opts.timeout,
                            max_retries=opts.max_retries, backoff_base=opts.backoff_base,
                            seed=opts.generation.seed)
        if not client.has_key:
            print(f"note: ${opts.api_key_env} is not set; sending requests without an API key", file=sys.stderr)
        return ApiBackend(client, concurrency=opts.concurrency), opts.model
    from raiden_r1.train.default_model import resolve_model_path

    path = resolve_model_path(opts.model)
    name = opts.model or "smollm2-135m"
    if opts.backend == "local":
        from .backends.local import LocalBackend

        return LocalBackend(path, batch_size=opts.batch_size, dtype=opts.dtype, device=opts.device,
                            trust_remote_code=opts.trust_remote_code, threads=opts.threads), name
    if opts.backend == "vllm":
        from .backends.vllm import VLLMBackend

        return VLLMBackend(path, dtype=opts.dtype, trust_remote_code=opts.trust_remote_code), name
    raise RaidenError(f"--backend must be local, vllm or api, not {opts.backend!r}")


def make_judges(opts: EvalOptions, items: list) -> Judges | None:
    if not opts.judge_models:
        if any(it.reference is not None for it in items):
            print("note: RAIDEN references are free text: without --judge-model only the in-character, "
                  "language, format and reward rates are measured", file=sys.stderr)
        return None
    if not opts.judge_api_base:
        raise RaidenError("--judge-model needs --judge-api-base")
    if len(set(opts.judge_models)) != len(opts.judge_models):
        raise RaidenError("--judge-model: the same judge is given twice")
    from .backends.openai_api import ChatClient

    clients = [ChatClient(opts.judge_api_base, m, api_key_env=opts.judge_api_key_env, timeout=opts.timeout,
                          max_retries=opts.max_retries, backoff_base=opts.backoff_base) for m in opts.judge_models]
    return Judges(clients, concurrency=opts.concurrency)


def options_record(opts: EvalOptions) -> dict:
    """Every option of the run as JSON values, saved with it (API keys never reach the options:
    only the names of their environment variables do)."""
    skip = ("generation", "out", "overwrite")
    return {k: str(v) if isinstance(v, Path) else v for k, v in vars(opts).items() if k not in skip}


def run_eval(opts: EvalOptions, log=None) -> dict:
    """Run (or resume) an evaluation into ``opts.out``; returns the metrics."""
    raiden = [opts.raiden_dir / "npc.json", opts.raiden_dir / "dialogue.json"] if opts.raiden_dir else []
    check_out_dir(Path(opts.out), [opts.data, *raiden])
    items = load_items(opts)
    backend, model_name = make_backend(opts)
    judges = make_judges(opts, items)
    cfg = RunConfig(model=model_name, backend=backend.name, generation=opts.generation.to_dict(),
                    prompt_layout=opts.prompt_layout, prompt_style=opts.prompt_style,
                    data=str(opts.data) if opts.data else None,
                    raiden_dir=str(opts.raiden_dir) if opts.raiden_dir else None,
                    judges=list(opts.judge_models), backend_details=backend.describe(),
                    endpoint=opts.api_base.rstrip("/") if opts.backend == "api" and opts.api_base else None,
                    judge_endpoint=opts.judge_api_base.rstrip("/") if opts.judge_models and opts.judge_api_base
                    else None,
                    judge_details={"api_base": opts.judge_api_base, "api_key_env": opts.judge_api_key_env}
                    if opts.judge_models else {},
                    bootstrap={"n_boot": opts.n_boot, "confidence": 0.95, "seed": opts.generation.seed},
                    limit=opts.limit, options=options_record(opts))
    out = Path(opts.out)
    prepare_out_dir(out, cfg, overwrite=opts.overwrite)
    store = ItemStore(out / ITEMS_FILE)
    try:
        run_items(items, backend, opts.generation, store, judges=judges, log=log)
    finally:
        store.close()
        if judges is not None:
            judges.close()
        backend.close()
    ids = [it.id for it in items]
    store.compact(ids)
    metrics = summarize(store.latest, ids, samples=opts.generation.samples, judges=opts.judge_models,
                        boot=cfg.bootstrap)
    write_metrics(out, metrics)
    write_report(out, metrics, cfg.to_dict(), rows=[store.latest[i] for i in ids if i in store.latest])
    return metrics
