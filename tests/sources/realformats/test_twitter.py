"""X archive with its viewer's own assets/ (layout in twitter_layouts.py, seen in
shauntmcgovern/SABBusinessEntrepreneurialConcept-...-ededededed89): the emoji PNGs are not the
user's photos; they are skipped with a reason and counted. Invented content."""

from __future__ import annotations

from auditor.engine import scan
from tests.sources.realformats.twitter_layouts import archive_with_viewer_assets


def test_x_viewer_assets_are_not_the_users_photos(tmp_path, dibp):
    expected = archive_with_viewer_assets(tmp_path / "twitter-2023", emoji=60, photos=3)
    result = scan([str(tmp_path)], dibp)
    photos = [f for f in result.findings if f.code.startswith("GEO")]  # none carry GPS: no geotag findings
    assert photos == []
    cov = next(c for c in result.coverage if c["platform"] == "twitter")
    viewer = sum(n for why, n in cov.get("skip_reasons", {}).items() if "assets/" in why)
    assert viewer == expected["viewer_files"]
    assert result.stats["total"]["files_media"] == expected["photos"]
    assert not any("twemoji" in e.path for e in result.errors)
