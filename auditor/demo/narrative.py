"""The adversary's chain told from a scan result: geotags -> home and routine -> employer ->
colleagues -> work email.

Reads only the result's dict form (a saved report.json works too), never the inputs, and must
not import the scanner: it is told the findings, it does not make them. Home and
workplace come from pattern-of-life findings when inference produced them; otherwise from a
rough grouping of the geotag findings' positions by time of day, and the text says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from auditor.geo.distance import distance_m


@dataclass
class Step:
    title: str
    found: bool
    lines: list[str] = field(default_factory=list)


def _when(f: dict[str, Any]) -> datetime | None:
    ts = f.get("timestamp")
    if not ts:
        return None
    try:
        return datetime.fromisoformat(str(ts))
    except ValueError:
        return None


def _groups(findings: list[dict[str, Any]], radius_m: float = 250) -> list[list[dict[str, Any]]]:
    """Greedy grouping of located findings within radius_m of a group's first member."""
    groups: list[tuple[tuple[float, float], list[dict[str, Any]]]] = []
    for f in findings:
        p = (f["location"]["lat"], f["location"]["lon"])
        for centre, members in groups:
            if distance_m(*centre, *p) <= radius_m:
                members.append(f)
                break
        else:
            groups.append((p, [f]))
    return [m for _c, m in groups]


def _centre(members: list[dict[str, Any]]) -> str:
    lat = sum(f["location"]["lat"] for f in members) / len(members)
    lon = sum(f["location"]["lon"] for f in members) / len(members)
    return f"{lat:.3f}, {lon:.3f}"


def _platforms(findings: list[dict[str, Any]]) -> str:
    counts: dict[str, int] = {}
    for f in findings:
        counts[f["platform"]] = counts.get(f["platform"], 0) + 1
    return ", ".join(f"{p} ({n})" for p, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _quoted(findings: list[dict[str, Any]]) -> list[str]:
    seen: dict[str, None] = {}
    for f in findings:
        for q in re.findall(r'"([^"]{2,60})"', f.get("message") or ""):
            seen.setdefault(q, None)
    return list(seen)


def narrate(data: dict[str, Any]) -> list[Step]:
    """The adversary's chain, told from a scan result's dict form (never from the inputs).

    Home and workplace come from the scan's pattern-of-life findings when inference produced
    them; otherwise from a rough grouping of the geotag findings' positions by time of day,
    which the text says.
    """
    findings: list[dict[str, Any]] = list(data.get("findings", []))
    by_cat: dict[str, list[dict[str, Any]]] = {}
    for f in findings:
        by_cat.setdefault(f.get("category", ""), []).append(f)
    steps: list[Step] = []

    # a geotag finding without a position (e.g. a stripped or unparseable one) cannot place anyone
    located = [f for f in by_cat.get("geotag", []) if f.get("location")]
    s = Step("1. Geotags", bool(located))
    if located:
        s.lines.append(f"{len(located)} photo(s) and post(s) carry a position: {_platforms(located)}.")
    steps.append(s)

    s = Step("2. Home and routine", False)
    pol = by_cat.get("pattern_of_life", [])
    if pol:  # inference already named home / work / routine: tell that rather than re-deriving it
        s.found = True
        s.lines += [f.get("message", "") for f in pol[:4]]
    elif located:  # no inference findings (e.g. inference off): a rough home/work guess from geotag times
        groups = _groups(located)
        # evenings and nights (19:00-06:00) place home; weekday office hours (09-17) place work
        night = [(sum(1 for f in g if (w := _when(f)) and (w.hour >= 19 or w.hour < 6)), g) for g in groups]
        day = [(sum(1 for f in g if (w := _when(f)) and w.weekday() < 5 and 9 <= w.hour < 17), g) for g in groups]
        home = max(night, key=lambda t: t[0], default=(0, []))
        # the workplace must be a different group from home (identity, not equality: groups are lists)
        work = max((t for t in day if t[1] is not home[1]), key=lambda t: t[0], default=(0, []))
        if home[0] >= 3:  # fewer than three evenings is a visit, not where someone sleeps
            s.found = True
            s.lines.append(
                f"{home[0]} evening geotags fall within 250 m of {_centre(home[1])}: that is where this person sleeps."
            )
        if work[0] >= 3:  # likewise, three weekday daytimes before calling a place the workplace
            s.found = True
            s.lines.append(f"{work[0]} weekday daytime geotags fall within 250 m of {_centre(work[1])}: the workplace.")
        if s.found:  # say the guess is ours, not the scan's, so the reader weighs it accordingly
            s.lines.append("(Grouped from the geotag findings' positions and times; no inference findings in this scan.)")
    steps.append(s)

    dept = by_cat.get("department_identifier", [])
    s = Step("3. Employer", bool(dept))
    if dept:
        # prefer the names a profile gives (the employer as stated), else any quoted name in the findings
        named = _quoted([f for f in dept if "profile" in (f.get("message") or "").lower()] or dept)
        s.lines.append(f"{len(dept)} item(s) name the employer: {_platforms(dept)}.")
        if named:  # messages without a quoted name add nothing to repeat here
            s.lines.append("Named as: " + ", ".join(f'"{n}"' for n in named[:4]) + ".")
        # only location mentions that name a work site tie the employer to a place
        places = [f for f in by_cat.get("location_mention", []) if "work site" in (f.get("message") or "")]
        if places:  # name the quoted sites; when none is quoted, the platforms that mention one
            s.lines.append(
                f"{len(places)} item(s) name a work site: " + ", ".join(_quoted(places)[:3] or [_platforms(places)]) + "."
            )
    steps.append(s)

    # uniforms identify colleagues as well as named people do, so both count for this link
    people = by_cat.get("colleague_exposure", []) + by_cat.get("uniform", [])
    s = Step("4. Colleagues", bool(people))
    if people:
        s.lines.append(f"{len(people)} item(s) show uniforms or colleagues: {_platforms(people)}.")
        s.lines += [f"- {f.get('message', '')}" for f in people[:3]]
    steps.append(s)

    # an account registered with the work address ties it to the person as a posted address does
    mail = by_cat.get("account_registration", []) + by_cat.get("work_email", [])
    s = Step("5. Work email", bool(mail))
    if mail:
        s.lines.append(f"{len(mail)} item(s) tie accounts to a work address: {_platforms(mail)}.")
        s.lines += [f"- {f.get('message', '')}" for f in mail[:3]]
    steps.append(s)
    return steps


def render_narrative(steps: list[Step]) -> str:
    out = ["The chain an adversary follows (from this scan's findings):", ""]
    for s in steps:
        out.append(f"{s.title}: {'found' if s.found else 'not found in this scan'}")
        out += [f"   {line}" for line in s.lines]
    linked = sum(1 for s in steps if s.found)
    out += ["", f"{linked} of {len(steps)} links found. Work through checklist.md to break them."]
    return "\n".join(out) + "\n"
