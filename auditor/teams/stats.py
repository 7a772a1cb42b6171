"""Anonymised statistics for integrity teams: counts per category, severity, platform, month and fix.

A volunteer's scan becomes a *contribution* on their own machine (`auditor stats --me`):
finding counts per category, severity, platform, month and fix, and a volunteer identity
(keyed tokens of the export's account identifiers, see `identity`), and nothing else. Many
contributions become an *aggregate*: for each cell, how many volunteers have at least one
finding there and how many findings there are, with every cell that fewer than `min_cell`
volunteers contribute to suppressed (k-anonymity style), plus secondary suppression so a lone
suppressed cell cannot be recovered by subtracting the others from a total.

The suppression only protects people if each person counts once, so `aggregate` refuses
duplicates: two contributions that share an account token (the same summary twice, a copy, a
later or partial export of the same accounts), or contributions made with another campaign key.
Full scan reports carry content; they are refused unless the team says they are its own
(`own=True`), and then two reports whose findings mostly coincide are refused as copies.

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
from auditor.teams.fixes import FIXES, fix_for
from auditor.teams.identity import KEY_ID_HEX, TOKEN

CONTRIBUTION_KIND = "auditor-stats-contribution"
AGGREGATE_KIND = "auditor-stats"
STATS_VERSION = 1
DEFAULT_MIN_CELL = 10
DIMENSIONS = ("by_category", "by_severity", "by_platform", "by_month", "by_fix")
NEAR_COPY = 0.5  # two own reports sharing at least this share of their findings are one person
OTHER = "other"
_MONTH = re.compile(r"^(\d{4})-(\d{2})")
_KNOWN = {
    "by_category": {str(c) for c in Category},
    "by_severity": {str(s) for s in Severity},
    "by_platform": {str(p) for p in Platform},
    "by_fix": set(FIXES),
}


class StatsError(ValueError):
    """An input that is neither a scan report nor a contribution (the CLI exits 2)."""


class DuplicateError(StatsError):
    """Two inputs are the same volunteer (the CLI names both and exits 2)."""


def _month(ts: Any) -> str | None:
    m = _MONTH.match(ts) if isinstance(ts, str) else None
    if not m or not (1 <= int(m.group(2)) <= 12):
        return None
    return f"{m.group(1)}-{m.group(2)}"


def _known(dim: str, value: Any) -> str:
    if dim == "by_month":
        return value if isinstance(value, str) and _month(value) == value else OTHER
    return value if isinstance(value, str) and value in _KNOWN[dim] else OTHER


def contribution(report: dict[str, Any], volunteer: dict[str, Any] | None = None) -> dict[str, Any]:
    """One scan report's shareable summary: finding counts per cell and the volunteer identity."""
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
            "by_fix": fix_for(f),
        }
        month = _month(f.get("timestamp"))
        if month:
            cells["by_month"] = month
        for dim, cell in cells.items():
            counts[dim][cell] = counts[dim].get(cell, 0) + 1
    return _contribution_dict(sum(counts["by_severity"].values()), counts, volunteer)


def _contribution_dict(total: int, counts: dict[str, dict[str, int]], volunteer: dict[str, Any] | None) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": CONTRIBUTION_KIND, "stats_version": STATS_VERSION, "findings": total}
    for dim in DIMENSIONS:
        out[dim] = dict(sorted(counts[dim].items()))
    if volunteer is not None:
        out["volunteer"] = _clean_volunteer(volunteer)
    return out


def _clean_volunteer(v: Any) -> dict[str, Any]:
    """The identity block, re-built from its own fields: a key id and hex tokens, nothing else."""
    if not isinstance(v, dict):
        raise StatsError("contribution field volunteer is not an object")
    kid, accounts = v.get("key_id"), v.get("accounts")
    if not (isinstance(kid, str) and len(kid) == KEY_ID_HEX and all(c in "0123456789abcdef" for c in kid)):
        raise StatsError("contribution volunteer.key_id is not a key id")
    if not isinstance(accounts, list) or not accounts or not all(isinstance(t, str) and TOKEN.match(t) for t in accounts):
        raise StatsError("contribution volunteer.accounts is not a list of account tokens")
    return {"key_id": kid, "accounts": sorted(set(accounts))}


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
    volunteer = c.get("volunteer")
    return _contribution_dict(sum(counts["by_severity"].values()), counts, None if volunteer is None else volunteer)


