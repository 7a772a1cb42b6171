"""`auditor scan PATH...`: scan exports and photos, then print or write the report.

Thin: checks the arguments, loads the profile and the baseline, runs `engine.scan` (which
returns a finished result, policy block included) behind a progress bar, and renders through
`reporters.output`. Exit 1 when a finding is at or above `--fail-on`; 2 for bad input and for inputs that hold
no export and no photo at all (one line says so instead of an empty report).

Two ways in, one command: `register` declares it to typer (its help and usage errors), and
`fast_main` parses the plain command lines without typer, whose option parsing imports pydantic
(about 100 ms before a scan starts). Both call `run_scan`; `fast_parser` declares the same
options as `register`, which a test checks option by option. Deliberately no `from __future__
import annotations`: typer evaluates the command's annotations where `register` defines it. The
progress bar (rich) is imported only when it is drawn, the reporters only when a report is.
"""

import argparse
import contextlib
import os
import sys
import time
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, Optional

from auditor.cli.output import (
    INTERRUPTED,
    accepted,
    console,
    fail,
    note,
    refuse_input,
    set_verbose,
    to_file,
    verbose,
    write,
)
from auditor.config import ProfileError
from auditor.models import Severity
from auditor.reporters.output import RenderOptions, UnknownSuffixError, infer_format, render, show

if TYPE_CHECKING:
    import typer  # lazy: start-up (the fast path runs without typer)


class Fmt(StrEnum):
    terminal = "terminal"
    json = "json"
    markdown = "markdown"
    html = "html"
    csv = "csv"


class FailOn(StrEnum):
    critical = "critical"
    high = "high"
    medium = "medium"
    low = "low"


WRITTEN = {
    "html": "HTML report: open it in a browser",
    "markdown": "Markdown checklist",
    "terminal": "Markdown checklist",
    "csv": "CSV, one row per finding",
    "json": "JSON result: 'auditor report' re-renders it",
}
STAGE_LABELS = {"media": "reading photos and videos", "exports": "reading exports", "rules": "checking items"}


def run_scan(
    paths: list[str],
    profile: str = "dibp",
    fmt: str | None = None,
    output: str | None = None,
    fail_on: str | None = None,
    redact: bool = False,
    checklist: bool = False,
    workers: int | None = None,
    quiet: bool = False,
    baseline: str | None = None,
    no_baseline: bool = False,
    coarse: bool = False,
    ocr: bool = False,
) -> int:
    """Scan exports and photos; print a summary and where to start, or write the full report (-o)."""
    # lazy: start-up (the engine loads every source, rule and reader; `--help` needs none)
    from auditor.engine import ScanOptions, nothing_recognised, scan
    from auditor.rules.registry import load_profile  # lazy: start-up (loads every rule, and numpy)
    from auditor.tree import InputError

    for p in paths:
        if not os.path.exists(p):
            fail(f"no such file or folder: {p}")
        if not (os.path.isdir(p) or os.path.isfile(p)):
            fail(f"not a file or folder: {p}")
    if to_file(output):
        refuse_input(output, paths)  # before the scan: a report never replaces or lands in an input
    try:  # before the scan: a bad -o name should not cost a whole scan
        chosen = infer_format(fmt or Fmt.terminal.value, output, explicit=fmt is not None)
    except UnknownSuffixError as exc:
        fail(str(exc))
    try:
        prof = load_profile(profile)  # config's loader plus the check of [rules] codes
    except ProfileError as exc:
        fail(str(exc))
    hidden = accepted(baseline, use_default=not no_baseline)
    progress = None if quiet else _progress_bar()
    tasks: dict[str, int] = {}

    started = time.perf_counter()
    stage_times: dict[str, list[float]] = {}  # stage -> [first seen, last seen], for -v

    def on_progress(stage: str, n: int, total: int | None) -> None:
        now = time.perf_counter()
        stage_times.setdefault(stage, [now, now])[1] = now
        if progress is None:
            return
        if stage not in tasks:
            tasks[stage] = progress.add_task(STAGE_LABELS.get(stage, stage), total=total)
        progress.update(tasks[stage], advance=n, total=total)

    try:
        with progress or contextlib.nullcontext():
            result = scan(paths, prof, ScanOptions(workers=workers, progress=on_progress, baseline=hidden, ocr=ocr))
    except InputError as exc:
        fail(str(exc))
    except FileNotFoundError as exc:
        fail(f"no such file or folder: {exc}")
    except PermissionError as exc:
        fail(f"permission denied: {exc.filename or exc}")

    if verbose():
        _say_more(result, stage_times, time.perf_counter() - started)
    if nothing_recognised(result):
        # an empty folder, a PDF or random bytes: "No exposures found" would read as an all-clear
        n = (result.stats.get("total") or {}).get("files", 0)
        fail(f"nothing to audit in {', '.join(paths)}: no export or photo recognised among {n} files")
    # the full result goes to the renderer, which applies the one redaction rule (reporters.prepare)
    data = result.to_dict(show_evidence=True)
    options = RenderOptions(redact=redact, coarse=coarse)
    emit(data, chosen, output, options, checklist, inputs=paths)
    if fail_on is not None:
        threshold = Severity(fail_on)
        if any(f.severity.at_least(threshold) for f in result.findings):
            return 1
    return 0


