"""``raiden-r1 quickstart``: the README's main job, every stage in one command.

data check (rebuild if missing) -> EasyR1 rows -> default model -> evaluate the base model on the
held-out test split -> short inner monologues (data cot --short) -> SFT cold start within a
wall-clock budget -> evaluate the SFT model -> GRPO from it within its own budget -> evaluate again
-> ``<out>/report.md`` with three rows (base, after SFT, after SFT+GRPO): SBK and CM accuracy (n and
95% intervals), think well-formed, in character, repetition, mean length, per language, McNemar
between the stages, answer samples, the goals, peak memory, timings and the commands that
reproduce each stage. The stages that stand on their own are in quickstart_stages.py, SFT's in
quickstart_sft.py, the report in quickstart_report.py.

This module sits above every stage and may import all of them; nothing imports it.
"""

from __future__ import annotations

import importlib
import json
import os
import shlex
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Optional

from raiden_r1.cpu import bf16_is_fast
from raiden_r1.errors import RaidenError
from raiden_r1.io_guard import write_text
from raiden_r1.quickstart_child import ChildResult, run_in_child
from raiden_r1.quickstart_sft import DEFAULT_SFT_CONFIG
from raiden_r1.quickstart_stages import (SHIPPED_BUILD_FLAGS, convert_to_easyr1, ensure_data, eval_command, eval_subset,
                                       held_out_characters)

MAX_TRAIN_MINUTES = 15.0  # SFT + GRPO: with three evaluations the whole run fits 20 minutes on 2 cores
# Items per evaluation: every CM item of the shipped split (43) and SBK items per language; three
# evaluations of all 175 items do not fit the 20 minutes on 2 cores (docs/tuning.md, "Evaluation speed").
EVAL_ITEMS = 96
DEFAULT_CONFIG = Path("configs/local_quickstart.yaml")


@dataclass
class QuickstartOptions:
    out: Path = Path("runs/quickstart")
    config: Path = DEFAULT_CONFIG
    data_dir: Path = Path("data/training")
    profiles: Path = Path("data/profiles/characters.json")
    easyr1_dir: Path = Path("data/easyr1")
    model: Optional[str] = None  # None: the embedded SmolLM2-135M-Instruct
    minutes: float = 7.0  # GRPO budget (trainer.max_minutes)
    sft_minutes: float = 4.0  # SFT budget; with GRPO's at most MAX_TRAIN_MINUTES in all
    sft_config: Path = DEFAULT_SFT_CONFIG
    max_steps: Optional[int] = None  # None: the config's trainer.max_steps
    max_eval_items: Optional[int] = EVAL_ITEMS  # a stratified subset (eval.subset); None or 0: the whole split
    eval_batch_size: int = 24  # one batch per character of the 96-item subset (14-18 items each)
    seed: int = 0
    threads: Optional[int] = None  # CPU threads; None: the cores free when the run starts
    # The evaluations, SFT and GRPO each in a child process (quickstart_child.py), so that what one
    # keeps resident is gone before the next; False runs them here (quicker tests, a debugger).
    stages_in_children: bool = True
    overrides: list[str] = field(default_factory=list)  # key=value for the GRPO config
    sft_overrides: list[str] = field(default_factory=list)  # key=value for the SFT config


@dataclass
class Stage:
    name: str
    seconds: float
    detail: str = ""
    cpu_seconds: float = 0.0  # this process's user + system time: wall time / threads on free cores
    # Memory when the stage ends: the process's peak so far (monotonic, so the stage where it jumps
    # holds the run's peak) and what is still resident (freed memory the allocator kept). For a
    # stage run in a child ("child"), the child's own peak, RSS and CPU time, and main_rss_gb this
    # process's RSS meanwhile: both were resident at once.
    peak_gb: float = 0.0
    rss_gb: float = 0.0
    process: str = "main"
    main_rss_gb: float = 0.0


