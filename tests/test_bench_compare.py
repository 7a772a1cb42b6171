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


def test_the_shipped_objective_weighs_each_group_alike_and_keeps_recall_on_a_flat_top() -> None:
    cmp = load_bench("compare_text_models")
    cat = "official_comment"
    # a small group (a brief few writers had) wants the threshold over its negative's 0.5; a large
    # group, where the word lists find most positives, would rather keep its ten at 0.4
    small = [({cat}, set(), {cat: 0.6}), (set(), set(), {cat: 0.5})]
    large = [({cat}, {cat}, {cat: 0.0})] * 90 + [({cat}, set(), {cat: 0.4})] * 10 + [(set(), set(), {cat: 0.2})] * 5
    assert cmp.pick_threshold([small, large], cat) == 0.51  # each group's F1 weighs alike
    assert cmp.pick_threshold([small + large], cat) == 0.21  # pooled, the large group decides
    # of a flat top, the lowest threshold; a tolerance lets a lower one in
    flat = [({cat}, set(), {cat: 0.6}), ({cat}, set(), {cat: 0.9}), (set(), set(), {cat: 0.5})]
    assert cmp.pick_threshold([flat], cat) == 0.51
    assert cmp.pick_threshold([flat], cat, tolerance=0.25) == 0.05
    # ... or, given the threshold in use, the one nearest it: a smaller gain than the tolerance is noise
    assert cmp.pick_threshold([flat], cat, tolerance=0.25, prefer=0.3) == 0.3
    assert cmp.pick_threshold([flat], cat, prefer=0.3) == 0.51


def test_calibration_sets_are_named_by_their_rounds() -> None:
    cmp = load_bench("compare_text_models")
    names = ["train41_a", "train41_b", "train42_a", "train42_b", "train35_a", "train35_b", "train36_a", "train36_b"]
    assert cmp._set_names(names + ["train38_a", "train38_b", "dev9"]) == (
        "train41-42_* (4 sets)+train35-36_* (4 sets)+train38_* (2 sets)+dev9"
    )
    assert cmp._set_names(["train33_a"]) == "train33_a"