def _progress_bar() -> Any:
    """The progress bar on stderr, or None where none is drawn (stderr is no terminal): rich is
    imported only for a bar that will be drawn."""
    if not (sys.stderr.isatty() or os.environ.get("FORCE_COLOR") or os.environ.get("TTY_INTERACTIVE")):
        return None  # rich would not call this a terminal either (it may when one of those is set)
    err_console = console(stderr=True)
    if not err_console.is_terminal:
        return None
    # lazy: rich's progress bar only when it is drawn
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    )


def emit(
    data: dict, chosen: str, output: str | None, options: RenderOptions, checklist: bool, inputs: list[str] | None = None
) -> None:
    """Write the report where asked; the terminal gets the summary, where to start and what was written.

    Report text on stdout (`-f json`, `-o -`) comes alone, so it can be piped; a report written
    to a file is named at the end of the summary, where it does not scroll away.
    """
    if chosen != "terminal" or to_file(output):
        write(render(data, chosen, options), output, inputs=inputs)  # never over or inside an input
        if not to_file(output):
            return
    written = f"{output} ({WRITTEN.get(chosen, chosen)})" if to_file(output) else None
    show(data, console(highlight=False), options, written=written, full=checklist)


def _say_more(result: object, stage_times: dict[str, list[float]], total_s: float) -> None:
    """`auditor -v scan`: every unreadable file with its reason, then how long each step took."""
    from auditor.reporters.terminal import clean  # lazy: rich, only for -v

    for e in getattr(result, "errors", []):
        note(f"could not read {clean(e.path)}: {clean(e.reason)}")
    steps = ", ".join(f"{STAGE_LABELS.get(k, k).lower()} {v[1] - v[0]:.2f} s" for k, v in stage_times.items())
    note(f"scanned in {total_s:.2f} s" + (f" ({steps})" if steps else ""))


