"""The JSON contract of `auditor scan --format json`: every field, type and enum value a consumer
may rely on, stable fingerprints and redacted evidence.

Runs the command line in process through `auditor.cli.main(argv)`. The rest of `auditor scan`
(exit codes, profiles, other formats) is tested in tests/cli/commands/test_scan.py.
"""

from __future__ import annotations

import json
import re
import shutil
from datetime import datetime

import pytest

from auditor.demo.persona import WORK_EMAIL
from tests.conftest import SAMPLE
from tests.support.cli import run_cli

CATEGORIES = {
    "geotag",
    "department_identifier",
    "work_email",
    "work_contact",
    "uniform",
    "location_mention",
    "operational_detail",
    "colleague_exposure",
    "official_comment",
    "account_registration",
    "pattern_of_life",
    "identity_document",
    "metadata_identity",
}
SEVERITIES = {"critical", "high", "medium", "low", "info"}
PLATFORMS = {
    "facebook",
    "instagram",
    "twitter",
    "linkedin",
    "google",
    "tiktok",
    "mastodon",
    "reddit",
    "whatsapp",
    "snapchat",
    "strava",
    "photos",
}


def run(*args, input=None):
    return run_cli(*args, input=input)


@pytest.fixture(scope="module")
def sample_report():
    p = run("scan", str(SAMPLE), "--format", "json")
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout)


def validate(report: dict) -> None:
    assert isinstance(report["schema_version"], int)
    assert isinstance(report["tool_version"], str) and report["tool_version"]
    assert isinstance(report["profile"], str) and report["profile"]
    assert isinstance(report["findings"], list)
    assert isinstance(report["errors"], list)
    assert isinstance(report["stats"], dict)
    for f in report["findings"]:
        for key in (
            "code",
            "category",
            "severity",
            "platform",
            "path",
            "item_id",
            "timestamp",
            "url",
            "location",
            "evidence",
            "message",
            "remediation",
            "fingerprint",
        ):
            assert key in f, f"finding lacks {key}: {f}"
        assert re.fullmatch(r"[A-Z]{3}\d{3}", f["code"])
        assert f["category"] in CATEGORIES
        assert f["severity"] in SEVERITIES
        assert f["platform"] in PLATFORMS
        assert isinstance(f["path"], str) and "\\" not in f["path"] and not f["path"].startswith("/")
        assert f["item_id"] is None or isinstance(f["item_id"], str)
        if f["timestamp"] is not None:
            ts = datetime.fromisoformat(f["timestamp"])
            assert (
                ts.tzinfo is not None
                or f.get("naive_time")
                or f["category"] in ("geotag", "metadata_identity", "pattern_of_life")
            )
        if f["location"] is not None:
            assert set(f["location"]) == {"lat", "lon"}
            assert all(isinstance(v, float) for v in f["location"].values())
        assert isinstance(f["fingerprint"], str) and len(f["fingerprint"]) >= 16
        assert f["group"] in {"profiles", "photos", "posts", "tags"}
        assert f["message"] and f["remediation"]
    for e in report["errors"]:
        assert set(e) >= {"path", "reason"}


def test_contract_sample_report_is_valid(sample_report):
    validate(sample_report)


def test_contract_sample_has_the_first_categories(sample_report):
    cats = {f["category"] for f in sample_report["findings"]}
    assert {"geotag", "department_identifier", "work_email", "uniform", "location_mention"} <= cats


def test_contract_tweet_findings_carry_id_and_permalink(sample_report):
    tweets = [
        f
        for f in sample_report["findings"]
        if f["platform"] == "twitter" and f["path"].endswith(("tweets.js", "tweets-part1.js"))
    ]
    assert tweets
    for f in tweets:
        assert f["item_id"] and f["item_id"].isdigit()
        assert f["url"].endswith("/status/" + f["item_id"])


def test_contract_fingerprints_are_stable_and_independent_of_location(tmp_path, sample_report):
    copy = tmp_path / "elsewhere" / "sample_data"
    shutil.copytree(SAMPLE, copy)
    again = json.loads(run("scan", str(copy), "--format", "json").stdout)
    assert sorted(f["fingerprint"] for f in again["findings"]) == sorted(f["fingerprint"] for f in sample_report["findings"])


def test_contract_owners_view_by_default_and_redacted_on_request(sample_report):
    # the owner's view: evidence as matched, never masked in one field and printed in another
    emails = [f for f in sample_report["findings"] if f["category"] == "work_email"]
    assert emails and all("abf.gov.au" in f["evidence"] for f in emails)
    assert sample_report["report"]["view"] == "owner"
    p = run("scan", str(SAMPLE / "twitter-2025-06-01-archive"), "--format", "json", "--redact")
    shared = json.loads(p.stdout)
    assert shared["report"]["view"] == "redacted" and shared["findings"]
    assert WORK_EMAIL not in p.stdout
    assert all(f["evidence"] in ("", "[redacted]") for f in shared["findings"])


def test_contract_output_file(tmp_path):
    out = tmp_path / "r.json"
    p = run("scan", str(SAMPLE / "twitter-2025-06-01-archive"), "--format", "json", "-o", str(out))
    # the report goes to the file; the terminal gets the summary and, last, what was written
    assert p.returncode == 0 and p.stdout.rstrip().endswith(f"Wrote {out} (JSON result: 'auditor report' re-renders it)")
    assert "{" not in p.stdout
    validate(json.loads(out.read_text()))
