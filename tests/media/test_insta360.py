"""auditor.media.insta360: the GPS trailer Insta360 cameras append to INSV/LRV videos.

Layout as ExifTool's ProcessInsta360 reads it (QuickTimeStream.pl: the 78-byte tail, the magic,
records walked backwards, 53-byte 0x700 fixes); bytes built by
`auditor.synth.containers.insta360_mp4` with invented fixes.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest

from auditor.media import insta360
from auditor.media.reader import read_media
from auditor.synth import containers
from tests.conftest import exiftool_json, needs_exiftool

WHEN = datetime(2024, 5, 1, 9, 30, 15, tzinfo=UTC)


def test_insta360_first_valid_fix_and_its_time():
    data = containers.insta360_mp4([(-33.86, 151.21), (-33.87, 151.22)], WHEN)
    meta = read_media(io.BytesIO(data))
    assert meta.kind == "mp4"
    assert meta.gps == pytest.approx((-33.86, 151.21)) and meta.has_gps_block
    assert meta.taken == WHEN


def test_insta360_void_fixes_are_a_gps_block_without_a_position():
    meta = read_media(io.BytesIO(containers.insta360_mp4([(-33.86, 151.21)], WHEN, valid=False)))
    assert meta.gps is None and meta.has_gps_block


def test_insta360_plain_mp4_has_no_trailer():
    assert insta360.trailer_gps(io.BytesIO(containers.loci_mp4(1.0, 2.0))) == (None, False)


def test_insta360_lying_trailer_length_reads_nothing():
    data = bytearray(containers.insta360_mp4([(-33.86, 151.21)], WHEN))
    data[-40:-36] = (2**31).to_bytes(4, "little")  # trailer longer than the file
    assert insta360.trailer_gps(io.BytesIO(bytes(data))) == (None, False)


@needs_exiftool
def test_insta360_agrees_with_exiftool(tmp_path):
    path = tmp_path / "VID_0001.insv"
    path.write_bytes(containers.insta360_mp4([(-33.86, 151.21)], WHEN))
    ref = exiftool_json(path, args=("-ee", "-GPSLatitude", "-GPSLongitude"))["VID_0001.insv"]
    meta = read_media(io.BytesIO(path.read_bytes()))
    assert meta.gps == pytest.approx((ref["GPSLatitude"], ref["GPSLongitude"]), abs=1e-6)
