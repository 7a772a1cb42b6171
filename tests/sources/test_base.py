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
