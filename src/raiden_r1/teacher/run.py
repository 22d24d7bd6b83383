"""``raiden-r1 data generate``: profiles -> teacher-written, teacher-checked records, resumable.

The output directory holds the run: run.json (its settings), records.jsonl and cache.jsonl (the
append-only journal and request cache, journal.py), and, rewritten at the end of every run from
the journal, train/validation/test.json (split by character as ``data build`` splits) and
stats.json (requests, tokens, drops by reason, time).
"""

from __future__ import annotations

import asyncio
import json
import os
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from raiden_r1.errors import RaidenError
from raiden_r1.io_guard import check_output_dir, check_outputs, write_text
from raiden_r1.text import LANGUAGES

from .generate import Settings, UnitRunner, unit_id
from .journal import CACHE_FILE, Journal, RequestCache, check_settings
from .teachers import LocalSettings, TeacherPool, close_teachers, make_teachers, parse_teacher_specs

SPLITS = ("train", "validation", "test")


@dataclass
class GenerateOptions:
    profiles: list[Path]
    out: Path
    api_base: str | None
    model: str | None
    teachers: str | None = None
    backend: str = "openai"
    local: LocalSettings = field(default_factory=LocalSettings)
    max_new_tokens: int | None = None
    api_key_env: str = "OPENAI_API_KEY"
    settings: Settings = field(default_factory=Settings)
    concurrency: int = 8
    timeout: float = 120.0
    max_retries: int = 5
    retry_base: float = 1.0
    json_mode: bool = True
    val_fraction: float = 0.1
    test_fraction: float = 0.1
    progress: bool = True


@dataclass
class GenerateResult:
    counts: dict[str, int]
    stats: dict
    failed_units: list[str]


def _check_options(o: GenerateOptions) -> None:
    s = o.settings
    if o.backend == "openai":
        missing = [flag for flag, value in (("--api-base", o.api_base), ("--model", o.model)) if not value]
        if missing:
            raise RaidenError(f"--backend openai needs {' and '.join(missing)} (the endpoint and its model name)")
    elif o.backend == "local":
        if o.api_base:
            raise RaidenError("--api-base is for --backend openai; with --backend local name an endpoint teacher "
                              "as --teachers NAME@URL")
    else:
        raise RaidenError(f"--backend must be openai or local, not {o.backend!r}")
    if o.max_new_tokens is not None and o.max_new_tokens < 1:
        raise RaidenError(f"--max-new-tokens must be at least 1, got {o.max_new_tokens}")
    if s.language != "auto" and s.language not in LANGUAGES:
        raise RaidenError(f"--language must be auto or one of {', '.join(LANGUAGES)}, got {s.language!r}")
    if s.per_profile < 0 or s.cm_per_profile < 0 or s.per_profile + s.cm_per_profile == 0:
        raise RaidenError("--per-profile and --cm-per-profile must be >= 0, and one of them > 0")
    # an exchange after the fact's (a distractor) makes it a memory test: 4 turns at least
    if s.cm_turns < 4 or s.cm_turns % 2:
        raise RaidenError(f"--cm-turns must be an even number >= 4 (user and character alternate, and an exchange "
                          f"follows the fact), got {s.cm_turns}")


def _split_files(journal: Journal, profiles, o: GenerateOptions) -> dict[str, list[dict]]:
    from raiden_r1.data.builder import split_characters
    from raiden_r1.data.builder.seeded import stable_rng

    assignment = split_characters([p.name for p in profiles], o.settings.seed, o.val_fraction, o.test_fraction)
    by_name: dict[str, list[tuple[str, dict]]] = {}
    for rid, rec in sorted(journal.records.items()):
        by_name.setdefault(rec["character_name"], []).append((rid, rec))
    splits = {}
    for split in SPLITS:
        rows = [rec for name in assignment[split] for _, rec in by_name.get(name, [])]
        stable_rng(o.settings.seed, "order", split).shuffle(rows)
        splits[split] = rows
    return splits


def _counts(rows: list[dict]) -> dict:
    focus = Counter(r["metadata"]["focus"] for r in rows)
    return {"total": len(rows), "script_knowledge": focus["script_knowledge"],
            "conversation_memory": focus["conversation_memory"],
            "multi_term_parsing": sum(1 for r in rows if r["validation_method"] == "multi_term_parsing"),
            "with_cot": sum(1 for r in rows if r.get("cot"))}


