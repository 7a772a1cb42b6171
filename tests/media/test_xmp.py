"""XMP packets: GPS and identity in JPEG APP1, PNG iTXt, WebP, MP4 uuid and .xmp sidecars, vs ExifTool."""

from __future__ import annotations

import io

import pytest

from auditor import synth
from auditor.media.reader import read_media
from auditor.media.xmp import xmp_prop
from tests.conftest import exiftool_json, needs_exiftool

LAT, LON = -35.280937, 149.130009


def _files() -> dict[str, bytes]:
    x = synth.xmp_packet(LAT, LON, creator="Pat Example", serial="XMP-SER-1")
    return {
        "jpeg_xmp.jpg": synth.jpeg_insert(synth.image_bytes("JPEG"), synth.jpeg_xmp_segment(x)),
        "png_itxt.png": synth.png_insert(synth.image_bytes("PNG"), synth.png_xmp_itxt(x)),
        "png_itxt_z.png": synth.png_insert(synth.image_bytes("PNG"), synth.png_xmp_itxt(x, compressed=True)),
        "webp_xmp.webp": synth.image_bytes("WEBP", xmp=x),
        "elements.jpg": synth.jpeg_insert(
            synth.image_bytes("JPEG"),
            synth.jpeg_xmp_segment(synth.xmp_packet(LAT, LON, creator="Pat Example", serial="XMP-SER-1", element_form=True)),
        ),
        "video_xmp.mp4": synth.mp4_bytes(xmp=x),
        "heic_xmp.heic": synth.image_bytes("HEIF", xmp=x),
        "avif_xmp.avif": synth.image_bytes("AVIF", xmp=x),
        "photo.jpg.xmp": x,
    }


@pytest.fixture(scope="module")
def xmp_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("xmp")
    for name, data in _files().items():
        (d / name).write_bytes(data)
    return d


@pytest.mark.parametrize("name", sorted(_files()))
def test_xmp_gps_and_identity_found(xmp_dir, name):
    meta = read_media(io.BytesIO((xmp_dir / name).read_bytes()))
    assert meta.gps == pytest.approx((LAT, LON), abs=1e-6)
    assert meta.gps_source == "xmp"
    if name != "video_xmp.mp4":
        assert meta.identity["Creator"] == "Pat Example"
        assert meta.identity["SerialNumber"] == "XMP-SER-1"


@needs_exiftool
def test_xmp_agrees_with_exiftool(xmp_dir):
    ref = exiftool_json(*sorted(xmp_dir.iterdir()), args=("-GPSLatitude", "-GPSLongitude", "-Creator"))
    for name in _files():
        meta = read_media(io.BytesIO((xmp_dir / name).read_bytes()))
        assert meta.gps == pytest.approx((ref[name]["GPSLatitude"], ref[name]["GPSLongitude"]), abs=1e-6), name


def test_xmp_exif_wins_over_xmp_like_exiftool():
    data = synth.jpeg_insert(
        synth.image_bytes("JPEG"),
        synth.jpeg_xmp_segment(synth.xmp_packet(5.5, 6.5)),  # XMP first in the file
        synth.jpeg_exif_segment(synth.exif_bytes(7.5, 8.5)),
    )
    meta = read_media(io.BytesIO(data))
    assert meta.gps == pytest.approx((7.5, 8.5)) and meta.gps_source == "exif"


@pytest.mark.parametrize(
    "raw_lat,raw_lon,expected",
    [
        ("35,16.8562S", "149,7.8005E", (-35.28093667, 149.13000833)),
        ("35,16,51.37S", "149,7,48.03E", (-35.28093611, 149.13000833)),
        ("0,0.0N", "0,0.0E", None),  # (0, 0) is the "no fix" placeholder
        ("95,0.0N", "10,0.0E", None),  # out of range
        ("abc", "10,0.0E", None),
        ("12,30.0s", "45,15.0w", (-12.5, -45.25)),  # lowercase direction letters
    ],
)
def test_xmp_coordinate_forms(raw_lat, raw_lon, expected):
    data = synth.xmp_packet(raw_lat=raw_lat, raw_lon=raw_lon)
    meta = read_media(io.BytesIO(data))
    assert meta.has_gps_block
    if expected is None:
        assert meta.gps is None
    else:
        assert meta.gps == pytest.approx(expected, abs=1e-6)


def test_xmp_prop_attribute_element_and_container_forms():
    x = b"<rdf:Description exif:GPSLatitude='1,2.5N'><dc:rights><rdf:Alt><rdf:li xml:lang=\"x-default\">(c) Pat &amp; Co</rdf:li></rdf:Alt></dc:rights></rdf:Description>"
    assert xmp_prop(x, "exif:GPSLatitude") == "1,2.5N"
    assert xmp_prop(x, "dc:rights") == "(c) Pat & Co"
    assert xmp_prop(x, "dc:creator") is None


def test_xmp_time_with_offset_used_when_no_exif():
    data = synth.xmp_packet(LAT, LON, taken="2024-05-01T09:30:00+10:00")
    meta = read_media(io.BytesIO(data))
    assert meta.offset == "+10:00" and meta.taken.hour == 9
