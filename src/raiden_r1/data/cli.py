"""`raiden-r1 data ...`: validate files, build the SBK/CM dataset, convert to EasyR1 rows.

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
) -> None:
    """Check a file against its schema; list every problem with record index and field."""
    from .validate import validate_file

    raise typer.Exit(validate_file(file, verbose=verbose))


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
def cot(
    records: Path = typer.Argument(..., help="A RAIDEN-R1 records file (docs/formats.md §2)."),
    out: Path = typer.Option(..., "--out", help="Records file to write (.json or .jsonl), each record with a cot."),
    seed: int = typer.Option(0, help="Seed for the choice of sentences."),
) -> None:
    """Write each record's role-aware chain of thought (the character's inner monologue) for the SFT
    cold start, from the record itself (no LLM needed); records that have a cot keep it."""
    from .cot.cli import cot_file

    typer.echo(cot_file(records, out, seed=seed))
