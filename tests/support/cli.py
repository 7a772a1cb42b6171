"""Run the command line in this process: `main(argv)` with stdout, stderr (and stdin) captured.

The same entry point as `python -m auditor` and the `auditor` script, without starting an
interpreter per call. A few tests still run real subprocesses to cover the entry points.
"""

from __future__ import annotations

import io
import sys
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass

from auditor.cli import main


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


def run_cli(*args: str, input: str | None = None) -> Run:
    """`auditor ARGS...` in process; stdin is `input` (empty when None, like a closed pipe)."""
    out, err = io.StringIO(), io.StringIO()
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(input or "")
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = main([str(a) for a in args])
    finally:
        sys.stdin = old_stdin
    return Run(code, out.getvalue(), err.getvalue())
