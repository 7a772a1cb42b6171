"""auditor.teams.stats: k-anonymity suppression, no content in the output, contributions that combine.

`auditor stats` (preview, file output and the loopback upload) is tested in
tests/cli/commands/test_stats.py; the HTTP client itself in tests/teams/test_upload.py.
"""

from __future__ import annotations

import json

import pytest

from auditor.models import Category, Platform, Severity
from auditor.teams.identity import key_id
from auditor.teams.stats import DuplicateError, StatsError, aggregate, contribution, payload, to_bytes
from tests.support.stats_reports import SECRET, finding, me, report

KEY = b"campaign-key-for-tests-0123456789"


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
    reps = [report(*[finding(Category.GEOTAG, day=d, n=d) for d in range(1, 12)], person=p) for p in range(12)]
    blobs = [to_bytes(contribution(r)), to_bytes(aggregate(reps, min_cell=10, own=True))]
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
        report(finding(Category.GEOTAG), finding(Category.GEOTAG, n=1), finding(Category.WORK_EMAIL, n=2), person=p)
        for p in range(12)
    ]
    rare = [
        report(finding(Category.GEOTAG), finding(Category.UNIFORM, n=9), finding(Category.WORK_EMAIL, n=2), person=p)
        for p in range(12, 15)
    ]
    out = aggregate(common + rare, min_cell=10, own=True)
    assert out["reports_combined"] == 15
    assert out["by_category"]["geotag"] == {"reports": 15, "findings": 27}
    assert "uniform" not in out["by_category"]
    assert out["suppressed"]["by_category"] == 2  # uniform, and work_email as its partner
    # the same cell is published once enough reports share it
    low_k = aggregate(common + rare, min_cell=3, own=True)
    assert low_k["by_category"]["uniform"] == {"reports": 3, "findings": 3}


def test_stats_single_suppressed_cell_gets_a_partner_so_it_cannot_be_subtracted():
    reps = [report(finding(Category.GEOTAG), finding(Category.DEPARTMENT_IDENTIFIER, n=1), person=p) for p in range(11)]
    reps += [report(finding(Category.GEOTAG), finding(Category.UNIFORM, n=2), person=p) for p in range(11, 13)]
    out = aggregate(reps, min_cell=10, own=True)
    # uniform (2 reports) is below k; without a partner, by_severity's total minus the shown
    # categories would give its findings count
    assert "uniform" not in out["by_category"]
    assert out["suppressed"]["by_category"] == 2
    assert len(out["by_category"]) == 1


def test_stats_below_k_reports_suppress_everything_and_say_so():
    out = aggregate([report(finding(Category.GEOTAG), person=p) for p in range(3)], min_cell=10, own=True)
    assert out["reports_combined"] == 3
    assert all(out[d] == {} for d in ("by_category", "by_severity", "by_platform", "by_month", "by_fix"))
    assert "notice" in out and out["reports_with_findings"] is None


def test_stats_contributions_combine_like_reports():
    reps = [report(finding(Category.GEOTAG), finding(Category.UNIFORM, Severity.MEDIUM, n=d), person=d) for d in range(10)]
    mine = [me(r, KEY, f"twitter:username:volunteer{i}") for i, r in enumerate(reps)]
    assert aggregate(mine, 2, key_id=key_id(KEY)) == aggregate(reps, 2, own=True)


def test_stats_refuses_aggregates_and_non_reports():
    agg = aggregate([report(finding(Category.GEOTAG))], 1, own=True)
    with pytest.raises(StatsError):
        aggregate([agg], 1, own=True)
    with pytest.raises(StatsError):
        contribution({"hello": "world"})
    with pytest.raises(StatsError):
        contribution({"schema_version": 99, "findings": []})


def test_stats_payload_is_contribution_for_one_report_and_aggregate_for_many():
    r = report(finding(Category.GEOTAG))
    mine = me(r, KEY, "email:a@example.com")
    assert payload([mine]) == mine
    other = me(report(finding(Category.GEOTAG), person=1), KEY, "email:b@example.com")
    assert payload([mine, other], 1, key_id=key_id(KEY))["kind"] == "auditor-stats"


