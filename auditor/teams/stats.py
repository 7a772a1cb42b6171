"""Anonymised statistics for integrity teams: counts per category, severity, platform and month.

A volunteer's scan report (the JSON contract) becomes a *contribution*: finding counts per
category, severity, platform and month, and nothing else. Many contributions (or the reports
themselves) become an *aggregate*: for each cell, how many reports (volunteers) have at least
one finding there and how many findings there are, with every cell that fewer than `min_cell`
reports contribute to suppressed (k-anonymity style), plus secondary suppression so a lone
suppressed cell cannot be recovered by subtracting the others from a total.

Never copied from a report: text, evidence, messages, paths, item ids, URLs, positions,
names, fingerprints, inputs, or any time finer than a month. Category, severity and platform
values are copied only when they are known enum values (anything else counts as "other"), so a
crafted report cannot smuggle content through them. This module does no I/O and no network.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from auditor.models import SCHEMA_VERSION, Category, Platform, Severity

CONTRIBUTION_KIND = "auditor-stats-contribution"
AGGREGATE_KIND = "auditor-stats"
STATS_VERSION = 1
DEFAULT_MIN_CELL = 10
DIMENSIONS = ("by_category", "by_severity", "by_platform", "by_month")
OTHER = "other"
_MONTH = re.compile(r"^(\d{4})-(\d{2})")
_KNOWN = {
    "by_category": {str(c) for c in Category},
    "by_severity": {str(s) for s in Severity},
    "by_platform": {str(p) for p in Platform},
}


class StatsError(ValueError):
    """An input that is neither a scan report nor a contribution (the CLI exits 2)."""


def _month(ts: Any) -> str | None:
    m = _MONTH.match(ts) if isinstance(ts, str) else None
    if not m or not (1 <= int(m.group(2)) <= 12):
        return None
    return f"{m.group(1)}-{m.group(2)}"


def _known(dim: str, value: Any) -> str:
    if dim == "by_month":
        return value if isinstance(value, str) and _month(value) == value else OTHER
    return value if isinstance(value, str) and value in _KNOWN[dim] else OTHER


def contribution(report: dict[str, Any]) -> dict[str, Any]:
    """One scan report's shareable summary: finding counts per cell, nothing else."""
    if not isinstance(report, dict):
        raise StatsError("not a JSON object")
    if report.get("kind") == AGGREGATE_KIND:
        raise StatsError("already an aggregate; combine the reports or contributions it was made from")
    if report.get("kind") == CONTRIBUTION_KIND:
        return _clean_contribution(report)
    findings = report.get("findings")
    if "schema_version" not in report or not isinstance(findings, list):
        raise StatsError("not an auditor scan report (no schema_version and findings)")
    if report.get("schema_version") != SCHEMA_VERSION:
        raise StatsError(
            f"scan report schema_version {report.get('schema_version')!r} is not supported (expected {SCHEMA_VERSION})"
        )
    counts: dict[str, dict[str, int]] = {d: {} for d in DIMENSIONS}
    for f in findings:
        if not isinstance(f, dict):
            continue
        cells = {
            "by_category": _known("by_category", f.get("category")),
            "by_severity": _known("by_severity", f.get("severity")),
            "by_platform": _known("by_platform", f.get("platform")),
        }
        month = _month(f.get("timestamp"))
        if month:
            cells["by_month"] = month
        for dim, cell in cells.items():
            counts[dim][cell] = counts[dim].get(cell, 0) + 1
    return _contribution_dict(sum(counts["by_severity"].values()), counts)


def _contribution_dict(total: int, counts: dict[str, dict[str, int]]) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": CONTRIBUTION_KIND, "stats_version": STATS_VERSION, "findings": total}
    for dim in DIMENSIONS:
        out[dim] = dict(sorted(counts[dim].items()))
    return out


def _clean_contribution(c: dict[str, Any]) -> dict[str, Any]:
    """Re-derive a contribution from its own counts, dropping anything that is not a count."""
    counts: dict[str, dict[str, int]] = {d: {} for d in DIMENSIONS}
    for dim in DIMENSIONS:
        table = c.get(dim) or {}
        if not isinstance(table, dict):
            raise StatsError(f"contribution field {dim} is not an object")
        for cell, n in table.items():
            if not isinstance(n, int) or isinstance(n, bool) or n < 0:
                raise StatsError(f"contribution count {dim}.{cell} is not a whole number")
            key = _known(dim, cell)
            counts[dim][key] = counts[dim].get(key, 0) + n
    return _contribution_dict(sum(counts["by_severity"].values()), counts)


def aggregate(inputs: Iterable[dict[str, Any]], min_cell: int = DEFAULT_MIN_CELL) -> dict[str, Any]:
    """Combine reports and/or contributions; suppress cells fewer than min_cell reports share."""
    if min_cell < 1:
        raise StatsError("min_cell must be at least 1")
    contribs = [contribution(x) for x in inputs]
    out: dict[str, Any] = {
        "kind": AGGREGATE_KIND,
        "stats_version": STATS_VERSION,
        "reports_combined": len(contribs),
        "min_cell": min_cell,
    }
    with_findings = sum(1 for c in contribs if c["findings"])
    out["reports_with_findings"] = with_findings if with_findings >= min_cell else None
    suppressed: dict[str, int] = {}
    for dim in DIMENSIONS:
        reports: dict[str, int] = {}
        findings: dict[str, int] = {}
        for c in contribs:
            for cell, n in c[dim].items():
                if n > 0:
                    reports[cell] = reports.get(cell, 0) + 1
                    findings[cell] = findings.get(cell, 0) + n
        hidden = {cell for cell, r in reports.items() if r < min_cell}
        shown = [cell for cell in reports if cell not in hidden]
        if len(hidden) == 1 and shown and dim != "by_month":
            # one hidden cell could be recovered as (total of another dimension) - (shown cells):
            # hide the smallest shown cell with it
            hidden.add(min(shown, key=lambda cell: (findings[cell], cell)))
        out[dim] = {
            cell: {"reports": reports[cell], "findings": findings[cell]} for cell in sorted(reports) if cell not in hidden
        }
        suppressed[dim] = len(hidden)
    out["suppressed"] = suppressed
    if len(contribs) < min_cell:
        out["notice"] = f"fewer than {min_cell} reports combined: every cell is suppressed"
    return out


def payload(inputs: list[dict[str, Any]], min_cell: int = DEFAULT_MIN_CELL) -> dict[str, Any]:
    """What a volunteer shares: one report's contribution, or the aggregate of several."""
    if len(inputs) == 1:
        return contribution(inputs[0])
    return aggregate(inputs, min_cell)


def to_bytes(obj: dict[str, Any]) -> bytes:
    """The exact bytes previewed, written and sent (stable key order, UTF-8, trailing newline)."""
    return (json.dumps(obj, indent=2, ensure_ascii=False, sort_keys=False) + "\n").encode("utf-8")
