"""`auditor report`, `auditor baseline` and `auditor diff`: work from saved results, never rescan.

`report` re-renders a saved JSON result in any format (redacted, coarsened or filtered by a
baseline on the way), `baseline` writes the fingerprints of a result's findings to a file that
`scan --baseline` and `report --baseline` use to hide accepted findings, and `diff` says what
was fixed and what is new between two results. Thin wiring: the work is in `auditor.reporters`.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import Annotated, Optional

import typer
from rich.console import Console

from auditor.reporters.prepare import ReportInputError, baseline_of, diff, load_fingerprints, load_result, prepare


class ReportFmt(StrEnum):
    terminal = "terminal"
    html = "html"
    markdown = "markdown"
    csv = "csv"
    json = "json"


class DiffFmt(StrEnum):
    terminal = "terminal"
    markdown = "markdown"
    json = "json"


def _fail(message: str) -> None:
    typer.echo(f"auditor: error: {message}", err=True)
    raise typer.Exit(2)


def _write(text: str, output: str | None) -> None:
    if output and output != "-":
        try:
            with open(output, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
        except OSError as exc:
            _fail(f"cannot write {output}: {exc.strerror or exc}")
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


def emit(data: dict, fmt: str, output: str | None) -> None:
    """Render a prepared result dict in `fmt` to `output` (a file, or stdout)."""
    from auditor.reporters.output import render_text

    if fmt == "terminal":
        from auditor.reporters import terminal

        if output and output != "-":
            _write(render_text("markdown", data), output)
        terminal.render(data, Console(highlight=False))
        return
    _write(render_text(fmt, data), output)


def _load_result(path: str) -> dict:
    try:
        return load_result(path)
    except ReportInputError as exc:
        _fail(str(exc))
        raise  # unreachable: _fail exits


def _saved_redacted(data: dict) -> bool:
    from auditor.models import redact

    evidence = [str(f.get("evidence")) for f in data.get("findings", []) if isinstance(f, dict) and f.get("evidence")]
    return bool(evidence) and all("*" in ev and redact(ev) == ev for ev in evidence)


def register(app: typer.Typer) -> None:
    @app.command("report")
    def report_cmd(
        result: Annotated[str, typer.Argument(help="A saved result: 'auditor scan -f json -o RESULT.json'.", show_default=False)],
        fmt: Annotated[ReportFmt, typer.Option("--format", "-f", help="Report format.")] = ReportFmt.terminal,
        output: Annotated[
            Optional[str], typer.Option("--output", "-o", help="Write the report to FILE ('-' for stdout).")
        ] = None,
        show_evidence: Annotated[
            bool, typer.Option("--show-evidence", help="Show evidence as saved (it can only be shown if the scan saved it).")
        ] = False,
        coarse: Annotated[bool, typer.Option("--coarse", help="Round positions to suburb level, for sharing.")] = False,
        baseline: Annotated[
            Optional[str], typer.Option("--baseline", help="Hide findings whose fingerprints are in this baseline file.")
        ] = None,
    ) -> None:
        """Re-render a saved scan result (HTML, Markdown, CSV, terminal) without rescanning."""
        data = _load_result(result)
        fps: set[str] = set()
        if baseline:
            try:
                fps = load_fingerprints(baseline)
            except ReportInputError as exc:
                _fail(str(exc))
        if show_evidence and _saved_redacted(data):
            typer.echo(
                "auditor: note: this result was saved with evidence redacted; to keep it, scan with -f json --show-evidence",
                err=True,
            )
        from auditor.reporters.output import infer_format

        shown = prepare(data, show_evidence=show_evidence, coarse=coarse, baseline=fps)
        emit(shown, infer_format(str(fmt), output), output)

    @app.command("baseline")
    def baseline_cmd(
        result: Annotated[str, typer.Argument(help="A saved result whose findings you accept.", show_default=False)],
        output: Annotated[
            Optional[str], typer.Option("--output", "-o", help="Baseline file to write ('-' for stdout).")
        ] = ".auditor-baseline.json",
    ) -> None:
        """Write a baseline: the fingerprints of a result's findings (no text, no times, no positions)."""
        data = _load_result(result)
        base = baseline_of(data)
        _write(json.dumps(base, indent=2) + "\n", output)
        if output and output != "-":
            typer.echo(f"auditor: {len(base['fingerprints'])} finding(s) accepted in {output}", err=True)

    @app.command("diff")
    def diff_cmd(
        old: Annotated[str, typer.Argument(help="The earlier result (or a baseline file).", show_default=False)],
        new: Annotated[str, typer.Argument(help="The later result.", show_default=False)],
        fmt: Annotated[DiffFmt, typer.Option("--format", "-f", help="Output format.")] = DiffFmt.terminal,
        output: Annotated[Optional[str], typer.Option("--output", "-o", help="Write to FILE ('-' for stdout).")] = None,
        fail_on_new: Annotated[bool, typer.Option("--fail-on-new", help="Exit 1 if anything new was found.")] = False,
    ) -> None:
        """Show what was fixed and what is new since an earlier export's result."""
        try:
            old_data = load_result(old)
        except ReportInputError:
            try:
                old_data = {"findings": [{"fingerprint": fp} for fp in sorted(load_fingerprints(old))]}
            except ReportInputError as exc:
                _fail(str(exc))
        new_data = prepare(_load_result(new))
        old_data = prepare(old_data)
        d = diff(old_data, new_data)
        if fmt == DiffFmt.json:
            _write(
                json.dumps({"fixed": d["fixed"], "new": d["new"], "unchanged": d["unchanged"]}, indent=2, ensure_ascii=False)
                + "\n",
                output,
            )
        else:
            from auditor.reporters.markdown import render_diff

            text = render_diff(d, old, new)
            if fmt == DiffFmt.markdown or (output and output != "-"):
                _write(text, output)
            else:
                _print_diff(d)
        if fail_on_new and d["new"]:
            raise typer.Exit(1)


def _print_diff(d: dict) -> None:
    from auditor.reporters.checklist import platform_name
    from auditor.reporters.terminal import STYLE, _clean

    console = Console(highlight=False)
    console.print(f"[green]{len(d['fixed'])} fixed[/green], [red]{len(d['new'])} new[/red], {d['unchanged']} unchanged")
    for title, key in (("New", "new"), ("Fixed", "fixed")):
        if not d[key]:
            continue
        console.print(f"\n[bold]{title}[/bold]")
        for f in d[key]:
            if not f.get("code"):
                console.print(f"  fingerprint {_clean(f.get('fingerprint'))}")
                continue
            s = str(f.get("severity"))
            console.print(f" [{STYLE.get(s, 'dim')}]{s.upper():8}[/] {_clean(f.get('code'))} {_clean(f.get('message'))}")
            console.print(f"          [dim]{_clean(platform_name(f.get('platform')))} · {_clean(f.get('path'))}[/dim]")