# ---- CLI ------------------------------------------------------------------------------------


# ---- one person counts once ------------------------------------------------------------------


def _volunteers(n: int) -> list[dict]:
    return [
        me(report(finding(Category.GEOTAG), finding(Category.WORK_EMAIL, n=1), person=i), KEY, f"twitter:username:v{i}")
        for i in range(n)
    ]


def test_stats_counts_distinct_volunteers_and_publishes_at_k():
    out = aggregate(_volunteers(10), 10, key_id=key_id(KEY))
    assert out["volunteers"] == 10
    assert out["by_category"]["geotag"] == {"reports": 10, "findings": 10}
    assert out["by_fix"]["strip-photo-locations"] == {"reports": 10, "findings": 10}


def test_stats_refuses_the_same_report_passed_ten_times():
    # the case: one person's report ten times passed --min-cell 10 and published their counts
    r = report(finding(Category.GEOTAG), finding(Category.UNIFORM, n=1))
    with pytest.raises(DuplicateError, match="copy of r0.json"):
        aggregate([r] * 10, 10, own=True, labels=[f"r{i}.json" for i in range(10)])
    mine = me(r, KEY, "twitter:username:solo", "email:solo@example.com")
    with pytest.raises(DuplicateError, match="same volunteer"):
        aggregate([mine] * 10, 10, key_id=key_id(KEY))


def test_stats_refuses_copies_and_near_copies_of_a_volunteer():
    crowd = _volunteers(10)
    edited = json.loads(json.dumps(crowd[3]))  # a copy with its counts changed by hand
    edited["by_category"]["geotag"] = 7
    with pytest.raises(DuplicateError):
        aggregate([*crowd, edited], 10, key_id=key_id(KEY))
    # a later, partial export of the same person: other findings, one shared account
    later = me(report(finding(Category.UNIFORM, n=5), person=99), KEY, "twitter:username:v3", "email:new@example.com")
    with pytest.raises(DuplicateError, match="input 11 and input 4"):
        aggregate([*crowd, later], 10, key_id=key_id(KEY))


def test_stats_refuses_own_reports_that_are_near_copies():
    base = [finding(Category.GEOTAG, n=i) for i in range(10)]
    a = report(*base)
    b = report(*base[:8], finding(Category.UNIFORM, n=50))  # 8 of 11 distinct findings shared
    c = report(*base, person=2)  # another person with the same kinds of findings
    assert aggregate([a, c], 1, own=True)["volunteers"] == 2
    with pytest.raises(DuplicateError, match="near-copy"):
        aggregate([a, c, b], 1, own=True)


def test_stats_refuses_full_reports_unless_they_are_the_teams_own():
    reps = [report(finding(Category.GEOTAG), person=p) for p in range(3)]
    with pytest.raises(StatsError, match="full scan report with content"):
        aggregate(reps, 1)
    assert aggregate(reps, 1, own=True)["volunteers"] == 3


def test_stats_refuses_summaries_without_identity_or_with_another_key():
    crowd = _volunteers(3)
    with pytest.raises(StatsError, match="campaign key"):
        aggregate(crowd, 1)
    with pytest.raises(StatsError, match="another campaign key"):
        aggregate(crowd, 1, key_id=key_id(b"another-campaign-key-0123456789"))
    bare = contribution(report(finding(Category.GEOTAG)))
    with pytest.raises(StatsError, match="no volunteer identity"):
        aggregate([*crowd, bare], 1, key_id=key_id(KEY))


def test_stats_identity_block_carries_only_a_key_id_and_tokens():
    mine = me(report(finding(Category.GEOTAG)), KEY, "twitter:username:quokka")
    mine["volunteer"]["name"] = SECRET
    assert contribution(mine)["volunteer"].keys() == {"key_id", "accounts"}
    mine["volunteer"]["accounts"] = [SECRET]
    with pytest.raises(StatsError, match="account tokens"):
        contribution(mine)
