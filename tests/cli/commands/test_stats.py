"""`auditor stats`: the aggregate written to a file, bad input, and `--send` through a loopback server
(the preview is byte for byte what is sent, it asks first, server errors and non-http URLs exit 2)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from auditor.cli.app import app
from auditor.models import Category, Platform, Severity
from tests.loopback import no_proxy, serve
from tests.support.stats_reports import finding, report


@pytest.fixture
def reports(tmp_path):
    paths = []
    for i in range(12):
        p = tmp_path / f"r{i}.json"
        p.write_text(
            json.dumps(report(finding(Category.GEOTAG), finding(Category.WORK_EMAIL, Severity.HIGH, Platform.TWITTER, n=i)))
        )
        paths.append(str(p))
    return paths


def test_stats_cli_writes_aggregate_to_file(reports, tmp_path):
    out = tmp_path / "summary.json"
    res = CliRunner().invoke(app, ["stats", *reports, "-o", str(out)])
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
    preview = runner.invoke(app, ["stats", "--preview", reports[0]])
    assert preview.exit_code == 0
    with serve() as srv:
        res = runner.invoke(app, ["stats", reports[0], "--send", f"{srv.base}/collect", "--yes"])
        assert res.exit_code == 0, res.output
    assert len(srv.posts) == 1
    path, headers, body = srv.posts[0]
    assert path == "/collect"
    assert body == preview.stdout_bytes
    assert headers["Content-Type"].startswith("application/json")
    assert json.loads(body)["kind"] == "auditor-stats-contribution"


def test_stats_send_asks_first_and_sends_nothing_on_no(reports, monkeypatch):
    no_proxy(monkeypatch)
    with serve() as srv:
        res = CliRunner().invoke(app, ["stats", reports[0], "--send", f"{srv.base}/collect"], input="n\n")
        assert res.exit_code == 1
        assert srv.posts == []
        res = CliRunner().invoke(app, ["stats", reports[0], "--send", f"{srv.base}/collect"], input="y\n")
        assert res.exit_code == 0, res.output
        assert len(srv.posts) == 1


def test_stats_send_server_error_exits_2(reports, monkeypatch):
    no_proxy(monkeypatch)
    with serve(post_status=500) as srv:
        res = CliRunner().invoke(app, ["stats", reports[0], "--send", f"{srv.base}/collect", "--yes"])
    assert res.exit_code == 2
    assert "500" in res.output


def test_stats_send_refuses_non_http_urls(reports):
    res = CliRunner().invoke(app, ["stats", reports[0], "--send", "file:///etc/passwd", "--yes"])
    assert res.exit_code == 2
    assert "http" in res.output
