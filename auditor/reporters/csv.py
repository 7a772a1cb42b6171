"""The checklist as CSV: one row per line, for a spreadsheet or a case-management import.

Same lines as the Markdown and HTML checklists (see `reporters.checklist`), plus a `done`
column to fill in, and a last row saying how many files of each kind were scanned. Text cells that a spreadsheet would read as a formula (starting with = + -
@, tab or CR) are prefixed with an apostrophe, so an export cannot plant a formula.

Renders a prepared result dict; never reads inputs or re-runs rules.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from auditor.models import visible
from auditor.reporters.checklist import build, files_summary, platform_name

COLUMNS = [
    "done",
    "group",
    "severity",
    "code",
    "name",
    "category",
    "platform",
    "date",
    "what",
    "path",
    "url",
    "lat",
    "lon",
    "why",
    "flagged_because",
    "evidence",
    "how",
    "auto_fix",
    "id",
]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> str:
    s = visible(str(value if value is not None else "").replace("\r\n", " ")).replace("\n", " ")
    return "'" + s if s.startswith(_FORMULA_START) else s


def render(data: dict[str, Any]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    decimals = 2 if (data.get("report") or {}).get("positions") == "coarse" else 7
    for section in build(data, group=False):
        for ln in section.lines:
            loc = ln.location or {}
            w.writerow(
                [
                    "",
                    cell(section.title),
                    cell(ln.severity),
                    cell(ln.code),
                    cell(ln.name),
                    cell(ln.category),
                    cell(platform_name(ln.platform) if ln.platform else ""),
                    cell(ln.date),
                    cell(ln.title),
                    cell(ln.path),
                    cell(ln.url),
                    f"{float(loc['lat']):.{decimals}f}" if "lat" in loc else "",  # numbers, never formulas
                    f"{float(loc['lon']):.{decimals}f}" if "lon" in loc else "",
                    cell(ln.why),
                    cell(ln.trace),
                    cell(ln.evidence),
                    cell(" | ".join(ln.how)),
                    cell(ln.auto),
                    cell(ln.id),
                ]
            )
    files = files_summary(data)
    if files:  # the last row says what was looked at, so an empty sheet is not read as an all-clear
        w.writerow(["", "Files scanned", "info", "", "", "", "", "", cell(files)] + [""] * (len(COLUMNS) - 9))
    return buf.getvalue()
