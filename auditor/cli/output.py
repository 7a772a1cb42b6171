"""What every command uses to talk to the user: the one-line error, report text to a file or
stdout, and rich consoles.

Errors are one line on stderr, `auditor: error: MESSAGE`, and `fail` ends the command with exit
code 2 (by raising SystemExit, which both `auditor.cli.main` and typer's test runner turn into the
exit code). This module must stay light (no typer, no rich at import time): the `check` fast
path uses it. It never renders reports; `auditor.reporters` does.
"""

from __future__ import annotations

import os
import sys
import tempfile
from typing import TYPE_CHECKING, Any, NoReturn

from auditor.baseline import DEFAULT_BASELINE, SavedFileError, load_fingerprints, load_result
from auditor.models import visible

if TYPE_CHECKING:
    from rich.console import Console

USAGE_ERROR = 2
INTERRUPTED = 130  # Ctrl-C, or an answer aborted
_VERBOSE = [False]  # `auditor -v`: commands say more (every error, timings)


def set_verbose(on: bool) -> None:
    """Set by the root `-v/--verbose` option."""
    _VERBOSE[0] = on


def verbose() -> bool:
    """Whether the user asked commands to say more (`auditor -v`)."""
    return _VERBOSE[0]


def error(message: str) -> None:
    """The one-line error on stderr, without ending the command."""
    print(f"auditor: error: {visible(message)}", file=sys.stderr, flush=True)


def note(message: str) -> None:
    """A one-line remark on stderr (`auditor: MESSAGE`) that is not an error."""
    print(f"auditor: {visible(message)}", file=sys.stderr, flush=True)


def fail(message: str, code: int = USAGE_ERROR) -> NoReturn:
    """One line on stderr and end the command: user errors never show a traceback."""
    error(message)
    raise SystemExit(code)


def to_file(output: str | None) -> bool:
    """True when `-o` names a file (not absent, not '-' for stdout)."""
    return bool(output) and output != "-"


def refuse_input(output: str, inputs: list[str]) -> None:
    """Exit 2 when `output` is, or lies inside, one of `inputs` (a folder, a file or a zip)."""
    out = os.path.realpath(output)
    for p in inputs:
        src = os.path.realpath(p)
        if out == src or out.startswith(src.rstrip(os.sep) + os.sep):
            fail(f"{output} is inside the input {p}: write the output somewhere else")


def write(text: str, output: str | None, inputs: list[str] | None = None) -> None:
    """Write `text` to the file `output`, or to stdout when there is none (or it is '-').

    A file is written to a fresh temporary name in its folder (created exclusively, never
    through a link) and renamed into place when complete; one that is or lies inside an input
    is refused.
    """
    if to_file(output):
        refuse_input(output, inputs or [])  # type: ignore[arg-type]
        tmp = None
        try:
            folder = os.path.dirname(os.path.abspath(output)) or "."  # type: ignore[arg-type]
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=".auditor-", suffix=".part")
            # newline="": the text is written exactly as rendered (CSV rows end in \n everywhere)
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
            os.chmod(tmp, 0o644)
            os.replace(tmp, output)  # type: ignore[arg-type]
            tmp = None
        except OSError as exc:
            fail(f"cannot write {output}: {exc.strerror or exc}")
        finally:
            if tmp:
                os.unlink(tmp)
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


def console(stderr: bool = False, highlight: bool = True) -> Console:
    """A rich console on stdout (or stderr); colour follows rich (NO_COLOR, piped output)."""
    from rich.console import Console  # lazy: start-up (the check fast path never needs rich)

    return Console(stderr=stderr, highlight=highlight)


def saved_result(path: str) -> dict[str, Any]:
    """A saved JSON result, or the one-line error (exit 2) when it is not one."""
    try:
        return load_result(path)
    except SavedFileError as exc:
        fail(str(exc))


def accepted(path: str | None, use_default: bool = True) -> set[str]:
    """The fingerprints in a `--baseline` file, or the one-line error (exit 2).

    Without `--baseline`, the file `auditor baseline` writes by default (`.auditor-baseline.json`
    in the current folder) is used when it exists, and the user is told so; `use_default=False`
    (`--no-baseline`) shows everything.
    """
    if not path:
        if not (use_default and os.path.isfile(DEFAULT_BASELINE)):
            return set()
        path = DEFAULT_BASELINE
        found = True
    else:
        found = False
    try:
        fps = load_fingerprints(path)
    except SavedFileError as exc:
        fail(str(exc))
    if found:
        note(f"using the baseline {DEFAULT_BASELINE} found here ({len(fps)} accepted); --no-baseline shows everything")
    return fps
