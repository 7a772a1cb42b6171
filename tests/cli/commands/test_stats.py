"""`auditor stats`: a volunteer's `--me` summary from their own export, duplicates refused, the
aggregate as JSON, table, CSV and HTML, bad input, and `--send` through a loopback server (the
preview is byte for byte what is sent, it asks first, server errors and non-http URLs exit 2)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor import synth
from auditor.cli.app import app
from auditor.models import Category, Platform, Severity
from auditor.teams.identity import key_id
from tests.loopback import no_proxy, serve
from tests.support.stats_reports import finding, report


@pytest.fixture
def reports(tmp_path):
    paths = []
    for i in range(12):
        p = tmp_path / f"r{i}.json"
        p.write_text(
            json.dumps(
                report(finding(Category.GEOTAG), finding(Category.WORK_EMAIL, Severity.HIGH, Platform.TWITTER, n=i), person=i)
            )
        )
        paths.append(str(p))
    return paths


def test_stats_cli_writes_aggregate_to_file(reports, tmp_path):
    out = tmp_path / "summary.json"
    res = CliRunner().invoke(app, ["stats", *reports, "--own", "-o", str(out)])
    assert res.exit_code == 0, res.output
    data = json.loads(out.read_text())
    assert data["reports_combined"] == 12 and data["min_cell"] == 10
    assert data["by_platform"]["twitter"] == {"reports": 12, "findings": 12}


def test_stats_cli_bad_input_exits_2(tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_text("not json")
    res = CliRunner().invoke(app, ["stats", str(bad)])
    assert res.exit_code == 2
    assert "not a JSON scan report" in res.output


def test_stats_preview_equals_what_the_loopback_server_receives(reports, monkeypatch):
    no_proxy(monkeypatch)
    runner = CliRunner()
    preview = runner.invoke(app, ["stats", "--preview", "--own", *reports])
    assert preview.exit_code == 0
    with serve() as srv:
        res = runner.invoke(app, ["stats", "--own", *reports, "--send", f"{srv.base}/collect", "--yes"])
        assert res.exit_code == 0, res.output
    assert len(srv.posts) == 1
    path, headers, body = srv.posts[0]
    assert path == "/collect"
    assert body == preview.stdout_bytes
    assert headers["Content-Type"].startswith("application/json")
    assert json.loads(body)["kind"] == "auditor-stats"


def test_stats_send_asks_first_and_sends_nothing_on_no(reports, monkeypatch):
    no_proxy(monkeypatch)
    with serve() as srv:
        res = CliRunner().invoke(app, ["stats", "--own", reports[0], "--send", f"{srv.base}/collect"], input="n\n")
        assert res.exit_code == 1
        assert srv.posts == []
        res = CliRunner().invoke(app, ["stats", "--own", reports[0], "--send", f"{srv.base}/collect"], input="y\n")
        assert res.exit_code == 0, res.output
        assert len(srv.posts) == 1


def test_stats_send_server_error_exits_2(reports, monkeypatch):
    no_proxy(monkeypatch)
    with serve(post_status=500) as srv:
        res = CliRunner().invoke(app, ["stats", "--own", reports[0], "--send", f"{srv.base}/collect", "--yes"])
    assert res.exit_code == 2
    assert "500" in res.output


def test_stats_send_refuses_non_http_urls(reports):
    res = CliRunner().invoke(app, ["stats", "--own", reports[0], "--send", "file:///etc/passwd", "--yes"])
    assert res.exit_code == 2
    assert "http" in res.output


# ---- a volunteer's own summary, and duplicates ---------------------------------------------------

KEY = "campaign-key-for-tests-0123456789"


def export(root, handle: str, email: str) -> str:
    """A small X archive of one invented person: a geotagged post and an account email."""
    synth.twitter_archive(
        root,
        [synth.tweet("1", "Sunset from the back deck", datetime(2025, 5, 4, 9), geo=(-27.39, 153.06))],
        account={"username": handle, "email": email, "accountId": "41"},
    )
    return str(root)


@pytest.fixture
def key_file(tmp_path):
    p = tmp_path / "campaign.key"
    p.write_text(KEY + "\n")
    return str(p)


def test_stats_me_writes_counts_and_identity_only(tmp_path, key_file):
    src = export(tmp_path / "x", "quokka_example", "quokka@example.com")
    out = tmp_path / "me.json"
    res = CliRunner().invoke(app, ["stats", "--me", src, "--key-file", key_file, "-o", str(out)])
    assert res.exit_code == 0, res.output
    text = out.read_text()
    data = json.loads(text)
    assert data["kind"] == "auditor-stats-contribution" and data["by_category"]["geotag"] >= 1
    assert data["volunteer"]["key_id"] == key_id(KEY.encode())
    assert len(data["volunteer"]["accounts"]) == 2  # the handle and the account email
    for needle in ("quokka", "Sunset", "-27.39", "153.06", str(tmp_path)):
        assert needle not in text
    # the preview is the same bytes
    prev = CliRunner().invoke(app, ["stats", "--me", src, "--key-file", key_file, "--preview"])
    assert prev.stdout == text


def test_stats_me_needs_the_key_and_an_export(tmp_path, monkeypatch):
    monkeypatch.delenv("AUDITOR_STATS_KEY", raising=False)
    src = export(tmp_path / "x", "quokka_example", "quokka@example.com")
    res = CliRunner().invoke(app, ["stats", "--me", src])
    assert res.exit_code == 2 and "campaign key" in res.output
    (tmp_path / "empty").mkdir()
    monkeypatch.setenv("AUDITOR_STATS_KEY", KEY)
    res = CliRunner().invoke(app, ["stats", "--me", str(tmp_path / "empty")])
    assert res.exit_code == 2 and "recognised no export" in res.output


def test_stats_refuses_the_same_volunteer_twice_a_copy_and_a_later_export(tmp_path, key_file):
    runner = CliRunner()
    paths = []
    for i, (handle, email) in enumerate([("quokka_a", "a@example.com"), ("quokka_b", "b@example.com")]):
        out = tmp_path / f"v{i}.json"
        res = runner.invoke(
            app, ["stats", "--me", export(tmp_path / f"x{i}", handle, email), "--key-file", key_file, "-o", str(out)]
        )
        assert res.exit_code == 0, res.output
        paths.append(str(out))
    ok = runner.invoke(app, ["stats", *paths, "--key-file", key_file, "-k", "1"])
    assert ok.exit_code == 0, ok.output
    assert json.loads(ok.stdout)["volunteers"] == 2
    twice = runner.invoke(app, ["stats", paths[0], paths[0], "--key-file", key_file, "-k", "1"])
    assert twice.exit_code == 2 and "same volunteer" in twice.output
    copy = tmp_path / "copy.json"
    copy.write_text(json.dumps(json.loads(Path(paths[1]).read_text()), indent=4))  # re-saved copy
    res = runner.invoke(app, ["stats", *paths, str(copy), "--key-file", key_file, "-k", "1"])
    assert res.exit_code == 2 and f"{copy} and {paths[1]} are the same volunteer" in res.output
    # a later export of person b: a new handle but the same account email
    later = tmp_path / "later.json"
    src = export(tmp_path / "x9", "quokka_b_new", "b@example.com")
    runner.invoke(app, ["stats", "--me", src, "--key-file", key_file, "-o", str(later)])
    res = runner.invoke(app, ["stats", *paths, str(later), "--key-file", key_file, "-k", "1"])
    assert res.exit_code == 2 and "same volunteer" in res.output


def test_stats_refuses_full_reports_without_own(reports):
    res = CliRunner().invoke(app, ["stats", *reports])
    assert res.exit_code == 2 and "full scan report with content" in res.output and "--own" in res.output


@pytest.mark.parametrize(
    ("args", "marker"),
    [
        (["-o", "summary.html"], "<!DOCTYPE html>"),
        (["--format", "csv"], "dimension,cell,label,volunteers,findings,share"),
        (["-o", "summary.csv"], "dimension,cell,label,volunteers,findings,share"),
        (["--format", "table"], "12 volunteers;"),
    ],
)
def test_stats_renders_the_shared_summary(reports, tmp_path, monkeypatch, args, marker):
    monkeypatch.chdir(tmp_path)
    res = CliRunner().invoke(app, ["stats", "--own", *reports, *args])
    assert res.exit_code == 0, res.output
    text = (tmp_path / args[1]).read_text() if args[0] == "-o" else res.stdout
    assert marker in text
    assert "Twitter" in text or "twitter" in text


def test_stats_refuses_one_report_passed_ten_times(reports):
    # the case: ten copies of one report passed --min-cell 10 and published one person's counts
    res = CliRunner().invoke(app, ["stats", "--own", *[reports[0]] * 10, "--min-cell", "10"])
    assert res.exit_code == 2
    assert f"{reports[0]} is a copy of {reports[0]}" in res.output and "each person counts once" in res.output
