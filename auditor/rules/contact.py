"""Work email addresses and work-registered accounts.

`work_email` fires on any address in the profile's domains or under ``.gov.au``, written
plainly or obfuscated ("name dot surname at abf dot gov dot au", "name[at]abf[dot]gov[dot]au").
`account_registration` fires when an account's own email (now or before) is a work address.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.config import Profile
from auditor.models import Category, Item, ItemKind, Severity
from auditor.rules.base import Example, Match, Rule, reach_severity

_DOT = r"(?:\s*\.\s*|\s*[\[\(\{]\s*dot\s*[\]\)\}]\s*|\s+dot\s+)"
_AT = r"(?:\s*@\s*|\s*[\[\(\{]\s*at\s*[\]\)\}]\s*|\s+at\s+)"
_LOCAL = rf"[A-Za-z0-9_%+\-]+(?:{_DOT}[A-Za-z0-9_%+\-]+)*"
_DOMAIN = rf"[A-Za-z0-9\-]+(?:{_DOT}[A-Za-z0-9\-]+)+"
PLAIN_RE = re.compile(r"(?<![\w.@+-])([A-Za-z0-9_%+.\-]+)@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)", re.IGNORECASE)
OBF_RE = re.compile(rf"(?<![\w.@])({_LOCAL}){_AT}({_DOMAIN})(?![\w])", re.IGNORECASE)
_DOT_NORM = re.compile(_DOT, re.IGNORECASE)

EMAIL_FIELDS = {"email", "emails", "previous_email", "email_change", "registration_email", "contact_email"}


def normalise_domain(domain: str) -> str:
    return _DOT_NORM.sub(".", domain).lower().strip(".")


def work_addresses(text: str, profile: Profile) -> Iterator[tuple[str, str, bool]]:
    """Yield (address, domain, obfuscated) for every work address in text."""
    domains = [d.lower() for d in profile.terms("organisation", "domains")]
    text = text or ""
    found: list[tuple[str, str, bool]] = []
    for m in PLAIN_RE.finditer(text):
        found.append((m.group(1).lower().strip("."), m.group(2).lower().strip("."), False))
    rest = PLAIN_RE.sub(" ", text)

    def is_work(domain: str) -> bool:
        return any(domain == d or domain.endswith("." + d) for d in domains) or domain.endswith(".gov.au")

    pos = 0
    while (m := OBF_RE.search(rest, pos)) is not None:
        domain = normalise_domain(m.group(2))
        spelled = re.search(r"\bdot\b|[\[\(\{]\s*(?:at|dot)\s*[\]\)\}]", m.group(0), re.I)
        # "meet at the.pub" is prose: an obfuscated address spells out its dots or brackets
        if spelled and is_work(domain):
            found.append((_DOT_NORM.sub(".", m.group(1)).lower(), domain, True))
            pos = m.end()
        else:
            pos = m.start(2)  # "me at jane dot lee at abf dot gov dot au": retry from the domain
    for local, domain, obf in found:
        if is_work(domain):
            yield f"{local}@{domain}", domain, obf


def _work_email(item: Item, profile: Profile) -> Iterator[Match]:
    if item.kind == ItemKind.PROFILE_FIELD and (item.field or "") in EMAIL_FIELDS:
        return  # the account's own address: account_registration covers it
    for addr, domain, obf in work_addresses(item.text, profile):
        yield Match(
            key=addr,
            evidence=addr,
            why=f"address in {'obfuscated form ' if obf else ''}under work domain {domain}",
            message=f"Work email address posted{' (obfuscated)' if obf else ''}: {addr}",
            severity=reach_severity(Severity.HIGH, item),
        )


def _registration(item: Item, profile: Profile) -> Iterator[Match]:
    if item.kind != ItemKind.PROFILE_FIELD or (item.field or "") not in EMAIL_FIELDS:
        return
    for addr, domain, _obf in work_addresses(item.text, profile):
        when = "is" if item.field in ("email", "emails", "registration_email") else "was"
        yield Match(
            key=addr,
            evidence=addr,
            why=f"account email field '{item.field}' uses work domain {domain}",
            message=f"This {item.platform} account {when} registered with work email {addr}",
            severity=Severity.HIGH if when == "is" else Severity.MEDIUM,
        )


RULES = [
    Rule(
        code="CON101",
        name="work-email-posted",
        category=Category.WORK_EMAIL,
        severity=Severity.HIGH,
        confidence=0.95,
        summary="An official email address (profile domains or any .gov.au) appears in a post, bio or message, plainly or obfuscated.",
        rationale="An official address identifies you as a departmental employee and gives criminals a direct line to you.",
        remediation="Edit or delete the post or bio so it no longer shows the address; use a personal address for personal contact.",
        check=_work_email,
        keywords=("@", " at ", "[at]", "(at)"),
        examples=(
            Example("Contact me at jane.citizen@abf.gov.au for the roster", True),
            Example("email: sam dot lee at abf dot gov dot au", True),
            Example("reach me on jlee[at]homeaffairs[dot]gov[dot]au", True),
            Example("Any issues ping alex.smith@servicesaustralia.gov.au", True),
            Example("write to jane@gmail.com", False),
            Example("meet at the pub dot com later", False),
            Example("see www.abf.gov.au for travel rules", False),
        ),
    ),
    Rule(
        code="ACC101",
        name="account-registered-with-work-email",
        category=Category.ACCOUNT_REGISTRATION,
        severity=Severity.HIGH,
        confidence=1.0,
        summary="A personal social media account is (or was) registered with an official email address.",
        rationale="Registering personal accounts with work email ties the account to the Department and exposes the address in breaches.",
        remediation="Change the account's email to a personal address in the platform's account settings, and remove the work address from its previous/secondary emails.",
        check=_registration,
        kinds=frozenset({ItemKind.PROFILE_FIELD}),
        examples=(
            Example("j.citizen@abf.gov.au", True, kind=ItemKind.PROFILE_FIELD, field="email"),
            Example("jcitizen@example.com", False, kind=ItemKind.PROFILE_FIELD, field="email"),
        ),
    ),
]
