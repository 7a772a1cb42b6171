"""The rule registry: every rule of every family, in code order, and the profile check that needs it.

Both the engine (which rules run) and profile loading for a scan or a check (which codes a
profile may name in ``[rules]``) read this one list. Add a family by writing a module with a
`RULES` list and naming it in `FAMILIES`. Codes are stable and never reused; a retired rule
stays listed with ``retired=True``.

This module sits above `auditor.config` and every rule family; nothing below it imports it
(config must not know the rules, and a family must not list the others).
"""

from __future__ import annotations

from auditor import config
from auditor.config import Profile, ProfileError
from auditor.config.fetch import is_url
from auditor.config.profile import suggest
from auditor.inference import rules as pattern
from auditor.rules import (
    attire,
    colleagues,
    comment,
    contact,
    documents,
    geo,
    identity,
    learned,
    metadata,
    operations,
    places,
)
from auditor.rules.base import Rule

FAMILIES = (geo, identity, contact, attire, places, operations, colleagues, comment, metadata, documents, pattern, learned)


def all_rules() -> list[Rule]:
    rules = [r for fam in FAMILIES for r in fam.RULES]
    codes = [r.code for r in rules]
    dupes = {c for c in codes if codes.count(c) > 1}
    if dupes:
        raise RuntimeError(f"duplicate rule codes: {sorted(dupes)}")
    return sorted(rules, key=lambda r: r.code)


def get_rule(code: str) -> Rule | None:
    code = code.upper()
    return next((r for r in all_rules() if r.code == code or r.name == code.lower()), None)


def active_rules(profile: Profile) -> list[Rule]:
    """The rules a scan runs for this profile: not retired and not named in ``[rules] disable``."""
    disabled = profile.disabled
    return [r for r in all_rules() if not r.retired and r.code not in disabled and r.name not in disabled]


def active_rule_codes(profile: Profile) -> list[str]:
    """Codes of the rules this profile leaves switched on, as `auditor profile check` reports them.

    Unlike `active_rules` this also reads a disabled code in the other case ("ops101"); the two
    have always differed there, and the scan keeps its exact-match reading until that is settled.
    """
    disabled = {d.upper() for d in profile.disabled} | {d.lower() for d in profile.disabled}
    return [r.code for r in all_rules() if not r.retired and r.code not in disabled and r.name not in disabled]


def check_profile(profile: Profile, origin: str) -> None:
    """Refuse unknown rule codes in [rules] and a profile that switches every rule off (`ProfileError`)."""
    known = {r.code for r in all_rules()} | {r.name for r in all_rules()}
    for key in ("disable", "enable"):
        for code in profile.terms("rules", key):
            if code not in known and code.upper() not in known:
                raise ProfileError(f"{origin}: rules.{key}: unknown rule {code!r}{suggest(code.upper(), known)}")
    if not active_rule_codes(profile):
        raise ProfileError(f"{origin}: this profile disables every rule, so a scan would check nothing; enable at least one rule")


def load_profile(spec: str | None) -> Profile:
    """`auditor.config.load_profile` plus `check_profile`: what a scan, a check or a demo loads.

    A pinned URL profile is not rule-checked (it never was: `auditor.config.fetch` built it
    without the check); the scan then runs whatever rules it leaves on.
    """
    profile = config.load_profile(spec)
    origin = spec or "dibp"
    if not is_url(origin):
        check_profile(profile, origin)
    return profile
