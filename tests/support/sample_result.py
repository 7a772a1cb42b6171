"""A fixed, synthetic scan result (the dict form of a ScanResult) for reporter tests and demos.

Reporters are tested against this rather than a live scan, so their golden files change only
when a reporter changes, not when a rule or source does. It covers every checklist group,
several platforms, positions and an inferred place for the map, an auto-fixable photo, errors
and notices, and one hostile post whose text, path and link try to inject markup, script and
spreadsheet formulas. Everything here is invented; no real person's data. No I/O.
"""

from __future__ import annotations

from typing import Any

from auditor.models import default_group

HOSTILE_TEXT = (
    '<script>window.__xss = 1; alert(1)</script><img src=x onerror="window.__xss=2">'
    '[click](javascript:window.__xss=3) =HYPERLINK("http://evil.test") `rm -rf` | # *bold*'
)
HOSTILE_URL = "javascript:window.__xss=4"

_POLICY = {
    "geotag": "Policy s3: geotags reveal your home and daily travel patterns; turn off location tagging.",
    "department_identifier": "Policy s2: do not identify yourself as a departmental employee.",
    "work_email": "Policy s5: no official email address or contact details.",
    "account_registration": "Policy s2: do not register private accounts with an official email address.",
    "uniform": "Policy s5: no photos of yourself or colleagues in uniform.",
    "colleague_exposure": "Policy s2 and s5: do not identify others as employees.",
    "operational_detail": "Policy s5: no discussion of current operations.",
    "pattern_of_life": "Policy s3: positions over time reveal your home and routine.",
    "metadata_identity": "Policy s3: file metadata identifies you.",
}


def _f(
    code: str,
    name: str,
    category: str,
    severity: str,
    platform: str,
    path: str,
    message: str,
    evidence: str,
    fingerprint: str,
    remediation: str = "",
    **kw: Any,
) -> dict[str, Any]:
    d: dict[str, Any] = {
        "code": code,
        "name": name,
        "category": category,
        "severity": severity,
        "confidence": kw.pop("confidence", 0.9),
        "platform": platform,
        "path": path,
        "item_id": kw.pop("item_id", None),
        "timestamp": kw.pop("timestamp", None),
        "url": kw.pop("url", None),
        "location": kw.pop("location", None),
        "evidence": evidence,
        "message": message,
        "remediation": remediation or "Remove it from the platform.",
        "why": kw.pop("why", ""),
        "policy": _POLICY.get(category, ""),
        "fix": kw.pop("fix", "manual"),
        # the checklist section, as the engine resolves it (a category's default unless given)
        "group": kw.pop("group", None) or default_group(category),
        "fingerprint": fingerprint,
    }
    d.update(kw)
    return d


