"""Human-readable account of one VRAR score: what matched where, which rule fired, the arithmetic.

This is the tool for hunting reward hacking: every number in the score is traced to a rule of
docs/reward.md, and every rule that fired is named with its effect, for each component.
"""

from __future__ import annotations

from raiden_r1.canon import make_term

from . import components as C
from .matching import PreparedTruth
from .vrar import FLAG_KEYS, ScoreDetail

METHOD_NAMES = {"single_term_validation": "STV", "multi_term_parsing": "MTDP"}


def _clip(text: str, limit: int = 160) -> str:
    text = text.replace("\n", "\\n")
    text = "".join(c if c.isprintable() or c == " " else f"\\x{ord(c):02x}" if ord(c) < 256 else f"\\u{ord(c):04x}"
                   for c in text)
    return text if len(text) <= limit else text[: limit - 25] + f" ... ({len(text)} chars)"


def _context(text: str, pos: int, length: int, width: int = 24) -> str:
    left = text[max(0, pos - width):pos]
    right = text[pos + length:pos + length + width]
    head = "..." if pos > width else ""
    tail = "..." if pos + length + width < len(text) else ""
    return f"{head}{left}[{text[pos:pos + length]}]{right}{tail}"


def describe_truth(t: PreparedTruth) -> list[str]:
    gt = t.truth
    method = "MTDP" if len(t.items) > 1 else "STV" if t.items else "no keywords (exact match / similarity)"
    lines = [f"ground truth: {method}, language {t.language}, focus {gt.focus}"
             + (f", the fact is the {gt.subject}'s" if gt.subject in ("user", "self") else
                ", the keyword names someone else" if gt.subject == "other" else "")
             + (", speaks of itself by name" if gt.self_name else ""),
             f"  gold answer: {_clip(gt.answer)}"]
    if gt.error:
        lines.append(f"  UNREADABLE: {gt.error} (every response scores 0 on accuracy)")
    if t.items:
        lines.append("  keyword items: " + "  ".join(f"[{' | '.join(a.raw for a in alts)}]" for alts in t.items))
    if t.negatives:
        lines.append("  negative keywords: " + ", ".join(n.raw for n in t.negatives))
    if t.ignored_negatives:
        lines.append("  ignored negatives (inside the gold answer or a keyword): " + ", ".join(t.ignored_negatives))
    if t.allowed_cues:
        lines.append("  cues the gold answer itself uses (allowed): " + ", ".join(sorted(t.allowed_cues)))
    return lines


def rules_fired(d: ScoreDetail) -> list[str]:
    """One line per rule that changed the score, prefixed with the component it changed."""
    p, t, out = d.parsed, d.truth, []
    if p.unclosed:
        out.append("format: unclosed <think>: the model never finished thinking, so there is no final answer")
    elif p.open_tags == 0 and p.close_tags == 0:
        out.append("format: no think tags: the whole response is the final answer (no reasoning or thinking credit)")
    elif p.close_tags and not p.has_think:
        out.append("format: </think> without a non-empty <think> block before it: no reasoning credit")
    elif p.close_tags > 1:
        out.append(f"format: repeated tags ({p.open_tags} <think>, {p.close_tags} </think>): no single closing "
                   "tag, so no final answer")
    elif p.open_tags > 1:
        out.append(f"format: repeated tags ({p.open_tags} <think>): no organisation credit")
    elif not p.well_formed and p.has_think and p.final_answer:
        out.append("format: text before the think block: no organisation credit")
    if not p.final_answer and not p.unclosed and p.close_tags <= 1:
        out.append("accuracy: empty final answer: no accuracy, no conclusion credit")
    j = d.judgement
    if j is not None and j.gate:
        ooc = " and no conclusion credit (format)" if j.ooc else ""
        out.append(f"accuracy: {j.gate}: accuracy 0{ooc}")
    if p.final_answer and not d.language_ok:
        out.append(f"accuracy/format: language: {d.language_note}: accuracy x0.5, no conclusion credit")
    for i, v in enumerate(d.items, 1):
        if v.reason:
            out.append(f"accuracy: item {i} {v.alternative!r} {v.reason}: the item earns nothing")
    if d.negatives:
        out.append(f"accuracy: negative keyword(s) asserted ({', '.join(d.negatives)}): each cancels one matched item")
    if d.length_factor < 1.0:
        budget = max(C.LENGTH_RATIO * t.gold_units, C.LENGTH_FLOOR.get(t.language, 60))
        out.append(f"accuracy: too long: answer {d.answer_units} units, budget {budget} (max of {C.LENGTH_RATIO}x "
                   f"gold {t.gold_units} and {C.LENGTH_FLOOR.get(t.language, 60)}): x{d.length_factor:.3f}")
    if d.repeats:
        out.append(f"accuracy: repetition or padding ({d.repeats} repeated clause(s) or keyword mention(s) "
                   f"beyond three): x{d.repetition_factor:.3f}")
    th = d.thinking_detail
    if th is not None:
        if th.pasted_profile:
            out.append("thinking: a pasted profile ('label: value' pairs) earns nothing")
        if th.repeated_sentences or th.filler_sentences:
            out.append(f"thinking: {th.repeated_sentences} repeated and {th.filler_sentences} filler sentence(s) "
                       "(generic, or copied from the question or instructions) count for nothing")
        if not th.related:
            out.append("thinking: reaches no key fact and nothing the question asks about: length and "
                       "indicator credit x0.2")
    if d.flags()["key_in_think_only"]:
        out.append("accuracy: key fact only in the thinking: thinking credit, but no accuracy "
                   "(only the final answer counts)")
    return out


