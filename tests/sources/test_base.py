"""What every source shares: coverage accounting, errors by path, and bounded text reading."""

from __future__ import annotations

import pytest

from auditor.models import ScanError
from auditor.sources.base import Coverage, SourceContext, load_json_bytes, read_text, rel, under
from auditor.tree import InputTree


def test_base_under_and_rel_follow_the_export_root(tmp_path):
    (tmp_path / "x" / "data").mkdir(parents=True)
    (tmp_path / "x" / "data" / "a.js").write_text("1")
    (tmp_path / "y.txt").write_text("2")
    tree = InputTree.build([str(tmp_path)])
    [entry] = under(tree, "x")
    assert rel(entry, "x") == "data/a.js"
    assert len(under(tree, "")) == 2 and rel(entry, "") == "x/data/a.js"


def test_base_reads_text_and_json_without_a_bom_and_refuses_oversize(tmp_path):
    (tmp_path / "a.json").write_bytes(b'\xef\xbb\xbf{"k": "\xc3\xa9"}')
    [entry] = InputTree.build([str(tmp_path)]).entries
    assert read_text(entry) == '{"k": "é"}'
    assert load_json_bytes(b"\xef\xbb\xbf[1, 2]") == [1, 2]
    with pytest.raises(ValueError, match="too large"):
        read_text(entry, limit=4)


def test_base_coverage_and_context_record_what_happened(tmp_path):
    cov = Coverage("reddit", "r", parsed=["posts.csv"], skipped=["ip_logs.csv"], items=3)
    d = cov.to_dict()
    assert (d["files_parsed"], d["files_skipped"], d["files_not_understood"], d["items"]) == (1, 1, 0, 3)
    assert "notes" not in d
    ctx = SourceContext()
    ctx.error("r/posts.csv", "bad row")
    assert ctx.errors == [ScanError("r/posts.csv", "bad row")]


def test_summarise_errors_folds_one_kind_into_one_line_with_a_count():
    from auditor.sources.base import SourceContext

    ctx = SourceContext()
    ctx.error("before", "kept as it was")
    since = len(ctx.errors)
    for i in range(40):
        ctx.error("exp/activities.csv", f"activities.csv names activities/{i}.gpx but it is not in the export")
    ctx.error("exp/profile.csv", "unreadable Strava profile.csv: bad")
    ctx.summarise_errors(since, "exp (Strava bulk export)")
    assert [e.path for e in ctx.errors] == ["before", "exp (Strava bulk export)", "exp/profile.csv"]
    assert ctx.errors[1].reason.startswith("40 errors of one kind")


def test_summarise_errors_keeps_a_few_as_they_are():
    from auditor.sources.base import SourceContext

    ctx = SourceContext()
    for i in range(3):
        ctx.error(f"f{i}.json", f"malformed JSON at line {i}")
    ctx.summarise_errors(0, "root")
    assert len(ctx.errors) == 3


def test_coverage_skip_counts_reasons():
    from auditor.sources.base import Coverage

    cov = Coverage("x", ".")
    cov.skip("a.png", "viewer image")
    cov.skip("b.png", "viewer image")
    assert cov.to_dict()["skip_reasons"] == {"viewer image": 2}
    assert cov.to_dict()["files_skipped"] == 2


@pytest.mark.parametrize("chunk", [3, 7, 64, 4 * 1024 * 1024])
def test_json_top_keys_streams_past_long_values_at_any_chunk_size(tmp_path, monkeypatch, chunk):
    import json as _json

    from auditor.sources import base
    from auditor.tree import InputTree

    monkeypatch.setattr(base, "SCAN_CHUNK", chunk)
    doc = {"Ads and data": {"x": [{'k"[{': "v]}\\"} for _ in range(50)]}, "App Settings": {}, "Profile And Settings": {"a": 1}}
    (tmp_path / "user_data_tiktok.json").write_text(_json.dumps(doc), encoding="utf-8")
    (entry,) = InputTree.build([str(tmp_path)]).entries
    assert base.json_top_keys(entry) == ["Ads and data", "App Settings", "Profile And Settings"]
    assert base.json_top_keys(entry, enough=lambda keys: "App Settings" in keys) == ["Ads and data", "App Settings"]


def test_json_top_keys_survives_deep_nesting(tmp_path):
    from auditor.sources.base import json_top_keys
    from auditor.tree import InputTree

    (tmp_path / "deep.json").write_bytes(b'{"a": ' + b"[" * 200_000 + b"]" * 200_000 + b', "b": 1}')
    (entry,) = InputTree.build([str(tmp_path)]).entries
    assert json_top_keys(entry) == ["a", "b"]