def _memory_gb() -> tuple[float, float]:
    from raiden_r1.quickstart_sft import peak_memory_gb

    try:
        with open("/proc/self/statm") as f:
            rss = int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e9
    except (OSError, ValueError, IndexError):  # not Linux
        rss = 0.0
    return peak_memory_gb()["self_gb"], rss


def _cpu_seconds() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class _Timer:
    def __init__(self, stages: list[Stage], log: Callable[[str], None]):
        self.stages, self.log = stages, log

    def __call__(self, name: str):
        timer = self

        class _Ctx:
            detail = ""
            child: Optional[ChildResult] = None  # set where the stage ran in a child process

            def __enter__(self):
                timer.log(f"[quickstart] {name} ...")
                self.t, self.cpu = time.perf_counter(), _cpu_seconds()
                return self

            def __exit__(self, exc_type, *_):
                if exc_type is None:
                    secs = time.perf_counter() - self.t
                    if self.child is None:
                        cpu = _cpu_seconds() - self.cpu
                        timer.stages.append(Stage(name, secs, self.detail, cpu, *_memory_gb()))
                    else:
                        c = self.child
                        cpu = c.cpu_seconds
                        timer.stages.append(Stage(name, secs, self.detail, cpu, c.peak_gb, c.rss_gb, "child",
                                                  _memory_gb()[1]))
                    timer.log(f"[quickstart] {name}: done in {secs:.1f} s, {cpu:.0f} CPU s"
                              f"{' (' + self.detail + ')' if self.detail else ''}")
                return False

        return _Ctx()


def _run_stage(opts: QuickstartOptions, timed, stage: str, function: str, *args, **kwargs):
    """``function`` ("module:name") in a child process whose output also goes to
    ``<out>/logs/<stage>.log`` (opts.stages_in_children), or in this one."""
    if not opts.stages_in_children:
        module, name = function.split(":")
        return getattr(importlib.import_module(module), name)(*args, **kwargs)
    log_path = opts.out / "logs" / (stage.lower().replace(" ", "_") + ".log")
    timed.child = run_in_child(stage, function, args, kwargs, log_path=log_path)
    return timed.child.value


# ------------------------------------------------------------------ GRPO overrides (stages: quickstart_stages.py)
def training_overrides(opts: QuickstartOptions, model: str) -> list[str]:
    ov = [f"worker.actor.model.model_path={model}", f"data.train_files=[{opts.data_dir / 'train.json'}]"]
    if opts.threads:
        ov.append(f"trainer.num_threads={opts.threads}")
    if opts.max_steps is not None:
        ov.append(f"trainer.max_steps={opts.max_steps}")
    # the budget and the run directory belong to the quickstart: they come after the user's overrides
    return ov + list(opts.overrides) + [f"trainer.max_minutes={opts.minutes:g}",
                                        f"trainer.output_dir={opts.out / 'train'}"]


