"""The transformer text model: first stage, pinned checksum, package model, failure modes."""

from __future__ import annotations

import hashlib
import json
import warnings

import pytest

from auditor.config import load_profile
from auditor.rules import transformer


def _folder(tmp_path, blob: bytes = b"not a model", sha: str | None = None, gate: dict | None = None):
    meta = {
        "categories": ["operational_detail", "uniform"],
        "thresholds": {"operational_detail": 0.4},
        "max_len": 64,
        "sha256": sha if sha is not None else hashlib.sha256(blob).hexdigest(),
    }
    (tmp_path / "textnet.json").write_text(json.dumps(meta), encoding="utf-8")
    gate = gate or {"bias": -2.0, "weights": {"[site]": 3.0, "shift": 1.5, "cake": -1.0}, "threshold": 0.5}
    (tmp_path / "gate.json").write_text(json.dumps(gate), encoding="utf-8")
    (tmp_path / "textnet.int8.onnx").write_bytes(blob)
    return tmp_path


def test_first_stage_tokens_keep_markers_whole():
    assert {"[site]", "at_[site]", "shift"} <= transformer.tokens("Shift at [SITE]")
    assert "[" not in transformer.tokens("Shift at [SITE]")


def test_first_stage_scores_and_names_the_words(tmp_path):
    model = transformer.register("t_gate", _folder(tmp_path))
    high = transformer.gate_score(model, "night shift at [SITE]")
    low = transformer.gate_score(model, "cake at home")
    assert high > model["gate"]["threshold"] > low
    assert transformer.gate_words(model, "night shift at [SITE]") == ["[site]", "shift"]
    # no function word and no figure is named as a reason, however it weighs
    heavy = transformer.register(
        "t_gate2",
        _folder(
            tmp_path / "b" if (tmp_path / "b").mkdir() is None else tmp_path,
            gate={"bias": 0.0, "weights": {"the": 5.0, "5550": 4.0, "ward": 1.0}, "threshold": 0.5},
        ),
    )
    assert transformer.gate_words(heavy, "the ward on 5550") == ["ward"]
    assert transformer.threshold(model, "operational_detail") == 0.4
    assert transformer.threshold(model, "uniform") == 0.5  # the default for a category without one


def test_cleared_text_never_reaches_the_model(tmp_path):
    # the "model" file is junk: reading it would fail, so an empty answer shows it was never opened
    transformer.register("t_clear", _folder(tmp_path))
    assert transformer.scores("Baked a cake for Mum", load_profile("dibp"), "t_clear") == {}


def test_a_tampered_model_is_refused_and_the_rules_go_silent(tmp_path):
    transformer.register("t_bad", _folder(tmp_path, sha="0" * 64))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = transformer.scores("night shift at Tulla again", load_profile("dibp"), "t_bad")
    assert out == {}
    assert any("does not match the pinned" in str(w.message) for w in caught)
    assert "does not match" in transformer.load("t_bad")["broken"]


def test_missing_model_files_raise_a_model_error(tmp_path):
    with pytest.raises(transformer.ModelError):
        transformer.register("t_missing", tmp_path / "nowhere")
    with pytest.raises(transformer.ModelError):
        transformer.load("no_such_model")


def _trainer():
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("train_transformer", root / "bench" / "train_transformer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_trainer_refuses_the_blind_sets_and_marks_each_set_with_its_profile():
    trainer = _trainer()
    for argv in (["--sets", "posts", "blind2"], ["--calibrate", "blind3"], ["--out", "/tmp/blind13/x"]):
        with pytest.raises(SystemExit, match="blind"):
            trainer.main(argv)
    with pytest.raises(SystemExit, match="calibration"):
        trainer.main(["--sets", "dev9", "--calibrate", "dev9"])
    assert [trainer.profile_of(n) for n in ("train_qld_2", "aps", "train17", "dev9", "train33_tas_m")] == [
        "qld",
        "aps",
        "dibp",
        "dibp",
        "tas",
    ]
    assert trainer.encode("hi there", 64) == [101, 7632, 2045, 102]
    assert len(trainer.encode("word " * 100, 64)) == 64


def test_the_shipped_model_matches_the_checksum_pinned_in_code():
    from importlib import resources

    folder = resources.files("auditor.data").joinpath(transformer.NAME)
    blob = folder.joinpath("textnet.int8.onnx").read_bytes()
    meta = json.loads(folder.joinpath("textnet.json").read_text(encoding="utf-8"))
    assert hashlib.sha256(blob).hexdigest() == transformer.PINNED_SHA256 == meta["sha256"]
    assert len(blob) < 60 * 1024 * 1024  # the limit on model files
    # the ensemble's thresholds were chosen with the linear model the profiles list
    assert meta["ensemble"]["linear"] == "dibp"
    assert set(meta["ensemble"]["thresholds"]) == {"operational_detail", "official_comment", "colleague_exposure", "uniform"}


def test_a_model_whose_json_agrees_with_itself_but_not_with_the_code_pin_is_refused(tmp_path):
    # a swapped model folder with its own matching textnet.json: the pin in code still refuses it
    transformer.register("t_swapped", _folder(tmp_path), pinned=transformer.PINNED_SHA256)
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        assert transformer.scores("night shift at Tulla again", load_profile("dibp"), "t_swapped") == {}
    assert "does not match the pinned" in transformer.load("t_swapped")["broken"]


def test_the_shipped_model_reads_a_work_post_and_clears_an_everyday_one():
    profile = load_profile("qld")
    work = transformer.scores("3 RNs for 28 beds on nights again and management just shrugs, disgraceful", profile)
    assert work["official_comment"] > 0.5 and work["operational_detail"] > 0.5
    assert transformer.scores("Baked a lemon cake with the kids this arvo", profile) == {}  # the first stage clears it
