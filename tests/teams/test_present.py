"""auditor.teams.present: the table, CSV and HTML draw exactly the shared summary, and nothing
below the cell size (the page in real Chromium: tests/teams/test_present_browser.py)."""

from __future__ import annotations

import csv
import io
import re

from auditor.models import Category, Platform, Severity
from auditor.teams.identity import key_id
from auditor.teams.present import CSP, label, render_csv, render_html, render_table, rows
from auditor.teams.stats import aggregate
from tests.support.stats_reports import SECRET, finding, me, report

KEY = b"campaign-key-for-tests-0123456789"


def campaign() -> dict:
    """12 volunteers: all geotags, 11 work email, 3 uniform (below k=10, so hidden with a partner)."""
    out = []
    for i in range(12):
        fs = [finding(Category.GEOTAG, n=0)]
        if i < 11:
            fs.append(finding(Category.WORK_EMAIL, Severity.HIGH, Platform.TWITTER, n=1))
        if i < 3:
            fs.append(finding(Category.UNIFORM, Severity.MEDIUM, Platform.INSTAGRAM, n=2))
        out.append(me(report(*fs, person=i), KEY, f"twitter:username:v{i}"))
    return aggregate(out, 10, key_id=key_id(KEY))


def test_present_rows_are_the_summary_cells_at_or_above_k():
    summary = campaign()
    drawn = {(d, r["cell"]): r["volunteers"] for d in ("by_category", "by_platform") for r in rows(summary, d)}
    assert drawn == {(d, c): v["reports"] for d in ("by_category", "by_platform") for c, v in summary[d].items()}
    assert all(v >= 10 for v in drawn.values())
    assert ("by_category", "uniform") not in drawn and ("by_platform", "instagram") not in drawn


def test_present_never_draws_a_cell_below_k_even_if_the_summary_carries_one():
    summary = campaign()
    summary["by_category"]["uniform"] = {"reports": 3, "findings": 3}  # a hand-edited aggregate
    for text in (render_table(summary), render_csv(summary), render_html(summary)):
        assert "Uniform" not in text and "uniform" not in text


def test_present_csv_matches_the_summary():
    summary = campaign()
    got = list(csv.DictReader(io.StringIO(render_csv(summary))))
    geotag = next(r for r in got if r["dimension"] == "by_category" and r["cell"] == "geotag")
    assert geotag["volunteers"] == "12" and geotag["share"] == "1.0000"
    for dim in ("by_category", "by_platform", "by_severity"):
        assert {(r["cell"], int(r["volunteers"])) for r in got if r["dimension"] == dim} == {
            (c, v["reports"]) for c, v in summary[dim].items()
        }
    assert {r["dimension"] for r in got} == {"by_category", "by_platform", "by_fix"}  # severity: all hidden


def test_present_table_shows_shares_and_headline():
    text = render_table(campaign())
    assert text.startswith("12 volunteers;")
    assert re.search(r"Geotag\s+#{30}\s+12 of 12 \(100%\)", text)
    assert "Share GPS-free copies" in text


def test_present_html_is_self_contained_and_under_the_csp():
    html = render_html(campaign())
    assert f'content="{CSP}"'.replace("'", "&#x27;") in html
    assert "default-src 'none'" in CSP and "script-src 'none'" in CSP
    assert "<script" not in html and "http://" not in html and "https://" not in html
    assert ' style="' not in html  # inline style attributes would break the CSP
    assert SECRET not in html


def test_present_own_contribution_shows_its_counts():
    mine = me(report(finding(Category.GEOTAG), finding(Category.GEOTAG, n=1)), KEY, "email:a@example.com")
    assert "2 findings" in render_table(mine)
    assert 'data-findings="2"' in render_html(mine)


def test_present_labels_show_control_characters_escaped():
    assert label("by_category", "x\x1b]0;t\x07_y") == "X\\x1b]0;t\\x07 y"
