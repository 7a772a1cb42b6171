"""Preparing a result to show: redaction, coarse positions, hiding baselined findings."""

from __future__ import annotations

import json

from auditor.reporters.prepare import prepare, redact_text_like
from tests.support.sample_result import sample_result


def _by_fp(data: dict) -> dict[str, dict]:
    return {f["fingerprint"]: f for f in data["findings"]}


def test_prepare_redacts_evidence_and_messages_by_default() -> None:
    raw = sample_result()
    out = _by_fp(prepare(raw))
    acc = out["fp00000000000000000000000000acc1"]
    assert "jo.citizen@dept.example.gov.au" not in json.dumps(acc)
    assert acc["evidence"].startswith("j") and "*" in acc["evidence"]
    dep = out["fp00000000000000000000000000dep1"]
    assert "Border Force Officer" not in dep["message"] and "names the Department" in dep["message"]
    # plain words that say what was found stay readable
    assert out["fp00000000000000000000000000uni1"]["message"] == raw["findings"][7]["message"]


def test_prepare_does_not_change_its_input() -> None:
    raw = sample_result()
    before = json.dumps(raw, sort_keys=True)
    prepare(raw, coarse=True, baseline={"fp00000000000000000000000000acc1"})
    assert json.dumps(raw, sort_keys=True) == before


def test_prepare_redaction_is_the_same_from_a_saved_redacted_result() -> None:
    once = prepare(sample_result())
    assert prepare(once)["findings"] == once["findings"]


def test_prepare_show_evidence_keeps_text() -> None:
    out = _by_fp(prepare(sample_result(), show_evidence=True))
    assert out["fp00000000000000000000000000acc1"]["evidence"] == "jo.citizen@dept.example.gov.au"
    assert prepare(sample_result(), show_evidence=True)["report"]["evidence"] == "shown"


def test_prepare_coarse_rounds_positions_everywhere() -> None:
    out = prepare(sample_result(), coarse=True, show_evidence=True)
    geo = _by_fp(out)["fp00000000000000000000000000geo1"]
    assert geo["location"] == {"lat": -33.95, "lon": 151.14}
    assert "-33.952389" not in json.dumps(out) and "151.137100" not in json.dumps(out)
    assert "(-33.95, 151.14)" in geo["message"]
    assert geo["timestamp"] == "2025-04-01T21:15:00+10:00"  # only coordinates are touched
    assert out["report"]["positions"] == "coarse"


def test_prepare_baseline_hides_accepted_findings_and_counts_them() -> None:
    fps = {"fp00000000000000000000000000acc1", "fp00000000000000000000000000geo1", "not-in-result"}
    out = prepare(sample_result(), baseline=fps)
    assert not fps & set(_by_fp(out))
    assert out["report"]["baseline_hidden"] == 2
    assert out["summary"]["total"] == len(sample_result()["findings"]) - 2


def test_redact_text_like_matches_raw_or_redacted_evidence() -> None:
    msg = "Email Jo.Citizen@x.gov.au posted"
    assert "Jo.Citizen@x.gov.au" not in redact_text_like(msg, "Jo.Citizen@x.gov.au")
    assert "Jo.Citizen@x.gov.au" not in redact_text_like(msg, "J*****************u")
    assert redact_text_like(msg, "") == msg
