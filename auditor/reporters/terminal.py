"""Terminal summary (rich): counts by category and platform, the top findings, errors.

Respects NO_COLOR (rich does) and degrades to plain text when piped.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from auditor.reporters.markdown import SEVERITY_ORDER

STYLE = {"critical": "bold red", "high": "red", "medium": "yellow", "low": "cyan", "info": "dim"}


def render(data: dict[str, Any], console: Console, top: int = 15) -> None:
    findings = data.get("findings", [])
    summary = data.get("summary") or {}
    console.print(
        f"[bold]auditor[/bold] {data.get('tool_version', '')} · profile [bold]{data.get('profile')}[/bold] · inputs: {escape(', '.join(data.get('inputs', [])))}"
    )
    if not findings:
        console.print("[green]No exposures found.[/green]")
    else:
        cats = sorted({f["category"] for f in findings})
        plats = sorted({f["platform"] for f in findings})
        table = Table(title=f"{len(findings)} finding(s) by category and platform", show_lines=False)
        table.add_column("category")
        for p in plats:
            table.add_column(p, justify="right")
        table.add_column("total", justify="right", style="bold")
        for c in cats:
            row = [sum(1 for f in findings if f["category"] == c and f["platform"] == p) for p in plats]
            table.add_row(c, *[str(n) if n else "·" for n in row], str(sum(row)))
        console.print(table)
        sev = summary.get("by_severity", {})
        console.print("Severity: " + ", ".join(f"[{STYLE[s]}]{sev.get(s, 0)} {s}[/]" for s in SEVERITY_ORDER if sev.get(s)))
        console.print()
        console.print(f"[bold]Top findings[/bold] (of {len(findings)}):")
        for f in findings[:top]:
            s = f["severity"]
            when = f" {str(f['timestamp'])[:10]}" if f.get("timestamp") else ""
            console.print(
                f" [{STYLE[s]}]{s.upper():8}[/] {escape(f['code'])} {escape(f['message'])}", markup=True, highlight=False
            )
            console.print(f"          [dim]{escape(f['platform'])}{when} · {escape(f['path'])}[/dim]", highlight=False)
    errors = data.get("errors", [])
    if errors:
        console.print()
        console.print(f"[yellow]{len(errors)} file(s) could not be read[/yellow] (listed in the report's errors):")
        for e in errors[:10]:
            console.print(f"  [dim]{e['path']}[/dim]: {e['reason']}", highlight=False, markup=False)
        if len(errors) > 10:
            console.print(f"  … and {len(errors) - 10} more")
