"""The top-level help and version, printed without typer: `auditor`, `auditor --help`, `-h`, `--version`.

What the help says comes from the tables the typer app is built from too: `ABOUT` and
`ROOT_OPTIONS` here, and `auditor.cli.commands.COMMANDS` (every command and its one-line
summary), so the fast help and typer's own (`auditor -v --help`) cannot drift apart; a test
compares them. The layout is click's (the one typer prints): usage, description, options,
commands, wrapped to the terminal as click wraps it.

This module must stay light (no typer, no rich, no library layer): it is all that
`auditor --help` imports besides `auditor.cli`. Help for one command (`auditor scan --help`)
stays with typer.
"""

from __future__ import annotations

import os
import shutil
import sys
import textwrap

from auditor import __version__
from auditor.cli.commands import COMMANDS

ABOUT = (
    "Find what your social media data exposes about your public-service job. Scans are offline: nothing leaves your "
    "machine (only `stats --send` and pinned profile URLs use the network, when you ask)."
)

# (flags as the help shows them, help); the first three are the typer app's own root options
ROOT_OPTIONS: tuple[tuple[str, str], ...] = (
    ("--version", "Show the version and exit."),
    ("--no-color", "No colour in terminal output (as does NO_COLOR=1)."),
    ("-v, --verbose", "Say more: every unreadable file with its reason, and how long each step took."),
    ("--install-completion", "Install completion for the current shell."),
    ("--show-completion", "Show completion for the current shell, to copy it or customize the installation."),
    ("-h, --help", "Show this message and exit."),
)
OPTION_HELP: dict[str, str] = {flags.split(", ")[-1]: text for flags, text in ROOT_OPTIONS}
HELP_NAMES = ["-h", "--help"]

# the arguments this module answers; anything else goes to typer
FAST = ([], ["--help"], ["-h"], ["--version"])


def program_name() -> str:
    """How the user started us, as click names it: `auditor`, or `python -m auditor`."""
    main = sys.modules.get("__main__")
    package = getattr(main, "__package__", None)
    if not package:
        return os.path.basename(sys.argv[0] or "auditor")
    name = os.path.splitext(os.path.basename(getattr(main, "__file__", None) or "__main__"))[0]
    return f"python -m {package if name == '__main__' else f'{package}.{name}'}"


def help_width() -> int:
    """The width click formats help to: the terminal's, at most 80, less a margin of 2."""
    return max(min(shutil.get_terminal_size().columns, 80) - 2, 50)


def _rows(rows: list[tuple[str, str]], width: int) -> list[str]:
    # click's definition list: two spaces in, the terms' column (at most 30) plus two spaces,
    # each text wrapped to what is left, its further lines under its first
    first = min(max(len(term) for term, _ in rows), 30) + 2
    text_width = max(width - first - 2, 10)
    out = []
    for term, text in rows:
        lines = textwrap.wrap(text, text_width) or [""]
        if len(term) <= first - 2:
            out.append(f"  {term}{' ' * (first - len(term))}{lines[0]}")
        else:
            out.append(f"  {term}")
            out.append(" " * (first + 2) + lines[0])
        out.extend(" " * (first + 2) + line for line in lines[1:])
    return out


def render(prog: str, width: int | None = None) -> str:
    """The top-level help, laid out as click lays out typer's."""
    width = width or help_width()
    lines = [f"Usage: {prog} [OPTIONS] COMMAND [ARGS]...", ""]
    lines += textwrap.wrap(ABOUT, width, initial_indent="  ", subsequent_indent="  ")
    lines += ["", "Options:", *_rows(list(ROOT_OPTIONS), width)]
    lines += ["", "Commands:", *_rows([(name, summary) for name, _module, summary in COMMANDS], width)]
    return "\n".join(lines) + "\n"


def fast_main(args: list[str]) -> int | None:
    """Answer `auditor`, `--help`, `-h` and `--version` here; None for anything else (typer's)."""
    if args not in FAST:
        return None
    if args == ["--version"]:
        sys.stdout.write(f"auditor {__version__}\n")
        return 0
    sys.stdout.write(render(program_name()))
    sys.stdout.flush()
    return 0 if args else 2  # no arguments at all: the help, and exit 2 (as typer's no_args_is_help)
