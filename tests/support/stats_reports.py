"""Scan reports with planted content for the statistics tests (library and `auditor stats`).

Every finding carries SECRET in its path, message, evidence, link and id, so a test can assert that
none of it reaches a summary; `person` gives each report its own findings, `me` makes a
volunteer's keyed contribution. Everything here is invented. No I/O.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from auditor.models import Category, Finding, Platform, Position, ScanResult, Severity
from auditor.teams.identity import key_id, tokens
from auditor.teams.stats import contribution

SECRET = "Quokka-7731 Larkspur Lane"  # planted content that must never reach a summary


def finding(cat: Category, sev: Severity = Severity.HIGH, plat: Platform = Platform.PHOTOS, day: int = 3, n: int = 0) -> Finding:
    return Finding(
        code="GEO101",
        name="media-has-gps",
        category=cat,
        severity=sev,
        confidence=1.0,
        platform=plat,
        path=f"camera_roll/{SECRET}-{n}.jpg",
        message=f"Photo carries its GPS position near {SECRET}",
        remediation="strip it",
        evidence=f"{SECRET} -27.39421, 153.06112",
        item_id=f"id-{SECRET}-{n}",
        timestamp=datetime(2025, 5, day, 20, 17, 41, tzinfo=timezone(timedelta(hours=10))),
        url=f"https://example.com/{SECRET}",
        location=Position(-27.39421, 153.06112),
        why=f"exif {SECRET}",
        fingerprint_key=f"{SECRET}{n}",
    )


def report(*findings: Finding, person: int = 0) -> dict:
    """A scan report; `person` makes the item ids (and so the fingerprints) another person's."""
    if person:
        findings = tuple(replace(f, item_id=f"{f.item_id}-p{person}") for f in findings)
    return ScanResult(tool_version="test", profile="dibp", findings=list(findings), inputs=[f"/home/{SECRET}"]).to_dict(
        show_evidence=True
    )


def me(report_dict: dict, key: bytes, *accounts: str) -> dict:
    """A volunteer's `stats --me` contribution of report_dict, identified by the given account ids."""
    return contribution(report_dict, {"key_id": key_id(key), "accounts": tokens(key, accounts)})