# ------------------------------------------------------------------------------------------ the run
def run_quickstart(opts: QuickstartOptions, log: Callable[[str], None] = lambda s: print(s, file=sys.stderr)) -> dict:
    from raiden_r1.quickstart_report import write_report
    from raiden_r1.quickstart_sft import current_rows, length_figures, peak_memory_gb, sft_overrides, write_cot
    from raiden_r1.train.config import load_config
    from raiden_r1.train.default_model import resolve_model_path

    for path in (opts.config, opts.sft_config):
        if not path.is_file():
            raise RaidenError(f"{path}: config file not found (run the quickstart from the repository root)")
    if opts.minutes <= 0 or opts.minutes > MAX_TRAIN_MINUTES:
        raise RaidenError(f"--minutes: the quickstart trains for 0 < minutes <= {MAX_TRAIN_MINUTES:g}, got {opts.minutes:g}")
    if opts.sft_minutes <= 0 or opts.minutes + opts.sft_minutes > MAX_TRAIN_MINUTES:
        raise RaidenError(f"--sft-minutes: SFT needs a budget > 0, and SFT + GRPO at most {MAX_TRAIN_MINUTES:g} "
                          f"minutes in all, got {opts.sft_minutes:g} + {opts.minutes:g}")
    stages: list[Stage] = []
    timed = _Timer(stages, log)
    opts.out.mkdir(parents=True, exist_ok=True)
    t_all = time.perf_counter()

    with timed("data") as s:
        counts, rebuilt = ensure_data(opts.data_dir, opts.profiles, opts.seed)
        characters = held_out_characters(opts.data_dir)
        s.detail = ("rebuilt; " if rebuilt else "") + ", ".join(f"{k} {v}" for k, v in counts.items()) + " records"
    with timed("convert to EasyR1 rows") as s:
        s.detail = f"{convert_to_easyr1(opts.data_dir, opts.easyr1_dir)} rows in {opts.easyr1_dir}"
    with timed("default model") as s:
        base = str(resolve_model_path(opts.model))
        s.detail = base
    # the run's own config decides layout and lengths, so evaluation prompts exactly as training does
    cfg = load_config(opts.config, training_overrides(opts, base))
    eval_dtype = "bfloat16"
    cuda = _uses_cuda(cfg, in_child=opts.stages_in_children)
    if not cuda and cfg.actor.fsdp.mp_param_dtype == "bf16" and not bf16_is_fast():
        # No bf16 in this CPU's hardware: emulated bf16 is several times slower than float32.
        opts.overrides = ["worker.actor.fsdp.mp_param_dtype=fp32", *opts.overrides]
        cfg = load_config(opts.config, training_overrides(opts, base))
        eval_dtype = "float32"
        log("[quickstart] this CPU has no bf16 instructions (AVX-512 BF16/AMX): training and evaluating in float32")
    if opts.threads is None and not cuda:
        from raiden_r1.cpu import free_cores, usable_cores

        opts.threads = free_cores()  # from here on in the training overrides and the evaluation
        busy = "" if opts.threads == usable_cores() else \
            f" (other processes keep {usable_cores() - opts.threads} busy: expect fewer training steps)"
        log(f"[quickstart] {opts.threads} CPU threads of {usable_cores()} cores{busy}")
    if cfg.model.lora.rank > 0:  # checked before any work: evaluation loads full checkpoints
        raise RaidenError(f"{opts.config}: worker.actor.model.lora.rank: the quickstart trains and evaluates full "
                          f"models (rank 0)")
    cot_path = opts.out / "sft_data" / "train_cot.json"
    sft_ov = sft_overrides(cfg, base, cot_path, opts.out / "sft", opts.sft_minutes, opts.threads, opts.max_steps,
                           opts.sft_overrides, load_config(opts.sft_config, grpo=False).data.language)
    if load_config(opts.sft_config, sft_ov, grpo=False).model.lora.rank > 0:
        raise RaidenError(f"{opts.sft_config}: worker.actor.model.lora.rank: the quickstart trains and evaluates "
                          f"full models (rank 0)")
    layout, style, max_new = cfg.data.prompt_layout, cfg.data.prompt_style, cfg.data.max_response_length
    test, eval_set = eval_subset(opts.data_dir / "test.json", opts.out / "eval_data" / "test.json",
                                 opts.max_eval_items, opts.seed)
    ev = dict(layout=layout, style=style, max_new_tokens=max_new, limit=None, batch_size=opts.eval_batch_size,
              seed=opts.seed, threads=opts.threads, dtype=eval_dtype)
    stage = lambda s, *a, **kw: _run_stage(opts, s, *a, **kw)  # noqa: E731
    with timed("evaluate base model") as s:
        # the base model's answers do not change between runs: a rerun with the same settings resumes them
        before = stage(s, "evaluate base model", "raiden_r1.quickstart_stages:evaluate_resuming", base, test,
                       opts.out / "eval_before", **ev)
    with timed("write inner monologues") as s:
        s.detail = write_cot(opts.data_dir / "train.json", cot_path, opts.seed)
    with timed("SFT") as s:
        sft_model, sft_history, sft_cfg = stage(s, "SFT", "raiden_r1.quickstart_sft:run_sft", opts.sft_config, sft_ov)
        s.detail = f"{len(sft_history)} steps on {sft_cfg['examples']} examples, budget {opts.sft_minutes:g} min"
    with timed("evaluate SFT model") as s:
        after_sft = stage(s, "evaluate SFT model", "raiden_r1.quickstart_stages:evaluate", str(sft_model), test,
                          opts.out / "eval_sft", overwrite=True, **ev)
    with timed("GRPO training") as s:
        ckpt, history, cfg_dict = stage(s, "GRPO training", "raiden_r1.quickstart_stages:train", opts.config,
                                        training_overrides(opts, str(sft_model)))
        s.detail = f"{len(history)} steps from the SFT model, budget {opts.minutes:g} min"
    with timed("evaluate trained model") as s:
        after = stage(s, "evaluate trained model", "raiden_r1.quickstart_stages:evaluate", str(ckpt), test,
                      opts.out / "eval_after", overwrite=True, **ev)
        _card_with_evaluation(ckpt, after, test)
    runs = {"base": opts.out / "eval_before", "sft": opts.out / "eval_sft", "grpo": opts.out / "eval_after"}
    with timed("compare"):
        from raiden_r1.eval.compare import compare_runs

        compared = compare_runs(list(runs.values()), opts.out / "compare")
        # GRPO's own contribution: the SFT model is the baseline here
        compared_sft_grpo = compare_runs([runs["sft"], runs["grpo"]], opts.out / "compare_sft_grpo")
    from raiden_r1.data.records_io import load_records
    from raiden_r1.eval.items import items_from_records
    from raiden_r1.eval.report import answer_samples
    from raiden_r1.train.modeling import load_tokenizer

    # the ids the three evaluations ran on (run_eval derives them the same way from the same file)
    eval_ids = [it.id for it in items_from_records(load_records(test), layout, style)]
    rows = {k: current_rows(d, eval_ids) for k, d in runs.items()}
    # What each model was paid for, read by a person: a fixed-seed sample of its answers.
    samples = {k: answer_samples(r, seed=0) for k, r in rows.items()}
    tokenizer = load_tokenizer(base, cfg)
    lengths = {k: length_figures(r, tokenizer, max_new) for k, r in rows.items()}
    total = time.perf_counter() - t_all
    summary = {
        "options": {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(opts).items()},
        "data": {"counts": counts, "rebuilt": rebuilt, "held_out_characters": characters, "test_file": str(test),
                 "eval_set": eval_set},
        "model": base, "sft_model": str(sft_model), "checkpoint": str(ckpt), "config": cfg_dict, "sft_config": sft_cfg,
        "before": before, "after_sft": after_sft, "after": after, "lengths": lengths, "max_new_tokens": max_new,
        "history": history, "sft_history": sft_history, "compare": compared, "compare_sft_grpo": compared_sft_grpo,
        "samples": samples, "memory": run_memory(peak_memory_gb(), stages),
        "stages": [asdict(st) for st in stages], "total_seconds": total,
        "commands": reproduce_commands(opts, base, ckpt, layout, max_new, sft_model, sft_ov, test, style),
    }
    write_text(opts.out / "summary.json", json.dumps(summary, indent=2, ensure_ascii=False, default=str) + "\n")
    report = write_report(opts.out, summary)
    log(f"[quickstart] report: {report}")
    return summary


