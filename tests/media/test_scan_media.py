"""Media through the whole scan: every container's position becomes GEO101, identity MET101."""

from __future__ import annotations

from datetime import datetime

import pytest

from auditor import synth
from auditor.engine import ScanOptions, scan
from auditor.media import is_media, read_all
from auditor.tree import InputTree


def test_scan_media_every_container_gives_geotag_at_planted_position(tmp_path, dibp):
    positions = synth.media_zoo(tmp_path)
    result = scan([str(tmp_path)], dibp, ScanOptions(workers=1))
    geo = {f.path: f for f in result.findings if f.code == "GEO101"}
    assert set(geo) == set(positions)
    for path, (lat, lon) in positions.items():
        assert (geo[path].location.lat, geo[path].location.lon) == pytest.approx((lat, lon), abs=1e-5)
    assert not result.errors


def test_scan_media_identity_metadata_is_met101(tmp_path, dibp):
    synth.media_zoo(tmp_path)
    result = scan([str(tmp_path)], dibp, ScanOptions(workers=1))
    met = {f.path: f for f in result.findings if f.code == "MET101"}
    assert "camera/IMG_0001.jpg" in met and "video/iphone.mov" in met
    assert "video/android.mp4" not in met  # no identity planted there
    assert str(met["camera/IMG_0001.jpg"].category) == "metadata_identity"
    assert "SerialNumber" in met["camera/IMG_0001.jpg"].why


def test_scan_media_items_carry_offset_and_sidecar_link(tmp_path):
    (tmp_path / "a.jpg").write_bytes(synth.photo(-35.0, 149.0, datetime(2024, 5, 1, 9), offset="+10:00"))
    (tmp_path / "b.jpg").write_bytes(synth.photo(-35.0, 149.0, datetime(2024, 5, 1, 9)))
    (tmp_path / "b.jpg.xmp").write_bytes(synth.xmp_packet(-35.1, 149.1))
    from auditor.engine import media_item
    from auditor.media import sidecar_target
    from auditor.models import Platform

    entries = sorted((e for e in InputTree.build([str(tmp_path)]).entries if is_media(e)), key=lambda e: e.vpath)
    metas = read_all(entries)
    items = {e.name: media_item(e, m, Platform.PHOTOS) for e, m in zip(entries, metas, strict=True)}
    assert items["a.jpg"].extra["capture_offset"] == "+10:00"
    assert items["b.jpg"].extra["capture_offset"] is None and items["b.jpg"].extra["offset_known"] is False
    assert items["b.jpg.xmp"].position is not None
    assert sidecar_target("b.jpg.xmp", {e.vpath for e in entries}) == "b.jpg"
