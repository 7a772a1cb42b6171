"""Work email addresses in text, written plainly or obfuscated, for the contact rules.

`work_addresses` yields every address in the profile's domains or under ``.gov.au``: plain
("jane.lee@abf.gov.au"), spelt ("sam dot lee at abf dot gov dot au"), bracketed
("jlee[at]homeaffairs[dot]gov[dot]au"), with spaces round "@" ("kat.obrien @ health . gov . au") or
a bare "at" joining a name to a work domain ("jane.lee at abf.gov.au"). Prose with "at" and a
domain ("I work at abf.gov.au") is no address. Which rule fires, and how, is `contact`'s decision.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.config import Profile
from auditor.rules.base import lazy_pattern

__all__ = ["EMAIL_FIELDS", "OBF_RE", "PLAIN_RE", "normalise_domain", "work_addresses"]

_DOT = r"(?:(?<!\s)\s*+\.\s*+|(?<!\s)\s*+[\[\(\{]\s*+dot\s*+[\]\)\}]\s*+|(?<!\s)\s++dot\s++)"
_AT = r"(?:(?<!\s)\s*+@\s*+|(?<!\s)\s*+[\[\(\{]\s*+at\s*+[\]\)\}]\s*+|(?<!\s)\s++at\s++)"
# Possessive runs and lookbehinds that exclude every run character keep these linear: hostile
# text ("-" * 50_000, "x dot " * 10_000) must not make the regex engine backtrack for minutes.
_LOCAL = rf"[A-Za-z0-9_%+\-]++(?:{_DOT}[A-Za-z0-9_%+\-]++)*"
_DOMAIN = rf"[A-Za-z0-9\-]++(?:{_DOT}[A-Za-z0-9\-]++)+"
PLAIN_RE = lazy_pattern(r"(?<![\w.@%+-])([A-Za-z0-9_%+.\-]++)@([A-Za-z0-9\-]++(?:\.[A-Za-z0-9\-]++)+)", re.IGNORECASE)
OBF_RE = lazy_pattern(rf"(?<![\w.@%+\-])({_LOCAL}){_AT}({_DOMAIN})(?![\w])", re.IGNORECASE)
_SPELT_AT = lazy_pattern(r"(?:\s|[\[\(\{])at(?:\s|[\]\)\}])", re.IGNORECASE)
_DOT_NORM = lazy_pattern(_DOT, re.IGNORECASE)

# Words before a bare "at" that are prose, not the local part of an address.
_NOT_LOCAL = frozenset(
    "work works worked working me us him her them it job role based employed here there is am are was be been "
    "intern look looking find online site page apply applied info details visit go".split()
)
EMAIL_FIELDS = {"email", "emails", "previous_email", "email_change", "registration_email", "contact_email"}


def normalise_domain(domain: str) -> str:
    return _DOT_NORM.sub(".", domain).lower().strip(".")


def work_addresses(text: str, profile: Profile) -> Iterator[tuple[str, str, bool]]:
    """Yield (address, domain, obfuscated) for every work address in text."""
    domains = [d.lower() for d in profile.terms("organisation", "domains")]
    text = text or ""
    found: list[tuple[str, str, bool]] = []
    if "@" in text:
        for m in PLAIN_RE.finditer(text):
            found.append((m.group(1).lower().strip("."), m.group(2).lower().strip("."), False))
        rest = PLAIN_RE.sub(" ", text)
    else:
        rest = text
    lowered = rest.lower()
    # an obfuscated work address spells "at" and names a work domain: skip the costly search otherwise
    hints = ["gov"] + [d.split(".")[0] for d in domains]
    # (or an "@" with spaces round it: "kat.obrien @ health . gov . au")
    if not ((_SPELT_AT.search(rest) or " @" in rest or "@ " in rest) and any(h in lowered for h in hints)):
        rest = ""

    def is_work(domain: str) -> bool:
        return any(domain == d or domain.endswith("." + d) for d in domains) or domain.endswith(".gov.au")

    pos = 0
    while (m := OBF_RE.search(rest, pos)) is not None:
        domain = normalise_domain(m.group(2))
        spelled = re.search(r"\bdot\b|[\[\(\{]\s*(?:at|dot)\s*[\]\)\}]", m.group(0), re.I)
        # "meet at the.pub" is prose: an obfuscated address spells out its dots or brackets, or a
        # bare "at" joins a name to a work domain ("jane.lee at abf.gov.au"; not "I work at abf.gov.au")
        bare = not spelled and m.group(1).lower() not in _NOT_LOCAL and "." in m.group(2)
        if (spelled or bare) and is_work(domain):
            found.append((_DOT_NORM.sub(".", m.group(1)).lower(), domain, True))
            pos = m.end()
        else:
            pos = m.start(2)  # "me at jane dot lee at abf dot gov dot au": retry from the domain
    for local, domain, obf in found:
        if is_work(domain):
            yield f"{local}@{domain}", domain, obf
