"""TikTok 2025 export as real ones are laid out (layout seen in abrignoni/RLEAPP
`scripts/artifacts/tikTokArchiveJson.py`): sections alphabetical, a long `Ads and data` first,
the phone number in `Profile And Settings`, the "most recent location" under `Your Activity`.
Invented content only (tests/sources/realformats/tiktok_layouts.py)."""

from __future__ import annotations

from auditor.models import ItemKind
from auditor.sources import Coverage, SourceContext
from auditor.sources.tiktok import TikTokSource
from auditor.tree import InputTree, close_all
from tests.sources.realformats.tiktok_layouts import write_2025


def _read(path):
    tree = InputTree.build([str(path)])
    src, ctx = TikTokSource(), SourceContext()
    try:
        roots = src.detect(tree)
        items = [it for r in roots for it in src.read(tree, r, ctx, Coverage("tiktok", r))]
    finally:
        close_all()
    return roots, items, ctx.errors


def test_tiktok_2025_detected_past_a_long_ads_section(tmp_path):
    """The 2025 file opens with ~300 kB of advertising records: detection must look past them."""
    folder = write_2025(tmp_path / "TikTok", n_ads=3000)
    assert (folder / "user_data_tiktok.json").stat().st_size > 4096 * 20
    roots, items, errors = _read(folder)
    assert len(roots) == 1
    assert errors == []
    messages = [i for i in items if i.kind == ItemKind.MESSAGE]
    assert len(messages) == 40


def test_tiktok_2025_phone_and_most_recent_location_read(tmp_path):
    _roots, items, _ = _read(write_2025(tmp_path / "TikTok", n_ads=10))
    phones = {i.text for i in items if i.field == "phone"}
    assert phones == {"+61 400 111 222"}
    (loc,) = [i for i in items if i.extra.get("most_recent_location")]
    assert loc.position is not None and (round(loc.position.lat, 4), round(loc.position.lon, 4)) == (-35.2809, 149.13)
    assert "AU" in loc.text
    reviews = [i for i in items if i.extra.get("location_review")]
    assert reviews and "Example Bakery" in reviews[0].text
