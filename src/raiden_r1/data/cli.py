"""`raiden-r1 data ...`: validate files, build the SBK/CM dataset, audit it, convert to EasyR1 rows.

Each command's logic lives in its own module; this file only parses options.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

app = typer.Typer(help="Profiles -> SBK/CM records -> EasyR1 rows.", no_args_is_help=True)


@app.command()
def validate(
    file: Path = typer.Argument(..., help="A profiles, records or EasyR1 rows file (kind detected by content)."),
    verbose: bool = typer.Option(False, "--verbose", "-v",
                                 help="Also print notes: fields filled in for older record files, "
                                      "each profile's parsed fields, columns EasyR1 ignores."),
    llm: bool = typer.Option(False, "--llm", help="Also run the teacher checks of `data generate` on a records "
                                                  "file (needs --api-base, --model, --llm-out; docs/teacher.md)."),
    api_base: Optional[str] = typer.Option(None, "--api-base"),
    model: Optional[str] = typer.Option(None, "--model"),
    teachers: Optional[str] = typer.Option(None, "--teachers", help="NAME or NAME@URL, comma-separated."),
    api_key_env: str = typer.Option("OPENAI_API_KEY", "--api-key-env"),
    llm_out: Optional[Path] = typer.Option(None, "--llm-out", help="Where the failing records go, with reasons."),
    concurrency: int = typer.Option(8, "--concurrency"),
    # a one-slot CPU server (llama.cpp) answers one request at a time: queued requests need a longer deadline
    timeout: float = typer.Option(120.0, "--timeout", help="--llm: total deadline per request, seconds."),
    max_retries: int = typer.Option(5, "--max-retries", help="--llm: retries on 429/5xx/timeouts/dropped "
                                                             "connections."),
    json_mode: bool = typer.Option(True, "--json-mode/--no-json-mode", help="--llm: ask for response_format "
                                                                            "json_object."),
) -> None:
    """Check a file against its schema; list every problem with record index and field."""
    from .validate import validate_file

    status = validate_file(file, verbose=verbose)
    if llm and status != 0:
        typer.echo(f"{file}: teacher checks not run: fix the problems above first")
    elif llm:
        from raiden_r1.teacher.revalidate import llm_check_command

        status = llm_check_command(file, api_base, model, llm_out, teachers=teachers, api_key_env=api_key_env,
                                   concurrency=concurrency, timeout=timeout, max_retries=max_retries,
                                   json_mode=json_mode)
    raise typer.Exit(status)


@app.command()
def build(
    profiles: list[Path] = typer.Option(..., "--profiles", help="Profile file(s): RAIDEN npc.json, online_profiles.jsonl, or plain JSON/JSONL."),
    out: Path = typer.Option(..., "--out", help="Output directory for train/validation/test/stats.json."),
    seed: int = typer.Option(0, help="Seed for question choice, splitting and shuffling."),
    val_fraction: float = typer.Option(0.1, help="Share of characters in validation."),
    test_fraction: float = typer.Option(0.1, help="Share of characters in test."),
    cm_per_character: int = typer.Option(4, "--cm-per-character", min=0, help="Conversation-memory records tried per character."),
) -> None:
    """Build SBK and CM training records from character profiles (no LLM needed)."""
    from .builder import build_from_files, summary_line

    result = build_from_files(profiles, out, seed=seed, val_fraction=val_fraction, test_fraction=test_fraction,
                              cm_per_character=cm_per_character)
    typer.echo(summary_line(result, out))


@app.command()
def audit(
    files: list[Path] = typer.Argument(..., help="Records file(s) built by 'data build' (or any RAIDEN-R1 records): "
                                       "each is audited on its own (train.json validation.json test.json)."),
    profiles: list[Path] = typer.Option([], "--profiles", help="The profile file(s) the records were built from: "
                                        "negatives and the setting are judged against the full cards."),
    sample: int = typer.Option(0, "--sample", min=0, help="Also write a Markdown review sheet of N sampled records."),
    sheet: Optional[Path] = typer.Option(None, "--sheet", help="Write the sample sheet here instead of printing it."),
    seed: int = typer.Option(0, help="Seed of the sample."),
    max_failures: int = typer.Option(0, "--max-failures", min=0, help="Print at most this many failures (0: all)."),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 when any record fails a check (for CI)."),
) -> None:
    """Objective checks of built records: a pass-rate table per check and language, and every failure."""
    from .audit import run_audit

    if sheet is not None and len(files) > 1:
        from raiden_r1.errors import RaidenError

        raise RaidenError("--sheet: give one records file (a sheet is written per file)")
    failed = False
    reports = []
    for file in files:
        if len(files) > 1:
            typer.echo(f"== {file}")
            # `data audit built/*.json` names the build's stats.json and, for a small build, empty
            # held-out splits: say so and go on to the other files
            if _is_build_stats(file):
                typer.echo(f"{file}: skipped (the build's stats, not records)")
                continue
            if _has_no_records(file):
                typer.echo(f"{file}: skipped (no records)")
                continue
        report, text = run_audit(file, profiles, sample=sample, seed=seed, sheet=sheet, max_failures=max_failures)
        typer.echo(text)
        reports.append(report)
        failed = failed or any(not r.passed for r in report.results)
    if profiles:
        from .audit import characters_without_records

        missing = characters_without_records(reports, profiles)
        if missing:  # a whole card lost in the build: no record-level check can see it
            typer.echo(f"\ncharacters of the profiles with no records in these files ({len(missing)}): "
                       + ", ".join(missing))
            failed = True
    if strict and failed:
        raise typer.Exit(1)


def _read_json(file: Path):
    import json

    try:
        return json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # the audit reports unreadable files itself


def _is_build_stats(file: Path) -> bool:
    data = _read_json(file) if file.suffix == ".json" else None
    return isinstance(data, dict) and {"counts", "drops"} <= data.keys()


def _has_no_records(file: Path) -> bool:
    if file.suffix == ".jsonl":
        try:
            return not file.read_text(encoding="utf-8").strip()
        except OSError:
            return False
    return _read_json(file) == []


@app.command()
def convert(
    to: str = typer.Option("easyr1", "--to", help="Target format (easyr1)."),
    train_input: Path = typer.Option(Path("./data/training/train.json"), "--train_input", "--train-input"),
    val_input: Optional[Path] = typer.Option(Path("./data/training/validation.json"), "--val_input", "--val-input"),
    train_output: Path = typer.Option(Path("./data/easyr1/train.json"), "--train_output", "--train-output"),
    val_output: Optional[Path] = typer.Option(Path("./data/easyr1/validation.json"), "--val_output", "--val-output"),
    max_prompt_length: int = typer.Option(2048, "--max_prompt_length", "--max-prompt-length",
                                          help="Warn about prompts likely longer than this many tokens."),
    tokenizer: Optional[Path] = typer.Option(None, "--tokenizer", help="Local tokenizer dir: count tokens exactly."),
    verbose: bool = typer.Option(False, "--verbose"),
) -> None:
    """Convert RAIDEN-R1 records to EasyR1 rows (json or jsonl by extension)."""
    if to != "easyr1":
        from raiden_r1.errors import RaidenError

        raise RaidenError(f"--to: unknown target {to!r} (supported: easyr1)")
    from raiden_r1.easyr1.convert import convert_files

    convert_files(train_input, val_input, train_output, val_output if val_input else None,
                  max_prompt_length=max_prompt_length, verbose=verbose, tokenizer=tokenizer)


@app.command()
def generate(
    profiles: list[Path] = typer.Option(..., "--profiles", help="Profile file(s), any format `data build` reads."),
    out: Path = typer.Option(..., "--out", help="Run directory: journal, cache, train/validation/test.json, stats.json."),
    backend: str = typer.Option("openai", "--backend", help="openai: an OpenAI-compatible endpoint at --api-base; "
                                                            "local: the model runs in this process (needs [train])."),
    api_base: Optional[str] = typer.Option(None, "--api-base", help="OpenAI-compatible endpoint, e.g. "
                                                                     "http://127.0.0.1:8000/v1 (--backend openai)."),
    model: Optional[str] = typer.Option(None, "--model", help="The generator: its name at --api-base, or with "
                                                               "--backend local a model directory (default smollm2-135m)."),
    teachers: Optional[str] = typer.Option(None, "--teachers", help="Checking teachers: NAME or NAME@URL, comma-separated "
                                                                    "(default: the generator alone; with --backend "
                                                                    "local a NAME is a model directory)."),
    api_key_env: str = typer.Option("OPENAI_API_KEY", "--api-key-env", help="Environment variable holding the key."),
    language: str = typer.Option("auto", "--language", help="auto (the card's) | en | zh | ja | ko."),
    per_profile: int = typer.Option(8, "--per-profile", help="SBK questions asked per character."),
    cm_per_profile: int = typer.Option(4, "--cm-per-profile", help="CM dialogues asked per character."),
    cm_turns: int = typer.Option(6, "--cm-turns", help="Turns of each CM history (even, at least 4: an exchange follows the fact)."),
    with_cot: bool = typer.Option(False, "--with-cot", help="Add a checked first-person chain of thought to each record."),
    concurrency: int = typer.Option(8, "--concurrency", help="Requests in flight at once."),
    seed: int = typer.Option(0, "--seed"),
    timeout: float = typer.Option(120.0, "--timeout", help="Total deadline per request, seconds."),
    max_retries: int = typer.Option(5, "--max-retries", help="Retries on 429/5xx/timeouts/dropped connections."),
    json_mode: bool = typer.Option(True, "--json-mode/--no-json-mode", help="Ask for response_format json_object."),
    max_new_tokens: Optional[int] = typer.Option(None, "--max-new-tokens", help="Cap every reply at this many tokens "
                                                                                 "(default: a budget per kind of prompt)."),
    device: Optional[str] = typer.Option(None, "--device", help="--backend local: cpu, cuda, cuda:1 (default: cuda "
                                                                 "if available)."),
    dtype: str = typer.Option("bfloat16", "--dtype", help="--backend local: weights dtype."),
    threads: Optional[int] = typer.Option(None, "--threads", help="--backend local on CPU: torch threads."),
    progress: bool = typer.Option(True, "--progress/--no-progress"),
) -> None:
    """Write SBK/CM records with a teacher LLM and keep what the teachers validate (docs/teacher.md)."""
    from raiden_r1.teacher.generate import Settings
    from raiden_r1.teacher.run import GenerateOptions, generate as run_generate, summary_line as generated_line
    from raiden_r1.teacher.teachers import LocalSettings

    result = run_generate(GenerateOptions(
        profiles=profiles, out=out, api_base=api_base, model=model, teachers=teachers, api_key_env=api_key_env,
        backend=backend, local=LocalSettings(device=device, dtype=dtype, threads=threads),
        max_new_tokens=max_new_tokens,
        settings=Settings(per_profile=per_profile, cm_per_profile=cm_per_profile, cm_turns=cm_turns,
                          with_cot=with_cot, language=language, seed=seed),
        concurrency=concurrency, timeout=timeout, max_retries=max_retries, json_mode=json_mode, progress=progress))
    typer.echo(generated_line(result, out))
    raise typer.Exit(1 if result.failed_units else 0)


@app.command()
def cot(
    records: Path = typer.Argument(..., help="A RAIDEN-R1 records file (docs/formats.md §2)."),
    out: Path = typer.Option(..., "--out", help="Records file to write (.json or .jsonl), each record with a cot."),
    seed: int = typer.Option(0, help="Seed for the choice of sentences."),
    short: bool = typer.Option(False, "--short", help="Only who speaks, where the fact comes from and the decision "
                               "to say it (about half the tokens; the quickstart's form)."),
) -> None:
    """Write each record's role-aware chain of thought (the character's inner monologue) for the SFT
    cold start, from the record itself (no LLM needed); records that have a cot keep it."""
    from .cot.cli import cot_file

    typer.echo(cot_file(records, out, seed=seed, short=short))
