"""`auditor stats` summaries a presenter can use: a terminal table, CSV, and an offline HTML page.

Every rendering takes the one dict `--preview` shows and `--send` posts (an aggregate, or one
volunteer's own contribution) and draws nothing else: the same cells, the same counts. A cell
that fewer than `min_cell` volunteers share is never drawn, even if a hand-edited aggregate
carries one. Labels come from fixed vocabularies (categories, platforms, severities, the fix
list), never from the input, and every value is escaped anyway.

The HTML page is self-contained and offline, under the same Content-Security-Policy rules as
the HTML report: nothing may load (default-src 'none'), the one stylesheet is allowed by its
hash, no script at all, no base or form targets. Bars are inline SVG (attributes, not style
attributes, so the CSP holds). No I/O; rendering only.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
from html import escape
from typing import Any

from auditor.models import visible
from auditor.teams.fixes import FIXES

AGGREGATE_KIND = "auditor-stats"
SECTIONS = (
    ("by_category", "Share of volunteers with each kind of exposure"),
    ("by_platform", "Share of volunteers with findings on each platform"),
    ("by_fix", "Most common fixes"),
    ("by_severity", "Share of volunteers with findings at each severity"),
)
TOP_FIXES = 10

CSS = """
body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem;color:#1b1f24}
h1{font-size:1.5rem}h2{font-size:1.1rem;margin-top:2rem}
table{border-collapse:collapse;width:100%}td{padding:.25rem .5rem;vertical-align:middle}
td.label{width:32%}td.bar{width:48%}td.n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
svg{display:block}rect.track{fill:#e8ebef}rect.fill{fill:#2f6f9f}
p.note{color:#555}
""".strip()


def _hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


# the report's rules (reporters/html.py): nothing loads, the stylesheet by hash; here no script at all
CSP = f"default-src 'none'; style-src '{_hash(CSS)}'; script-src 'none'; img-src data:; base-uri 'none'; form-action 'none'"


def label(dim: str, cell: str) -> str:
    if dim == "by_fix":
        return FIXES.get(cell, "Other")
    return visible(cell.replace("_", " ").capitalize())  # a hand-edited key: control characters shown escaped


def rows(summary: dict[str, Any], dim: str) -> list[dict[str, Any]]:
    """The drawable cells of one dimension, most volunteers (or findings) first.

    Aggregate: only cells at least `min_cell` volunteers share, with their share of volunteers.
    A volunteer's own contribution: its finding counts (it is that person's own data).
    """
    table = summary.get(dim) or {}
    out: list[dict[str, Any]] = []
    if summary.get("kind") == AGGREGATE_KIND:
        k = int(summary.get("min_cell") or 1)
        total = int(summary.get("volunteers") or summary.get("reports_combined") or 0)
        for cell, v in table.items():
            if not isinstance(v, dict) or not isinstance(v.get("reports"), int) or v["reports"] < k or total < k:
                continue  # below the cell size: never drawn
            share = v["reports"] / total if total else 0.0
            out.append({"cell": cell, "volunteers": v["reports"], "findings": v.get("findings", 0), "share": share})
        out.sort(key=lambda r: (-r["volunteers"], -r["findings"], r["cell"]))
    else:
        total = sum(n for n in table.values() if isinstance(n, int))
        for cell, n in table.items():
            if isinstance(n, int) and n > 0:
                out.append({"cell": cell, "volunteers": None, "findings": n, "share": n / total if total else 0.0})
        out.sort(key=lambda r: (-r["findings"], r["cell"]))
    return out[:TOP_FIXES] if dim == "by_fix" else out


def _headline(summary: dict[str, Any]) -> str:
    if summary.get("kind") == AGGREGATE_KIND:
        n = summary.get("volunteers") or summary.get("reports_combined") or 0
        text = f"{n} volunteers; cells fewer than {summary.get('min_cell')} volunteers share are not shown."
        return text + (f" {summary['notice']}." if summary.get("notice") else "")
    return f"One volunteer's own counts: {summary.get('findings', 0)} findings."


def _count(r: dict[str, Any], summary: dict[str, Any]) -> str:
    if r["volunteers"] is None:
        return f"{r['findings']} findings"
    total = summary.get("volunteers") or summary.get("reports_combined")
    return f"{r['volunteers']} of {total} ({r['share']:.0%})"


def render_table(summary: dict[str, Any]) -> str:
    """A plain-text table for the terminal (no colour, so it pastes anywhere)."""
    out = [_headline(summary), ""]
    for dim, title in SECTIONS:
        rs = rows(summary, dim)
        out.append(title)
        if not rs:
            out += ["  (nothing at or above the cell size)", ""]
            continue
        width = max(len(label(dim, r["cell"])) for r in rs)
        for r in rs:
            bar = "#" * round(r["share"] * 30)
            out.append(f"  {label(dim, r['cell']):<{width}}  {bar:<30}  {_count(r, summary)}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def render_csv(summary: dict[str, Any]) -> str:
    """One row per drawn cell: dimension, cell, volunteers, findings, share of volunteers."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["dimension", "cell", "label", "volunteers", "findings", "share"])
    for dim, _title in SECTIONS:
        for r in rows(summary, dim):
            vol = "" if r["volunteers"] is None else r["volunteers"]
            w.writerow([dim, r["cell"], label(dim, r["cell"]), vol, r["findings"], f"{r['share']:.4f}"])
    return buf.getvalue()


def _bar(share: float) -> str:
    pct = f"{max(0.0, min(1.0, share)) * 100:.1f}%"
    return (
        '<svg width="100%" height="14" role="img" aria-label="' + pct + '">'
        '<rect class="track" x="0" y="0" width="100%" height="14"></rect>'
        f'<rect class="fill" x="0" y="0" width="{pct}" height="14"></rect></svg>'
    )


def render_html(summary: dict[str, Any]) -> str:
    """The self-contained page: headline, then one bar chart per section."""
    e = escape
    title = "Integrity campaign summary" if summary.get("kind") == AGGREGATE_KIND else "My counts"
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{e(CSP)}">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{e(title)}</title>",
        f"<style>{CSS}</style>",
        "</head><body>",
        f"<h1>{e(title)}</h1>",
        f'<p class="note" id="headline">{e(_headline(summary))}</p>',
    ]
    for dim, heading in SECTIONS:
        out.append(f'<section id="{dim}"><h2>{e(heading)}</h2>')
        rs = rows(summary, dim)
        if not rs:
            out.append('<p class="note">Nothing at or above the cell size.</p></section>')
            continue
        out.append("<table>")
        for r in rs:
            vol = "" if r["volunteers"] is None else str(r["volunteers"])
            out.append(
                f'<tr class="cell" data-dim="{e(dim)}" data-cell="{e(r["cell"])}" data-volunteers="{e(vol)}" '
                f'data-findings="{r["findings"]}"><td class="label">{e(label(dim, r["cell"]))}</td>'
                f'<td class="bar">{_bar(r["share"])}</td><td class="n">{e(_count(r, summary))}</td></tr>'
            )
        out.append("</table></section>")
    out.append('<p class="note">Counts only: no content, names, places or dates finer than a month.</p>')
    out.append("</body></html>")
    return "\n".join(out) + "\n"


RENDERERS = {"table": render_table, "csv": render_csv, "html": render_html}
