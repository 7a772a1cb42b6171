"""Preparing a result to show: the one redaction rule, coarse positions, hiding baselined findings.

The planted-secret tests render every output format (terminal with the full checklist,
Markdown, HTML, CSV, JSON) of the redacted view and look for each secret in each of them.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from auditor.reporters.output import FORMATS, RenderOptions, render, show
from auditor.reporters.prepare import EVIDENCE_MASK, prepare, third_parties
from tests.support.sample_result import sample_result

GOLDEN_EVIDENCE = Path(__file__).resolve().parent.parent / "golden" / "sample_scan_evidence.json"


def _by_fp(data: dict) -> dict[str, dict]:
    return {f["fingerprint"]: f for f in data["findings"]}


def _f(code: str, category: str, message: str, evidence: str, why: str, fp: str, **kw) -> dict:
    d = {
        "code": code,
        "name": code.lower(),
        "category": category,
        "severity": kw.pop("severity", "high"),
        "confidence": 1.0,
        "platform": kw.pop("platform", "facebook"),
        "path": kw.pop("path", "facebook/posts/your_posts_1.json"),
        "item_id": None,
        "timestamp": "2025-05-01T08:00:00+10:00",
        "url": None,
        "location": kw.pop("location", None),
        "evidence": evidence,
        "message": message,
        "remediation": "Remove it.",
        "why": why,
        "policy": "Policy s2.",
        "fix": "manual",
        "group": kw.pop("group", "posts"),
        "fingerprint": fp,
    }
    d.update(kw)
    return d


def planted() -> dict:
    """A result with third parties, contact details and exact positions in every kind of field."""
    findings = [
        _f(
            "COL101",
            "colleague_exposure",
            "Post identifies a colleague (Tash Brennick) in a work context",
            "Night shift with Tash Brennick and @omar.velloza at the terminal",
            "person reference 'Tash Brennick', '@omar.velloza' with work-relationship word \"shift\"",
            "fp-col",
            group="tags",
            path="facebook/messages/inbox/tashbrennick_1000/message_1.json",
        ),
        _f(
            "COL101",
            "colleague_exposure",
            "Your LinkedIn connections include Jess Tamberlin, listed at the Department",
            "Jess Tamberlin: Border Force Officer",
            'connection listed at "Border Force Officer"',
            "fp-con",
            group="tags",
            platform="linkedin",
            url="https://www.linkedin.com/in/jess-tamberlin-example",
        ),
        _f(
            "CON101",
            "work_email",
            "Work email address posted (obfuscated): morgan.q@dept.example.gov.au",
            "morgan.q@dept.example.gov.au",
            'domains term "dept.example.gov.au" in "email me morgan dot q at dept dot example dot gov dot au"',
            "fp-spoken",
        ),
        _f(
            "CON201",
            "work_contact",
            "Work phone number posted: 0412 345 678",
            "0412 345 678",
            'phone number 0412 345 678 with work context "work mobile"',
            "fp-phone",
        ),
        _f(
            "ACC101",
            "account_registration",
            "This Twitter account is registered with work email morgan.q@dept.example.gov.au",
            "morgan.q@dept.example.gov.au",
            "account email uses work domain dept.example.gov.au",
            "fp-acc",
            group="profiles",
            platform="twitter",
        ),
        _f(
            "GEO101",
            "geotag",
            "Photo carries its GPS position (-27.384211, 153.117523) in its exif metadata",
            "-27.384211, 153.117523",
            "exif GPS position -27.384211, 153.117523",
            "fp-geo",
            group="photos",
            platform="photos",
            path="camera_roll/IMG_0001.jpg",
            location={"lat": -27.384211, "lon": 153.117523},
        ),
        _f(
            "POL102",
            "pattern_of_life",
            "Likely workplace: Brisbane Airport (Brisbane Airport QLD). 51 positions on 20 days.",
            "Brisbane Airport (-27.384211, 153.117523) within 25 m",
            "51 positions within 25 m of -27.384211, 153.117523 on 20 distinct days",
            "fp-pol",
            severity="critical",
            group="photos",
            platform="google",
            location={"lat": -27.384211, "lon": 153.117523},
            inference="workplace",
            place="Brisbane Airport QLD",
            remove_first_count=2,
            remove_first=[{"path": "camera_roll/IMG_0001.jpg", "note": "tagged with @omar.velloza"}],
        ),
    ]
    return {"profile": "dibp", "inputs": ["export"], "findings": findings, "notices": ["Ring Tash Brennick on 0412 345 678"]}


SECRETS = [
    "Tash",
    "Brennick",
    "tashbrennick",
    "jess-tamberlin",
    "morgan dot q",
    "omar.velloza",
    "Jess Tamberlin",
    "0412 345 678",
    "morgan.q@dept.example.gov.au",
    "27.384",
    "153.117",
]


def _every_format(data: dict, options: RenderOptions) -> dict[str, str]:
    out = {fmt: render(data, fmt, options) for fmt in FORMATS}
    buf = io.StringIO()
    show(data, Console(file=buf, width=200, color_system=None), options, full=True)
    out["terminal (shown)"] = buf.getvalue()
    return out


@pytest.mark.parametrize("secret", SECRETS)
def test_prepare_redacted_view_hides_every_planted_secret_in_every_format(secret: str) -> None:
    for fmt, text in _every_format(planted(), RenderOptions(redact=True)).items():
        assert secret not in text, (fmt, secret)


def test_prepare_owner_view_shows_the_owners_words_and_places_in_every_format() -> None:
    for fmt, text in _every_format(planted(), RenderOptions()).items():
        # the owner finds the post by what it says: nothing half-masked
        assert "Brisbane Airport" in text and "0412 345 678" in text, fmt
        assert "B*******e" not in text and "0**2" not in text, fmt


def test_prepare_redacted_view_of_the_sample_scan_hides_the_personas_colleagues_and_contacts() -> None:
    data = json.loads(GOLDEN_EVIDENCE.read_text(encoding="utf-8"))
    raw = json.dumps(data)
    secrets = ["Tash Brennick", "Omar Velloza", "Jess Tamberlin", "@tash.brennick", "@jtamberlin", "quillfeather@abf.gov.au"]
    assert all(s in raw for s in secrets)  # they are there to hide
    for fmt, text in _every_format(data, RenderOptions(redact=True)).items():
        for s in secrets:
            assert s not in text, (fmt, s)


def test_prepare_redacted_view_keeps_what_was_found_and_why() -> None:
    out = _by_fp(prepare(planted(), redact=True))
    assert out["fp-col"]["message"] == "Post identifies a colleague ([person]) in a work context"
    assert out["fp-phone"]["message"] == "Work phone number posted: [phone]"
    assert out["fp-acc"]["message"].endswith("work email [email]")
    assert all(f["evidence"] == EVIDENCE_MASK for f in out.values())
    assert out["fp-geo"]["location"] == {"lat": -27.38, "lon": 153.12}
    assert "(-27.38, 153.12)" in out["fp-geo"]["message"]
    assert out["fp-pol"]["message"].startswith("Likely workplace: Brisbane Airport")  # the conclusion stays
    assert out["fp-pol"]["remove_first"][0]["note"] == "tagged with @[person]"  # nested lists too
    assert out["fp-pol"]["timestamp"] == "2025-05-01T08:00:00+10:00"  # times and ids untouched


def test_prepare_check_style_json_never_masks_evidence_and_shows_it_in_the_message() -> None:
    # the issue: evidence masked while message and why printed the same phone number
    f = _by_fp(prepare(planted()))["fp-phone"]
    assert f["evidence"] == "0412 345 678" and "0412 345 678" in f["message"] and "0412 345 678" in f["why"]
    g = _by_fp(prepare(planted(), redact=True))["fp-phone"]
    assert "0412" not in json.dumps(g)


def test_third_parties_never_counts_the_owner() -> None:
    findings = planted()["findings"]
    names = third_parties(findings)
    assert {"Tash Brennick", "@omar.velloza", "Jess Tamberlin", "Tash", "Brennick"} <= set(names)
    assert "Tash Brennick" not in third_parties(findings, own={"tash brennick"})


def test_prepare_does_not_change_its_input() -> None:
    raw = sample_result()
    before = json.dumps(raw, sort_keys=True)
    prepare(raw, redact=True, coarse=True, baseline={"fp00000000000000000000000000acc1"})
    assert json.dumps(raw, sort_keys=True) == before


def test_prepare_redaction_is_the_same_from_a_saved_redacted_result() -> None:
    once = prepare(planted(), redact=True)
    assert prepare(once, redact=True)["findings"] == once["findings"]
    assert prepare(once)["report"]["view"] == "redacted"  # a saved redacted result says so


def test_prepare_owner_view_is_the_default_and_says_so() -> None:
    out = prepare(sample_result())
    assert _by_fp(out)["fp00000000000000000000000000acc1"]["evidence"] == "jo.citizen@dept.example.gov.au"
    assert out["report"]["view"] == "owner" and out["report"]["evidence"] == "shown"
    assert prepare(sample_result(), redact=True)["report"]["view"] == "redacted"


def test_prepare_coarse_rounds_positions_everywhere() -> None:
    out = prepare(sample_result(), coarse=True)
    geo = _by_fp(out)["fp00000000000000000000000000geo1"]
    assert geo["location"] == {"lat": -33.95, "lon": 151.14}
    assert "-33.952389" not in json.dumps(out) and "151.137100" not in json.dumps(out)
    assert "(-33.95, 151.14)" in geo["message"]
    assert geo["timestamp"] == "2025-04-01T21:15:00+10:00"  # only coordinates are touched
    assert out["report"]["positions"] == "coarse"


def test_prepare_baseline_hides_accepted_findings_and_counts_them() -> None:
    fps = {"fp00000000000000000000000000acc1", "fp00000000000000000000000000geo1", "not-in-result"}
    out = prepare(sample_result(), baseline=fps)
    assert not fps & set(_by_fp(out))
    assert out["report"]["baseline_hidden"] == 2
    assert out["summary"]["total"] == len(sample_result()["findings"]) - 2


def test_prepare_redacted_view_masks_a_posts_safer_wording_like_its_evidence() -> None:
    data = json.loads(GOLDEN_EVIDENCE.read_text(encoding="utf-8"))
    reworded = [f for f in data["findings"] if f.get("rewrite")]
    assert reworded  # the sample's posts carry one
    out = prepare(data, redact=True)
    assert all(f.get("rewrite") in (None, EVIDENCE_MASK) for f in out["findings"])
    assert any(f.get("rewrite") for f in prepare(data)["findings"])  # the owner's view shows it
