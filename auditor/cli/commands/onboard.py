"""`auditor onboard`: the new starter's checklist, interactive in a terminal or printable.

Interactive (a y/n question per item, then a summary) when stdin and stdout are a terminal, or
with `--interactive`; printable Markdown with `--print`, when not a terminal, or to `-o FILE`.
Exit codes: 0 printed, or every item done; 1 items still open after the walk-through.
"""

from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer
from rich.markup import escape
from rich.prompt import Confirm

from auditor.cli.output import console, fail, write
from auditor.config import ProfileError
from auditor.teams.onboard import CHECKLIST, outstanding, render_markdown, walk


def onboard_cmd(
    profile: Annotated[str, typer.Option("--profile", "-p", help="Profile whose policy clauses explain each item.")] = "dibp",
    print_: Annotated[bool, typer.Option("--print", help="Print the checklist as Markdown (no questions).")] = False,
    interactive: Annotated[bool, typer.Option("--interactive", help="Ask about each item even when not in a terminal.")] = False,
    output: Annotated[
        Optional[str], typer.Option("--output", "-o", help="Also write the (ticked) checklist as Markdown to FILE.")
    ] = None,
) -> None:
    """Walk a new starter through device and account settings, ending with the scan gate."""
    from auditor.rules.registry import load_profile  # lazy: start-up (loads every rule)

    if print_ and interactive:
        fail("choose one of --print and --interactive")
    try:
        prof = load_profile(profile)
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
    count = 0

    def ask(c) -> bool:
        nonlocal count
        count += 1
        out.print(f"[bold]{count}/{len(CHECKLIST)} {escape(c.section)}:[/bold] {escape(c.title)}", highlight=False)
        for h in c.how:
            out.print(f"   {escape(h)}", highlight=False)
        return Confirm.ask("   Done?", console=out, default=False)

    done = walk(ask)
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
