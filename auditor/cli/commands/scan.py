"""`auditor scan PATH...`: scan exports and photos, then print or write the report.

Thin: checks the arguments, loads the profile and the baseline, runs `engine.scan` (which
returns a finished result, policy block included) behind a progress bar, and renders through
`reporters.output`. Exit 1 when a finding is at or above `--fail-on`; 2 for bad input and for inputs that hold
no export and no photo at all (one line says so instead of an empty report).
"""

from __future__ import annotations

import os
import time
from enum import StrEnum
from typing import Annotated, Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from auditor.cli.options import (
    FORMAT_HELP,
    BaselineOpt,
    ChecklistOpt,
    CoarseOpt,
    NoBaselineOpt,
    OutputOpt,
    RedactOpt,
    ShowEvidenceOpt,
)
from auditor.cli.output import accepted, console, fail, note, refuse_input, to_file, verbose, write
from auditor.config import ProfileError
from auditor.models import Severity
from auditor.reporters.output import RenderOptions, UnknownSuffixError, infer_format, render, show
from auditor.reporters.terminal import clean


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


def scan_cmd(
    paths: Annotated[
        list[str], typer.Argument(help="Export folders, zips (split parts are merged), or photo folders.", show_default=False)
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
        chosen = infer_format(str(fmt or Fmt.terminal), output, explicit=fmt is not None)
    except UnknownSuffixError as exc:
        fail(str(exc))
    try:
        prof = load_profile(profile)  # config's loader plus the check of [rules] codes
    except ProfileError as exc:
        fail(str(exc))
    hidden = accepted(baseline, use_default=not no_baseline)
    err_console = console(stderr=True)
    show_progress = not quiet and err_console.is_terminal
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
        disable=not show_progress,
    )
    tasks: dict[str, int] = {}

    started = time.perf_counter()
    stage_times: dict[str, list[float]] = {}  # stage -> [first seen, last seen], for -v

    def on_progress(stage: str, n: int, total: int | None) -> None:
        now = time.perf_counter()
        stage_times.setdefault(stage, [now, now])[1] = now
        if stage not in tasks:
            tasks[stage] = progress.add_task(STAGE_LABELS.get(stage, stage), total=total)
        progress.update(tasks[stage], advance=n, total=total)

    try:
        with progress:
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
        threshold = Severity(fail_on.value)
        if any(f.severity.at_least(threshold) for f in result.findings):
            raise typer.Exit(1)


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
    for e in getattr(result, "errors", []):
        note(f"could not read {clean(e.path)}: {clean(e.reason)}")
    steps = ", ".join(f"{STAGE_LABELS.get(k, k).lower()} {v[1] - v[0]:.2f} s" for k, v in stage_times.items())
    note(f"scanned in {total_s:.2f} s" + (f" ({steps})" if steps else ""))


def register(app: typer.Typer) -> None:
    app.command("scan")(scan_cmd)
