"""Red-team audit of the reward: holes and false negatives per family and language.

A suite file (data/redteam/*.json, format in docs/reward.md) holds records (RAIDEN-R1 records
plus an ``id`` and a ``think`` text) and cases. Each case pairs a correct in-character reference
answer with either an attack (kind "attack": it must score clearly lower) or a correct variant
(kind "correct": it must keep its accuracy). Both are wrapped as ``<think>{think}</think>{answer}``
(the response with ``response_think`` when the case gives one) and scored by VRAR:

- hole: an attack scoring >= the reference's overall - HOLE_MARGIN;
- false negative: a correct variant whose accuracy falls below the reference's;
- bad reference: a reference whose accuracy is not 1.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from raiden_r1.data.ground_truth import record_ground_truth
from raiden_r1.data.schema import Record
from raiden_r1.errors import RaidenError

from .vrar import evaluate

HOLE_MARGIN = 0.05


@dataclass
class CaseResult:
    id: str
    family: str
    kind: str
    language: str
    reference: float
    reference_accuracy: float
    response: float
    response_accuracy: float
    failed: bool
    why: str
    text: str


@dataclass
class AuditReport:
    results: list[CaseResult] = field(default_factory=list)
    bad_references: list[CaseResult] = field(default_factory=list)

    def table(self) -> list[tuple[str, str, str, int, int]]:
        """(family, kind, language, failures, cases) rows."""
        agg: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
        for r in self.results:
            a = agg[(r.family, r.kind, r.language)]
            a[0] += r.failed
            a[1] += 1
        return [(f, k, lang, v[0], v[1]) for (f, k, lang), v in sorted(agg.items())]

    def rate(self, kind: str) -> tuple[int, int]:
        rs = [r for r in self.results if r.kind == kind]
        return sum(r.failed for r in rs), len(rs)


def _wrap(think: str, answer: str) -> str:
    return f"<think>{think}</think>{answer}" if think else answer


def load_suite(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as e:
        raise RaidenError(f"{path}: cannot read the suite: {e}") from None
    if not isinstance(data, dict) or not isinstance(data.get("records"), list) or not isinstance(data.get("cases"), list):
        raise RaidenError(f"{path}: expected an object with 'records' and 'cases' lists")
    return data


def audit_suite(path: Path, report: AuditReport | None = None) -> AuditReport:
    report = report or AuditReport()
    data = load_suite(path)
    truths, thinks, langs = {}, {}, {}
    for i, r in enumerate(data["records"]):
        if not isinstance(r, dict) or "id" not in r:
            raise RaidenError(f"{path}: record {i}: id: missing")
        body = {k: v for k, v in r.items() if k not in ("id", "think")}
        try:
            rec = Record.model_validate(body)
        except ValueError as e:
            first = str(e).splitlines()[1:2]
            raise RaidenError(f"{path}: record {i}: {first[0] if first else e}") from None
        truths[r["id"]] = record_ground_truth(rec)
        thinks[r["id"]] = str(r.get("think") or "")
        langs[r["id"]] = rec.metadata.language
    for i, c in enumerate(data["cases"]):
        rid = c.get("record") if isinstance(c, dict) else None
        if rid not in truths:
            raise RaidenError(f"{path}: case {i}: record: {rid!r} is not a record id of the suite")
        kind = c.get("kind")
        if kind not in ("attack", "correct"):
            raise RaidenError(f"{path}: case {i}: kind: expected 'attack' or 'correct', got {kind!r}")
        truth, think = truths[rid], thinks[rid]
        ref = evaluate(_wrap(think, str(c.get("reference", ""))), truth)
        # (a case's own thinking, for the filler-thinking family: "response_think", or "think" as
        # people write it by analogy with the records)
        resp_think = c.get("response_think", c.get("think", think))
        resp = evaluate(_wrap(str(resp_think), str(c.get("response", ""))), truth)
        if kind == "attack":
            failed = resp.overall >= ref.overall - HOLE_MARGIN
            why = f"attack {resp.overall:.3f} >= reference {ref.overall:.3f} - {HOLE_MARGIN}" if failed else ""
        else:
            failed = resp.accuracy < ref.accuracy - 1e-9
            why = f"accuracy {resp.accuracy:.3f} < reference {ref.accuracy:.3f}" if failed else ""
        res = CaseResult(str(c.get("id", i)), str(c.get("family", "?")), kind, langs[rid], ref.overall,
                         ref.accuracy, resp.overall, resp.accuracy, failed, why, str(c.get("response", "")))
        report.results.append(res)
        if ref.accuracy < 1.0 - 1e-9:
            report.bad_references.append(res)
    return report
