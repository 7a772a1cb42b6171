"""The Markdown remediation checklist: what was found, where, why (policy), and how to fix it.

Renders the sections built by `reporters.checklist` from a result dict, so a saved JSON report
can be re-rendered without a scan and the HTML report says the same thing. Every piece of
export text is escaped so a post cannot inject Markdown, HTML or links. Expects a dict that
went through `reporters.prepare.prepare` (redaction is done there, not here).
"""

from __future__ import annotations

import re
from typing import Any

from auditor.models import SEVERITY_ORDER, visible
from auditor.reporters.checklist import Line, build, files_summary, identifies_you, platform_name

__all__ = ["render", "esc", "code", "render_diff"]

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|<>~])")
_TICKS = re.compile(r"`+")


def esc(text: Any) -> str:
    """Escape text for Markdown: no emphasis, links, HTML or line breaks can come from an export."""
    s = visible(text).replace("\n", " ")
    return _MD_SPECIAL.sub(r"\\\1", s)


def code(text: Any) -> str:
    """An inline code span that export text cannot break out of, its content kept as it is.

    The fence is one backtick longer than the longest run of backticks inside (CommonMark), so
    a command with a backtick in a file name reads the same when pasted: never rewritten.
    """
    s = visible(text).replace("\n", " ")
    longest = max((len(run) for run in _TICKS.findall(s)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if longest or s.startswith(" ") or s.endswith(" ") else ""
    return f"{fence}{pad}{s}{pad}{fence}"


def _url(url: str) -> str:
    # Only web links become links; anything else (javascript:, data:) is shown as inert code.
    if re.match(r"^https?://[^\s<>`]+$", url):
        return f"<{url}>"
    return code(url)


def _line(ln: Line, coarse: bool = False) -> list[str]:
    out = []
    tag = f" ({esc(ln.code)})" if ln.code else ""
    sev = f"**{esc(ln.severity.upper())}** " if ln.code else ""
    out.append(f"- [ ] {sev}{esc(ln.title)}{tag}")
    if ln.code:
        where = [esc(platform_name(ln.platform))]
        if ln.date:
            where.append(esc(ln.date))
        if ln.path:
            where.append(code(ln.path))
        if ln.url:
            where.append(_url(ln.url))
        out.append(f"  - Where: {' · '.join(where)}")
    if ln.location:
        out.append(f"  - Position: {position(ln.location, coarse)}")
    if ln.members:
        names = [code(m.path.rsplit("/", 1)[-1]) for m in ln.members]
        more = f" and {len(names) - 12} more" if len(names) > 12 else ""
        out.append(f"  - Files ({len(names)}): {', '.join(names[:12])}{more}")
    if ln.why:
        out.append(f"  - Why: {esc(ln.why)}")
    if ln.trace:
        out.append(f"  - Flagged because: {esc(ln.trace)}")
    if ln.evidence:
        out.append(f"  - Evidence: {code(ln.evidence)}")
    if ln.how:
        out.append("  - How:")
        out.extend(f"    {i}. {esc(step)}" for i, step in enumerate(ln.how, 1))
    if ln.auto:
        out.append(f"  - Auto-fix: {code(ln.auto)} writes a copy without GPS; share that instead.")
    return out


def _header(data: dict[str, Any]) -> list[str]:
    findings = data.get("findings", [])
    sev = (data.get("summary") or {}).get("by_severity", {})
    info = data.get("report") or {}
    out = [f"# Social media exposure checklist ({esc(data.get('profile', ''))} profile)", ""]
    policy = (data.get("policy") or {}).get("name") if isinstance(data.get("policy"), dict) else None
    if policy:
        out += [f"Policy: {esc(policy)}", ""]
    counts = ", ".join(f"{sev.get(s, 0)} {s}" for s in SEVERITY_ORDER if sev.get(s))
    out.append(f"{len(findings)} finding(s) to fix: {counts}" if findings else "No exposures found.")
    files = files_summary(data)
    if files:
        out += ["", esc(files)]
    if identifies_you(data):
        out += ["", esc(identifies_you(data))]
    out.append("")
    out.append(
        "**Sensitive document.** It describes what your accounts reveal about you; keep it as carefully as the data itself."
    )
    if info.get("view") == "redacted" or info.get("evidence") == "redacted":
        out.append(
            "Redacted for sharing (`--redact`): other people's names and handles, contact details and evidence are masked."
        )
    else:
        out.append("Your own view: evidence is shown as it is in your export. Make a copy to share with `--redact`.")
    if info.get("positions") == "coarse":
        out.append("Positions are rounded to suburb level (`--coarse`).")
    if info.get("baseline_hidden"):
        out.append(f"{int(info['baseline_hidden'])} finding(s) already accepted in the baseline are not shown.")
    inputs = [str(i) for i in data.get("inputs") or []]
    where = f" ({', '.join(code(i) for i in inputs)})" if inputs else ""
    out += ["", f"Work down the list and tick each box when done. Paths are relative to what you scanned{where}.", ""]
    return out


def position(loc: dict[str, float], coarse: bool) -> str:
    """A position as the report shows it: exact (5 decimals) or rounded to suburb level, and saying so."""
    if coarse:
        return f"{float(loc['lat']):.2f}, {float(loc['lon']):.2f} (rounded to about 1 km)"
    return f"{float(loc['lat']):.5f}, {float(loc['lon']):.5f}"


def render(data: dict[str, Any]) -> str:
    out = _header(data)
    coarse = (data.get("report") or {}).get("positions") == "coarse"
    for section in build(data):
        out.append(f"## {esc(section.title)} ({len(section.lines)})")
        out.append("")
        for ln in section.lines:
            out.extend(_line(ln, coarse))
        out.append("")
    notices = data.get("notices") or []
    if notices:
        out.append("## Notes")
        out.append("")
        out.extend(f"- {esc(n)}" for n in notices)
        out.append("")
    errors = data.get("errors", [])
    if errors:
        out.append(f"## Files that could not be read ({len(errors)})")
        out.append("")
        for e in errors[:200]:
            out.append(f"- {code(e.get('path'))}: {esc(e.get('reason'))}")
        if len(errors) > 200:
            out.append(f"- … and {len(errors) - 200} more (see the JSON report)")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def render_diff(d: dict[str, Any], old_name: str, new_name: str) -> str:
    """The changes between two exports: fixed findings, new findings, how many stayed."""
    out = [f"# Changes from {esc(old_name)} to {esc(new_name)}", ""]
    out.append(f"{len(d['fixed'])} fixed, {len(d['new'])} new, {d['unchanged']} unchanged.")
    out.append("")
    for title, key, box in (("New", "new", "[ ]"), ("Fixed", "fixed", "[x]")):
        items = d[key]
        if not items:
            continue
        out.append(f"## {title} ({len(items)})")
        out.append("")
        for f in items:
            if f.get("code"):
                out.append(
                    f"- {box} **{esc(str(f.get('severity', '')).upper())}** {esc(f.get('message'))} ({esc(f.get('code'))})"
                    f" · {esc(platform_name(f.get('platform')))} · {code(f.get('path'))}"
                )
            else:
                out.append(f"- {box} fingerprint {code(f.get('fingerprint'))}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"
