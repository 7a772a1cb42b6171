"""auditor.teams.stats and `auditor stats`: k-anonymity suppression, no content in the output, the
preview equal to what is sent, and the loopback upload."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from typer.testing import CliRunner

from auditor.cli.app import app
from auditor.models import Category, Finding, Platform, Position, ScanResult, Severity
from auditor.teams.stats import StatsError, aggregate, contribution, payload, to_bytes
from tests.loopback import no_proxy, serve

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


def report(*findings: Finding) -> dict:
    return ScanResult(tool_version="test", profile="dibp", findings=list(findings), inputs=[f"/home/{SECRET}"]).to_dict(
        show_evidence=True
    )


def test_contribution_counts_cells_and_months_only():
    r = report(
        finding(Category.GEOTAG), finding(Category.GEOTAG, n=1), finding(Category.UNIFORM, Severity.MEDIUM, Platform.TWITTER)
    )
    c = contribution(r)
    assert c["findings"] == 3
    assert c["by_category"] == {"geotag": 2, "uniform": 1}
    assert c["by_severity"] == {"high": 2, "medium": 1}
    assert c["by_platform"] == {"photos": 2, "twitter": 1}
    assert c["by_month"] == {"2025-05": 3}


def test_stats_output_never_carries_content_positions_names_or_days():
    r = report(*[finding(Category.GEOTAG, day=d, n=d) for d in range(1, 12)])
    blobs = [to_bytes(contribution(r)), to_bytes(aggregate([r] * 12, min_cell=10))]
    for blob in blobs:
        text = blob.decode()
        for needle in (
            "Quokka",
            "Larkspur",
            "-27.39",
            "153.06",
            "camera_roll",
            "2025-05-0",
            "2025-05-1",
            "20:17",
            "/home",
            "GEO101",
        ):
            assert needle not in text, needle
        fp = r["findings"][0]["fingerprint"]
        assert fp not in text


def test_stats_unknown_enum_values_are_counted_as_other_not_copied():
    r = report(finding(Category.GEOTAG))
    r["findings"][0]["category"] = f"geotag {SECRET}"
    r["findings"][0]["platform"] = SECRET
    r["findings"][0]["timestamp"] = f"{SECRET}"
    c = contribution(r)
    assert c["by_category"] == {"other": 1}
    assert c["by_platform"] == {"other": 1}
    assert c["by_month"] == {}
    assert SECRET not in to_bytes(c).decode()


def test_stats_suppresses_cells_fewer_than_k_reports_share():
    common = [
        report(finding(Category.GEOTAG), finding(Category.GEOTAG, n=1), finding(Category.WORK_EMAIL, n=2)) for _ in range(12)
    ]
    rare = [report(finding(Category.GEOTAG), finding(Category.UNIFORM, n=9), finding(Category.WORK_EMAIL, n=2)) for _ in range(3)]
    out = aggregate(common + rare, min_cell=10)
    assert out["reports_combined"] == 15
    assert out["by_category"]["geotag"] == {"reports": 15, "findings": 27}
    assert "uniform" not in out["by_category"]
    assert out["suppressed"]["by_category"] == 2  # uniform, and work_email as its partner
    # the same cell is published once enough reports share it
    low_k = aggregate(common + rare, min_cell=3)
    assert low_k["by_category"]["uniform"] == {"reports": 3, "findings": 3}


def test_stats_single_suppressed_cell_gets_a_partner_so_it_cannot_be_subtracted():
    reps = [report(finding(Category.GEOTAG), finding(Category.DEPARTMENT_IDENTIFIER, n=1)) for _ in range(11)]
    reps += [report(finding(Category.GEOTAG), finding(Category.UNIFORM, n=2)) for _ in range(2)]
    out = aggregate(reps, min_cell=10)
    # uniform (2 reports) is below k; without a partner, by_severity's total minus the shown
    # categories would give its findings count
    assert "uniform" not in out["by_category"]
    assert out["suppressed"]["by_category"] == 2
    assert len(out["by_category"]) == 1


def test_stats_below_k_reports_suppress_everything_and_say_so():
    out = aggregate([report(finding(Category.GEOTAG))] * 3, min_cell=10)
    assert out["reports_combined"] == 3
    assert all(out[d] == {} for d in ("by_category", "by_severity", "by_platform", "by_month"))
    assert "notice" in out and out["reports_with_findings"] is None


def test_stats_contributions_combine_like_reports():
    reps = [report(finding(Category.GEOTAG), finding(Category.UNIFORM, Severity.MEDIUM, n=d)) for d in range(10)]
    assert aggregate([contribution(r) for r in reps], 2) == aggregate(reps, 2)


def test_stats_refuses_aggregates_and_non_reports():
    agg = aggregate([report(finding(Category.GEOTAG))], 1)
    with pytest.raises(StatsError):
        aggregate([agg], 1)
    with pytest.raises(StatsError):
        contribution({"hello": "world"})
    with pytest.raises(StatsError):
        contribution({"schema_version": 99, "findings": []})


def test_stats_payload_is_contribution_for_one_report_and_aggregate_for_many():
    r = report(finding(Category.GEOTAG))
    assert payload([r])["kind"] == "auditor-stats-contribution"
    assert payload([r, r], 1)["kind"] == "auditor-stats"


# ---- CLI ------------------------------------------------------------------------------------


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