def explain_lines(d: ScoreDetail) -> list[str]:
    p, t = d.parsed, d.truth
    aw, fw, tw = d.weights
    lines = describe_truth(t)
    tags = f"{p.open_tags} <think>, {p.close_tags} </think>"
    lines.append(f"response: {tags}; thinking {len(p.thinking or '')} chars; final answer {len(p.final_answer)} chars")
    lines.append(f"  final answer: {_clip(p.final_answer) if p.final_answer else '(none)'}")
    j = d.judgement
    if p.final_answer and j is not None:
        ans = j.answer
        if j.frame:
            lines.append(f"  question restated first (not read as the answer): {_clip(j.frame)}")
        lines.append(f"  normalised:   {_clip(ans.canon)}")
        lines.append("  clauses:      " + _clip(" | ".join(c.text + ("?" if c.question else "") for c in ans.clauses)))
        verdict = "ok" if d.language_ok else f"MISMATCH ({d.language_note})"
        lines.append(f"  language: answer {d.answer_language}, expected {t.language} -> {verdict}")
    lines.append("")
    lines.append("accuracy (final answer only)")
    if j is not None and j.gate:
        lines.append(f"  gate: {j.gate} -> 0")
    elif d.exact_match:
        lines.append("  exact match of the gold answer (normalised) -> 1.0")
    elif t.items and j is not None:
        for i, (alts, v) in enumerate(zip(t.items, d.items), 1):
            label = f"  item {i} [{' | '.join(a.raw for a in alts)}]: "
            if v.alternative is None:
                lines.append(label + "not found")
                continue
            norm = next((a.norm for a in alts if a.raw == v.alternative), "") or make_term(v.alternative or "").norm
            where = _context(j.answer.match, v.position, len(norm))
            verdict = "asserted" if v.matched else f"NOT EARNED: {v.reason}"
            lines.append(label + f"{v.alternative!r} at {v.position}: {where} -> {verdict}")
        n = len(t.items)
        found = sum(v.matched for v in d.items)
        minus = f", minus {len(d.negatives)} negative(s) = {j.matched}/{n}" if d.negatives else ""
        rule = ("STV: 1 if found else 0" if n == 1 else
                f"MTDP: none 0, all 1.0, else {C.MTDP_LOW} + {C.MTDP_HIGH - C.MTDP_LOW:.1f} x share")
        lines.append(f"  items earned {found}/{n}{minus} -> {rule} -> {d.base_accuracy:.3f}")
    elif d.similarity is not None:
        lines.append(f"  no keywords: content-unit similarity {d.similarity:.3f} -> "
                     f"band {C.SIM_LOW}-{C.SIM_HIGH} (0 below {C.SIMILARITY_FLOOR}) -> {d.base_accuracy:.3f}")
    else:
        lines.append("  no keywords and no gold content to compare: 0")
    if p.final_answer and not d.exact_match and not (j is not None and j.gate):
        lines.append(f"  factors: length x{d.length_factor:.3f} ({d.answer_units} units), "
                     f"repetition x{d.repetition_factor:.3f} ({d.repeats} repeats)")
    lang = "" if d.language_ok or not p.final_answer else " x 0.5 (language)"
    lines.append(f"  accuracy = {d.base_accuracy:.3f} x {d.length_factor:.3f} x {d.repetition_factor:.3f}{lang}"
                 + (" -> 0 (gate)" if j is not None and j.gate else "") + f" = {d.accuracy:.3f}")
    f1, f2, f3 = d.format_parts
    lines.append(f"format = {f1:.1f} (closed think block) + {f2:.1f} (one block at the start, then an answer) "
                 f"+ {f3:.1f} (answer present, in character, in {t.language}) = {d.format:.3f}")
    th = d.thinking_detail
    if th is not None:
        t1, t2, t3 = th.parts
        target = C.THINK_TARGET.get(th.language, 60)
        unit = "chars" if th.language in ("zh", "ja") else "words"
        lines.append(f"thinking = {t1:.3f} (length {th.units} {unit} / {target}, filler removed, {th.echo_sentences} "
                     f"echo(es) of the question or answer) + {t2:.1f} "
                     f"(indicators: {', '.join(th.indicators) or 'none'}) + {t3:.3f} (key facts reached "
                     f"{th.key_fact_share:.0%}) = {d.thinking:.3f}")
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
