"""`auditor scan PATH...`: scan exports and photos, then print or write the report.

Thin: checks the arguments, loads the profile and the baseline, runs `engine.scan` (which
returns a finished result, policy block included) behind a progress bar, and renders through
`reporters.output`. Exit 1 when a finding is at or above `--fail-on`; 2 for bad input.
"""

from __future__ import annotations

import os
from enum import StrEnum
from typing import Annotated, Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from auditor.cli.output import accepted, console, fail, to_file, write
from auditor.config import ProfileError
from auditor.models import Severity
from auditor.reporters.output import RenderOptions, infer_format, render, show


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
    fmt: Annotated[Fmt, typer.Option("--format", "-f", help="Report format.")] = Fmt.terminal,
    output: Annotated[Optional[str], typer.Option("--output", "-o", help="Write the report to FILE ('-' for stdout).")] = None,
    fail_on: Annotated[
        Optional[FailOn], typer.Option("--fail-on", help="Exit 1 if any finding is at or above this severity.")
    ] = None,
    show_evidence: Annotated[
        bool, typer.Option("--show-evidence", help="Show matched text unredacted (the report becomes more sensitive).")
    ] = False,
    workers: Annotated[
        Optional[int], typer.Option("--workers", help="Processes for reading media (default: all cores).", min=1)
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    baseline: Annotated[
        Optional[str], typer.Option("--baseline", help="Hide findings already accepted in this baseline file (auditor baseline).")
    ] = None,
    coarse: Annotated[bool, typer.Option("--coarse", help="Round positions to suburb level, for sharing the report.")] = False,
    ocr: Annotated[
        bool,
        typer.Option(
            "--ocr/--no-ocr", help="Also read text (tesseract) and barcodes/QR codes inside photos. Slower; off by default."
        ),
    ] = False,
) -> None:
    """Scan exports and photos; print a summary and the remediation checklist."""
    # lazy: start-up (the engine loads every source, rule and reader; `--help` needs none)
    from auditor.engine import ScanOptions, scan
    from auditor.rules.registry import load_profile  # lazy: start-up (loads every rule, and numpy)
    from auditor.tree import InputError

    for p in paths:
        if not os.path.exists(p):
            fail(f"no such file or folder: {p}")
        if not (os.path.isdir(p) or os.path.isfile(p)):
            fail(f"not a file or folder: {p}")
    try:
        prof = load_profile(profile)  # config's loader plus the check of [rules] codes
    except ProfileError as exc:
        fail(str(exc))
    hidden = accepted(baseline)
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

    def on_progress(stage: str, n: int, total: int | None) -> None:
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

    chosen = infer_format(str(fmt), output)
    # every format gets the same redaction (evidence quoted inside messages too): the renderer
    # prepares the full result, so it is taken with evidence and redacted there
    data = result.to_dict(show_evidence=True)
    options = RenderOptions(show_evidence=show_evidence, coarse=coarse)
    if chosen != "terminal" or to_file(output):
        write(render(data, chosen, options), output, inputs=paths)
    if chosen == "terminal":
        # the summary always goes to the terminal; without -o (not even '-') the checklist follows
        show(data, console(highlight=False), options)
        if not output:
            out = console()
            out.print()
            out.print(render(data, "terminal", options), markup=False, highlight=False, soft_wrap=True)
    if fail_on is not None:
        threshold = Severity(fail_on.value)
        if any(f.severity.at_least(threshold) for f in result.findings):
            raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("scan")(scan_cmd)
