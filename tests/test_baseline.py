"""Saved results and baselines on disk: reading, writing, and comparing results by fingerprint."""

from __future__ import annotations

import json
import os

import pytest

from auditor.baseline import SavedFileError, baseline_of, diff, load_fingerprints, load_result
from tests.support.sample_result import sample_result


def test_baseline_of_holds_fingerprints_only(tmp_path) -> None:
    base = baseline_of(sample_result())
    assert set(base) == {"kind", "version", "fingerprints"}
    assert base["fingerprints"] == sorted(f["fingerprint"] for f in sample_result()["findings"])
    text = json.dumps(base)
    assert "jo.citizen" not in text and "2025" not in text and "-33.9" not in text
    p = tmp_path / "base.json"
    p.write_text(text)
    assert load_fingerprints(p) == set(base["fingerprints"])


def test_load_fingerprints_accepts_a_full_result_and_rejects_other_json(tmp_path) -> None:
    p = tmp_path / "r.json"
    p.write_text(json.dumps(sample_result()))
    assert "fp00000000000000000000000000acc1" in load_fingerprints(p)
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]")
    with pytest.raises(SavedFileError):
        load_fingerprints(bad)


def test_load_result_rejects_non_results(tmp_path) -> None:
    cases = {"a.json": "not json", "b.json": "{}", "c.json": json.dumps({"schema_version": 99, "findings": []})}
    for name, text in cases.items():
        (tmp_path / name).write_text(text)
        with pytest.raises(SavedFileError):
            load_result(tmp_path / name)
    with pytest.raises(SavedFileError):
        load_result(tmp_path / "missing.json")


def test_diff_reports_fixed_new_and_unchanged() -> None:
    old, new = sample_result(), sample_result()
    gone = new["findings"].pop(0)
    new["findings"].append(dict(gone, fingerprint="brand-new"))
    d = diff(old, new)
    assert [f["fingerprint"] for f in d["fixed"]] == [gone["fingerprint"]]
    assert [f["fingerprint"] for f in d["new"]] == ["brand-new"]
    assert d["unchanged"] == len(old["findings"]) - 1


def test_diff_matches_an_older_media_fingerprint_and_warns_on_different_inputs() -> None:
    old = {"inputs": ["camera_roll"], "findings": [{"fingerprint": "old-path-based"}, {"fingerprint": "gone"}]}
    new = {
        "inputs": ["sample_data"],
        "findings": [{"fingerprint": "content-based", "fingerprint_v1": "old-path-based"}, {"fingerprint": "fresh"}],
    }
    d = diff(old, new)
    assert [f["fingerprint"] for f in d["fixed"]] == ["gone"]
    assert [f["fingerprint"] for f in d["new"]] == ["fresh"]
    assert d["unchanged"] == 1
    assert len(d["warnings"]) == 1 and "camera_roll" in d["warnings"][0] and "sample_data" in d["warnings"][0]
    assert diff(old, {**new, "inputs": ["camera_roll"]})["warnings"] == []


# ---- hostile files handed to report / baseline / stats / --baseline ---------------------------

HOSTILE_ARGS = [
    ["report", "{f}"],
    ["baseline", "{f}", "-o", "{out}"],
    ["stats", "{f}"],
    ["scan", "{data}", "--baseline", "{f}", "-q"],
]


def _hostile_files(tmp_path):
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    return ["/dev/zero", str(deep)]


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
@pytest.mark.parametrize("argv", HOSTILE_ARGS, ids=lambda a: a[0] + ("-baseline" if "--baseline" in a else ""))
def test_dev_zero_and_deep_json_give_a_one_line_error_and_exit_2(tmp_path, capsys, argv):
    from auditor.cli import main  # lazy: the CLI is only needed by these end-to-end cases

    data = tmp_path / "in"
    data.mkdir()
    (data / "note.txt").write_text("hello")
    for f in _hostile_files(tmp_path):
        args = [a.format(f=f, out=tmp_path / "b.json", data=data) for a in argv]
        assert main(args) == 2
        err = capsys.readouterr().err.strip()
        assert err and "Traceback" not in err and "Error:" not in err.split(":", 1)[0], err
        assert len(err.splitlines()) <= 2, err
