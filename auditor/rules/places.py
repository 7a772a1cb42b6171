"""Location mentions: named places, with the profile's work sites rated higher.

First form: the profile's work sites and a small built-in list of Australian places; a place
name used as a person's name ("Mr Darwin", "Victoria said") does not fire.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.config import Profile
from auditor.models import Category, Item, Severity
from auditor.rules.base import Example, Match, Rule, find_terms, reach_severity, snippet

# A small built-in gazetteer; the profile adds work sites.
PLACES = (
    "Sydney",
    "Melbourne",
    "Brisbane",
    "Perth",
    "Adelaide",
    "Hobart",
    "Darwin",
    "Canberra",
    "Parramatta",
    "Mascot",
    "Botany",
    "Tullamarine",
    "Fremantle",
    "Townsville",
    "Cairns",
    "Gold Coast",
    "Newcastle",
    "Wollongong",
    "Geelong",
    "Belconnen",
    "Woden",
    "Villawood",
    "Broadmeadows",
    "Christmas Island",
    "Port Hedland",
    "Bondi",
    "Manly",
    "St Kilda",
)
_PERSON_BEFORE = re.compile(r"\b(?:mr|mrs|ms|miss|dr|uncle|aunt|aunty|cousin|my friend|named)\.?\s*$", re.IGNORECASE)
_PERSON_AFTER = re.compile(r"^\s*(?:said|says|told|asked|texted|and I|'s birthday)\b", re.IGNORECASE)


def _mentions(item: Item, profile: Profile) -> Iterator[Match]:
    text = item.text
    sites = profile.terms("places", "work_sites")
    seen: set[str] = set()
    for m in find_terms(text, sites) + find_terms(text, PLACES, case_sensitive=True):
        name = m.group(0)
        key = " ".join(name.lower().split())
        if key in seen or any(key in s for s in seen):
            continue
        if _PERSON_BEFORE.search(text[: m.start()]) or _PERSON_AFTER.match(text[m.end() :]):
            continue
        seen.add(key)
        is_site = any(key == " ".join(s.lower().split()) for s in sites)
        yield Match(
            key=key,
            evidence=snippet(text, m.start(), m.end()),
            why=f'{"work site" if is_site else "place"} "{name}"',
            message=f"{item.kind.capitalize()} names {'a work site' if is_site else 'a place'}: {name}",
            severity=reach_severity(Severity.MEDIUM if is_site else Severity.LOW, item),
            confidence=0.85 if is_site else 0.6,
        )


RULES = [
    Rule(
        code="LOC101",
        name="place-mentioned",
        category=Category.LOCATION_MENTION,
        severity=Severity.LOW,
        confidence=0.6,
        summary="Text names a place; work sites (airports, ports, facilities, offices) rate higher.",
        rationale="Naming where you work or spend time helps an observer locate you; work sites also confirm your employment.",
        remediation="Remove the place name, especially of work sites, or post it only after you have left and without saying it is your workplace.",
        check=_mentions,
        examples=(
            Example("Another early start at Sydney Airport", True),
            Example("Coffee in Parramatta before work", True),
            Example("Mr Darwin was our science teacher", False),
            Example("Had a great weekend at home", False),
        ),
    ),
]
