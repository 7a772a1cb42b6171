"""Entity markers: a profile's own vocabulary replaced by typed placeholders for the text model.

The transformer rules (``auditor.rules.transformer``) read a text with the organisation's terms
replaced by their type: ``[ORG]`` (names, former names, acronyms, nicknames, hashtags,
handles), ``[UNIT]``, ``[ROLE]``, ``[SITE]`` (work sites), ``[SYSTEM]`` (named systems) and
``[DOMAIN]`` (official e-mail and web domains). "a night shift at Tulla for the ABF" and "a night
shift at Arthur Gorrie for QCS" both become "a night shift at [SITE] for [ORG]", so what the
model learned from one organisation's posts carries to another's profile without retraining.

Kept deliberately small: one compiled pattern per profile from the term lists, longest term
first; acronyms and other all-capital terms match case-sensitively (so "CCC" is an
organisation and "ccc" nothing), the rest case-insensitively at word boundaries. The rules
engine's typed entities can replace ``mark`` later; the model only needs the same output
shape. Never reads files.
"""

from __future__ import annotations

import re

from auditor.config import Profile
from auditor.rules.base import per_profile, per_text

# (marker, profile section, keys): what each marker stands for
SOURCES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("[DOMAIN]", "organisation", ("domains",)),
    ("[ORG]", "organisation", ("names", "former_names", "acronyms", "nicknames", "ambiguous_names", "hashtags", "handles")),
    ("[ORG]", "organisation", ("employer_names",)),
    ("[UNIT]", "organisation", ("units",)),
    ("[ROLE]", "organisation", ("roles", "weak_roles")),
    ("[SITE]", "places", ("work_sites",)),
    ("[SYSTEM]", "operations", ("systems",)),
)
MARKERS = ("[ORG]", "[UNIT]", "[ROLE]", "[SITE]", "[SYSTEM]", "[DOMAIN]")
# generic words some profiles list as systems; only named systems become [SYSTEM]
_GENERIC_SYSTEMS = frozenset({"cctv", "vpn", "x-ray", "it"})


def _entries(profile: Profile) -> list[tuple[str, str]]:
    """(term, marker) for every term of the profile, the first marker a term is listed under."""
    seen: dict[str, tuple[str, str]] = {}
    for marker, section, keys in SOURCES:
        for key in keys:
            for term in profile.terms(section, key):
                term = term.strip()
                if len(term) < 2 or term.lower() in seen:
                    continue
                if marker == "[SYSTEM]" and (term.lower() == term or term.lower() in _GENERIC_SYSTEMS):
                    continue  # "the system", "password": everyday words, left as they are
                seen[term.lower()] = (term, marker)
    return list(seen.values())


def _compile(profile: Profile) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    entries = sorted(_entries(profile), key=lambda e: -len(e[0]))
    lookup: dict[str, str] = {}
    parts: list[str] = []
    for term, marker in entries:
        exact = term.isupper() or (marker == "[SYSTEM]" and not term.istitle())
        lookup[term if exact else term.lower()] = marker
        body = re.escape(term)
        if marker == "[DOMAIN]":
            # an address or link under the domain or one of its subdomains: "@sub.abf.gov.au"
            body = r"(?:[a-z0-9-]+\.)*" + body
        core = body if exact else f"(?i:{body})"
        if marker == "[DOMAIN]":
            left = r"(?<![\w.])"  # after "@", "//" or a space
        else:
            left = "" if term[0] in "#@" else r"(?<![\w@.#])"
        parts.append(f"{left}{core}(?![\\w])")
    if not parts:
        return None, lookup
    return re.compile("|".join(parts)), lookup


def _marker_of(found: str, lookup: dict[str, str]) -> str:
    if found in lookup:
        return lookup[found]
    low = found.lower()
    if low in lookup:
        return lookup[low]
    # a domain with a subdomain in front ("nsw.abf.gov.au"): the longest listed suffix
    for term, marker in lookup.items():
        if marker == "[DOMAIN]" and low.endswith(term.lower()):
            return marker
    return "[ORG]"


def mark(text: str, profile: Profile) -> str:
    """The text with the profile's terms replaced by their entity markers."""
    pattern, lookup = per_profile(profile, "entity-markers", lambda p: _compile(p))  # type: ignore[misc]
    if pattern is None or not text:
        return text
    # the learned rules ask for each of their categories: the text is marked once
    return per_text(profile, "entity-marked", text, lambda: pattern.sub(lambda m: _marker_of(m.group(0), lookup), text))  # type: ignore[return-value]
