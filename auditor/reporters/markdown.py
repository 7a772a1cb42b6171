"""The Markdown remediation checklist: what was found, where, why (policy), and what to do.

Works from the result's dict form, so a saved JSON report can be re-rendered without a scan.
Every piece of export text is escaped so a post cannot inject Markdown or HTML.
"""

from __future__ import annotations

import re
from typing import Any

SEVERITY_ORDER = ["critical", "high", "medium", "low", "info"]
GROUPS = [
    ("Profiles and accounts", {"account_registration", "work_email", "work_contact", "department_identifier"}, ("profile",)),
    ("Photos and geotags", {"geotag", "metadata_identity", "identity_document", "pattern_of_life"}, ()),
    ("Tags and colleagues", {"colleague_exposure", "uniform"}, ()),
    ("Posts, captions and comments", set(), ()),
]
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|<>~])")


def esc(text: Any) -> str:
    s = str(text if text is not None else "")
    s = s.replace("\r", " ").replace("\n", " ")
    return _MD_SPECIAL.sub(r"\\\1", s)


def code(text: Any) -> str:
    """An inline code span that export text cannot break out of."""
    s = str(text if text is not None else "").replace("`", "'").replace("\n", " ")
    return f"`{s}`"


def group_of(f: dict[str, Any]) -> str:
    cat = f.get("category")
    is_profile = "profile" in (f.get("message") or "").lower() or f.get("code") == "ACC101"
    if cat in ("account_registration",) or (cat in ("work_email", "work_contact", "department_identifier") and is_profile):
        return "Profiles and accounts"
    if cat in ("geotag", "metadata_identity", "identity_document", "pattern_of_life"):
        return "Photos and geotags"
    if cat in ("colleague_exposure", "uniform"):
        return "Tags and colleagues"
    return "Posts, captions and comments"


def render(data: dict[str, Any]) -> str:
    findings = data.get("findings", [])
    out = [f"# Social media exposure checklist ({esc(data.get('profile', ''))} profile)", ""]
    summary = data.get("summary") or {}
    sev = summary.get("by_severity", {})
    out.append(
        f"{len(findings)} item(s) to fix: "
        + ", ".join(f"{sev.get(s, 0)} {s}" for s in SEVERITY_ORDER if sev.get(s))
        + ("" if findings else "nothing found")
    )
    out.append("")
    out.append("Work down the list; tick each box when done. Evidence is redacted; re-run with `--show-evidence` to see it.")
    out.append("")
    order = ["Profiles and accounts", "Photos and geotags", "Posts, captions and comments", "Tags and colleagues"]
    by_group: dict[str, list[dict[str, Any]]] = {g: [] for g in order}
    for f in findings:
        by_group[group_of(f)].append(f)
    for g in order:
        items = by_group[g]
        if not items:
            continue
        out.append(f"## {g} ({len(items)})")
        out.append("")
        for f in sorted(items, key=lambda f: SEVERITY_ORDER.index(f.get("severity", "info"))):
            where = [esc(f.get("platform"))]
            if f.get("timestamp"):
                where.append(esc(str(f["timestamp"])[:10]))
            where.append(code(f.get("path")))
            if f.get("url"):
                where.append(f"<{esc(f['url'])}>")
            out.append(f"- [ ] **{esc(f.get('severity', '').upper())}** {esc(f.get('message'))} ({esc(f.get('code'))})")
            out.append(f"  - Where: {' · '.join(where)}")
            if f.get("location"):
                loc = f["location"]
                out.append(f"  - Position: {loc['lat']:.5f}, {loc['lon']:.5f}")
            out.append(f"  - Do: {esc(f.get('remediation'))}")
            if f.get("fix") == "auto":
                out.append("  - Auto-fix: `auditor strip PATH --out CLEAN_DIR` writes a copy without GPS.")
            if f.get("policy"):
                out.append(f"  - Why: {esc(f.get('policy'))}")
        out.append("")
    errors = data.get("errors", [])
    if errors:
        out.append(f"## Files that could not be read ({len(errors)})")
        out.append("")
        for e in errors[:200]:
            out.append(f"- {code(e.get('path'))}: {esc(e.get('reason'))}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"
