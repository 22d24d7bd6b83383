"""Human-readable account of one VRAR score: what matched where, which rule fired, the arithmetic.

This is the tool for hunting reward hacking: every number in the score is traced to a rule of
vrar.md, and every anti-gaming rule that fired is named with its effect.
"""

from __future__ import annotations

from . import components as C
from .matching import PreparedTruth
from .vrar import FLAG_KEYS, ScoreDetail

METHOD_NAMES = {"single_term_validation": "STV", "multi_term_parsing": "MTDP"}


def _clip(text: str, limit: int = 160) -> str:
    text = text.replace("\n", "\\n")
    text = "".join(c if c.isprintable() or c == " " else f"\\x{ord(c):02x}" if ord(c) < 256 else f"\\u{ord(c):04x}"
                   for c in text)
    return text if len(text) <= limit else text[: limit - 25] + f" ... ({len(text)} chars)"


def _context(norm: str, pos: int, length: int, width: int = 24) -> str:
    left = norm[max(0, pos - width):pos]
    right = norm[pos + length:pos + length + width]
    head = "..." if pos > width else ""
    tail = "..." if pos + length + width < len(norm) else ""
    return f"{head}{left}[{norm[pos:pos + length]}]{right}{tail}"


def describe_truth(t: PreparedTruth) -> list[str]:
    gt = t.truth
    method = "MTDP" if len(t.items) > 1 else "STV" if t.items else "no keywords (exact match / similarity)"
    lines = [f"ground truth: {method}, language {t.language}, focus {gt.focus}",
             f"  gold answer: {_clip(gt.answer)}"]
    if t.items:
        lines.append("  keyword items: " + "  ".join(f"[{' | '.join(a.raw for a in alts)}]" for alts in t.items))
    if t.negatives:
        lines.append("  negative keywords: " + ", ".join(n.raw for n in t.negatives))
    if t.ignored_negatives:
        lines.append("  ignored negatives (inside the gold answer or a keyword): " + ", ".join(t.ignored_negatives))
    return lines


def rules_fired(d: ScoreDetail) -> list[str]:
    """One line per anti-gaming or format rule that changed the score."""
    p, t, out = d.parsed, d.truth, []
    if p.unclosed:
        out.append("unclosed <think>: the model never finished thinking, so there is no final answer")
    elif p.open_tags == 0 and p.close_tags == 0:
        out.append("no think tags: the whole response is the final answer (no reasoning or thinking credit)")
    elif p.close_tags and not p.has_think:
        out.append("</think> without a non-empty <think> block before it: no reasoning credit")
    elif p.close_tags > 1:
        out.append(f"repeated tags ({p.open_tags} <think>, {p.close_tags} </think>): no single closing tag, "
                   "so no final answer")
    elif p.open_tags > 1:
        out.append(f"repeated tags ({p.open_tags} <think>): no organisation credit")
    elif not p.well_formed and p.has_think and p.final_answer:
        out.append("text before the think block: no organisation credit")
    if not p.final_answer and not p.unclosed and p.close_tags <= 1:
        out.append("empty final answer: no accuracy, no conclusion credit")
    if d.ooc_phrase is not None:
        out.append(f"out of character ({d.ooc_phrase!r}): accuracy 0, no conclusion credit")
    if p.final_answer and not d.language_ok:
        out.append(f"language: answer reads as {d.answer_language}, question is {t.language}: "
                   "accuracy x0.5, no conclusion credit")
    for i, m in enumerate(d.items, 1):
        if m.hedge:
            out.append(f"hedged: item {i} {m.alternative!r} stands next to {m.hedge!r} (a competing candidate): "
                       "item voided")
    if d.negatives:
        out.append(f"negative keyword(s) present ({', '.join(d.negatives)}): each cancels one matched item")
    if d.profile_labels >= C.PROFILE_LABELS_LIMIT:
        out.append(f"pasted profile: {d.profile_labels}+ 'label: value' pairs in the answer: accuracy 0")
    if d.list_factor < 1.0:
        allowed = C.list_allowance(len(t.items))
        out.append(f"keyword dump: {d.candidates} bare candidate terms listed, {allowed} allowed "
                   "(competing candidates): accuracy 0")
    if d.length_factor < 1.0:
        budget = max(C.LENGTH_RATIO * t.gold_units, C.LENGTH_FLOOR.get(t.language, 60))
        out.append(f"too long: answer {d.answer_units} units, budget {budget} (max of {C.LENGTH_RATIO}x gold "
                   f"{t.gold_units} and {C.LENGTH_FLOOR.get(t.language, 60)}): accuracy x{d.length_factor:.3f}")
    if d.flags()["key_in_think_only"]:
        out.append("key fact only in the thinking: thinking credit, but no accuracy (only the final answer counts)")
    return out