def run_memory(memory: dict, stages: list[Stage]) -> dict:
    """getrusage's peaks, with ``peak_gb`` the run's: this process's own peak, or a child stage's
    peak plus this process's RSS while it ran, whichever is larger."""
    with_main = [st.peak_gb + st.main_rss_gb for st in stages if st.process == "child"]
    return {**memory, "peak_gb": max([memory["self_gb"], *with_main])}


def _card_with_evaluation(ckpt: Path, metrics: dict, test: Path) -> None:
    """The trained checkpoint's model card, now with its held-out figures."""
    from raiden_r1.model_card import eval_figures, write_card
    from raiden_r1.train.checkpoint import card_facts
    from raiden_r1.train.config import load_config

    cfg = load_config(ckpt / "config.yaml", on_warning=None)
    step = int(ckpt.name.rsplit("_", 1)[-1])  # checkpoints/step_000045
    facts = card_facts(cfg, step, eval_figures(metrics),
                       f"greedy answers to the held-out characters of {test} (raiden-r1 eval, 95% bootstrap intervals)")
    write_card(ckpt, facts)


def _uses_cuda(cfg, in_child: bool = False) -> bool:
    """Whether training runs on CUDA. ``in_child``: torch is asked in a short-lived process, not
    imported here: imported, it stays resident in this process (~0.2 GB) beside every stage's child,
    and the run's peak is the largest child's plus this process (session 35: 5.71 + 0.29 GB;
    docs/tuning.md, "Peak margin and CM (session 36)")."""
    if cfg.trainer.device != "auto":
        return cfg.trainer.device == "cuda"
    if in_child and "torch" not in sys.modules:
        import subprocess

        probe = subprocess.run([sys.executable, "-c", "import torch; print(int(torch.cuda.is_available()))"],
                               capture_output=True, text=True)
        return probe.stdout.strip() == "1"
    import torch

    return torch.cuda.is_available()


