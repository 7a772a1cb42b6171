"""The JSON contract of `auditor scan --format json` and the CLI's exit codes.

Runs the command line in process through `auditor.cli.main(argv)`; two tests start the real
`python -m auditor` so the module entry point (and its exit code) stays covered.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
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


def run_process(*args, input=None):
    return subprocess.run([sys.executable, "-m", "auditor", *args], capture_output=True, text=True, input=input, timeout=300)


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
    import shutil

    copy = tmp_path / "elsewhere" / "sample_data"
    shutil.copytree(SAMPLE, copy)
    again = json.loads(run("scan", str(copy), "--format", "json").stdout)
    assert sorted(f["fingerprint"] for f in again["findings"]) == sorted(f["fingerprint"] for f in sample_report["findings"])


def test_contract_evidence_is_redacted_by_default(sample_report):
    emails = [f for f in sample_report["findings"] if f["category"] == "work_email"]
    assert emails and all("abf.gov.au" not in f["evidence"] for f in emails)
    for f in sample_report["findings"]:
        assert WORK_EMAIL not in f["message"] + f["evidence"] + f.get("why", "")


def test_contract_output_file(tmp_path):
    out = tmp_path / "r.json"
    p = run("scan", str(SAMPLE / "twitter-2025-06-01-archive"), "--format", "json", "-o", str(out))
    assert p.returncode == 0 and p.stdout == ""
    validate(json.loads(out.read_text()))


def test_cli_fail_on_exit_codes():
    assert run_process("scan", str(SAMPLE), "--format", "json", "--fail-on", "high").returncode == 1
    assert run("scan", str(SAMPLE), "--format", "json").returncode == 0


def test_cli_fail_on_passes_when_nothing_at_threshold(tmp_path):
    (tmp_path / "notes.txt").write_text("nothing here")
    assert run("scan", str(tmp_path), "--fail-on", "low", "-q").returncode == 0


@pytest.mark.parametrize(
    "args,needle",
    [
        (["scan", "/no/such/path"], "no such file"),
        (["scan", ".", "--profile", "nonexistent"], "unknown profile"),
        (["scan", ".", "--profile", "missing.toml"], "not found"),
        (["scan", ".", "--format", "xml"], "Invalid value"),
        (["scan"], "Missing argument"),
        (["no-such-command"], "No such command"),
    ],
)
def test_cli_bad_input_is_one_line_exit_2(args, needle):
    p = run(*args)
    assert p.returncode == 2
    assert needle in p.stderr
    assert "Traceback" not in p.stderr
    assert len(p.stderr.strip().splitlines()) == 1


def test_cli_bad_profile_file_is_exit_2(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[organisation]\nnames = 'not a list'\n")
    p = run("scan", str(SAMPLE), "--profile", str(bad))
    assert p.returncode == 2 and "organisation.names" in p.stderr and "Traceback" not in p.stderr


def test_cli_custom_profile_extends_builtin(tmp_path):
    prof = tmp_path / "team.toml"
    prof.write_text('[profile]\nname = "team"\nextends = "dibp"\n[organisation]\nunits = ["Biscuit Squad"]\n')
    d = tmp_path / "x"
    d.mkdir()
    (d / "data").mkdir()
    from auditor import synth

    synth.twitter_archive(
        d,
        [synth.tweet("1", "Biscuit Squad reunion at the Australian Border Force club", datetime(2025, 1, 1))],
        account={"username": "u"},
    )
    report = json.loads(run("scan", str(d), "--profile", str(prof), "--format", "json").stdout)
    assert report["profile"] == "team"
    terms = {f["evidence"] for f in report["findings"] if f["category"] == "department_identifier"}
    assert len(terms) == 2  # the team's unit and the built-in name


def test_cli_markdown_checklist(tmp_path):
    p = run("scan", str(SAMPLE), "--format", "markdown")
    assert p.returncode == 0
    assert p.stdout.startswith("# ")
    assert "- [ ]" in p.stdout and "DIBP I&G" in p.stdout


def test_cli_terminal_summary_when_piped():
    p = run_process("scan", str(SAMPLE))
    assert p.returncode == 0
    assert "category" in p.stdout and "geotag" in p.stdout and "- [ ]" in p.stdout
    assert "\x1b[" not in p.stdout  # no colour codes when piped


def test_cli_main_returns_the_exit_code_and_never_exits():
    from auditor.cli import main

    assert main(["check", "Beach day with the kids"]) == 0
    assert main(["scan", "/no/such/path"]) == 2
    assert main(["no-such-command"]) == 2
