"""Command-line wiring (typer). Thin: parse options, call the library, pick a reporter.

Exit codes: 0 scan done (nothing at or above --fail-on); 1 findings at or above --fail-on;
2 usage, profile or unreadable-input error, always one line on stderr and never a traceback.
"""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from auditor import __version__
from auditor.config import ProfileError, load_profile
from auditor.models import Severity
from auditor.tree import InputError

app = typer.Typer(
    name="auditor",
    help="Find what your social media data exposes about your public-service job. Scans are offline: nothing leaves your machine (only `stats --send` and pinned profile URLs use the network, when you ask).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


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


def fail(message: str, code: int = 2) -> None:
    """One line on stderr and exit: user errors never show a traceback."""
    typer.echo(f"auditor: error: {message}", err=True)
    raise typer.Exit(code)


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


def _write(text: str, output: str | None) -> None:
    if output and output != "-":
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            fail(f"cannot write {output}: {exc.strerror or exc}")
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


@app.command("scan")
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
    for p in paths:
        if not os.path.exists(p):
            fail(f"no such file or folder: {p}")
        if not (os.path.isdir(p) or os.path.isfile(p)):
            fail(f"not a file or folder: {p}")
    from auditor.rules import registry  # lazy: loads every rule (and numpy); --help and other commands skip it

    try:
        prof = registry.load_profile(profile)  # config's loader plus the check of [rules] codes
    except ProfileError as exc:
        fail(str(exc))
    accepted: set[str] = set()
    if baseline:
        from auditor.reporters.prepare import ReportInputError, load_fingerprints

        try:
            accepted = load_fingerprints(baseline)
        except ReportInputError as exc:
            fail(str(exc))
    err_console = Console(stderr=True)
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
            label = {"media": "reading photos and videos", "exports": "reading exports", "rules": "checking items"}.get(
                stage, stage
            )
            tasks[stage] = progress.add_task(label, total=total)
        progress.update(tasks[stage], advance=n, total=total)

    from auditor.engine import ScanOptions, scan

    try:
        with progress:
            result = scan(paths, prof, ScanOptions(workers=workers, progress=on_progress, baseline=accepted, ocr=ocr))
    except InputError as exc:
        fail(str(exc))
    except FileNotFoundError as exc:
        fail(f"no such file or folder: {exc}")
    except PermissionError as exc:
        fail(f"permission denied: {exc.filename or exc}")
    from auditor.commands.report import emit
    from auditor.reporters.output import infer_format, policy_block, render_text
    from auditor.reporters.prepare import prepare

    fmt = Fmt(infer_format(str(fmt), output))

    if fmt == Fmt.json:
        data = result.to_dict(show_evidence=True)
        data["policy"] = policy_block(prof)
        # the same redaction as every other format: evidence quoted inside messages too
        _write(render_text("json", prepare(data, show_evidence=show_evidence, coarse=coarse)), output)
    else:
        data = result.to_dict(show_evidence=True)  # prepare() redacts, including evidence quoted in messages
        data["policy"] = policy_block(prof)
        shown = prepare(data, show_evidence=show_evidence, coarse=coarse)
        emit(shown, str(fmt), output)
        if fmt == Fmt.terminal and not output:
            console = Console()
            console.print()
            console.print(render_text("markdown", shown), markup=False, highlight=False, soft_wrap=True)
    if fail_on is not None:
        threshold = Severity(fail_on.value)
        if any(f.severity.at_least(threshold) for f in result.findings):
            raise typer.Exit(1)


@app.command("rules")
def rules_cmd() -> None:
    """List every rule: code, name, category, severity."""
    from auditor.rules.registry import all_rules

    for r in all_rules():
        status = " (retired)" if r.retired else ""
        typer.echo(f"{r.code}  {r.name:38} {str(r.category):22} {str(r.severity):8}{status}")


@app.command("rule")
def rule_cmd(code: Annotated[str, typer.Argument(help="Rule code (e.g. GEO101) or name.")]) -> None:
    """Explain one rule: what it finds, why it matters, how to fix it, examples."""
    from auditor.rules.registry import get_rule

    r = get_rule(code)
    if r is None:
        fail(f"unknown rule {code!r} (see 'auditor rules')")
    typer.echo(f"{r.code} {r.name}  [{r.category}, {r.severity}]")
    typer.echo(f"\nWhat: {r.summary}\nWhy:  {r.rationale}\nFix:  {r.remediation}")
    from auditor.rules.learned import model_note

    if note := model_note(r):
        typer.echo(f"\n{note}")
    if r.examples:
        typer.echo("\nExamples:")
        for ex in r.examples:
            label = "flags" if ex.match else "ok   "
            shown = ex.text or (f"<{ex.kind} at {ex.position}>" if ex.position else f"<{ex.kind} without position>")
            typer.echo(f"  {label}  {shown}")


@app.command("profiles")
def profiles_cmd() -> None:
    """List the built-in organisation profiles."""
    from auditor.config import builtin_names

    for name in builtin_names():
        prof = load_profile(name)
        typer.echo(f"{name:6} {prof.title}")


from auditor.commands import register_all  # noqa: E402  (after app and helpers exist)

register_all(app)


def _is_usage_error(exc: BaseException) -> bool:
    # typer vendors its own click; match by class name so either flavour is recognised
    return any(c.__name__ == "UsageError" for c in type(exc).__mro__)


def main() -> None:
    """Entry point: usage errors become one line on stderr with exit code 2."""
    if len(sys.argv) > 1 and sys.argv[1] == "check":
        # fast path: a draft check should answer at once, without building the typer app
        from auditor.commands.check import fast_main

        code = fast_main(sys.argv[2:])
        if code is not None:
            sys.exit(code)
    try:
        code = app(standalone_mode=False)
    except KeyboardInterrupt:
        typer.echo("auditor: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:
        if _is_usage_error(exc):
            msg = exc.format_message() if hasattr(exc, "format_message") else str(exc)
            cmd = getattr(getattr(exc, "ctx", None), "command_path", "auditor")
            typer.echo(f"auditor: error: {' '.join(msg.split())} (see '{cmd} --help')", err=True)
            sys.exit(2)
        if type(exc).__name__ == "Abort":
            typer.echo("auditor: aborted", err=True)
            sys.exit(130)
        raise
    sys.exit(code if isinstance(code, int) else 0)
