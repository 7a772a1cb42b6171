"""auditor.demo.location: the camera roll, Google, WhatsApp, Snapchat and Strava builders write readable files."""

from __future__ import annotations

import json

import pytest

from auditor.demo import location
from auditor.media.reader import read_media


def test_camera_roll_is_geotagged(tmp_path):
    location.camera(tmp_path)
    photos = sorted((tmp_path / "camera_roll").glob("IMG_*.jpg"))
    assert len(photos) > 40
    with photos[0].open("rb") as fh:
        assert read_media(fh).gps is not None


@pytest.mark.parametrize("build", [location.google, location.whatsapp, location.snapchat, location.strava])
def test_location_builders_write_parseable_files(tmp_path, build):
    build(tmp_path)
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert written
    for p in written:
        if p.suffix == ".json":
            json.loads(p.read_text(encoding="utf-8"))