def _labels(n: int, labels: list[str] | None) -> list[str]:
    return list(labels) if labels and len(labels) == n else [f"input {i + 1}" for i in range(n)]


def _fingerprints(report: dict[str, Any]) -> set[str]:
    return {str(f.get("fingerprint")) for f in report.get("findings", []) if isinstance(f, dict) and f.get("fingerprint")}


def _admit(inputs: list[dict[str, Any]], names: list[str], key_id: str | None, own: bool) -> list[dict[str, Any]]:
    """Contributions of distinct volunteers, or StatsError naming the input that is not one."""
    contribs: list[dict[str, Any]] = []
    owners: dict[str, str] = {}  # account token -> the input that brought it
    reports: list[tuple[str, set[str]]] = []
    for name, x in zip(names, inputs, strict=True):
        is_report = isinstance(x, dict) and x.get("kind") not in (CONTRIBUTION_KIND, AGGREGATE_KIND)
        if is_report and not own:
            raise StatsError(
                f"{name} is a full scan report with content; volunteers share counts made with "
                "'auditor stats --me' (pass --own only for your own team's reports)"
            )
        try:
            c = contribution(x)
        except StatsError as exc:
            raise StatsError(f"{name}: {exc}") from None
        if is_report:
            fps = _fingerprints(x)
            for other, seen in reports:
                if fps and seen and (fps == seen or len(fps & seen) / len(fps | seen) >= NEAR_COPY):
                    what = "a copy" if fps == seen else "a near-copy"
                    raise DuplicateError(f"{name} is {what} of {other} (same findings): each person counts once; remove one")
            reports.append((name, fps))
        else:
            v = c.get("volunteer")
            if v is None:
                raise StatsError(f"{name} has no volunteer identity: ask for a summary made with 'auditor stats --me'")
            if key_id is None:
                raise StatsError("volunteer summaries need the campaign key: pass --key-file FILE or set AUDITOR_STATS_KEY")
            if v["key_id"] != key_id:
                raise StatsError(f"{name} was made with another campaign key (key id {v['key_id']}, expected {key_id})")
            for token in v["accounts"]:
                if token in owners:
                    raise DuplicateError(
                        f"{name} and {owners[token]} are the same volunteer (a shared account): "
                        "each volunteer counts once; remove one (a copy, a resend or a later export of the same accounts)"
                    )
            owners.update(dict.fromkeys(v["accounts"], name))
        contribs.append(c)
    return contribs


def aggregate(
    inputs: Iterable[dict[str, Any]],
    min_cell: int = DEFAULT_MIN_CELL,
    *,
    key_id: str | None = None,
    own: bool = False,
    labels: list[str] | None = None,
) -> dict[str, Any]:
    """Combine distinct volunteers' contributions; suppress cells fewer than min_cell share.

    Contributions must carry a volunteer identity made with the campaign key (`key_id`); full
    scan reports are accepted only with `own=True`. Duplicates raise `DuplicateError`.
    """
    if min_cell < 1:
        raise StatsError("min_cell must be at least 1")
    items = list(inputs)
    contribs = _admit(items, _labels(len(items), labels), key_id, own)
    out: dict[str, Any] = {
        "kind": AGGREGATE_KIND,
        "stats_version": STATS_VERSION,
        "volunteers": len(contribs),
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
        out["notice"] = f"fewer than {min_cell} volunteers combined: every cell is suppressed"
    return out


def payload(
    inputs: list[dict[str, Any]],
    min_cell: int = DEFAULT_MIN_CELL,
    *,
    key_id: str | None = None,
    own: bool = False,
    labels: list[str] | None = None,
) -> dict[str, Any]:
    """What is shared: one volunteer's own contribution as it is, or the aggregate of several."""
    if len(inputs) == 1 and isinstance(inputs[0], dict) and inputs[0].get("kind") == CONTRIBUTION_KIND:
        return contribution(inputs[0])
    return aggregate(inputs, min_cell, key_id=key_id, own=own, labels=labels)


def to_bytes(obj: dict[str, Any]) -> bytes:
    """The exact bytes previewed, written and sent (stable key order, UTF-8, trailing newline)."""
    return (json.dumps(obj, indent=2, ensure_ascii=False, sort_keys=False) + "\n").encode("utf-8")
