"""RAIDEN-R1 records -> EasyR1 rows (docs/formats.md §3, docs/easyr1-contract.md "Dataset").

A row is ``{"problem": <prompt content>, "answer": <ground truth as a JSON string>}``: EasyR1 renders
``problem`` through ``role_playing.jinja`` and hands ``answer`` to the reward unchanged. No
``images``/``videos`` columns, since any such column sends EasyR1 down its multimodal branch, and the
answer is a string because Arrow cannot store keyword lists that mix strings and lists.
"""

from __future__ import annotations

import math
import os
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional, TextIO

from raiden_r1.data.ground_truth import record_ground_truth
from raiden_r1.data.prompt import apply_format_prompt, record_problem
from raiden_r1.data.records_io import load_records_with_notes, write_rows
from raiden_r1.data.schema import EasyR1Row, Record
from raiden_r1.errors import RaidenError
from raiden_r1.io_guard import check_outputs
from raiden_r1.text import is_cjk_char

# Tokens the chat template adds around the single user message: Qwen2.5's default system prompt
# ("You are Qwen, created by Alibaba Cloud. ...", ~20 tokens) plus role markers and the
# generation prompt. Generous on purpose: the warning is about rows EasyR1 would drop.
CHAT_TEMPLATE_OVERHEAD = 32


@dataclass(frozen=True)
class TokenCounter:
    """Counts tokens of the rendered format prompt; ``with_chat_template`` when the count already
    includes the tokenizer's chat template (else the overhead estimate is added)."""

    count: Callable[[str], int]
    with_chat_template: bool = False


def estimate_tokens(text: str) -> int:
    """Rough token count without a tokenizer: ~1 token per CJK character (Qwen/Llama BPEs mostly
    give one or two per Han character), ~1 token per 4 characters of everything else."""
    cjk = sum(1 for c in text if is_cjk_char(c))
    return cjk + math.ceil((len(text) - cjk) / 4)


def tokenizer_counter(tokenizer_dir: str | os.PathLike) -> TokenCounter:
    """Exact counts with a local Hugging Face tokenizer, chat template included when it has one."""
    try:
        from transformers import AutoTokenizer
    except ImportError:
        raise RaidenError("--tokenizer needs transformers (pip install 'raiden-r1[train]')") from None
    if not Path(tokenizer_dir).is_dir():
        raise RaidenError(f"--tokenizer: {tokenizer_dir}: not a directory")
    try:
        tok = AutoTokenizer.from_pretrained(str(tokenizer_dir))
    except (OSError, ValueError) as e:
        raise RaidenError(f"--tokenizer: {tokenizer_dir}: cannot load a tokenizer: {str(e).splitlines()[0]}") from None

    if not getattr(tok, "chat_template", None):
        return TokenCounter(lambda text: len(tok(text)["input_ids"]))

    def count(text: str) -> int:
        # as EasyR1 builds the prompt: one user message plus the generation prompt
        ids = tok.apply_chat_template([{"role": "user", "content": text}], add_generation_prompt=True, tokenize=True)
        return len(ids["input_ids"] if hasattr(ids, "keys") else ids)  # transformers 5: a BatchEncoding

    return TokenCounter(count, with_chat_template=True)


def prompt_tokens(problem: str, counter: Optional[TokenCounter] = None) -> int:
    """Tokens of the prompt EasyR1 builds from ``problem`` (format prompt + chat template)."""
    text = apply_format_prompt(problem)
    if counter is None:
        return estimate_tokens(text) + CHAT_TEMPLATE_OVERHEAD
    return counter.count(text) + (0 if counter.with_chat_template else CHAT_TEMPLATE_OVERHEAD)


def record_row(record: Record) -> EasyR1Row:
    return EasyR1Row(problem=record_problem(record), answer=record_ground_truth(record).to_json())


