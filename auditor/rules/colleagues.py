"""Colleague exposure: a colleague named, tagged or titled in a work context.

A person reference (an @handle that is not the organisation's, a tagged person on the Item, a
capitalised given name from the bundled list, or a rank followed by a name: "Officer Walsh")
fires only with a work relationship in the same text: a ``[colleagues] cues`` word ("my
supervisor", "from work", "night shift", "in uniform"), a department identifier, or operational
activity. Friends, family, neighbours and shop staff named without work context do not fire.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from auditor.config import Profile
from auditor.models import Category, Item, ItemKind, Severity
from auditor.rules.base import Example, Match, Rule, describe, given_names, per_profile, reach_severity, snippet, word_pattern
from auditor.rules.identity import department_terms

HANDLE_RE = re.compile(r"(?<![\w@.])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)")
# A capitalised word right after a greeting or thanks is a name even when it is not in the list
# ("welcome to the team, Siosaia"); places, department terms and all-caps words are skipped.
GREETED_RE = re.compile(
    r"(?i:\b(?:welcome|welcoming|congrats|congratulations|thanks|thank you|farewell|shout ?out|cheers|well done|"
    r"happy birthday|happy retirement)(?:\s+(?:to|back))?(?:\s+(?:the team|our|my|new|newest|recruit|colleague))*),?\s+"
    r"([A-Z][a-z]{2,})(?:\s+([A-Z][a-z]+))?(?:\s+(?i:and|&)\s+([A-Z][a-z]{2,}))?",
)
NAME_RE = re.compile(r"(?<![\w@.#])([A-Z][a-z]+)(?:\s+([A-Z][a-z]+|[A-Z]\b\.?))?")
_POSSESSIVE_TEAM = re.compile(
    r"\b[A-Z][a-z]+['’]s (?:team|crew|section|unit|shift)\b"
    r"|\bfrom (?:the|my|our) [\w-]+ (?:team|section|unit|branch|division|office)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Col:
    cues: re.Pattern[str] | None
    titles: re.Pattern[str] | None


def _build(profile: Profile) -> _Col:
    titles = profile.terms("colleagues", "titles")
    title_pat = re.compile(rf"\b(?:{'|'.join(re.escape(t) for t in titles)})\s+([A-Z][a-z]+)") if titles else None
    return _Col(cues=word_pattern(profile.terms("colleagues", "cues")), titles=title_pat)


def people_in(item: Item, profile: Profile) -> list[tuple[str, int, int]]:
    """(reference, start, end) for each person reference in the text, plus tagged people."""
    text = item.text or ""
    dept_spans = [(s, e) for _t, _k, s, e in department_terms(text, profile)]
    out: list[tuple[str, int, int]] = []
    for m in HANDLE_RE.finditer(text):
        if not any(a <= m.start() < b for a, b in dept_spans):
            out.append((m.group(0), m.start(), m.end()))
    col: _Col = per_profile(profile, "colleagues", _build)  # type: ignore[assignment]
    if col.titles is not None:
        for m in col.titles.finditer(text):
            out.append((m.group(0), m.start(), m.end()))
    names = given_names()
    for m in NAME_RE.finditer(text):
        if m.group(1).casefold() in names and not any(a <= m.start() < b for a, b in dept_spans):
            out.append((m.group(0).strip(), m.start(), m.end()))
    from auditor.gazetteer import lookup

    for m in GREETED_RE.finditer(text):
        word = m.group(1)
        if not word[0].isupper() or any(a <= m.start(1) < b for a, b in dept_spans):
            continue
        if word.casefold() in _NOT_NAMES or lookup(word) is not None:
            continue
        # an unknown word is a name when it stands alone ("Farewell Tevita, ..."), not when it
        # starts a phrase ("Thanks Bunnings for the sausages")
        if m.group(3) is None and not re.match(r"\s*(?:[,.!?;:)\-–—]|$|and\b|&|@|[\U0001F300-\U0001FAFF])", text[m.end() :]):
            continue
        out.append((m.group(1) + (f" {m.group(2)}" if m.group(2) else ""), m.start(1), m.end(1)))
        if m.group(3) and m.group(3).casefold() not in _NOT_NAMES and lookup(m.group(3)) is None:
            out.append((m.group(3), m.start(3), m.end(3)))
    out += [(p, 0, 0) for p in item.people]
    return out


_NOT_NAMES = frozenset("the team everyone all you guys legends mum dad nan pop grandma grandpa whoever anyone someone".split())


def _titles(profile: Profile) -> frozenset[str]:
    return frozenset(profile.terms("colleagues", "titles"))


def work_context(text: str, profile: Profile) -> str | None:
    """Why the text is about work with other people, or None."""
    col: _Col = per_profile(profile, "colleagues", _build)  # type: ignore[assignment]
    m = col.cues.search(text) if col.cues is not None else None
    if m:
        return f'work-relationship word "{m.group(0)}"'
    m = _POSSESSIVE_TEAM.search(text)
    if m:
        return f'"{m.group(0)}"'
    dept = department_terms(text, profile)
    if dept:
        return f'department term "{dept[0][0]}"'
    from auditor.rules.operations import operation_terms

    ops = operation_terms(text, profile)
    return f'operational activity "{ops[0].group(0)}"' if ops else None


def _colleagues(item: Item, profile: Profile) -> Iterator[Match]:
    if item.kind == ItemKind.PROFILE_FIELD:
        return
    people = people_in(item, profile)
    if not people:
        return
    text = item.text or ""
    titled = [(a, b) for ref, a, b in people if b > a and " " in ref and ref.split(" ")[0] in _titles(profile)]
    if titled and len(titled) == len(people):
        # "Inspector Gadget": the title alone is not a work relationship; look past it
        for a, b in titled:
            text = text[:a] + " " * (b - a) + text[b:]
    why = work_context(text, profile)
    if why is None:
        return
    unique: dict[str, str] = {}
    for ref, _s, _e in people:  # text references first, then tagged people; one entry per person
        unique.setdefault(ref.lstrip("@").casefold(), ref)
    refs = list(unique.values())
    first = people[0]
    yield Match(
        key="colleagues:" + ",".join(sorted(r.casefold() for r in refs)),
        evidence=snippet(item.text, first[1], first[2]) if first[2] > first[1] else first[0],
        why=f"person reference {', '.join(repr(r) for r in refs[:4])} with {why}",
        message=f"{describe(item)} identifies a colleague ({refs[0]}) in a work context",
        severity=reach_severity(Severity.MEDIUM if len(refs) == 1 else Severity.HIGH, item),
        confidence=0.85 if any(r.startswith("@") for r in refs) else 0.75,
    )


RULES = [
    Rule(
        code="COL101",
        name="colleague-identified",
        category=Category.COLLEAGUE_EXPOSURE,
        severity=Severity.MEDIUM,
        confidence=0.8,
        summary="A colleague is named, tagged or titled in a work context (shout-outs, farewells, promotions, shift photos).",
        rationale="Naming or tagging colleagues identifies them as departmental staff without their consent and exposes them and their families.",
        remediation="Remove the names and tags (untag people in photos), or keep such posts to official channels; ask before posting anyone's photo.",
        check=_colleagues,
        keywords=(
            "@",
            "colleague",
            "team",
            "supervisor",
            "manager",
            "shift",
            "from work",
            "officer",
            "promotion",
            "years",
            "work",
        ),
        examples=(
            Example("Huge thanks to my supervisor Raj for covering my shifts", True),
            Example("partner in crime on night shift @dani.lee.xo", True),
            Example("Congratulations to Michelle Tran on her promotion to Border Force Inspector", True),
            Example("Dinner with Sarah and Tom, best night in ages", False),
            Example("Happy birthday @jess.m.95! Love you to bits", False),
            Example("my colleague keeps microwaving fish at lunch", False),
            Example("follow @AusBorderForce for updates", False),
            Example("Farewell Tevita, 20 years on the wharf", True),
            Example("Thanks Bunnings for the sausage sizzle at work", False),
            Example("Inspector Gadget marathon with the kids", False),
            Example("Big thanks to Leilani and Fotu from the marine crew for the cake at work", True),
        ),
    ),
]
