""" "Start here": the few actions that remove the most exposure, for the terminal and the HTML.

An action is one checklist line (a finding, or a batch of photos in one folder that one
`auditor strip` fixes) with the one step that does the most for it. Ranked: the most severe
first; within a severity, each inference (home, workplace, routine) by the fewest removals that
break it, then lines that fix the most findings at once. The terminal and the HTML report show
the same list, so they agree on where to start.

Content only, from checklist lines: no rendering, no I/O, no detection.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from auditor.models import SEVERITY_ORDER
from auditor.reporters.checklist import Line, build

TOP = 5


@dataclass(frozen=True)
class Action:
    id: str  # the checklist line it comes from (a fingerprint or a batch id)
    severity: str
    code: str
    title: str  # what was found
    step: str  # the one thing to do first
    covers: int  # how many findings this action deals with
    removals: int | None = None  # for an inference: the fewest items whose removal breaks it


def _removals(f: dict[str, Any] | None) -> int | None:
    if not f:
        return None
    n = f.get("remove_first_count")
    if isinstance(n, int) and not isinstance(n, bool) and n > 0:
        return n
    first = f.get("remove_first")
    return len(first) if isinstance(first, list) and first else None


def _step(ln: Line, f: dict[str, Any] | None, removals: int | None) -> str:
    if removals is not None:
        days = f.get("remove_first_days") if f else None
        on = f" from {len(days)} day(s)" if isinstance(days, list) and days else ""
        return (
            f"Remove (or take the location off) the {removals} item(s){on} that its checklist line lists: "
            "the fewest whose removal breaks this inference."
        )
    if ln.auto:
        return f"Run {ln.auto}, then share only the copies."
    return ln.how[0] if ln.how else "See the checklist line for the steps."


def top_actions(data: dict[str, Any], n: int = TOP) -> list[Action]:
    """The `n` actions to take first (see the module docstring for the order)."""
    by_fp = {str(f.get("fingerprint")): f for f in data.get("findings", []) if isinstance(f, dict)}
    ranked: list[tuple[tuple[int, int, int], Action]] = []
    for section in build(data):
        for ln in section.lines:
            if not ln.code:  # device settings: always in the checklist, never a finding
                continue
            f = by_fp.get(ln.id)
            removals = _removals(f) if ln.category == "pattern_of_life" else None
            covers = max(len(ln.members), 1)
            act = Action(ln.id, ln.severity, ln.code, ln.title, _step(ln, f, removals), covers, removals)
            sev = SEVERITY_ORDER.index(ln.severity) if ln.severity in SEVERITY_ORDER else len(SEVERITY_ORDER)
            key = (sev, 0, removals) if removals is not None else (sev, 1, -covers)
            ranked.append((key, act))
    ranked.sort(key=lambda t: t[0])  # stable: equal keys keep the checklist's order
    return [a for _, a in ranked[:n]]
