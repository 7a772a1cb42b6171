"""The onboarding gate: does a scan report pass the profile's onboarding rules, and why not.

A script (or a security adviser) must be able to trust the result, so the gate checks the
report instead of asking: a scan that recognised no export fails (an empty folder proves
nothing); otherwise each of the profile's checks (`[onboarding] checks`, default
`DEFAULT_CHECKS`) looks at the findings that are not accepted in the baseline. Every failed
check says how many findings, on which platforms, a few of their messages and the profile's
policy clause. `record` writes what happened: the name as the person gave it, the date, the
tool version, the profile, the report's SHA-256 and the self-attested device answers, marked
as self-attested because nothing checked them.

Reads only the report's dict form (the JSON contract); no I/O, never scans, no network.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from auditor.config import Profile
from auditor.models import SEVERITY_ORDER
from auditor.teams.onboard import CHECKLIST

Check = Callable[[dict[str, Any]], bool]
_RANK = {s: len(SEVERITY_ORDER) - 1 - i for i, s in enumerate(SEVERITY_ORDER)}
_DEVICE_PLATFORMS = {"photos"}  # the camera roll: on the phone, not posted anywhere


def _at_least(severity: str) -> Check:
    return lambda f: _RANK.get(str(f.get("severity")), -1) >= _RANK[severity]


def _public_geotag(f: dict[str, Any]) -> bool:
    # a geotag on something posted to a platform; high is the severity a public post carries
    # (a direct message's geotag is medium), and the camera roll itself is not posted
    return f.get("category") == "geotag" and f.get("platform") not in _DEVICE_PLATFORMS and _at_least("high")(f)


@dataclass(frozen=True)
class GateRule:
    id: str
    title: str
    category: str  # whose policy clause explains it
    fails: Check


RULES: dict[str, GateRule] = {
    r.id: r
    for r in (
        GateRule(
            "work-email-accounts",
            "No account is registered with a work email address",
            "account_registration",
            lambda f: f.get("category") == "account_registration",
        ),
        GateRule("public-geotags", "No geotag on public posts", "geotag", _public_geotag),
        GateRule("unfixed-critical", "No critical finding unfixed or unaccepted", "", _at_least("critical")),
        GateRule("unfixed-high", "No critical or high finding unfixed or unaccepted", "", _at_least("high")),
    )
}
DEFAULT_CHECKS = ("work-email-accounts", "public-geotags", "unfixed-high")
EXAMPLES = 3


class GateError(ValueError):
    """The profile names an unknown check (the CLI exits 2)."""


@dataclass
class Outcome:
    id: str
    title: str
    passed: bool
    count: int = 0
    platforms: list[str] = field(default_factory=list)
    examples: list[str] = field(default_factory=list)
    policy: str = ""


@dataclass
class GateResult:
    passed: bool
    recognised: bool
    outcomes: list[Outcome]
    notices: list[str] = field(default_factory=list)


def checks_for(profile: Profile) -> list[str]:
    """The profile's `[onboarding] checks` (the defaults when it names none), validated."""
    named = profile.terms("onboarding", "checks") or list(DEFAULT_CHECKS)
    for c in named:
        if c not in RULES:
            raise GateError(f"profile {profile.name}: unknown onboarding check {c!r} (known: {', '.join(RULES)})")
    return list(dict.fromkeys(named))


def recognised(report: dict[str, Any]) -> bool:
    """True when the scan read at least one export or media file it understood."""
    coverage = report.get("coverage") or []
    total = ((report.get("stats") or {}).get("total") or {}).get("items", 0)
    return bool(coverage) or bool(total)


def evaluate(report: dict[str, Any], profile: Profile, accepted: set[str] | None = None) -> GateResult:
    """Pass or fail the report against the profile's checks; findings in `accepted` are excused."""
    checks = checks_for(profile)
    if not recognised(report):
        return GateResult(
            False,
            False,
            [Outcome("recognised", "The scan recognised an export", False)],
            ["the scan recognised no export or photo: download your data from each platform and scan it"],
        )
    accepted = accepted or set()
    open_findings = [f for f in report.get("findings", []) if isinstance(f, dict) and f.get("fingerprint") not in accepted]
    outcomes = [Outcome("recognised", "The scan recognised an export", True)]
    for cid in checks:
        rule = RULES[cid]
        hits = [f for f in open_findings if rule.fails(f)]
        o = Outcome(cid, rule.title, not hits, len(hits))
        if hits:
            o.platforms = sorted({str(f.get("platform")) for f in hits})
            o.examples = [f"{f.get('code')} ({f.get('platform')}): {f.get('message')}" for f in hits[:EXAMPLES]]
            o.policy = profile.policy(rule.category) if rule.category else str(profile.policy_name)
        outcomes.append(o)
    return GateResult(all(o.passed for o in outcomes), True, outcomes)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def explain(result: GateResult) -> list[str]:
    """The lines the command prints: PASS or FAIL per check, and why."""
    out: list[str] = []
    for o in result.outcomes:
        out.append(f"{'pass' if o.passed else 'FAIL'}  {o.title}")
        if not o.passed and o.count:
            out.append(f"      {o.count} finding(s) on {', '.join(o.platforms)}")
            out += [f"      - {x}" for x in o.examples]
            if o.policy:
                out.append(f"      Why: {o.policy}")
    out += [f"      {n}" for n in result.notices]
    return out


def self_attested() -> list:
    """The device and account questions the scan cannot check (the checklist minus its gate)."""
    return [c for c in CHECKLIST if c.section != "The gate"]


def record(
    result: GateResult,
    *,
    name: str,
    date: str,
    tool_version: str,
    profile: Profile,
    report_name: str,
    report_sha256: str,
    report_meta: dict[str, Any],
    answers: dict[str, bool] | None,
) -> str:
    """The onboarding record as Markdown (what `onboard` writes to onboard.md)."""
    out = [
        "# Security onboarding record",
        "",
        f"- Name (as given): {name}",
        f"- Date: {date}",
        f"- Tool: auditor {tool_version}",
        f"- Profile: {profile.name} ({profile.title})",
        f"- Report: {report_name}, SHA-256 {report_sha256}",
        f"- Report made by: auditor {report_meta.get('tool_version', '?')}, profile {report_meta.get('profile', '?')}",
        f"- Result: {'PASS' if result.passed else 'FAIL'}",
        "",
        "## Checked against the scan report",
        "",
    ]
    for o in result.outcomes:
        out.append(f"- [{'x' if o.passed else ' '}] {o.title} (`{o.id}`)")
        if not o.passed and o.count:
            out.append(f"  - {o.count} finding(s) on {', '.join(o.platforms)}")
            out += [f"  - {x}" for x in o.examples]
            if o.policy:
                out.append(f"  - Why: {o.policy}")
    out += [f"  - {n}" for n in result.notices]
    out += ["", "## Self-attested (answered by the person; not checked by the tool)", ""]
    for c in self_attested():
        if answers is None:
            out.append(f"- [ ] {c.title} (`{c.id}`): not asked (run `auditor onboard --interactive --report ...`)")
        else:
            out.append(f"- [{'x' if answers.get(c.id) else ' '}] {c.title} (`{c.id}`): self-attested")
    return "\n".join(out) + "\n"
