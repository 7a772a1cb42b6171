"""Terminal summary (rich): counts by category and platform, where to start, errors, what was written.

The whole checklist is rendered here too (`render_checklist`), only when asked (`--checklist`).

Colour follows rich: NO_COLOR turns it off, and piped output is plain text with no escape
codes. Export text is printed with markup off (or escaped), so a post cannot restyle or fake
terminal output. Renders a prepared result dict; never reads inputs or re-runs rules.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from auditor.models import SEVERITY_ORDER, visible
from auditor.reporters.actions import TOP, top_actions
from auditor.reporters.checklist import CATEGORY_NAMES, build, files_summary, identifies_you, platform_name

STYLE = {"critical": "bold red", "high": "red", "medium": "yellow", "low": "cyan", "info": "dim"}


def clean(text: Any) -> str:
    # one line, control characters shown escaped (an export could carry ANSI escapes)
    return escape(_plain(text))


def render(data: dict[str, Any], console: Console, top: int = TOP, written: str | None = None, full: bool = False) -> None:
    """The summary, the top actions and what was written; with `full`, the whole checklist."""
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
    if identifies_you(data):
        console.print(clean(identifies_you(data)), highlight=False)
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
        actions = top_actions(data, top)
        if actions:
            console.print()
            console.print(f"[bold]Start here[/bold] (the {len(actions)} action(s) that remove the most exposure):")
            grid = Table.grid(padding=(0, 1), pad_edge=False)
            grid.add_column(justify="right", no_wrap=True)
            grid.add_column()
            for i, a in enumerate(actions, 1):
                body = Text.assemble(
                    (a.severity.upper(), STYLE.get(a.severity, "dim")), " ", _plain(a.title), (f" {_plain(a.code)}", "dim")
                )
                if a.covers > 1:
                    body.append(f" ({a.covers} findings)", style="dim")
                body.append("\n→ " + _plain(a.step))
                grid.add_row(f"{i}.", body)
            console.print(grid)
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
    if full:
        render_checklist(data, console)
    console.print()
    if written:
        # never wrapped: the path stays whole, to copy
        console.print(f"[bold]Wrote[/bold] {clean(written)}", highlight=False, soft_wrap=True)
    elif findings:
        console.print(
            "[dim]The full checklist: -o report.html (interactive, with a map) or --checklist (here).[/dim]", highlight=False
        )
    if info.get("view") == "redacted":
        console.print("[dim]Redacted view: people, contact details and evidence masked, positions rounded.[/dim]")


def render_checklist(data: dict[str, Any], console: Console) -> None:
    """The whole checklist for the terminal: sections, lines, where, why and numbered steps."""
    coarse = (data.get("report") or {}).get("positions") == "coarse"
    for section in build(data):
        console.print()
        console.rule(f"[bold]{clean(section.title)}[/bold] ({len(section.lines)})", align="left")
        for ln in section.lines:
            style = STYLE.get(ln.severity, "dim")
            tag = "SETTING" if ln.category == "settings" else ln.severity.upper()
            console.print()
            head = Text.assemble("[ ] ", (tag, style), " ", (_plain(ln.title), "bold"))
            if ln.code:
                head.append(f" {_plain(ln.code)}", style="dim")
            console.print(head)
            rows: list[tuple[str, str]] = []
            if ln.code:
                where = [platform_name(ln.platform)] + [x for x in (ln.date, ln.path, ln.url) if x]
                rows.append(("Where", " · ".join(where)))
            if ln.location:
                lat, lon = float(ln.location["lat"]), float(ln.location["lon"])
                rows.append(("Position", f"{lat:.2f}, {lon:.2f} (rounded)" if coarse else f"{lat:.5f}, {lon:.5f}"))
            if ln.members:
                rows.append(("Files", f"{len(ln.members)}, e.g. " + ", ".join(m.path.rsplit("/", 1)[-1] for m in ln.members[:3])))
            if ln.why:
                rows.append(("Why", ln.why))
            if ln.evidence:
                rows.append(("Evidence", ln.evidence))
            for k, v in rows:
                console.print(Padding(Text.assemble((f"{k}: ", "dim"), _plain(v)), (0, 0, 0, 4), expand=False))
            for i, step in enumerate(ln.how, 1):
                console.print(Padding(Text(f"{i}. {_plain(step)}"), (0, 0, 0, 4), expand=False))
            if ln.auto:
                console.print(Padding(Text.assemble(("Auto-fix: ", "dim"), _plain(ln.auto)), (0, 0, 0, 4), expand=False))


def _plain(text: Any) -> str:
    # one line, control characters shown escaped; a Text object is never parsed as markup
    return visible(text).replace("\n", " ").replace("\t", " ")