async def _run_units(runner: UnitRunner, units, concurrency: int, progress: bool) -> list[str]:
    from raiden_r1.eval.backends.openai_api import ApiError

    bar = None
    try:
        from tqdm import tqdm
    except ImportError:  # the bar is a comfort: a core install without tqdm runs without one
        progress = False
    if progress:
        done = sum(1 for p, f in units if unit_id(p, f) in runner.journal.done)
        bar = tqdm(total=len(units), initial=done, unit="unit", desc="data generate", dynamic_ncols=True)
    failed: list[str] = []
    # units in flight: enough to keep every request slot busy, few enough to keep memory flat
    slots = asyncio.Semaphore(max(2, concurrency))

    async def one(profile, focus):
        if unit_id(profile, focus) in runner.journal.done:
            return
        async with slots:
            try:
                await runner.run(profile, focus)
            except ApiError as e:
                failed.append(f"{profile.name} ({focus}): {e}")
            finally:
                if bar is not None:
                    bar.update(1)
                    bar.set_postfix(records=len(runner.journal.records), refresh=False)

    try:
        await asyncio.gather(*(one(p, f) for p, f in units))
    finally:
        if bar is not None:
            bar.close()
    return failed


def generate(o: GenerateOptions) -> GenerateResult:
    from raiden_r1.data.profiles import load_profiles

    _check_options(o)
    out = check_output_dir(o.out)
    outputs = check_outputs([out / f"{s}.json" for s in SPLITS] + [out / "stats.json"], o.profiles)
    profiles = [p for path in o.profiles for p in load_profiles(path)]
    if not profiles:
        raise RaidenError(f"{', '.join(map(str, o.profiles))}: no profiles")
    model = o.model or "smollm2-135m"  # --backend local without --model: the embedded default
    specs = parse_teacher_specs(model, o.teachers, o.api_base)
    s = o.settings
    # the backend and the token cap only when not the defaults: a run started before they existed resumes
    extra = {k: v for k, v in (("backend", o.backend), ("max_new_tokens", o.max_new_tokens))
             if v not in ("openai", None)}
    check_settings(out, {"model": model, "teachers": [name for name, _ in specs], **asdict(s),
                         "val_fraction": o.val_fraction, "test_fraction": o.test_fraction, **extra})
    generator, checkers = make_teachers(model, o.api_base, specs, api_key_env=o.api_key_env, timeout=o.timeout,
                                        max_retries=o.max_retries, retry_base=o.retry_base, seed=s.seed,
                                        local=o.local if o.backend == "local" else None)
    journal, cache = Journal(out), RequestCache(out / CACHE_FILE)
    t0 = time.perf_counter()
    try:
        pool = TeacherPool(generator, checkers, cache, concurrency=o.concurrency, json_mode=o.json_mode,
                           max_new_tokens=o.max_new_tokens)
        runner = UnitRunner(pool, journal, s)
        units = [(p, f) for p in profiles for f, n in (("script_knowledge", s.per_profile),
                                                       ("conversation_memory", s.cm_per_profile)) if n > 0]
        failed = asyncio.run(_run_units(runner, units, o.concurrency, o.progress))
    finally:
        close_teachers(generator, checkers)
        journal.close()
        cache.close()
    splits = _split_files(journal, profiles, o)
    stats = {
        "settings": {"model": model, "teachers": [n for n, _ in specs], **asdict(s), "concurrency": o.concurrency,
                     "backend": o.backend, "max_new_tokens": o.max_new_tokens},
        "profiles": len(profiles),
        "units": {"total": len(units), "finished": sum(1 for p, f in units if unit_id(p, f) in journal.done),
                  "failed_this_run": len(failed)},
        "counts": {split: _counts(rows) for split, rows in splits.items()},
        **journal.totals(),
        "this_run": {**pool.counters.as_dict(), "wall_s": round(time.perf_counter() - t0, 3)},
        "all_runs": cache.totals(),
        "failures": failed[:20],
    }
    for split, path in zip(SPLITS, outputs):
        write_text(path, json.dumps(splits[split], ensure_ascii=False, indent=1) + "\n", o.profiles)
    write_text(outputs[-1], json.dumps(stats, ensure_ascii=False, indent=1) + "\n", o.profiles)
    return GenerateResult({k: len(v) for k, v in splits.items()}, stats, failed)


def summary_line(result: GenerateResult, out: os.PathLike | str) -> str:
    t = result.stats
    parts = ", ".join(f"{k} {v}" for k, v in result.counts.items())
    line = (f"wrote {parts} records to {out} ({t['kept']} kept of {t['candidates']} candidates; "
            f"{t['this_run']['requests']} requests, {t['this_run']['cache_hits']} cached; see stats.json)")
    if result.failed_units:
        line += (f"; {len(result.failed_units)} unit(s) failed on endpoint errors and stay unfinished: "
                 f"run the same command again to resume (first: {result.failed_units[0]})")
    return line
