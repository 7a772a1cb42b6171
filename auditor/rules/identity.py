"""Department identifiers: names, former names, acronyms, units, roles, hashtags, handles, domains.

First form: profile terms in any case and spacing (acronyms case-sensitive, whole words).
Generic words ("border", "customs") are never terms on their own, so "border collie" or a
parcel "held at customs" do not fire.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.config import Profile
from auditor.models import Category, Item, ItemKind, Severity
from auditor.rules.base import Example, Match, Rule, find_terms, reach_severity, snippet

EMPLOYER_FIELDS = {"employer", "headline", "title", "work", "position", "company", "bio", "job_title"}


def department_terms(text: str, profile: Profile) -> list[tuple[str, str, int, int]]:
    """(matched text, list name, start, end) for every department identifier in text."""
    hits: list[tuple[str, str, int, int]] = []
    org = "organisation"
    for key in ("names", "former_names", "nicknames", "units", "roles"):
        for m in find_terms(text, profile.terms(org, key)):
            hits.append((m.group(0), key, m.start(), m.end()))
    for m in find_terms(text, profile.terms(org, "acronyms"), case_sensitive=True):
        hits.append((m.group(0), "acronyms", m.start(), m.end()))
    for key, sigil in (("hashtags", "#"), ("handles", "@")):
        for tag in profile.terms(org, key):
            body = re.escape(tag.lstrip("#@"))
            for m in re.finditer(rf"(?<![\w@#]){re.escape(sigil)}{body}(?!\w)", text, re.IGNORECASE):
                hits.append((m.group(0), key, m.start(), m.end()))
    for d in profile.terms(org, "domains"):
        i = text.lower().find(d.lower())
        if i >= 0:
            hits.append((text[i : i + len(d)], "domains", i, i + len(d)))
    # drop hits contained in a longer one
    hits.sort(key=lambda h: (h[2], -(h[3] - h[2])))
    out: list[tuple[str, str, int, int]] = []
    end = -1
    for h in hits:
        if h[2] >= end:
            out.append(h)
            end = h[3]
    return out


def _department(item: Item, profile: Profile) -> Iterator[Match]:
    if item.kind == ItemKind.PROFILE_FIELD and (item.field or "").endswith("email") or item.field == "email_change":
        return  # an account's own address is account_registration's business
    seen: set[str] = set()
    for term, key, start, end in department_terms(item.text, profile):
        norm = " ".join(term.lower().split())
        if norm in seen:
            continue
        seen.add(norm)
        if item.kind == ItemKind.PROFILE_FIELD:
            sev = Severity.HIGH
            msg = f'Your {item.platform} profile ({item.field or "profile"}) names the Department: "{term}"'
        else:
            sev = reach_severity(Severity.MEDIUM, item)
            msg = f'{item.kind.capitalize()} identifies the Department: "{term}"'
        yield Match(
            key=norm,
            evidence=snippet(item.text, start, end),
            why=f'{key.replace("_", " ")} term "{term}"',
            message=msg,
            severity=sev,
            confidence=0.95 if key in ("names", "former_names", "hashtags", "handles", "domains", "roles") else 0.8,
        )


RULES = [
    Rule(
        code="DEP101",
        name="department-identified",
        category=Category.DEPARTMENT_IDENTIFIER,
        severity=Severity.MEDIUM,
        confidence=0.9,
        summary="Text names the Department or the ABF: names, former names, acronyms, units, roles, hashtags, handles or domains.",
        rationale="Naming your employer lets anyone searching for departmental staff find you, your family and your associates.",
        remediation="Remove the employer, unit or role from the post, bio or profile field (on LinkedIn and Facebook, hide or generalise it, e.g. 'Australian Public Service').",
        check=_department,
        examples=(
            Example("First week done at the Australian Border Force!", True),
            Example("Proud to serve with ABF at the airport", True),
            Example("Long day #AusBorderForce", True),
            Example("Border Force Officer", True, kind=ItemKind.PROFILE_FIELD, field="headline"),
            Example("ten years with the department of immigration and border protection", True),
            Example("Our border collie loves the beach", False),
            Example("my parcel is still held at customs", False),
            Example("Watching Border Security again tonight", False),
            Example("abf is not an acronym here in lower case", False),
        ),
    ),
]
