"""`raiden-r1 data cot IN --out OUT`: records in, the same records with a ``cot`` each out."""

from __future__ import annotations

from pathlib import Path

from raiden_r1.data.records_io import load_records, write_rows

from .compose import add_cots


def cot_file(records_path: Path, out: Path, seed: int = 0, short: bool = False) -> str:
    """Read, compose, write through the output guard (an output that is the input is refused
    before anything is read); returns the summary line."""
    from raiden_r1.io_guard import check_output

    check_output(out, [records_path])
    records = load_records(records_path)
    with_cot, written = add_cots(records, seed=seed, short=short)
    write_rows(out, with_cot, [records_path])
    kept = len(records) - written
    return f"{out}: {len(with_cot)} records, {written} chains of thought written, {kept} kept as they were"