def reproduce_commands(opts: QuickstartOptions, base: str, ckpt: Path, layout: str, max_new: int,
                       sft_model: Optional[Path] = None, sft_ov: Optional[list[str]] = None,
                       test: Optional[Path] = None, style: str = "full") -> dict[str, str]:
    q = ["raiden-r1", "quickstart", "--minutes", f"{opts.minutes:g}", "--sft-minutes", f"{opts.sft_minutes:g}",
         "--out", str(opts.out)]
    if opts.config != DEFAULT_CONFIG:
        q += ["--config", str(opts.config)]
    if opts.sft_config != DEFAULT_SFT_CONFIG:
        q += ["--sft-config", str(opts.sft_config)]
    for o in opts.sft_overrides:
        q += ["--sft-set", o]
    if opts.model:
        q += ["--model", opts.model]
    if opts.max_steps is not None:
        q += ["--max-steps", str(opts.max_steps)]
    if opts.max_eval_items != EVAL_ITEMS:
        q += ["--max-eval-items", str(opts.max_eval_items or 0)]
    if opts.threads:
        q += ["--threads", str(opts.threads)]
    q += list(opts.overrides)
    model_arg = opts.model or "smollm2-135m"
    test = test or opts.data_dir / "test.json"  # the evaluated file: the split or its subset
    sft_model = sft_model or opts.out / "sft" / "model"
    train_ov = [o for o in training_overrides(opts, str(sft_model))]
    # the portable model name, not this machine's cache path
    sft_ov = [f"worker.actor.model.model_path={model_arg}" if o.startswith("worker.actor.model.model_path=") else o
              for o in (sft_ov or [])]
    return {
        "quickstart": shlex.join(q),
        "data": shlex.join(["raiden-r1", "data", "build", "--profiles", str(opts.profiles), "--out",
                            str(opts.data_dir), "--seed", str(opts.seed), *SHIPPED_BUILD_FLAGS]),
        "convert": shlex.join(["raiden-r1", "data", "convert", "--train_input", str(opts.data_dir / "train.json"),
                               "--val_input", str(opts.data_dir / "validation.json"),
                               "--train_output", str(opts.easyr1_dir / "train.json"),
                               "--val_output", str(opts.easyr1_dir / "validation.json")]),
        "eval_before": shlex.join(eval_command(model_arg, test, opts.out / "eval_before", layout, max_new,
                                               None, opts.eval_batch_size, style)),
        "cot": shlex.join(["raiden-r1", "data", "cot", str(opts.data_dir / "train.json"), "--out",
                           str(opts.out / "sft_data" / "train_cot.json"), "--seed", str(opts.seed), "--short"]),
        "sft": shlex.join(["raiden-r1", "sft", "--config", str(opts.sft_config), *sft_ov]),
        "eval_sft": shlex.join(eval_command(str(sft_model), test, opts.out / "eval_sft", layout, max_new,
                                            None, opts.eval_batch_size, style)),
        "train": shlex.join(["raiden-r1", "train", "--config", str(opts.config), *train_ov]),
        "eval_after": shlex.join(eval_command(str(ckpt), test, opts.out / "eval_after", layout, max_new,
                                              None, opts.eval_batch_size, style)),
        "compare": shlex.join(["raiden-r1", "eval", "compare", str(opts.out / "eval_before"),
                               str(opts.out / "eval_sft"), str(opts.out / "eval_after")]),
        "compare_sft_grpo": shlex.join(["raiden-r1", "eval", "compare", str(opts.out / "eval_sft"),
                                        str(opts.out / "eval_after"), "--out", str(opts.out / "compare_sft_grpo")]),
    }


