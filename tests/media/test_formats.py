"""auditor.media.formats: GIF (XMP application extension), PSD image resources (EXIF, XMP, IPTC),
JPEG XL (container boxes and bare codestream), AVI (XMP or skipped with a reason), M2TS (skipped
with a reason) and the formats recognised and knowingly not read.

Layouts as seen in ExifTool's t/images (GIF.gif, Photoshop.psd, JXL.jxl, JXL2.jxl, RIFF.avi,
M2TS.mts) and python-pillow/Pillow Tests/images (*.psd, *.gif); bytes built by
`auditor.synth.containers` with invented content.
"""

from __future__ import annotations

import io
from datetime import datetime

import pytest

from auditor import synth
from auditor.media import formats
from auditor.media.reader import read_media
from auditor.synth import containers as c
from tests.conftest import exiftool_json, needs_exiftool

TAKEN = datetime(2024, 5, 1, 9, 30, 15)
XMP = synth.xmp_packet(-33.9, 151.2, creator="Pat Example")
EXIF = synth.exif_bytes(-12.4, 130.8, TAKEN)


def _read(data: bytes):
    return read_media(io.BytesIO(data))


def test_formats_gif_xmp_extension_with_magic_trailer():
    meta = _read(c.gif_bytes(XMP))
    assert meta.kind == "gif"
    assert meta.gps == pytest.approx((-33.9, 151.2)) and meta.gps_source == "xmp"
    assert meta.identity["Creator"] == "Pat Example"
    assert _read(c.gif_bytes()).gps is None


def test_formats_psd_image_resources_exif_xmp_iptc():
    meta = _read(c.psd_bytes(EXIF, XMP, byline="Pat Example"))
    assert meta.kind == "psd"
    assert meta.gps == pytest.approx((-12.4, 130.8), abs=1e-5) and meta.gps_source == "exif"
    assert meta.identity["By-line"] == "Pat Example"
    assert meta.taken == TAKEN
    xmp_only = _read(c.psd_bytes(xmp=XMP))
    assert xmp_only.gps == pytest.approx((-33.9, 151.2))


def test_formats_jxl_container_boxes_and_bare_codestream():
    meta = _read(c.jxl_bytes(EXIF, XMP))
    assert meta.kind == "jxl"
    assert meta.gps == pytest.approx((-12.4, 130.8), abs=1e-5)
    assert meta.identity["Creator"] == "Pat Example"
    bare = _read(c.jxl_bytes(container=False))
    assert bare.kind == "jxl" and bare.gps is None and not bare.skipped


def test_formats_avi_reads_xmp_or_says_why_it_skipped():
    meta = _read(c.avi_bytes(XMP))
    assert meta.gps == pytest.approx((-33.9, 151.2)) and not meta.skipped
    empty = _read(c.avi_bytes())
    assert empty.kind == "avi" and empty.gps is None
    assert empty.skipped == formats.AVI_REASON


def test_formats_m2ts_is_skipped_with_a_reason():
    meta = _read(c.m2ts_bytes())
    assert meta.kind == "m2ts" and meta.skipped == formats.M2TS_REASON


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"BM" + bytes(4) + bytes(4) + bytes(4) + bytes([40]) + bytes(20), "bmp"),
        (b"\x00\x00\x00\x0cjP  \r\n\x87\n" + bytes(20), "jp2"),
        (b"\x1a\x45\xdf\xa3" + bytes(28), "mkv"),
        (b"P6\n16 16\n255\n" + bytes(16), "pnm"),
        (b"\x0a\x05\x01\x08" + bytes(28), "pcx"),
    ],
)
def test_formats_recognised_but_not_read_are_skipped_with_a_reason(head, kind):
    meta = _read(head)
    assert meta.kind == kind
    assert meta.skipped and meta.gps is None


def test_formats_gif_stray_block_keeps_what_was_read():
    data = c.gif_bytes(XMP)[:-1] + b"\x99garbage"
    meta = _read(data)
    assert meta.gps == pytest.approx((-33.9, 151.2))
    assert meta.warnings


@needs_exiftool
def test_formats_agree_with_exiftool(tmp_path):
    files = {"x.gif": c.gif_bytes(XMP), "x.psd": c.psd_bytes(EXIF, XMP, "Pat Example"), "x.jxl": c.jxl_bytes(EXIF, XMP)}
    files["x.avi"] = c.avi_bytes(XMP)
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    ref = exiftool_json(*sorted(tmp_path.iterdir()), args=("-GPSLatitude", "-GPSLongitude", "-Creator"))
    for name, data in files.items():
        meta = _read(data)
        assert meta.gps == pytest.approx((ref[name]["GPSLatitude"], ref[name]["GPSLongitude"]), abs=1e-6), name
        assert meta.identity["Creator"] == ref[name]["Creator"]


@pytest.mark.parametrize("head", [b"\0\0\x02\0", b"\0\0\x01\0\x01", b"BM", b"\x0a\0", b"P6"])
def test_formats_skip_kind_of_a_truncated_head_does_not_raise(head):
    """Found by the media fuzz target: a 4-byte icon header raised IndexError."""
    assert formats.skip_kind(head) is None or isinstance(formats.skip_kind(head), tuple)
