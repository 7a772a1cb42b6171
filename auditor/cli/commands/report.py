"""`auditor report`, `auditor baseline` and `auditor diff`: work from saved results, never rescan.

`report` re-renders a saved JSON result in any format (redacted, coarsened or filtered by a
baseline on the way), `baseline` writes the fingerprints of a result's findings to a file that
`scan --baseline` and `report --baseline` use to hide accepted findings, and `diff` says what
was fixed and what is new between two results. Thin wiring: the work is in `auditor.reporters`.
"""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated, Optional

import typer

from auditor.baseline import DEFAULT_BASELINE, SavedFileError, baseline_of, diff, load_fingerprints, load_result
from auditor.cli.commands.scan import emit
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
from auditor.cli.output import accepted, console, fail, note, saved_result, to_file, write
from auditor.reporters.checklist import platform_name
from auditor.reporters.markdown import render_diff
from auditor.reporters.output import RenderOptions, UnknownSuffixError, infer_format
from auditor.reporters.prepare import prepare
from auditor.reporters.terminal import STYLE, clean


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


def _saved_redacted(data: dict) -> bool:
    return prepare(data)["report"]["view"] == "redacted"


def register(app: typer.Typer) -> None:
    @app.command("report")
    def report_cmd(
        result: Annotated[str, typer.Argument(help="A saved result: 'auditor scan -f json -o RESULT.json'.", show_default=False)],
        fmt: Annotated[
            Optional[ReportFmt],
            typer.Option("--format", "-f", help=FORMAT_HELP),
        ] = None,
        output: OutputOpt = None,
        redact: RedactOpt = False,
        show_evidence: ShowEvidenceOpt = False,
        checklist: ChecklistOpt = False,
        coarse: CoarseOpt = False,
        baseline: BaselineOpt = None,
        no_baseline: NoBaselineOpt = False,
    ) -> None:
        """Re-render a saved scan result (HTML, Markdown, CSV, terminal) without rescanning."""
        data = saved_result(result)
        fps = accepted(baseline, use_default=not no_baseline)
        if not redact and _saved_redacted(data):
            note("note: this result was saved redacted; a scan saved with -f json (without --redact) keeps the evidence")
        try:
            chosen = infer_format(str(fmt or ReportFmt.terminal), output, explicit=fmt is not None)
        except UnknownSuffixError as exc:
            fail(str(exc))
        options = RenderOptions(redact=redact, coarse=coarse, baseline=frozenset(fps))
        emit(data, chosen, output, options, checklist, inputs=[result])

    @app.command("baseline")
    def baseline_cmd(
        result: Annotated[str, typer.Argument(help="A saved result whose findings you accept.", show_default=False)],
        output: Annotated[
            Optional[str], typer.Option("--output", "-o", help="Baseline file to write ('-' for stdout).")
        ] = DEFAULT_BASELINE,
    ) -> None:
        """Write a baseline: the fingerprints of a result's findings (no text, no times, no positions)."""
        data = saved_result(result)
        base = baseline_of(data)
        write(json.dumps(base, indent=2) + "\n", output, inputs=[result])
        if to_file(output):
            note(f"{len(base['fingerprints'])} finding(s) accepted in {output}")

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
        except SavedFileError:
            # a baseline file is an "old result" that knows only its fingerprints
            try:
                old_data = {"findings": [{"fingerprint": fp} for fp in sorted(load_fingerprints(old))]}
            except SavedFileError as exc:
                fail(str(exc))
        new_data = prepare(saved_result(new))
        old_data = prepare(old_data)
        d = diff(old_data, new_data)
        for warning in d["warnings"]:
            note(f"warning: {warning}")
        if fmt == DiffFmt.json:
            write(
                json.dumps({k: d[k] for k in ("fixed", "new", "unchanged", "warnings")}, indent=2, ensure_ascii=False) + "\n",
                output,
            )
        else:
            text = render_diff(d, old, new)
            if fmt == DiffFmt.markdown or to_file(output):
                write(text, output)
            else:
                _print_diff(d)
        if fail_on_new and d["new"]:
            raise typer.Exit(1)


def _print_diff(d: dict) -> None:
    out = console(highlight=False)
    out.print(f"[green]{len(d['fixed'])} fixed[/green], [red]{len(d['new'])} new[/red], {d['unchanged']} unchanged")
    for title, key in (("New", "new"), ("Fixed", "fixed")):
        if not d[key]:
            continue
        out.print(f"\n[bold]{title}[/bold]")
        for f in d[key]:
            if not f.get("code"):
                out.print(f"  fingerprint {clean(f.get('fingerprint'))}")
                continue
            s = str(f.get("severity"))
            out.print(f" [{STYLE.get(s, 'dim')}]{s.upper():8}[/] {clean(f.get('code'))} {clean(f.get('message'))}")
            out.print(f"          [dim]{clean(platform_name(f.get('platform')))} · {clean(f.get('path'))}[/dim]")