def explain_lines(d: ScoreDetail) -> list[str]:
    p, t = d.parsed, d.truth
    aw, fw, tw = d.weights
    lines = describe_truth(t)
    tags = f"{p.open_tags} <think>, {p.close_tags} </think>"
    lines.append(f"response: {tags}; thinking {len(p.thinking or '')} chars; final answer {len(p.final_answer)} chars")
    lines.append(f"  final answer: {_clip(p.final_answer) if p.final_answer else '(none)'}")
    if p.final_answer:
        lines.append(f"  normalised:   {_clip(d.norm_answer)}")
        verdict = "ok" if d.language_ok else "MISMATCH"
        lines.append(f"  language: answer {d.answer_language}, expected {t.language} -> {verdict}")
    lines.append("")
    lines.append("accuracy (final answer only)")
    if d.exact_match:
        lines.append("  exact match of the gold answer (normalised) -> 1.0")
    elif t.items:
        for i, (alts, m) in enumerate(zip(t.items, d.items), 1):
            label = f"  item {i} [{' | '.join(a.raw for a in alts)}]: "
            if m.alternative is None:
                lines.append(label + "not found")
                continue
            norm_alt = next(a.norm for a in alts if a.raw == m.alternative)
            where = _context(d.norm_answer, m.position, len(norm_alt))
            hedged = f"  HEDGED ({m.hedge!r})" if m.hedge else ""
            lines.append(label + f"{m.alternative!r} at {m.position}: {where}{hedged}")
        found = sum(m.matched for m in d.items)
        n = len(t.items)
        eff = max(0, found - len(d.negatives))
        rule = ("STV: 1 if found else 0" if n == 1 else
                f"MTDP: none 0, all 1.0, else {C.MTDP_LOW} + {C.MTDP_HIGH - C.MTDP_LOW:.1f} x share")
        minus = f", minus {len(d.negatives)} negative(s) = {eff}/{n}" if d.negatives else ""
        lines.append(f"  items found {found}/{n}{minus}"
                     + f" -> {rule} -> {d.base_accuracy:.3f}")
    elif d.similarity is not None:
        lines.append(f"  no keywords: content-unit similarity {d.similarity:.3f} -> "
                     f"band {C.SIM_LOW}-{C.SIM_HIGH} (0 below {C.SIMILARITY_FLOOR}) -> {d.base_accuracy:.3f}")
    else:
        lines.append("  no keywords and no gold content to compare: 0")
    if p.final_answer and not d.exact_match:
        lines.append(f"  factors: length x{d.length_factor:.3f} ({d.answer_units} units), "
                     f"list x{d.list_factor:.3f} ({d.candidates} candidates), profile labels {d.profile_labels}")
    gate = ("0 (out of character)" if d.ooc_phrase is not None else
            "0 (pasted profile)" if d.profile_labels >= C.PROFILE_LABELS_LIMIT else "")
    lang = "" if d.language_ok or not p.final_answer else " x 0.5 (language)"
    lines.append(f"  accuracy = {d.base_accuracy:.3f} x {d.length_factor:.3f} x {d.list_factor:.3f}{lang}"
                 + (f" -> {gate}" if gate else "") + f" = {d.accuracy:.3f}")
    f1, f2, f3 = d.format_parts
    lines.append(f"format = {f1:.1f} (closed think block) + {f2:.1f} (one block at the start, then an answer) "
                 f"+ {f3:.1f} (answer present, in character, in {t.language}) = {d.format:.3f}")
    if p.has_think:
        t1, t2, t3 = d.thinking_parts
        target = C.THINK_TARGET.get(d.thinking_language, 60)
        unit = "chars" if d.thinking_language in ("zh", "ja") else "words"
        lines.append(f"thinking = {t1:.3f} (length {d.thinking_units} {unit} / {target}) + {t2:.1f} (indicators: "
                     f"{', '.join(d.indicators) or 'none'}) + {t3:.3f} (key facts reached {d.key_fact_share:.0%})"
                     f" = {d.thinking:.3f}")
    else:
        lines.append("thinking = 0 (no closed think block)")
    total = aw + fw + tw
    div = f") / {total:g}" if total > 1 else ")"
    lines.append(f"overall = ({aw:g} x {d.accuracy:.3f} + {fw:g} x {d.format:.3f} + {tw:g} x {d.thinking:.3f}{div}"
                 f" = {d.overall:.3f}")
    lines.append("")
    fired = rules_fired(d)
    lines.append("rules fired:" + ("" if fired else " none"))
    lines.extend(f"  - {r}" for r in fired)
    flags = d.flags()
    lines.append("flags: " + " ".join(f"{k}={int(flags[k])}" for k in FLAG_KEYS))
    return lines
