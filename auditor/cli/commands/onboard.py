"""`auditor onboard`: the new starter's checklist, and the onboarding gate that checks a scan.

Without a report or exports: interactive (a y/n question per item, then a summary) when stdin
and stdout are a terminal, or with `--interactive`; printable Markdown with `--print`, when not
a terminal, or to `-o FILE`. Exit codes: 0 printed, or every item done; 1 items still open.

The gate (`--report scan.json`, or export paths it scans itself): `auditor.teams.gate` passes or
fails the report against the profile's onboarding checks, the command prints why and writes
the record (name as given, date, tool version, profile, report SHA-256, the self-attested
answers when asked with `--interactive`) to `-o` (default onboard.md). Exit codes: 0 pass;
1 fail (or a self-attested item left open); 2 unreadable report, unknown profile or no --name.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.markup import escape
from rich.prompt import Confirm

from auditor import __version__
from auditor.cli.output import accepted, console, fail, note, saved_result, write
from auditor.config import Profile, ProfileError
from auditor.teams import gate
from auditor.teams.onboard import CHECKLIST, Check, outstanding, render_markdown

DEFAULT_RECORD = "onboard.md"


def _ask_each(checks: list[Check]) -> dict[str, bool]:
    out = console()
    count = 0

    def ask(c: Check) -> bool:
        nonlocal count
        count += 1
        out.print(f"[bold]{count}/{len(checks)} {escape(c.section)}:[/bold] {escape(c.title)}", highlight=False)
        for h in c.how:
            out.print(f"   {escape(h)}", highlight=False)
        return Confirm.ask("   Done?", console=out, default=False)

    return {c.id: bool(ask(c)) for c in checks}


def _scanned(exports: list[str], prof: Profile) -> tuple[dict[str, Any], bytes, str]:
    """Scan the exports here; the report dict, its canonical JSON bytes and a name for the record."""
    from auditor.engine import scan  # lazy: start-up (the engine loads every source, rule and reader)
    from auditor.reporters.output import RenderOptions, render  # lazy: start-up (reporters)

    for p in exports:
        if not Path(p).exists():
            fail(f"no such file or folder: {p}")
    result = scan(exports, prof)
    data = result.to_dict()
    body = render(data, "json", RenderOptions()).encode("utf-8")
    return data, body, "scan of " + ", ".join(exports)


def _gate(
    exports: list[str],
    report: str | None,
    profile: str | None,
    name: str | None,
    baseline: str | None,
    interactive: bool,
    output: str | None,
) -> None:
    from auditor.rules.registry import load_profile  # lazy: start-up (loads every rule)

    if not name or not name.strip():
        fail("the onboarding record needs your name: add --name 'Your Name' (as you want it recorded)")
    if report and exports:
        fail("give either --report FILE or export paths to scan, not both")
    data: dict[str, Any] = saved_result(report) if report else {}
    try:
        prof = load_profile(profile or str(data.get("profile") or "dibp"))
    except ProfileError as exc:
        fail(str(exc))
    if report:
        body, report_name = Path(report).read_bytes(), report
    else:
        data, body, report_name = _scanned(exports, prof)
    try:
        result = gate.evaluate(data, prof, accepted(baseline))
    except gate.GateError as exc:
        fail(str(exc))
    answers = None
    if interactive:
        console().print("[bold]Self-attested[/bold]: the scan cannot see your devices; answer for each.\n")
        answers = _ask_each(gate.self_attested())
    for line in gate.explain(result):
        typer.echo(line)
    open_items = [c for c in gate.self_attested() if answers is not None and not answers.get(c.id)]
    for c in open_items:
        typer.echo(f"open  {c.title} (self-attested)")
    text = gate.record(
        result,
        name=name.strip(),
        date=datetime.now(UTC).date().isoformat(),
        tool_version=__version__,
        profile=prof,
        report_name=report_name,
        report_sha256=gate.sha256(body),
        report_meta=data,
        answers=answers,
    )
    path = output or DEFAULT_RECORD
    write(text, path)
    if path != "-":
        note(f"wrote the onboarding record to {path}")
    passed = result.passed and not open_items
    typer.echo(f"Onboarding gate: {'PASS' if passed else 'FAIL'} ({prof.name})")
    if not passed:
        raise typer.Exit(1)


def onboard_cmd(
    exports: Annotated[
        Optional[list[str]], typer.Argument(help="Exports to scan for the gate (or give --report).", show_default=False)
    ] = None,
    report: Annotated[
        Optional[str], typer.Option("--report", "-r", help="Check this saved scan (auditor scan --format json).")
    ] = None,
    name: Annotated[Optional[str], typer.Option("--name", help="Your name as it goes on the onboarding record.")] = None,
    baseline: Annotated[
        Optional[str], typer.Option("--baseline", "-b", help="Findings accepted here do not fail the gate.")
    ] = None,
    profile: Annotated[
        Optional[str],
        typer.Option(
            "--profile", "-p", help="Profile whose policy and onboarding checks apply (default: the report's, else dibp)."
        ),
    ] = None,
    print_: Annotated[bool, typer.Option("--print", help="Print the checklist as Markdown (no questions).")] = False,
    interactive: Annotated[bool, typer.Option("--interactive", help="Ask about each item even when not in a terminal.")] = False,
    output: Annotated[
        Optional[str], typer.Option("--output", "-o", help="Also write the (ticked) checklist as Markdown to FILE.")
    ] = None,
) -> None:
    """Walk a new starter through device and account settings; with a report or exports, check the gate."""
    from auditor.rules.registry import load_profile  # lazy: start-up (loads every rule)

    if print_ and interactive:
        fail("choose one of --print and --interactive")
    if report or exports:
        if print_:
            fail("--print prints the checklist; leave it out to check a report")
        _gate(list(exports or []), report, profile, name, baseline, interactive, output)
        return
    try:
        prof = load_profile(profile or "dibp")
    except ProfileError as exc:
        fail(str(exc))
    is_tty = sys.stdin.isatty() and sys.stdout.isatty()
    if print_ or not (interactive or is_tty):
        write(render_markdown(prof), output or "-")
        if output and output != "-":
            typer.echo(f"Wrote {output}", err=True)
        return
    out = console()
    out.print(
        f"[bold]Security onboarding[/bold]: {len(CHECKLIST)} checks. Answer y when it is true for all your devices and accounts.\n"
    )
    done = _ask_each(list(CHECKLIST))
    todo = outstanding(done)
    out.print()
    out.print(f"[bold]{len(CHECKLIST) - len(todo)} of {len(CHECKLIST)} done.[/bold]")
    for c in todo:
        out.print(f"  [yellow]open[/yellow] {escape(c.title)} ({c.id})", highlight=False)
    if output:
        write(render_markdown(prof, done), output)
    if todo:
        out.print("Print the list with 'auditor onboard --print' and come back to the open items.")
        raise typer.Exit(1)
    out.print("[green]All done.[/green] Keep 'auditor scan EXPORTS --fail-on high' passing.")


def register(app: typer.Typer) -> None:
    app.command("onboard")(onboard_cmd)
