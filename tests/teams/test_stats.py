"""auditor.teams.stats: k-anonymity suppression, no content in the output, contributions that combine.

`auditor stats` (preview, file output and the loopback upload) is tested in
tests/cli/commands/test_stats.py; the HTTP client itself in tests/teams/test_upload.py.
"""

from __future__ import annotations

import pytest

from auditor.models import Category, Platform, Severity
from auditor.teams.stats import StatsError, aggregate, contribution, payload, to_bytes
from tests.support.stats_reports import SECRET, finding, report


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
