"""`auditor rules`, `auditor rule CODE` and `auditor profiles`: what the scanner checks, and for whom.

Lists and explains rules and built-in profiles from the registries themselves, so the listing
cannot drift from the code. Reads no exports and scans nothing.
"""

from __future__ import annotations

from typing import Annotated

import typer

from auditor.cli.output import fail
from auditor.config import builtin_names, load_profile


def rules_cmd() -> None:
    """List every rule: code, name, category, severity."""
    from auditor.rules.registry import all_rules  # lazy: start-up (loads every rule module)

    for r in all_rules():
        status = " (retired)" if r.retired else ""
        typer.echo(f"{r.code}  {r.name:38} {str(r.category):22} {str(r.severity):8}{status}")


def rule_cmd(code: Annotated[str, typer.Argument(help="Rule code (e.g. GEO101) or name.")]) -> None:
    """Explain one rule: what it finds, why it matters, how to fix it, examples."""
    from auditor.rules.learned import model_note  # lazy: start-up
    from auditor.rules.registry import get_rule  # lazy: start-up (loads every rule module)

    r = get_rule(code)
    if r is None:
        fail(f"unknown rule {code!r} (see 'auditor rules')")
    typer.echo(f"{r.code} {r.name}  [{r.category}, {r.severity}]")
    typer.echo(f"\nWhat: {r.summary}\nWhy:  {r.rationale}\nFix:  {r.remediation}")
    if note := model_note(r):
        typer.echo(f"\n{note}")
    if r.examples:
        typer.echo("\nExamples:")
        for ex in r.examples:
            label = "flags" if ex.match else "ok   "
            shown = ex.text or (f"<{ex.kind} at {ex.position}>" if ex.position else f"<{ex.kind} without position>")
            typer.echo(f"  {label}  {shown}")


def profiles_cmd() -> None:
    """List the built-in organisation profiles."""
    for name in builtin_names():
        prof = load_profile(name)
        typer.echo(f"{name:6} {prof.title}")


def register(app: typer.Typer) -> None:
    app.command("rules")(rules_cmd)
    app.command("rule")(rule_cmd)
    app.command("profiles")(profiles_cmd)
