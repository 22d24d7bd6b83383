"""The ``raiden-r1`` command. Each stage mounts its own sub-command group; heavy imports (torch,
transformers) happen inside commands, so ``raiden-r1 data ...`` starts fast."""

from __future__ import annotations

import sys

import typer

from raiden_r1 import __version__
from raiden_r1.errors import RaidenError
from raiden_r1.io_guard import ENVIRONMENT_ERRNOS, os_error_message

app = typer.Typer(
    name="raiden-r1",
    help="Train role-playing LLMs to stay in character (RAIDEN-R1: GRPO with the VRAR reward).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"raiden-r1 {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    pass


def _mount() -> None:
    import importlib

    for module, name in [("raiden_r1.data.cli", "data"), ("raiden_r1.reward.cli", "reward"),
                         ("raiden_r1.easyr1.cli", "easyr1"), ("raiden_r1.train.cli", "train"),
                         ("raiden_r1.train.sft_cli", "sft"), ("raiden_r1.chat", "chat"),
                         ("raiden_r1.eval.cli", "eval"), ("raiden_r1.quickstart", "quickstart")]:
        mod = importlib.import_module(module)
        mod.register(app) if hasattr(mod, "register") else app.add_typer(mod.app, name=name)


_mount()


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; user errors become one line on stderr (exit 2), never a traceback."""
    try:
        app(args=argv, prog_name="raiden-r1")  # standalone mode: exits through SystemExit
    except RaidenError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except OSError as e:
        # the environment's errors (disk full, permissions, read-only file system) anywhere in a
        # command: one line naming the file; any other OSError is a bug and keeps its traceback
        if e.errno not in ENVIRONMENT_ERRNOS:
            raise
        print(f"error: {os_error_message(e.filename or '(no file name)', e, 'cannot access')}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except SystemExit as e:
        if e.code is None or isinstance(e.code, int):
            return e.code or 0
        print(e.code, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