class _Unusual(Exception):
    """What the fast parser does not take; typer answers it instead (help, usage errors)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _Unusual(message)  # never print: typer says it, in its own words


def fast_parser() -> argparse.ArgumentParser:
    """The options of `scan` as `register` declares them, for the plain command lines the fast
    path takes (a test keeps the two the same, option for option)."""

    def at_least_one(value: str) -> int:
        n = int(value)
        if n < 1:
            raise ValueError(value)
        return n

    ap = _Parser(prog="auditor scan", add_help=False, allow_abbrev=False, exit_on_error=False)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--profile", "-p", default="dibp")
    ap.add_argument("--format", "-f", dest="fmt", choices=[f.value for f in Fmt], default=None)
    ap.add_argument("--output", "-o", default=None)
    ap.add_argument("--fail-on", dest="fail_on", choices=[f.value for f in FailOn], default=None)
    ap.add_argument("--workers", type=at_least_one, default=None)
    ap.add_argument("--baseline", default=None)
    for flags, dest in (
        (["--redact"], "redact"),
        (["--show-evidence"], "show_evidence"),
        (["--checklist", "--full"], "checklist"),
        (["--quiet", "-q"], "quiet"),
        (["--no-baseline"], "no_baseline"),
        (["--coarse"], "coarse"),
        (["--ocr"], "ocr"),
    ):
        ap.add_argument(*flags, dest=dest, action="store_true", default=False)
    ap.add_argument("--no-ocr", dest="ocr", action="store_false")
    return ap


def fast_args(argv: list[str]) -> dict[str, Any] | None:
    """`argv` (after `scan`) parsed as typer would, or None for what the fast path leaves to
    typer: `--help`, `--`, a usage error, anything unusual."""
    if any(a in ("-h", "--help", "--") for a in argv):
        return None
    try:
        args, rest = fast_parser().parse_known_args(argv)
    except (_Unusual, argparse.ArgumentError, ValueError, TypeError):
        return None
    return None if rest else vars(args)


def fast_main(argv: list[str]) -> int | None:
    """`auditor scan ...` without typer (whose option parsing imports pydantic: about 100 ms
    before the scan starts); None when typer should take the command line."""
    args = fast_args(argv)
    if args is None:
        return None
    args.pop("show_evidence")  # no effect: kept so that old scripts still run
    set_verbose(False)  # no root option came before `scan` (as typer's root callback would set it)
    try:
        return run_scan(**args)
    except SystemExit as exc:  # `output.fail`: the one-line error has been said
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except KeyboardInterrupt:
        note("interrupted")
        return INTERRUPTED


def register(app: "typer.Typer") -> None:
    import typer  # lazy: start-up (the fast path runs without typer)

    from auditor.cli.options import (  # lazy: start-up (typer)
        FORMAT_HELP,
        BaselineOpt,
        ChecklistOpt,
        CoarseOpt,
        NoBaselineOpt,
        OutputOpt,
        RedactOpt,
        ShowEvidenceOpt,
    )

    @app.command("scan")
    def scan_cmd(
        paths: Annotated[
            list[str],
            typer.Argument(help="Export folders, zips (split parts are merged), or photo folders.", show_default=False),
        ],
        profile: Annotated[
            str,
            typer.Option(
                "--profile",
                "-p",
                help="Built-in profile name (dibp, ...), a TOML file that extends one, or a pinned URL (https://.../team.toml#sha256=HEX).",
            ),
        ] = "dibp",
        fmt: Annotated[
            Optional[Fmt],
            typer.Option("--format", "-f", help=FORMAT_HELP),
        ] = None,
        output: OutputOpt = None,
        fail_on: Annotated[
            Optional[FailOn], typer.Option("--fail-on", help="Exit 1 if any finding is at or above this severity.")
        ] = None,
        redact: RedactOpt = False,
        show_evidence: ShowEvidenceOpt = False,
        checklist: ChecklistOpt = False,
        workers: Annotated[
            Optional[int], typer.Option("--workers", help="Processes for reading media (default: all cores).", min=1)
        ] = None,
        quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
        baseline: BaselineOpt = None,
        no_baseline: NoBaselineOpt = False,
        coarse: CoarseOpt = False,
        ocr: Annotated[
            bool,
            typer.Option(
                "--ocr/--no-ocr", help="Also read text (tesseract) and barcodes/QR codes inside photos. Slower; off by default."
            ),
        ] = False,
    ) -> None:
        """Scan exports and photos; print a summary and where to start, or write the full report (-o)."""
        code = run_scan(
            paths,
            profile,
            fmt.value if fmt else None,
            output,
            fail_on.value if fail_on else None,
            redact,
            checklist,
            workers,
            quiet,
            baseline,
            no_baseline,
            coarse,
            ocr,
        )
        if code:
            raise typer.Exit(code)