@dataclass
class SplitReport:
    """What ``--verbose`` prints about one converted split."""

    source: Path
    output: Path
    rows: int = 0
    languages: Counter = field(default_factory=Counter)
    focus: Counter = field(default_factory=Counter)
    methods: Counter = field(default_factory=Counter)
    filled: list[str] = field(default_factory=list)
    overlong: list[tuple[int, int]] = field(default_factory=list)  # (record index, tokens)
    max_tokens: int = 0

    def lines(self, max_prompt_length: int, exact: bool) -> list[str]:
        def counts(c: Counter) -> str:
            return ", ".join(f"{k} {v}" for k, v in sorted(c.items()))

        how = "tokens" if exact else "tokens, estimated"
        out = [f"{self.source} -> {self.output}: {self.rows} rows",
               f"  language: {counts(self.languages)}",
               f"  focus: {counts(self.focus)}",
               f"  validation_method: {counts(self.methods)}",
               f"  longest prompt: {self.max_tokens} {how} (max_prompt_length {max_prompt_length})"]
        if self.filled:
            out.append(f"  filled fields in {len(self.filled)} legacy records:")
            out += [f"    {note}" for note in self.filled[:20]]
            if len(self.filled) > 20:
                out.append(f"    ... and {len(self.filled) - 20} more")
        for i, n in self.overlong[:20]:
            out.append(f"  warning: record {i}: prompt is likely {n} {how}, over max_prompt_length "
                       f"{max_prompt_length}; EasyR1 (filter_overlong_prompts) would drop it")
        if len(self.overlong) > 20:
            out.append(f"  warning: ... and {len(self.overlong) - 20} more prompts over max_prompt_length")
        return out


def prepare_split(input_path: str | os.PathLike, output_path: str | os.PathLike, *, max_prompt_length: int = 2048,
                  counter: Optional[TokenCounter] = None) -> tuple[list[EasyR1Row], SplitReport]:
    """Rows of one records file, not yet written; a bad record raises a RaidenError naming file,
    record and field."""
    src, dst = Path(input_path), Path(output_path)
    if dst.suffix.lower() not in (".json", ".jsonl"):
        raise RaidenError(f"{dst}: output must end in .json (array) or .jsonl (one row per line)")
    records, notes = load_records_with_notes(src)
    report = SplitReport(source=src, output=dst, filled=notes)
    rows = []
    for i, rec in enumerate(records):
        row = record_row(rec)
        rows.append(row)
        report.languages[rec.metadata.language] += 1
        report.focus[rec.metadata.focus] += 1
        report.methods[rec.validation_method] += 1
        n = prompt_tokens(row.problem, counter)
        report.max_tokens = max(report.max_tokens, n)
        if n > max_prompt_length:
            report.overlong.append((i, n))
    report.rows = len(rows)
    return rows, report


def convert_files(train_input: str | os.PathLike, val_input: Optional[str | os.PathLike],
                  train_output: str | os.PathLike, val_output: Optional[str | os.PathLike], *,
                  max_prompt_length: int = 2048, verbose: bool = False, tokenizer: Optional[str] = None,
                  out: TextIO | None = None) -> list[SplitReport]:
    """The guide's conversion: train (and validation, when both paths are given) records -> rows.

    Every split is checked before anything is written, so a bad validation file does not leave a
    fresh train file next to a stale validation file; no output may be any input (e.g.
    ``--val_output`` naming the train records) or the other output (raiden_r1.io_guard).
    """
    if max_prompt_length <= 0:
        raise RaidenError(f"--max_prompt_length: must be positive, got {max_prompt_length}")
    out = out or sys.stdout
    pairs = [(Path(train_input), Path(train_output))]
    if val_input is not None and val_output is not None:
        pairs.append((Path(val_input), Path(val_output)))
    elif (val_input is None) != (val_output is None):
        raise RaidenError("--val_input and --val_output must be given together")
    inputs = [src for src, _ in pairs]
    check_outputs([dst for _, dst in pairs], inputs)
    counter = tokenizer_counter(tokenizer) if tokenizer else None
    exact = counter is not None
    prepared = [prepare_split(s, d, max_prompt_length=max_prompt_length, counter=counter) for s, d in pairs]
    for rows, rep in prepared:
        write_rows(rep.output, rows, inputs)
    reports = [rep for _, rep in prepared]
    for rep in reports:
        if verbose:
            print("\n".join(rep.lines(max_prompt_length, exact)), file=out)
        else:
            warn = f" ({len(rep.overlong)} prompts likely over max_prompt_length {max_prompt_length}; " \
                   f"see --verbose)" if rep.overlong else ""
            print(f"{rep.source} -> {rep.output}: {rep.rows} rows{warn}", file=out)
    return reports
