"""auditor.media.flir: the GPS record of a FLIR thermal JPEG's FFF block (APP1 "FLIR\\0" chunks).

Layout as seen in drewnoakes/metadata-extractor-images jpg/FLIR iPhone device.jpg (a big-endian
FFF header whose GPS record is little-endian, split over five APP1 segments) and ExifTool's
FLIR.pm tables; bytes built by `auditor.synth.containers.flir_jpeg` with an invented position.
"""

from __future__ import annotations

import io
import json
import subprocess

import pytest

from auditor import synth
from auditor.media import flir
from auditor.media.reader import read_media
from auditor.synth import containers
from tests.conftest import needs_exiftool


def _photo(lat: float, lon: float, **kw) -> bytes:
    return containers.flir_jpeg(synth.image_bytes("JPEG"), lat, lon, **kw)


@pytest.mark.parametrize("chunks", [1, 3])
def test_flir_gps_record_signed_by_its_references(chunks):
    meta = read_media(io.BytesIO(_photo(34.0754, -118.2543, chunks=chunks)))
    assert meta.gps == pytest.approx((34.0754, -118.2543))
    assert meta.gps_source == "maker" and meta.has_gps_block


def test_flir_invalid_gps_is_a_block_without_a_position():
    meta = read_media(io.BytesIO(_photo(34.0754, -118.2543, valid=0)))
    assert meta.gps is None and meta.has_gps_block


def test_flir_exif_gps_wins_over_the_flir_record():
    jpeg = containers.flir_jpeg(synth.photo(-27.5, 153.0), 34.0754, -118.2543)
    meta = read_media(io.BytesIO(jpeg))
    assert meta.gps == pytest.approx((-27.5, 153.0), abs=1e-5) and meta.gps_source == "exif"


def test_flir_not_an_fff_block_reads_nothing():
    assert flir.gps(b"not FFF at all" * 10) == (None, False)
    assert flir.join_chunks([b"FLIR\0\x01\x01\x01second", b"FLIR\0\x01\x00\x01first-"]) == b"first-second"


@needs_exiftool
def test_flir_agrees_with_exiftool_flir_group(tmp_path):
    path = tmp_path / "thermal.jpg"
    path.write_bytes(_photo(34.0754, -118.2543, chunks=3))
    out = subprocess.run(
        ["exiftool", "-a", "-G1", "-n", "-j", "-FLIR:GPSLatitude", "-FLIR:GPSLongitude", "-FLIR:GPSLongitudeRef", str(path)],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    ref = json.loads(out)[0]
    # ExifTool 12.57 shows FLIR's values unsigned, with the reference beside them
    assert ref["FLIR:GPSLongitudeRef"] == "W"
    meta = read_media(io.BytesIO(path.read_bytes()))
    assert meta.gps == pytest.approx((ref["FLIR:GPSLatitude"], -abs(ref["FLIR:GPSLongitude"])))
