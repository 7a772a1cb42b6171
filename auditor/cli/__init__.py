"""The command line: `main(argv)` parses, runs one command and returns its exit code.

Exit codes: 0 done (nothing at or above --fail-on); 1 findings at or above --fail-on (or a
command's own "reconsider"/"still open"); 2 usage, profile or unreadable-input error, always one
line on stderr and never a traceback; 130 interrupted.

This package's `__init__` must stay light: `import auditor.cli` loads neither typer nor the
engine, sources, rules or reporters, so `auditor check` and `auditor --help` start quickly:
`auditor`, `--help`, `-h` and `--version` are answered by `auditor.cli.usage`, and the plain
command lines of `check` and `scan` by their own fast paths, all without typer. The
typer app lives in `auditor.cli.app`, the commands in `auditor.cli.commands`, and the one output
helper every command uses (errors, writing reports, consoles) in `auditor.cli.output`.
`main` never calls `sys.exit`: `__main__` and the `auditor` console script do.
"""

from __future__ import annotations

import sys

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    """Run the command line with `argv` (default: the process arguments); return the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) <= 1 and args[:1] in ([], ["--help"], ["-h"], ["--version"]):
        # the top-level help and the version, from the command table, without typer
        from auditor.cli.usage import fast_main as usage  # lazy: start-up

        code = usage(args)
        if code is not None:
            return code
    if args[:1] == ["check"]:
        # a draft check should answer at once, without building the typer app
        from auditor.cli.commands.check import fast_main  # lazy: start-up

        code = fast_main(args[1:])
        if code is not None:
            return code
    if args[:1] == ["scan"]:
        # a scan's plain command line, without typer (which imports pydantic to parse it)
        from auditor.cli.commands.scan import fast_main as scan_main  # lazy: start-up

        code = scan_main(args[1:])
        if code is not None:
            return code
    from auditor.cli.app import run  # lazy: start-up (typer and the command's module)

    return run(args)
