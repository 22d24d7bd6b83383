"""`raiden-r1 merge` (EasyR1 checkpoint -> Hugging Face model) and `raiden-r1 easyr1 check`."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(help="EasyR1 path: check a config before launching; export a local recipe to EasyR1.",
                  no_args_is_help=True)


@app.command()
def check(
    config: Path = typer.Argument(Path("configs/easyr1_config.yaml"), help="EasyR1 YAML config."),
    overrides: Optional[List[str]] = typer.Argument(None, help="key.sub=value overrides, as passed to EasyR1."),
) -> None:
    """Check a config the way the launcher does: keys, values, batch sizes, reward file, template."""
    from .preflight import preflight, summary_lines

    summary = preflight(config, overrides or [])
    for w in summary.warnings:
        typer.echo(f"warning: {w}", err=True)
    typer.echo("\n".join(summary_lines(summary)))


@app.command("export-config")
def export_config_command(
    config: Path = typer.Argument(..., help="Local engine config (configs/local_*.yaml)."),
    overrides: Optional[List[str]] = typer.Argument(None, help="key.sub=value overrides, as `raiden-r1 train` "
                                                   "takes them."),
    out: Optional[Path] = typer.Option(None, "--out", help="Write the EasyR1 YAML here (default: print it)."),
) -> None:
    """Write the EasyR1 config equivalent to a local recipe (docs/recipe.md)."""
    from raiden_r1.io_guard import check_output, write_text

    from .export import export_config, render

    if out is not None:  # before any work: --out may not be the local config it reads
        check_output(out, [config], what="EasyR1 config")
    nested, notes = export_config(config, overrides or [])
    for line in notes:
        typer.echo(f"note: {line}", err=True)
    text = render(nested, config)
    if out is None:
        typer.echo(text, nl=False)
        return
    write_text(out, text, [config], what="EasyR1 config")
    typer.echo(f"wrote {out}", err=True)


def merge(
    local_dir: Path = typer.Option(..., "--local_dir", "--local-dir", help="<save_checkpoint_path>/global_step_<N>/actor"),
    out: Optional[Path] = typer.Option(None, "--out", help="Output directory (default: <local_dir>/huggingface)."),
    dtype: str = typer.Option("bfloat16", "--dtype", help="bfloat16 (as EasyR1's merger writes) | float16 | float32"),
    check_only: bool = typer.Option(False, "--check-only", help="Only check that the output is loadable (and write "
                                    "its model card)."),
) -> None:
    """Merge EasyR1's FSDP actor shards into a Hugging Face model (safetensors; config, generation
    config and tokenizer carried through unchanged; a model card)."""
    from .card import write_merged_card
    from .merge import check_output, merge_checkpoint

    target = out or local_dir / "huggingface"
    if not check_only:
        target = merge_checkpoint(local_dir, out, dtype)
        typer.echo(f"merged {local_dir} -> {target}")
    typer.echo(check_output(target))
    typer.echo(f"model card: {write_merged_card(local_dir, target)}")


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="easyr1")
    root.command("merge")(merge)
