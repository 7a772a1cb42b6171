"""Uniforms, insignia, badges, lanyards and ID cards in a work context.

First form: a uniform term plus either a department identifier or a work-context word in the
same text, unless an exclusion (school or sports uniform, gaming badge) explains it.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.config import Profile
from auditor.models import Category, Item, Severity
from auditor.rules.base import Example, Match, Rule, find_terms, reach_severity, snippet
from auditor.rules.identity import department_terms


def _uniform(item: Item, profile: Profile) -> Iterator[Match]:
    text = item.text
    hits = find_terms(text, profile.terms("uniform", "terms"))
    if not hits:
        return
    if find_terms(text, profile.terms("uniform", "exclude")):
        return
    dept = department_terms(text, profile)
    ctx = find_terms(text, profile.terms("uniform", "context"))
    if not dept and not ctx:
        return
    m = hits[0]
    because = f'department term "{dept[0][0]}"' if dept else f'work context "{ctx[0].group(0)}"'
    yield Match(
        key=m.group(0).lower(),
        evidence=snippet(text, m.start(), m.end()),
        why=f'uniform term "{m.group(0)}" with {because}',
        message=f'{item.kind.capitalize()} mentions a work uniform or insignia ("{m.group(0)}")',
        severity=reach_severity(Severity.HIGH if dept else Severity.MEDIUM, item),
        confidence=0.85 if dept else 0.6,
    )


RULES = [
    Rule(
        code="UNI101",
        name="uniform-in-work-context",
        category=Category.UNIFORM,
        severity=Severity.HIGH,
        confidence=0.75,
        summary="A caption or post mentions a work uniform, insignia, badge, lanyard or ID card.",
        rationale="Photos of yourself or colleagues in uniform identify you as departmental staff and show insignia the Department controls.",
        remediation="Delete or archive the photo and caption, or crop and re-post it so no uniform, insignia or pass is visible; ask friends to remove copies.",
        check=_uniform,
        examples=(
            Example("Finally got my ABF uniform and epaulettes today", True),
            Example("New lanyard for the night shift at the terminal", True),
            Example("Kids in their school uniform for the first day", False),
            Example("Earned the gold badge in the game last night", False),
        ),
    ),
]
