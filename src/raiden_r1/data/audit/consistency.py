"""The audit's check of records against each other: two SBK questions of one character about the same
kind of fact must expect the same answer. Split from checks.py (session 32)."""

from __future__ import annotations

from raiden_r1.text import normalize_term

from ..builder.phrases import question_slot
from ..schema import SBK, Record
from .checks import _family, items


def consistency_problems(records: list[tuple[int, Record]]) -> dict[int, list[str]]:
    """Two SBK questions of one character about the same kind of fact ("你有什么特长？" from one
    field, "你擅长什么？" from another) must not expect different answers: a model cannot
    satisfy both. Index -> reasons."""
    groups: dict[tuple[str, str], list[tuple[int, Record]]] = {}
    for i, rec in records:
        family = _family(rec)
        if rec.focus == SBK and family and family != "generic" and not family.startswith(("relation:", "why")):
            field = str((rec.metadata.model_extra or {}).get("field", ""))
            groups.setdefault((rec.character_name, question_slot(family, field)), []).append((i, rec))
    out: dict[int, list[str]] = {}
    for (_, family), members in groups.items():
        fields = {str((r.metadata.model_extra or {}).get("field", "")) for _, r in members}
        if len(fields) < 2:
            continue
        for i, rec in members:
            others = [j for j, r in members if j != i and
                      {normalize_term(a) for a in sum(items(r), [])} != {normalize_term(a) for a in sum(items(rec), [])}]
            if others:
                out[i] = [f"question: asks the {family} fact also asked by record(s) {', '.join(map(str, others))} "
                          f"from another field, with other keys"]
    return out
