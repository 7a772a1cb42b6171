"""auditor.teams.gate: nothing recognised fails, each profile check fails on its own findings,
accepted findings are excused, the profile chooses the checks, and the record says who, when,
what and which answers were only self-attested."""

from __future__ import annotations

import pytest

from auditor.config import load_profile
from auditor.config.profile import Profile
from auditor.models import Category, Platform, Severity
from auditor.teams import gate
from tests.support.stats_reports import finding, report

DIBP = load_profile("dibp")
QLD = load_profile("qld")


def scanned(*findings) -> dict:
    r = report(*findings)
    r["coverage"] = [{"platform": "twitter", "root": "x", "items": 3}]
    return r


def outcome(result: gate.GateResult, cid: str) -> gate.Outcome:
    return next(o for o in result.outcomes if o.id == cid)


def test_gate_fails_a_scan_that_recognised_nothing():
    res = gate.evaluate(report(), QLD)
    assert not res.passed and not res.recognised
    assert "recognised no export" in res.notices[0]
    assert gate.evaluate(scanned(), QLD).passed


def test_gate_work_email_account_fails_with_the_profiles_clause():
    res = gate.evaluate(scanned(finding(Category.ACCOUNT_REGISTRATION, Severity.MEDIUM, Platform.TWITTER)), QLD)
    assert not res.passed
    o = outcome(res, "work-email-accounts")
    assert not o.passed and o.count == 1 and o.platforms == ["twitter"]
    assert o.policy.startswith("CCC")
    assert outcome(res, "unfixed-high").passed  # medium only


def test_gate_public_geotag_but_not_the_camera_roll_or_a_message():
    camera = finding(Category.GEOTAG, Severity.HIGH, Platform.PHOTOS)
    dm = finding(Category.GEOTAG, Severity.MEDIUM, Platform.WHATSAPP, n=1)
    post = finding(Category.GEOTAG, Severity.HIGH, Platform.INSTAGRAM, n=2)
    assert outcome(gate.evaluate(scanned(camera, dm), QLD), "public-geotags").passed
    assert not outcome(gate.evaluate(scanned(dm, post), QLD), "public-geotags").passed


def test_gate_accepted_findings_do_not_fail():
    r = scanned(finding(Category.UNIFORM, Severity.HIGH, Platform.TWITTER))
    assert not gate.evaluate(r, QLD).passed
    assert gate.evaluate(r, QLD, {r["findings"][0]["fingerprint"]}).passed


def test_gate_checks_come_from_the_profile():
    assert gate.checks_for(QLD) == list(gate.DEFAULT_CHECKS)
    assert "unfixed-critical" in gate.checks_for(DIBP)
    lenient = Profile("team", "Team", "", {"onboarding": {"checks": ["unfixed-critical"]}})
    r = scanned(finding(Category.UNIFORM, Severity.HIGH, Platform.TWITTER))
    assert gate.evaluate(r, lenient).passed
    with pytest.raises(gate.GateError, match="unknown onboarding check"):
        gate.checks_for(Profile("bad", "Bad", "", {"onboarding": {"checks": ["vibes"]}}))


def test_gate_record_names_who_when_what_and_marks_self_attested():
    res = gate.evaluate(scanned(finding(Category.ACCOUNT_REGISTRATION, Severity.HIGH, Platform.TWITTER)), QLD)
    meta = {"tool_version": "9.9", "profile": "qld"}
    kw = dict(name="Sam Example-Ng", date="2026-01-02", tool_version="1.2.3", profile=QLD, report_name="scan.json")
    text = gate.record(res, **kw, report_sha256="ab" * 32, report_meta=meta, answers={"camera-geotags": True})
    for needle in ("Name (as given): Sam Example-Ng", "Date: 2026-01-02", "auditor 1.2.3", "Profile: qld", "ab" * 32, "FAIL"):
        assert needle in text
    assert "- [x] Camera does not record location in photos and videos (`camera-geotags`): self-attested" in text
    assert "(`location-history`): self-attested" in text and "- [ ] Location history" in text
    unasked = gate.record(res, **kw, report_sha256="00", report_meta=meta, answers=None)
    assert "not asked" in unasked
    assert all(c.id != "scan-clean" for c in gate.self_attested())