def sample_result() -> dict[str, Any]:
    """The fixed result: evidence unredacted, as `ScanResult.to_dict(show_evidence=True)` gives it."""
    findings = [
        _f(
            "ACC101",
            "account-registered-with-work-email",
            "account_registration",
            "high",
            "twitter",
            "x-archive/data/account.js",
            "This twitter account is registered with work email jo.citizen@dept.example.gov.au",
            "jo.citizen@dept.example.gov.au",
            "fp00000000000000000000000000acc1",
            timestamp="2019-05-01T09:00:00+00:00",
            why="account email uses work domain dept.example.gov.au",
        ),
        _f(
            "DEP101",
            "department-identified",
            "department_identifier",
            "high",
            "linkedin",
            "linkedin/Positions.csv",
            'Your linkedin profile (experience) names the Department: "Border Force Officer"',
            "Border Force Officer",
            "fp00000000000000000000000000dep1",
            group="profiles",  # a profile field
            why='role term "Border Force Officer"',
        ),
        _f(
            "GEO101",
            "media-has-gps",
            "geotag",
            "high",
            "photos",
            "camera_roll/IMG_0001.jpg",
            "Photo carries its GPS position (-33.952389, 151.137100) in its exif metadata",
            "-33.952389, 151.137100",
            "fp00000000000000000000000000geo1",
            timestamp="2025-04-01T21:15:00+10:00",
            location={"lat": -33.9523889, "lon": 151.1371},
            why="exif GPS position -33.952389, 151.137100",
            fix="auto",
            confidence=1.0,
        ),
        _f(
            "GEO101",
            "media-has-gps",
            "geotag",
            "high",
            "photos",
            "camera_roll/IMG 0002 (copy).jpg",
            "Photo carries its GPS position (-33.939939, 151.175339) in its exif metadata",
            "-33.939939, 151.175339",
            "fp00000000000000000000000000geo2",
            timestamp="2025-04-02T08:05:00+10:00",
            location={"lat": -33.939939, "lon": 151.175339},
            why="exif GPS position -33.939939, 151.175339",
            fix="auto",
            confidence=1.0,
        ),
        _f(
            "GEO102",
            "post-geotagged",
            "geotag",
            "medium",
            "instagram",
            "instagram/content/posts_1.json",
            "Post is tagged with a location: -33.8688, 151.2093",
            "-33.8688, 151.2093",
            "fp00000000000000000000000000geo3",
            timestamp="2024-12-24T18:00:00+11:00",
            url="https://www.instagram.com/p/EXAMPLE123/",
            location={"lat": -33.8688, "lon": 151.2093},
            item_id="1799",
        ),
        _f(
            "POL201",
            "inferred-home",
            "pattern_of_life",
            "critical",
            "photos",
            "camera_roll",
            "Likely home: 14 photos taken at night within 150 m",
            "14 photos, 21:00-06:00",
            "fp00000000000000000000000000pol1",
            location={"lat": -33.9524, "lon": 151.1371},
            why="cluster of 14 night-time positions",
        ),
        _f(
            "OPS101",
            "operational-detail",
            "operational_detail",
            "medium",
            "facebook",
            "facebook/your_activity_across_facebook/posts/your_posts_1.json",
            "Post discusses a seizure at work",
            "big seizure at the wharf today, 3 arrested",
            "fp00000000000000000000000000ops1",
            timestamp="2025-02-03T17:30:00+11:00",
            url="https://www.facebook.com/example/posts/100",
            item_id="100",
        ),
        _f(
            "UNI101",
            "uniform-in-work-context",
            "uniform",
            "medium",
            "twitter",
            "x-archive/data/tweets.js",
            'Post mentions a work uniform or insignia ("uniform")',
            "first day in uniform at the airport",
            "fp00000000000000000000000000uni1",
            timestamp="2025-01-10T07:00:00+00:00",
            url="https://x.com/example/status/1000",
            item_id="1000",
        ),
        _f(
            "COL101",
            "colleague-tagged",
            "colleague_exposure",
            "low",
            "facebook",
            "facebook/your_activity_across_facebook/posts/your_posts_1.json",
            "Post tags 2 people with a department term",
            "Sam Example, Alex Example",
            "fp00000000000000000000000000col1",
            item_id="101",
        ),
        _f(
            "CON102",
            "work-email-posted",
            "work_email",
            "info",
            "reddit",
            "reddit/comments.csv",
            HOSTILE_TEXT,
            HOSTILE_TEXT,
            "fp00000000000000000000000000xss1",
            url=HOSTILE_URL,
            why=HOSTILE_TEXT,
            remediation="<b>Delete</b> the comment & check =1+1",
        ),
        _f(
            "MET101",
            "camera-owner-name",
            "metadata_identity",
            "low",
            "photos",
            "camera_roll/<img src=x onerror=window.__xss=5>.jpg",
            "Photo metadata names its owner: Jo Citizen",
            "Jo Citizen",
            "fp00000000000000000000000000met1",
            fix="auto",
        ),
    ]
    by_sev = {"critical": 0, "high": 0, "medium": 0, "low": 0, "info": 0}
    by_cat: dict[str, int] = {}
    by_plat: dict[str, int] = {}
    for f in findings:
        by_sev[f["severity"]] += 1
        by_cat[f["category"]] = by_cat.get(f["category"], 0) + 1
        by_plat[f["platform"]] = by_plat.get(f["platform"], 0) + 1
    return {
        "schema_version": 1,
        "tool_version": "0.0.0-test",
        "profile": "testorg",
        "inputs": ["exports/jo"],
        "summary": {
            "total": len(findings),
            "by_severity": by_sev,
            "by_category": dict(sorted(by_cat.items())),
            "by_platform": dict(sorted(by_plat.items())),
        },
        "findings": findings,
        "errors": [{"path": "x-archive/data/broken.js", "reason": "not valid JSON: <unexpected> token"}],
        "stats": {"twitter": {"files": 3, "items": 40}, "photos": {"files": 3, "items": 3}, "total": {"files": 9, "items": 60}},
        "coverage": [{"platform": "twitter", "root": "x-archive"}],
        "notices": ["1 finding(s) accepted in the baseline are not shown"],
        "policy": {"name": "Test organisation social media policy", "title": "Test organisation", "clauses": dict(_POLICY)},
    }
