"""``raiden-r1 data audit FILE``: the objective checks of a built records file (checks.py), a
table of pass rates per check and language, every failing record as ``file: record N: field:
why``, and an optional Markdown sheet of sampled records for a person to read.

A record "passes" when every check that applies to it finds nothing; schema errors are reported
under the ``fields`` check with the record's other checks skipped (they cannot be read).
"""

from __future__ import annotations

import os
import random
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from raiden_r1.errors import RaidenError

from ..records_io import iter_checked
from ..schema import CM, Record
from .checks import CHECKS, CM_ONLY, FILE_CHECKS, Context
from .checks_build import opening_problems
from .checks_style import dialect_mark_problems
from .checks_spoken import CARD_NOTES
from .consistency import consistency_problems
from .sheet import sample_sheet

LANGUAGES = ("en", "zh", "ja", "ko")


@dataclass
class RecordResult:
    index: int
    record: Record | None
    language: str
    problems: dict[str, list[str]] = field(default_factory=dict)  # check -> reasons (only failed checks)

    @property
    def passed(self) -> bool:
        return not any(self.problems.values())


@dataclass
class AuditReport:
    path: Path
    results: list[RecordResult]
    notes: list[str] = field(default_factory=list)  # "character: why", once per card (CARD_NOTES)

    @property
    def pass_rate(self) -> float:
        return sum(r.passed for r in self.results) / len(self.results) if self.results else 0.0

    def rates(self) -> dict[str, dict[str, tuple[int, int]]]:
        """check (and "all") -> language (and "all") -> (passed, judged)."""
        table: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
        for r in self.results:
            names = ["fields"] if r.record is None else \
                [c for c in [*CHECKS, *FILE_CHECKS] if c not in CM_ONLY or r.record.focus == CM]
            for name in names + ["all"]:
                ok = r.passed if name == "all" else not r.problems.get(name)
                for lang in (r.language, "all"):
                    cell = table[name][lang]
                    cell[0] += ok
                    cell[1] += 1
        return {c: {lang: (v[0], v[1]) for lang, v in langs.items()} for c, langs in table.items()}

    def table_lines(self) -> list[str]:
        rates = self.rates()
        langs = [lang for lang in LANGUAGES if any(lang in v for v in rates.values())] + ["all"]
        lines = [f"{'check':<10}" + "".join(f"{lang:>16}" for lang in langs)]
        for check in [*CHECKS, *FILE_CHECKS, "all"]:
            if check not in rates:
                continue
            cells = []
            for lang in langs:
                passed, judged = rates[check].get(lang, (0, 0))
                cells.append(f"{100 * passed / judged:6.1f}% {passed:>3}/{judged:<4}" if judged else f"{'-':>16}")
            lines.append(f"{check:<10}" + "".join(f"{c:>16}" for c in cells))
        return lines

    def failure_lines(self) -> list[str]:
        return [f"{self.path}: record {r.index}: {why}" for r in self.results
                for reasons in r.problems.values() for why in reasons]


def _cards(profile_paths: Sequence[str | os.PathLike]) -> dict[str, dict[str, str]]:
    from ..profiles import load_profiles

    cards: dict[str, dict[str, str]] = {}
    for path in profile_paths:
        for p in load_profiles(path):
            cards[p.name] = dict(p.fields)
    return cards


def characters_without_records(reports: Sequence["AuditReport"], profile_paths: Sequence[str | os.PathLike]) -> list[str]:
    """The characters of the given profiles that no audited record is of, as "name (language)"
    (review 76: one misread sentence dropped every draft of the only Japanese card, and nothing
    said that a character, and with it a language, was gone)."""
    from ..profiles import load_profiles

    seen = {r.record.character_name for report in reports for r in report.results if r.record is not None}
    return [f"{p.name} ({p.language})" for path in profile_paths for p in load_profiles(path) if p.name not in seen]


def audit_records(path: str | os.PathLike, profile_paths: Sequence[str | os.PathLike] = ()) -> AuditReport:
    """Run every check on every record of ``path``; ``profile_paths``: the cards the records were
    built from (their characters must be there; the full card is what negatives and the setting
    are judged against)."""
    cards = _cards(profile_paths) if profile_paths else {}
    results: list[RecordResult] = []
    notes: dict[tuple[str, str], list[str]] = {}
    for i, record, problems, _ in iter_checked(path):
        if record is None:
            results.append(RecordResult(i, None, "?", {"fields": [p.split(": ", 2)[-1] for p in problems]}))
            continue
        res = RecordResult(i, record, record.language)
        if cards and record.character_name not in cards:
            res.problems["fields"] = [f"character_name: {record.character_name!r} is not in the given profiles"]
            results.append(res)
            continue
        ctx = Context(card=cards.get(record.character_name, record.character_profile))
        if (record.character_name, record.language) not in notes:
            notes[(record.character_name, record.language)] = [
                f"{record.character_name}: {name}: {note}" for name, note_of in CARD_NOTES.items()
                for note in [note_of(ctx.card, record.language)] if note]
        for name, check in CHECKS.items():
            if name in CM_ONLY and record.focus != CM:
                continue
            found = check(record, ctx)
            if found:
                res.problems[name] = found
        results.append(res)
    if not results:
        raise RaidenError(f"{path}: no records")
    for i, reasons in consistency_problems([(r.index, r.record) for r in results if r.record is not None]).items():
        results[i].problems["consistency"] = reasons
    for i, reasons in opening_problems([(r.index, r.record) for r in results if r.record is not None]).items():
        results[i].problems["openings"] = reasons
    for i, reasons in dialect_mark_problems([(r.index, r.record) for r in results if r.record is not None]).items():
        results[i].problems["dialect_marks"] = reasons
    return AuditReport(Path(path), results, [n for found in notes.values() for n in found])


def run_audit(path: str | os.PathLike, profile_paths: Sequence[str | os.PathLike] = (), sample: int = 0,
              seed: int = 0, sheet: str | os.PathLike | None = None, max_failures: int = 0) -> tuple[AuditReport, str]:
    """The audit and its printed report (table, failures, and the sample sheet when no ``sheet``
    file is given)."""
    report = audit_records(path, profile_paths)
    lines = [f"{path}: {sum(r.passed for r in report.results)}/{len(report.results)} records pass every check "
             f"({100 * report.pass_rate:.1f}%)", "", *report.table_lines()]
    if report.notes:  # a card's trait the builder cannot serve: said once, its records are not failed for it
        lines += ["", f"card notes ({len(report.notes)}):", *report.notes]
    failures = report.failure_lines()
    if failures:
        shown = failures if max_failures <= 0 else failures[:max_failures]
        lines += ["", f"failing ({len(failures)} problems):", *shown]
        if len(shown) < len(failures):
            lines.append(f"... {len(failures) - len(shown)} more (--max-failures 0 shows all)")
    if sample > 0:
        rng = random.Random(seed)
        chosen = sorted(rng.sample(range(len(report.results)), min(sample, len(report.results))))
        text = sample_sheet(report, [report.results[i] for i in chosen])
        if sheet is None:
            lines += ["", text]
        else:
            from raiden_r1.io_guard import write_text

            write_text(sheet, text, [path, *profile_paths])
            lines += ["", f"sample sheet ({len(chosen)} records) written to {sheet}"]
    return report, "\n".join(lines)
