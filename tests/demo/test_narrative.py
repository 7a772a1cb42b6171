"""auditor.demo.narrative: the chain told from a scan result's findings, never from the persona."""

from __future__ import annotations

from auditor.demo import narrate, render_narrative


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
