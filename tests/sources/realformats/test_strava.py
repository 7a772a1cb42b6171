"""Strava archive made without its activity files (layout in strava_layouts.py: hugovk/strava-tools
and lhotakj/stravaexport-fix READMEs): one summarised line instead of one error per activity;
comments.csv and media.csv read. Invented content."""

from __future__ import annotations

from auditor.models import ItemKind
from auditor.sources import Coverage, SourceContext
from auditor.sources.strava import StravaSource
from auditor.tree import InputTree, close_all
from tests.sources.realformats.strava_layouts import without_activity_files


def test_strava_without_activity_files_is_one_line_and_comments_media_read(tmp_path):
    expected = without_activity_files(tmp_path / "export_1234", n=1076)
    tree = InputTree.build([str(tmp_path)])
    src, ctx = StravaSource(), SourceContext()
    try:
        (root,) = src.detect(tree)
        cov = Coverage("strava", root)
        items = list(src.read(tree, root, ctx, cov))
    finally:
        close_all()
    assert len(ctx.errors) == 1
    assert "1076 activity files and none is in the export" in ctx.errors[0].reason
    assert len([i for i in items if i.kind == ItemKind.TRACK]) == expected["activities"]
    comments = [i for i in items if i.kind == ItemKind.COMMENT]
    assert {c.text for c in comments} == {"See you at the depot gate tomorrow", "Nice pace!"}
    assert all(c.timestamp is not None for c in comments)
    assert [i.text for i in items if i.kind == ItemKind.CAPTION] == ["Sunrise over the base"]
    assert {"comments.csv", "media.csv"} <= set(cov.parsed)