# ------------------------------------------------------------------------------------------ CLI
def register(app) -> None:
    import typer

    @app.command("quickstart")
    def quickstart(
        overrides: Optional[list[str]] = typer.Argument(None, help="GRPO config overrides, key=value."),
        minutes: float = typer.Option(7.0, help="GRPO budget in minutes (SFT + GRPO at most 15)."),
        sft_minutes: float = typer.Option(4.0, help="SFT budget in minutes."),
        sft_config: Path = typer.Option(DEFAULT_SFT_CONFIG, help="SFT config (raiden-r1 sft's keys)."),
        sft_set: Optional[list[str]] = typer.Option(None, "--sft-set", help="SFT config override, key=value "
                                                    "(repeatable)."),
        max_steps: Optional[int] = typer.Option(None, help="Stop training after this many steps (default: config)."),
        max_eval_items: Optional[int] = typer.Option(EVAL_ITEMS, help="Evaluate a fixed-seed subset of N test items: "
                                                     "every CM item, SBK per language in proportion (0: all)."),
        out: Path = typer.Option(Path("runs/quickstart"), help="Run directory (report.md goes here)."),
        config: Path = typer.Option(DEFAULT_CONFIG, help="Training config."),
        model: Optional[str] = typer.Option(None, help="Model directory (default: embedded SmolLM2-135M-Instruct)."),
        data_dir: Path = typer.Option(Path("data/training"), help="train/validation/test.json (rebuilt if missing)."),
        eval_batch_size: int = typer.Option(24, help="Prompts per generate call during evaluation."),
        seed: int = typer.Option(0, help="Seed of the data rebuild and the evaluation."),
        threads: Optional[int] = typer.Option(None, help="CPU threads (default: the cores free at the start)."),
    ) -> None:
        """Prepare the sample data, evaluate SmolLM2-135M on unseen characters, teach it to think in character (SFT), train it with GRPO, evaluating after each stage, and write OUT/report.md."""  # noqa: E501
        from raiden_r1.cpu import tune_allocator

        tune_allocator()  # before torch is imported
        opts = QuickstartOptions(out=out, config=config, data_dir=data_dir, model=model, minutes=minutes,
                                 sft_minutes=sft_minutes, sft_config=sft_config, sft_overrides=list(sft_set or []),
                                 max_steps=max_steps, max_eval_items=max_eval_items, eval_batch_size=eval_batch_size,
                                 seed=seed, threads=threads, overrides=list(overrides or []))
        s = run_quickstart(opts)
        typer.echo(headline(s))
        typer.echo(f"report: {opts.out / 'report.md'}")


def headline(summary: dict) -> str:
    from raiden_r1.quickstart_report import fmt_acc

    rows = [summary[k]["overall"] for k in ("before", "after_sft", "after")]
    return "; ".join(f"{label} accuracy (base -> SFT -> SFT+GRPO) " + " -> ".join(fmt_acc(r[key]) for r in rows)
                     for key, label in (("sbk_accuracy", "SBK"), ("cm_accuracy", "CM")))
