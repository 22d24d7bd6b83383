"""`raiden-r1 reward ...`: score responses with VRAR and explain single scores (reward-hack hunting)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from raiden_r1.errors import RaidenError
from raiden_r1.reward.vrar import ACCURACY_WEIGHT, FORMAT_WEIGHT, THINKING_WEIGHT

app = typer.Typer(help="Score responses with the VRAR reward; explain a score.", no_args_is_help=True)

_WEIGHTS = {
    "accuracy_weight": typer.Option(ACCURACY_WEIGHT, "--accuracy-weight", "--accuracy_weight",
                                    help="Weight of role-awareness accuracy."),
    "format_weight": typer.Option(FORMAT_WEIGHT, "--format-weight", "--format_weight", help="Weight of format quality."),
    "thinking_weight": typer.Option(THINKING_WEIGHT, "--thinking-weight", "--thinking_weight", help="Weight of thinking quality."),
}
_SHORT_FLAGS = {"hedged": "hedge", "pasted_profile": "profile", "keyword_dump": "dump", "too_long": "long",
                "unclosed_think": "unclosed", "repeated_tags": "tags", "empty_answer": "empty",
                "key_in_think_only": "key-in-think",
                "exact_match": "exact"}
_NEGATIVE_FLAGS = {"in_character": "OOC", "language_ok": "lang"}


def _flag_words(s: dict[str, float]) -> str:
    words = [v for k, v in _NEGATIVE_FLAGS.items() if not s[k] and not s["empty_answer"]]
    words += [v for k, v in _SHORT_FLAGS.items() if s[k]]
    return " ".join(words)


@app.command()
def score(
    rows: Path = typer.Argument(..., help="EasyR1 rows file (problem/answer) or RAIDEN-R1 records file."),
    responses: Path = typer.Argument(..., help="JSON/JSONL of responses: strings or {\"response\": ...}, aligned "
                                     "with the rows by position, or with an 'index'/'id' naming their row."),
    out: Optional[Path] = typer.Option(None, "--out", help="Write every score as JSONL (row, key, scores)."),
    show: int = typer.Option(50, "--show", help="Rows to print in the table (0: none, -1: all)."),
    accuracy_weight: float = _WEIGHTS["accuracy_weight"],
    format_weight: float = _WEIGHTS["format_weight"],
    thinking_weight: float = _WEIGHTS["thinking_weight"],
) -> None:
    """Score every response: a per-response components table and a summary (means and flag rates)."""
    from .inputs import load_responses, load_truths, row_ids
    from .vrar import FLAG_KEYS, check_weights, score_response

    weights = dict(zip(("accuracy_weight", "format_weight", "thinking_weight"),
                       check_weights(accuracy_weight, format_weight, thinking_weight)))
    truths = load_truths(rows)
    scored = load_responses(responses, len(truths), row_ids(rows))
    results = [score_response(s.response, truths[s.row], **weights) for s in scored]
    if not results:
        raise RaidenError(f"{responses}: no responses")
    limit = len(results) if show < 0 else min(show, len(results))
    if limit:
        typer.echo(f"{'row':>5} {'key':>6} {'overall':>7} {'acc':>6} {'format':>6} {'think':>6}  flags")
        for s, r in list(zip(scored, results))[:limit]:
            typer.echo(f"{s.row:>5} {s.key[:6]:>6} {r['overall']:7.3f} {r['accuracy']:6.3f} {r['format']:6.3f} "
                       f"{r['thinking']:6.3f}  {_flag_words(r)}")
        if limit < len(results):
            typer.echo(f"... {len(results) - limit} more (--show -1 for all)")
    n = len(results)
    mean = {k: sum(r[k] for r in results) / n for k in results[0]}
    typer.echo(f"\n{n} responses for {len(truths)} rows")
    typer.echo("mean  " + "  ".join(f"{k} {mean[k]:.3f}" for k in ("overall", "accuracy", "format", "thinking")))
    typer.echo("flag rates  " + "  ".join(f"{k} {mean[k]:.1%}" for k in FLAG_KEYS))
    if out is not None:
        from raiden_r1.data.records_io import write_rows

        write_rows(out, [{"row": s.row, "key": s.key, **r} for s, r in zip(scored, results)], inputs=[rows, responses])
        typer.echo(f"wrote {out}")


@app.command()
def explain(
    rows_arg: Optional[str] = typer.Argument(None, metavar="[ROWS]", help="Rows or records file (or use --rows)."),
    response_arg: Optional[str] = typer.Argument(None, metavar="[RESPONSE]",
                                                 help="The response text (or use --response)."),
    response: Optional[str] = typer.Option(None, "--response", help="The response text."),
    response_file: Optional[Path] = typer.Option(None, "--response-file", help="Read the response text from a file."),
    responses: Optional[Path] = typer.Option(None, "--responses", help="A responses file (as for 'score'); "
                                             "takes the one for --row (the --pick-th if several)."),
    pick: int = typer.Option(0, "--pick", help="With --responses: which of the row's responses."),
    ground_truth: Optional[str] = typer.Option(None, "--ground-truth",
                                               help="Ground truth: our JSON string or a plain answer."),
    rows: Optional[Path] = typer.Option(None, "--rows", help="Rows or records file to take the ground truth from."),
    row: int = typer.Option(0, "--row", help="Row index in the rows file."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON after the explanation."),
    accuracy_weight: float = _WEIGHTS["accuracy_weight"],
    format_weight: float = _WEIGHTS["format_weight"],
    thinking_weight: float = _WEIGHTS["thinking_weight"],
) -> None:
    """Explain one score: which keyword matched where, which rule fired, the arithmetic.

    raiden-r1 reward explain ROWS "RESPONSE" --row N, or --ground-truth GT --response "RESPONSE".
    """
    from .explain import explain_lines
    from .inputs import load_responses, load_truths, row_ids
    from .vrar import evaluate

    positional = [x for x in (rows_arg, response_arg) if x is not None]
    if ground_truth is None and rows is None and positional:
        rows = Path(positional.pop(0))
    if positional:
        if len(positional) > 1 or response is not None:
            raise RaidenError("explain: too many arguments (give ROWS and RESPONSE, or --ground-truth and --response)")
        response = positional[0]
    if (ground_truth is None) == (rows is None):
        raise RaidenError("explain: give exactly one of --ground-truth and a rows file (ROWS or --rows)")
    if rows is not None:
        truths = load_truths(rows)
        if not 0 <= row < len(truths):
            raise RaidenError(f"{rows}: --row {row} out of range (0..{len(truths) - 1})")
        truth = truths[row]
    else:
        truth = ground_truth
    given = [x is not None for x in (response, response_file, responses)]
    if sum(given) != 1:
        raise RaidenError("explain: give exactly one response: RESPONSE, --response, --response-file or --responses")
    if response_file is not None:
        try:
            response = response_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise RaidenError(f"{response_file}: cannot read: {e}") from None
    elif responses is not None:
        if rows is None:
            raise RaidenError("explain: --responses needs a rows file (responses are matched to rows)")
        mine = [s for s in load_responses(responses, len(truths), row_ids(rows)) if s.row == row]
        if not 0 <= pick < len(mine):
            raise RaidenError(f"{responses}: row {row} has {len(mine)} response(s); --pick {pick} is out of range")
        response = mine[pick].response
    detail = evaluate(response, truth, accuracy_weight=accuracy_weight, format_weight=format_weight,
                      thinking_weight=thinking_weight)
    for line in explain_lines(detail):
        typer.echo(line)
    if as_json:
        typer.echo(json.dumps(detail.scores()))


@app.command()
def audit(
    suites: list[Path] = typer.Argument(..., help="Red-team suite files (data/redteam/*.json)."),
    show: int = typer.Option(20, "--show", help="Failing cases to print (-1: all)."),
    as_json: Optional[Path] = typer.Option(None, "--json", help="Also write every case's result as JSONL here."),
) -> None:
    """Run red-team suites: holes (attacks scoring within 0.05 of the correct reference) and false
    negatives (correct variants losing accuracy), per family and language."""
    from .audit import AuditReport, audit_suite

    report = AuditReport()
    for s in suites:
        audit_suite(s, report)
    rows = report.table()
    langs = sorted({r[2] for r in rows})
    fams = sorted({(r[1], r[0]) for r in rows})
    cell = {(r[0], r[1], r[2]): (r[3], r[4]) for r in rows}
    typer.echo(f"{'kind':<8} {'family':<20} " + " ".join(f"{lang:>8}" for lang in langs) + f" {'all':>9}")
    for kind, fam in fams:
        parts, tf, tn = [], 0, 0
        for lang in langs:
            f, n = cell.get((fam, kind, lang), (0, 0))
            tf, tn = tf + f, tn + n
            parts.append(f"{f:>3}/{n:<4}" if n else f"{'-':>8}")
        typer.echo(f"{kind:<8} {fam:<20} " + " ".join(parts) + f" {tf:>4}/{tn:<4}")
    holes, attacks = report.rate("attack")
    fneg, corrects = report.rate("correct")
    typer.echo(f"\nholes: {holes}/{attacks} attacks ({holes / max(1, attacks):.1%}); "
               f"false negatives: {fneg}/{corrects} correct variants ({fneg / max(1, corrects):.1%}); "
               f"references below accuracy 1: {len(report.bad_references)}")
    failing = [r for r in report.results if r.failed]
    limit = len(failing) if show < 0 else min(show, len(failing))
    for r in failing[:limit]:
        typer.echo(f"  {r.id} [{r.kind}/{r.family}] {r.why}: {r.text[:100]!r}")
    for r in report.bad_references[:limit]:
        typer.echo(f"  reference of {r.id} scores accuracy {r.reference_accuracy:.3f}")
    if as_json is not None:
        from dataclasses import asdict

        from raiden_r1.data.records_io import write_rows

        write_rows(as_json, [asdict(r) for r in report.results])
        typer.echo(f"wrote {as_json}")
