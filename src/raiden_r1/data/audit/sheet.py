"""The Markdown review sheet of ``data audit --sample N``: each sampled record as a reader sees
it (card excerpt, conversation, question, gold answer, keys, negatives), the audit's verdict, and
empty boxes for the reviewer's own judgement of what no rule can check."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import AuditReport, RecordResult

_CARD_FIELDS_SHOWN = 8
_VALUE_CHARS = 120


def _keys(items) -> str:
    return "; ".join(k if isinstance(k, str) else " / ".join(k) for k in items) or "(none)"


def _record_block(report: "AuditReport", r: "RecordResult") -> list[str]:
    rec = r.record
    head = f"## record {r.index}"
    if rec is None:
        return [head, "", "Not readable: " + "; ".join(r.problems.get("fields", [])), ""]
    meta = rec.metadata.model_extra or {}
    out = [f"{head}: {rec.character_name} ({rec.language}, {rec.focus}, {meta.get('family', '?')})", ""]
    card = list(rec.character_profile.items())[:_CARD_FIELDS_SHOWN]
    out += ["Card: " + " | ".join(f"{k}: {v[:_VALUE_CHARS]}" for k, v in card), ""]
    for turn in rec.conversation_history:
        out.append(f"> **{turn.role}**: {turn.content}")
    if rec.conversation_history:
        out.append("")
    out += [f"- **Q**: {rec.question}", f"- **Gold**: {rec.answer}", f"- **Keys**: {_keys(rec.keywords)}",
            f"- **Negatives**: {_keys(rec.negative_keywords)}"]
    verdict = "passes every check" if r.passed else "; ".join(w for ws in r.problems.values() for w in ws)
    out += [f"- **Audit**: {verdict}", "- [ ] question answerable from the card/conversation",
            "- [ ] keys right and complete", "- [ ] negatives really wrong", "- [ ] gold natural, in character", ""]
    return out


def sample_sheet(report: "AuditReport", chosen: list["RecordResult"]) -> str:
    lines = [f"# Review sheet: {report.path}", "",
             f"{len(chosen)} of {len(report.results)} records, sampled with a fixed seed. "
             f"The audit passed {100 * report.pass_rate:.1f}% of all records.", ""]
    for r in chosen:
        lines += _record_block(report, r)
    return "\n".join(lines) + "\n"
