"""Start here: the few actions that remove the most exposure, in a fixed order."""

from __future__ import annotations

from auditor.reporters.actions import top_actions
from auditor.reporters.prepare import prepare
from tests.support.sample_result import sample_result


def _inference(fp: str, severity: str, removals: int) -> dict:
    return {
        "code": "POL101",
        "name": "likely-home",
        "category": "pattern_of_life",
        "severity": severity,
        "platform": "google",
        "path": "x",
        "message": f"inference {fp}",
        "fingerprint": fp,
        "remove_first_count": removals,
        "remove_first_days": ["2025-05-01"],
    }


def test_actions_most_severe_first_then_each_inference_by_fewest_removals() -> None:
    data = sample_result()
    data["findings"] = [
        _inference("many", "high", 40),
        _inference("few", "high", 3),
        _inference("worst", "critical", 90),
    ] + [f for f in data["findings"] if f["category"] != "pattern_of_life"]
    acts = top_actions(prepare(data), n=4)
    assert [a.id for a in acts[:3]] == ["worst", "few", "many"]
    assert acts[1].removals == 3 and "3 item(s) from 1 day(s)" in acts[1].step


def test_actions_a_batch_of_photos_counts_its_findings_and_names_the_fix() -> None:
    data = sample_result()
    for i in range(3, 7):  # four more photos in the folder: one strip fixes them all
        f = dict(data["findings"][2], fingerprint=f"fp-photo{i}", path=f"camera_roll/IMG_000{i}.jpg")
        data["findings"].append(f)
    acts = top_actions(prepare(data), n=10)
    batch = next(a for a in acts if a.id.startswith("files:"))
    assert batch.covers >= 5 and batch.step.startswith("Run auditor strip")
    # within one severity, the action that fixes more comes first
    highs = [a for a in acts if a.severity == "high" and a.removals is None]
    assert highs[0] is batch


def test_actions_never_list_settings_and_stop_at_n() -> None:
    acts = top_actions(prepare(sample_result()), n=3)
    assert len(acts) == 3 and all(a.code for a in acts)
    assert top_actions({"findings": []}) == []
