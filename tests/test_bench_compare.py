"""bench/compare_text_models.py: recording the ensemble the learned rules read, and refusing blind sets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.bench import load_bench


def test_write_ensemble_records_thresholds_floors_and_the_linear_model(tmp_path: Path) -> None:
    cmp = load_bench("compare_text_models")
    folder = tmp_path / "net"
    folder.mkdir()
    (folder / "textnet.json").write_text(json.dumps({"sha256": "ab", "thresholds": {"work_contact": 0.8}}), encoding="utf-8")
    linear = tmp_path / "text_model_dibp.json"
    linear.write_text(json.dumps({"trained_on": 123}), encoding="utf-8")
    thresholds = {"operational_detail": 0.56, "colleague_exposure": 0.4}
    cmp.write_ensemble(folder, linear, thresholds, ["train33_a"], {"operational_detail": 0.2})
    meta = json.loads((folder / "textnet.json").read_text(encoding="utf-8"))
    assert meta["sha256"] == "ab" and meta["thresholds"] == {"work_contact": 0.8}  # the rest is kept
    assert meta["ensemble"] == {
        "linear": "dibp",
        "linear_trained_on": 123,
        "thresholds": thresholds,
        "floor": {"operational_detail": 0.2, "colleague_exposure": 0.0},
        "calibrated_on": "train33_a",
    }


def test_write_ensemble_records_the_twin_and_the_higher_bars(tmp_path: Path) -> None:
    cmp = load_bench("compare_text_models")
    folder = tmp_path / "net"
    folder.mkdir()
    (folder / "textnet.json").write_text(json.dumps({"sha256": "ab"}), encoding="utf-8")
    linear, twin = tmp_path / "text_model_dibp.json", tmp_path / "twin.json"
    linear.write_text(json.dumps({"trained_on": 123}), encoding="utf-8")
    twin.write_text(json.dumps({"trained_on": 100}), encoding="utf-8")
    cmp.write_ensemble(
        folder, linear, {"colleague_exposure": 0.4}, ["train33_a"], {}, twin, {"unnamed": {"colleague_exposure": 0.7}, "sure": {}}
    )
    ens = json.loads((folder / "textnet.json").read_text(encoding="utf-8"))["ensemble"]
    assert ens["linear"] == "dibp" and ens["linear_trained_on"] == 123 and ens["calibrated_with_linear_trained_on"] == 100
    assert ens["unnamed"] == {"colleague_exposure": 0.7} and "sure" not in ens


def test_the_comparison_refuses_a_blind_set() -> None:
    cmp = load_bench("compare_text_models")
    with pytest.raises(SystemExit):
        cmp.read("blind13_dibp")
