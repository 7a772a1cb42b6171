"""The typer app: the root options, every command registered, and `run(argv)` around it.

Knows which modules hold commands (`auditor.cli.commands.MODULES`) and turns what typer/click
raise (usage errors, aborts, interrupts, exits) into one line on stderr and an exit code. Holds
no command itself and renders nothing: commands live in `auditor.cli.commands`, and talk to the
user through `auditor.cli.output`.
"""

from __future__ import annotations

import importlib
from typing import Annotated, Optional

import typer

from auditor import __version__
from auditor.cli.commands import MODULES
from auditor.cli.output import USAGE_ERROR, note

INTERRUPTED = 130

app = typer.Typer(
    name="auditor",
    help="Find what your social media data exposes about your public-service job. Scans are offline: nothing leaves your machine (only `stats --send` and pinned profile URLs use the network, when you ask).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"auditor {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        Optional[bool], typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = None,
) -> None:
    pass


for _name in MODULES:
    importlib.import_module(f"auditor.cli.commands.{_name}").register(app)


def _is_usage_error(exc: BaseException) -> bool:
    # typer vendors its own click; match by class name so either flavour is recognised
    return any(c.__name__ == "UsageError" for c in type(exc).__mro__)


def run(argv: list[str]) -> int:
    """Run the typer app on `argv`; usage errors become one line on stderr with exit code 2."""
    try:
        code = app(args=argv, standalone_mode=False)
    except SystemExit as exc:  # `output.fail` and commands that end early
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except KeyboardInterrupt:
        note("interrupted")
        return INTERRUPTED
    except Exception as exc:
        if _is_usage_error(exc):
            msg = exc.format_message() if hasattr(exc, "format_message") else str(exc)
            cmd = getattr(getattr(exc, "ctx", None), "command_path", "auditor")
            if msg.strip():  # no arguments at all: click has printed the help, and there is nothing to add
                note(f"error: {' '.join(msg.split())} (see '{cmd} --help')")
            return USAGE_ERROR
        if type(exc).__name__ == "Abort":
            note("aborted")
            return INTERRUPTED
        raise
    return code if isinstance(code, int) else 0
