"""Pick a reporter by format name and render a result dict with it (shared by `scan` and `report`).

Knows which reporter handles which format and what the policy block of a result looks like;
renders only. Terminal output goes to a rich Console (see `reporters.terminal`); every other
format is returned as text for the caller to write.
"""

from __future__ import annotations

from typing import Any

from auditor.config import Profile
from auditor.reporters.prepare import coarsen_positions

TEXT_FORMATS = ("json", "markdown", "html", "csv")


def policy_block(profile: Profile) -> dict[str, Any]:
    """The active profile's policy: its name and the clause each category cites (for the checklist)."""
    clauses = profile.data.get("policy", {})
    return {
        "name": profile.policy_name,
        "title": profile.title,
        "clauses": {str(k): str(v) for k, v in clauses.items()} if isinstance(clauses, dict) else {},
    }


def coarsen(data: dict[str, Any]) -> dict[str, Any]:
    """Positions in every finding rounded to suburb level (for JSON, which is not otherwise prepared)."""
    out = dict(data)
    out["findings"] = coarsen_positions(data.get("findings", []))
    return out


_SUFFIX_FORMATS = {".html": "html", ".htm": "html", ".csv": "csv", ".json": "json", ".md": "markdown", ".markdown": "markdown"}


def infer_format(fmt: str, output: str | None) -> str:
    """With the default format and `-o report.html`, write what the file name says."""
    if fmt != "terminal" or not output or output == "-":
        return fmt
    suffix = output[output.rfind(".") :].lower() if "." in output else ""
    return _SUFFIX_FORMATS.get(suffix, fmt)


def render_text(fmt: str, data: dict[str, Any]) -> str:
    if fmt == "json":
        from auditor.reporters.json import render_dict

        return render_dict(data)
    if fmt == "markdown":
        from auditor.reporters.markdown import render

        return render(data)
    if fmt == "html":
        from auditor.reporters.html import render

        return render(data)
    if fmt == "csv":
        from auditor.reporters.csv import render

        return render(data)
    raise ValueError(f"unknown report format {fmt!r}")
