"""Google Takeout Maps labeled places and reviews, an empty Takeout file, and Snapchat's
snap_map_places_history.json (layouts and where they were seen: google_snapchat_layouts.py).
Invented content."""

from __future__ import annotations

from auditor.models import ItemKind
from auditor.sources import Coverage, SourceContext
from auditor.sources.google import GoogleSource
from auditor.sources.snapchat import SnapchatSource
from auditor.tree import InputTree, close_all
from tests.sources.realformats.google_snapchat_layouts import snap_map, takeout_maps


def _read(src, path):
    tree = InputTree.build([str(path)])
    ctx, covs, items = SourceContext(), [], []
    try:
        for r in src.detect(tree):
            cov = Coverage(str(src.platform), r)
            items.extend(src.read(tree, r, ctx, cov))
            covs.append(cov)
    finally:
        close_all()
    return covs, items, ctx.errors


def test_google_maps_labeled_places_and_reviews_read_and_empty_file_not_malformed(tmp_path):
    expected = takeout_maps(tmp_path)
    (cov,), items, errors = _read(GoogleSource(), tmp_path)
    assert errors == []  # the empty file is skipped with a reason, not "malformed Google JSON"
    assert cov.skip_reasons.get("empty file (a product with no data)") == 1
    labeled = [i for i in items if i.extra.get("place_label") in ("home", "work")]
    assert len(labeled) == expected["labeled"]
    home = next(i for i in labeled if i.extra["place_label"] == "home")
    assert (round(home.position.lat, 4), round(home.position.lon, 4)) == (-35.2501, 149.101)
    (review,) = [i for i in items if i.extra.get("maps_review")]
    assert review.kind == ItemKind.POST and review.position is not None
    assert "depot" in review.text and "Example Cafe" in review.text and review.timestamp is not None


def test_snapchat_snap_map_places_history_read(tmp_path):
    expected = snap_map(tmp_path / "mydata")
    (_cov,), items, errors = _read(SnapchatSource(), tmp_path)
    assert errors == []
    places = [i for i in items if i.export_path.endswith("snap_map_places_history.json")]
    assert len(places) == expected["places"]
    assert any("Example Harbour" in i.text for i in places)
    assert any(i.position is not None and round(i.position.lat, 2) == -35.30 for i in places)
