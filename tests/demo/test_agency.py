"""auditor.demo.agency: each organisation's persona is deterministic, and every built-in
profile's demo persona scans end to end with findings in that profile's own terms: its
employer, work site and system in the evidence, its policy clauses cited, and no other
organisation's name."""

from __future__ import annotations

import hashlib

import pytest

from auditor.config import load_profile
from auditor.demo import PROFILES, build_for
from auditor.demo.agencies import AGENCIES
from auditor.demo.agency import BUILDERS, build_agency_persona
from auditor.engine import scan

OWN_TERMS = {
    "dibp": ("Australian Border Force", "Brisbane Airport", "abf.gov.au"),
    **{n: (a.employer, a.site, a.system, a.domain) for n, a in AGENCIES.items()},
}
EMPLOYERS = {"dibp": "Australian Border Force", **{n: a.employer for n, a in AGENCIES.items()}}


def _digests(root) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in root.rglob("*") if p.is_file()}


def test_agency_persona_is_deterministic(tmp_path):
    a = AGENCIES["vic"]
    build_agency_persona(a, tmp_path / "one")
    build_agency_persona(a, tmp_path / "two")
    assert _digests(tmp_path / "one") == _digests(tmp_path / "two")
    assert {p.split("/")[0] for p in _digests(tmp_path / "one")} >= {"camera_roll", "twitter-2025-06-01-archive"}
    assert [p for p, _ in BUILDERS] == ["photos", "twitter", "linkedin", "instagram"]


@pytest.mark.parametrize("name", PROFILES)
def test_agency_demo_scans_with_findings_in_the_profiles_own_terms(name, tmp_path):
    build_for(name, tmp_path)
    profile = load_profile(name)
    result = scan([str(tmp_path)], profile)
    assert not result.errors
    findings = [f.to_dict(show_evidence=True) for f in result.findings]
    cats = {f["category"] for f in findings}
    assert {"geotag", "pattern_of_life", "department_identifier", "account_registration", "operational_detail"} <= cats
    evidence = " ".join(f"{f['evidence']} {f['message']}" for f in findings)
    for term in OWN_TERMS[name]:
        assert term in evidence, term
    for other, employer in EMPLOYERS.items():
        if other != name:
            assert employer not in evidence, employer
    # every finding cites this profile's own clause for its category
    for f in findings:
        clause = profile.policy(f["category"])
        assert clause and f["policy"] == clause
    assert result.profile == name and result.policy and result.policy["title"] == profile.title
