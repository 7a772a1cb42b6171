"""Terminal summary (rich): counts by category and platform, the top findings, errors, next steps.

Colour follows rich: NO_COLOR turns it off, and piped output is plain text with no escape
codes. Export text is printed with markup off (or escaped), so a post cannot restyle or fake
terminal output. Renders a prepared result dict; never reads inputs or re-runs rules.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from auditor.models import SEVERITY_ORDER
from auditor.reporters.checklist import CATEGORY_NAMES, build, files_summary, platform_name

STYLE = {"critical": "bold red", "high": "red", "medium": "yellow", "low": "cyan", "info": "dim"}


def clean(text: Any) -> str:
    # one line, no control characters (an export could carry ANSI escapes)
    s = str(text if text is not None else "")
    return escape("".join(ch if ch.isprintable() else " " for ch in s))


def render(data: dict[str, Any], console: Console, top: int = 15) -> None:
    findings = data.get("findings", [])
    info = data.get("report") or {}
    console.print(
        f"[bold]auditor[/bold] {clean(data.get('tool_version', ''))} · profile [bold]{clean(data.get('profile'))}[/bold]"
        f" · inputs: {clean(', '.join(data.get('inputs', [])))}",
        highlight=False,
    )
    if info.get("baseline_hidden"):  # hidden findings are still real: say so rather than look clean
        console.print(f"[dim]{int(info['baseline_hidden'])} finding(s) accepted in the baseline are hidden.[/dim]")
    files = files_summary(data)
    if files:  # what was looked at, so "no exposures" is never read as "nothing was read"
        console.print(clean(files), highlight=False)
    if not findings:  # no table, counts or top list: only notes, errors and the footer follow
        console.print("[green]No exposures found.[/green]")
    else:
        cats = sorted({str(f.get("category")) for f in findings})
        plats = sorted({str(f.get("platform")) for f in findings})
        counts = {
            (c, p): sum(1 for f in findings if str(f.get("category")) == c and str(f.get("platform")) == p)
            for c in cats
            for p in plats
        }
        title = f"{len(findings)} finding(s) by category and platform"
        # a full matrix when it fits the terminal; otherwise one row per category, platforms listed
        matrix_width = 24 + sum(max(len(platform_name(p)), 3) + 3 for p in plats) + 8
        if matrix_width <= console.width:
            table = Table(title=title, show_lines=False)
            table.add_column("category")
            for p in plats:
                table.add_column(clean(platform_name(p)), justify="right")
            table.add_column("total", justify="right", style="bold")
            for c in cats:
                row = [counts[c, p] for p in plats]
                table.add_row(clean(CATEGORY_NAMES.get(c, c)), *[str(n) if n else "·" for n in row], str(sum(row)))
        else:
            table = Table(title=title, show_lines=False)
            table.add_column("category", no_wrap=True)
            table.add_column("total", justify="right", style="bold")
            table.add_column("where")
            for c in cats:
                by_plat = sorted(((counts[c, p], p) for p in plats if counts[c, p]), key=lambda t: (-t[0], t[1]))
                where = " · ".join(f"{clean(platform_name(p))} {n}" for n, p in by_plat)
                table.add_row(clean(CATEGORY_NAMES.get(c, c)), str(sum(n for n, _ in by_plat)), where)
        console.print(table)
        sev = (data.get("summary") or {}).get("by_severity", {})
        console.print("Severity: " + ", ".join(f"[{STYLE[s]}]{sev.get(s, 0)} {s}[/]" for s in SEVERITY_ORDER if sev.get(s)))
        # finding sections only: the devices section's lines have no code and are always there
        groups = [(s.title, len(s.lines)) for s in build(data) if s.lines and s.lines[0].code]
        console.print("Checklist: " + ", ".join(f"{clean(t)} {n}" for t, n in groups), highlight=False)
        console.print()
        console.print(f"[bold]Top findings[/bold] ({min(top, len(findings))} of {len(findings)}):")
        # stable, so equal severities keep the result's order; an unknown severity goes last
        ranked = sorted(
            findings, key=lambda f: SEVERITY_ORDER.index(f.get("severity")) if f.get("severity") in SEVERITY_ORDER else 9
        )
        for f in ranked[:top]:
            s = str(f.get("severity"))
            style = STYLE.get(s, "dim")
            when = f" · {clean(str(f.get('timestamp'))[:10])}" if f.get("timestamp") else ""  # profile fields have none
            console.print(f" [{style}]{s.upper():8}[/] {clean(f.get('code'))} {clean(f.get('message'))}", highlight=False)
            console.print(
                f"          [dim]{clean(platform_name(f.get('platform')))}{when} · {clean(f.get('path'))}[/dim]",
                highlight=False,
            )
    notices = data.get("notices") or []
    for n in notices:
        console.print(f"[yellow]note:[/yellow] {clean(n)}", highlight=False)
    errors = data.get("errors", [])
    if errors:
        console.print()
        console.print(f"[yellow]{len(errors)} file(s) could not be read[/yellow] (listed in the report's errors):")
        for err in errors[:10]:  # the terminal shows the first few; every report lists them all
            console.print(f"  [dim]{clean(err.get('path'))}[/dim]: {clean(err.get('reason'))}", highlight=False)
        if len(errors) > 10:
            console.print(f"  … and {len(errors) - 10} more")
    if findings:
        console.print()
        console.print(
            "[dim]The full checklist: --format html -o report.html (interactive) or --format markdown."
            # a saved result without a report block was redacted by default
            + (" Evidence is redacted; --show-evidence shows it." if info.get("evidence", "redacted") == "redacted" else "")
            + "[/dim]",
            highlight=False,
        )
