"""``raiden-r1 eval``: evaluate a model (group callback), ``raiden-r1 eval compare``: compare runs."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from .items import DEFAULT_PROMPT_LAYOUT

app = typer.Typer(help="Evaluate role awareness (SBK/CM accuracy with 95% intervals) and compare runs.\n\n"
                       "raiden-r1 eval --model M --data test.json --out runs/eval/NAME\n\n"
                       "raiden-r1 eval compare runs/eval/BASE runs/eval/TUNED",
                  pretty_exceptions_enable=False)


@app.callback(invoke_without_command=True)
def evaluate(
    ctx: typer.Context,
    model: Optional[str] = typer.Option(None, help="Model dir, 'smollm2-135m' (default, local/vllm), or the endpoint's model name (api)."),
    data: Optional[Path] = typer.Option(None, help="RAIDEN-R1 record file (JSON array or JSONL)."),
    raiden_dir: Optional[Path] = typer.Option(None, help="RAIDEN benchmark dir with npc.json and dialogue.json."),
    out: Optional[Path] = typer.Option(None, help="Run directory (rerun the same --out to resume)."),
    backend: str = typer.Option("local", help="local | vllm | api"),
    prompt_layout: str = typer.Option(DEFAULT_PROMPT_LAYOUT, help="user (EasyR1's) | system (the local trainer's default)."),
    prompt_style: str = typer.Option("full", help="full | compact (system layout only): the run's data.prompt_style."),
    max_new_tokens: int = typer.Option(256, help="Tokens to generate per answer."),
    temperature: float = typer.Option(0.0, help="0 = greedy (default)."),
    top_p: float = typer.Option(1.0),
    samples: int = typer.Option(1, help="Samples per item (needs --temperature > 0): mean accuracy and pass@k."),
    seed: int = typer.Option(0, help="Seed of sampling and of the bootstrap."),
    limit: Optional[int] = typer.Option(None, help="Only the first N items."),
    batch_size: int = typer.Option(16, help="Local backend: prompts per generate call."),
    dtype: str = typer.Option("bfloat16", help="Local/vLLM weights dtype."),
    device: Optional[str] = typer.Option(None, help="Local backend: cpu, cuda, cuda:1 (default: cuda if available)."),
    threads: Optional[int] = typer.Option(None, help="Local backend on CPU: torch threads (default: torch's choice)."),
    trust_remote_code: bool = typer.Option(False, help="Allow model code from the model directory."),
    api_base: Optional[str] = typer.Option(None, help="API backend: base URL, e.g. http://localhost:8000/v1"),
    api_key_env: str = typer.Option("OPENAI_API_KEY", help="Environment variable holding the API key."),
    concurrency: int = typer.Option(8, help="API backend and judges: requests in flight."),
    max_retries: int = typer.Option(5, help="Retries on 429/5xx/timeouts/dropped connections."),
    retry_base: float = typer.Option(1.0, help="First backoff delay in seconds (doubles per retry, with jitter)."),
    timeout: float = typer.Option(120.0, help=(
        "API backend and judges: a total deadline in seconds per request (the whole answer must arrive "
        "within it, not one read; a request past it is cut off and retried, see --max-retries).")),
    judge_api_base: Optional[str] = typer.Option(None, help="LLM judge endpoint (OpenAI-compatible)."),
    judge_model: List[str] = typer.Option([], help="Judge model; repeat for a second judge (agreement stats)."),
    judge_api_key_env: str = typer.Option("OPENAI_API_KEY", help="Environment variable of the judge's key."),
    n_boot: int = typer.Option(1000, help="Bootstrap resamples for the intervals (at least 100)."),
    overwrite: bool = typer.Option(False, help="Discard results already in --out."),
) -> None:
    """Evaluate a model: SBK/CM accuracy by keywords (or an LLM judge for RAIDEN), with 95% intervals."""
    if ctx.invoked_subcommand is not None:
        return
    from raiden_r1.errors import RaidenError

    if backend == "local":
        from raiden_r1.cpu import tune_allocator

        tune_allocator()  # before torch is imported
    from .backends.base import GenerationConfig
    from .evaluate import EvalOptions, run_eval
    from .report import headline_lines

    if out is None:
        raise RaidenError("--out is required (the run directory)")
    opts = EvalOptions(
        out=out, model=model, data=data, raiden_dir=raiden_dir, backend=backend, prompt_layout=prompt_layout,
        prompt_style=prompt_style,
        generation=GenerationConfig(max_new_tokens=max_new_tokens, temperature=temperature, top_p=top_p,
                                    samples=samples, seed=seed),
        limit=limit, batch_size=batch_size, dtype=dtype, device=device, threads=threads,
        trust_remote_code=trust_remote_code,
        api_base=api_base, api_key_env=api_key_env, concurrency=concurrency, max_retries=max_retries,
        timeout=timeout, backoff_base=retry_base, judge_api_base=judge_api_base, judge_models=list(judge_model),
        judge_api_key_env=judge_api_key_env, n_boot=n_boot, overwrite=overwrite)
    try:
        metrics = run_eval(opts)
    except KeyboardInterrupt:
        print(f"interrupted: finished items are saved in {out}; rerun the same command to resume", file=sys.stderr)
        raise
    c = metrics["counts"]
    typer.echo(f"{c['scored']}/{c['items']} items scored, {c['errors']} errors")
    for line in headline_lines(metrics):
        typer.echo(line)
    typer.echo(f"report: {out / 'report.md'}")
    if c["errors"] or c["missing"]:
        typer.echo(f"{c['errors'] + c['missing']} items not scored: rerun the same command to retry them", err=True)
        raise typer.Exit(1)


@app.command()
def compare(
    runs: List[Path] = typer.Argument(..., help="Run directories; the first is the baseline."),
    out: Optional[Path] = typer.Option(None, help="Where to write compare.md/json/png and flips.jsonl "
                                                    "(default: next to the first run)."),
    show: int = typer.Option(5, help="Flipped items to print per direction."),
) -> None:
    """Compare runs: deltas, McNemar on per-item correctness, a chart, the flipped items."""
    from .compare import compare_runs, table_lines, test_line

    out = out or runs[0].parent / f"compare_{'_vs_'.join(r.name for r in runs)}"[:200]
    res = compare_runs(runs, out)
    names = [r["name"] for r in res["runs"]]
    typer.echo(f"percent (mean VRAR reward x100); deltas in points against {names[0]}")
    for line in table_lines(names, res["table"]):
        typer.echo(line)
    for t in res["tests"]:
        typer.echo(test_line(t))
    for direction in ("fixed", "broken"):
        rows = [f for f in res["flip_rows"] if f["direction"] == direction][:show]
        if rows:
            typer.echo(f"{direction} (first {len(rows)}):")
        for f in rows:
            typer.echo(f"  [{f['run']}] {f['id']}: {str(f['question'])[:70]!r}\n"
                       f"      before: {str(f['baseline_answer'])[:90]!r}\n      after:  {str(f['run_answer'])[:90]!r}")
    typer.echo(f"written: {out}/compare.md, compare.png, flips.jsonl ({res['flips']} flips)")


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="eval")
