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

# a dot or an "@" in brackets of any kind ("[.]", "(@)", "<at>", "{dot}") or between dashes ("-at-")
_DOT = r"(?:(?<!\s)\s*+\.\s*+|(?<!\s)\s*+[\[\(\{<]\s*+(?:dot|\.)\s*+[\]\)\}>]\s*+|(?<!\s)\s++dot\s++)"
_AT = r"(?:(?<!\s)\s*+@\s*+|(?<!\s)\s*+(?:[\[\(\{<]\s*+(?:at|@)\s*+[\]\)\}>]|-at-)\s*+|(?<!\s)\s++at\s++)"
# Possessive runs and lookbehinds that exclude every run character keep these linear: hostile
# text ("-" * 50_000, "x dot " * 10_000) must not make the regex engine backtrack for minutes.
_LOCAL = rf"[A-Za-z0-9_%+\-]++(?:{_DOT}[A-Za-z0-9_%+\-]++)*"
_DOMAIN = rf"[A-Za-z0-9\-]++(?:{_DOT}[A-Za-z0-9\-]++)+"
PLAIN_RE = lazy_pattern(r"(?<![\w.@%+-])([A-Za-z0-9_%+.\-]++)@([A-Za-z0-9\-]++(?:\.[A-Za-z0-9\-]++)+)", re.IGNORECASE)
OBF_RE = lazy_pattern(rf"(?<![\w.@%+\-])({_LOCAL}){_AT}({_DOMAIN})(?![\w])", re.IGNORECASE)
_SPELT_AT = lazy_pattern(r"(?:\s|[\[\(\{<-])at(?:\s|[\]\)\}>-])", re.IGNORECASE)
# a plain address cut short where its domain goes on past a space, a line break or a bracketed dot
# ("jane.lee@health.tas.\ngov.au", "jane.lee@health.gov .au", "jane.lee@health[.]gov[.]au")
_GOES_ON = lazy_pattern(r"\.?[ \t]*\n\s*[A-Za-z]|\s+\.\s*[A-Za-z]|\s*[\[\(\{<]\s*(?:dot|\.)\s*[\]\)\}>]", re.IGNORECASE)
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

    def is_work(domain: str) -> bool:
        return any(domain == d or domain.endswith("." + d) for d in domains) or domain.endswith(".gov.au")

    if "@" in text:
        kept: list[str] = []
        pos = 0
        for m in PLAIN_RE.finditer(text):
            domain = m.group(2).lower().strip(".")
            if not is_work(domain) and _GOES_ON.match(text, m.end()):
                continue  # the domain goes on: the obfuscated search below reads the whole address
            found.append((m.group(1).lower().strip("."), domain, False))
            kept += [text[pos : m.start()], " "]
            pos = m.end()
        rest = "".join(kept) + text[pos:]
    else:
        rest = text
    lowered = rest.lower()
    # an obfuscated work address spells "at" and names a work domain: skip the costly search otherwise
    hints = ["gov"] + [d.split(".")[0] for d in domains]
    # (or an "@" no plain address took: "kat.obrien @ health . gov . au", "jane.lee@\nhealth.gov.au")
    if not ((_SPELT_AT.search(rest) or "@" in rest) and any(h in lowered for h in hints)):
        rest = ""

    pos = 0
    while (m := OBF_RE.search(rest, pos)) is not None:
        domain = normalise_domain(m.group(2))
        spelled = re.search(r"\bdot\b|[\[\(\{<]\s*(?:at|dot|@|\.)\s*[\]\)\}>]|-at-", m.group(0), re.I)
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
