"""The demo persona and `auditor demo`: deterministic, every platform, the chain told from findings."""

from __future__ import annotations

import hashlib
import json

from typer.testing import CliRunner

from auditor.cli.app import app
from auditor.demo import MARKER, build_persona, narrate, render_narrative


def _tree(root) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in root.rglob("*") if p.is_file()}


def test_demo_persona_is_identical_on_every_run(tmp_path):
    build_persona(tmp_path / "a")
    build_persona(tmp_path / "b")
    a, b = _tree(tmp_path / "a"), _tree(tmp_path / "b")
    assert a == b
    assert len(a) > 50


def test_demo_persona_covers_every_platform_and_a_month_of_routine(tmp_path):
    build_persona(tmp_path)
    files = sorted(_tree(tmp_path))
    tops = {f.split("/")[0] for f in files}
    for marker in (
        "facebook-",
        "instagram-",
        "twitter-",
        "Basic_LinkedInDataExport",
        "takeout-",
        "tiktok",
        "mastodon-",
        "reddit_",
        "whatsapp",
        "snapchat-",
        "strava_",
        "camera_roll",
    ):
        assert any(t.startswith(marker) for t in tops), marker
    photos = [f for f in files if f.startswith("camera_roll/")]
    days = {f.split("_")[2] for f in photos}
    assert len(days) >= 21  # three weeks or more of routine
    assert MARKER in files
    # Meta JSON carries mojibake like the real thing
    fb = next(tmp_path.glob("facebook-*/your_facebook_activity/posts/*.json")).read_text()
    assert "\\u00c3\\u00a9" in fb


def _finding(cat, platform="photos", message="", ts=None, loc=None):
    return {"category": cat, "platform": platform, "message": message, "timestamp": ts, "location": loc}


def test_demo_narrative_reads_the_findings_not_the_persona():
    empty = narrate({"findings": []})
    assert [s.found for s in empty] == [False] * 5
    home = {"lat": -27.39421, "lon": 153.06112}
    work = {"lat": -27.38420, "lon": 153.11750}
    findings = [_finding("geotag", ts=f"2025-05-{d:02d}T20:10:00+10:00", loc=home) for d in range(5, 10)]
    findings += [_finding("geotag", ts=f"2025-05-{d:02d}T12:10:00+10:00", loc=work) for d in range(5, 10)]
    findings.append(
        _finding("department_identifier", "linkedin", 'Your linkedin profile (employer) names the Department: "Kestrel Unit"')
    )
    steps = narrate({"findings": findings})
    assert [s.found for s in steps] == [True, True, True, False, False]
    text = render_narrative(steps)
    assert "-27.394, 153.061" in text and "-27.384, 153.118" in text
    assert '"Kestrel Unit"' in text
    # inference findings, when present, are used instead of the rough grouping
    pol = _finding("pattern_of_life", message="Likely home near Somewhere Street")
    steps = narrate({"findings": [*findings, pol]})
    assert "Likely home near Somewhere Street" in render_narrative(steps)


def test_demo_cli_writes_persona_reports_and_tells_the_chain(tmp_path):
    out = tmp_path / "demo"
    res = CliRunner().invoke(app, ["demo", "--out", str(out), "--workers", "1"])
    assert res.exit_code == 0, res.output
    assert (out / "persona" / MARKER).is_file()
    data = json.loads((out / "report.json").read_text())
    assert data["summary"]["total"] > 0
    assert (out / "checklist.md").read_text().startswith("# Social media exposure checklist")
    for step in (
        "1. Geotags: found",
        "2. Home and routine: found",
        "3. Employer: found",
        "4. Colleagues: found",
        "5. Work email: found",
    ):
        assert step in res.output
    assert f"{data['summary']['total']} finding(s)" in res.output
    # a second run replaces its own persona and gives the same tree
    first = _tree(out / "persona")
    res = CliRunner().invoke(app, ["demo", "--out", str(out), "--workers", "1", "--format", "json"])
    assert res.exit_code == 0, res.output
    assert _tree(out / "persona") == first


def test_demo_cli_refuses_to_overwrite_a_folder_it_did_not_make(tmp_path):
    persona = tmp_path / "persona"
    persona.mkdir()
    (persona / "precious.txt").write_text("keep me")
    res = CliRunner().invoke(app, ["demo", "--out", str(tmp_path)])
    assert res.exit_code == 2
    assert (persona / "precious.txt").read_text() == "keep me"
