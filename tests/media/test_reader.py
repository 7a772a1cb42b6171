"""Media metadata per container format, checked against known values and against ExifTool.

Every file is generated in code with a known position, owner and capture time; the reader
must find exactly what was planted and agree with `exiftool -n` on the same bytes.
"""

from __future__ import annotations

import io
import struct
import time
from datetime import datetime

import pytest

from auditor import synth
from auditor.media.meta import MediaError
from auditor.media.reader import read_media
from auditor.synth import containers
from tests.conftest import exiftool_json, needs_exiftool

TAKEN = datetime(2024, 5, 1, 9, 30, 15)
KNOWN = {  # file name -> (lat, lon)
    "a.jpg": (-35.308056, 149.124444),
    "b.tif": (-33.946111, 151.177222),
    "c.dng": (-12.4634, 130.8456),
    "d.png": (-27.4698, 153.0251),
    "e_ztxt.png": (-31.9505, 115.8605),
    "e_text.png": (-42.8821, 147.3272),
    "f.webp": (-37.8136, 144.9631),
    "g.heic": (-34.9285, 138.6007),
    "h.avif": (-19.2590, 146.8169),
    "i.jpg": (51.4700, -0.4543),  # northern / western hemisphere
}


def _exif(lat: float, lon: float) -> bytes:
    return synth.exif_bytes(lat, lon, TAKEN, offset="+10:00", artist="Pat Example", serial="BODY-0042")


def build_all() -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for name, (lat, lon) in KNOWN.items():
        e = _exif(lat, lon)
        if name.endswith(".jpg"):
            files[name] = synth.image_bytes("JPEG", exif=e)
        elif name == "b.tif":
            files[name] = synth.tiff_bytes(e)
        elif name == "c.dng":
            files[name] = synth.tiff_bytes(e, camera_serial="DNG-SER-7", dng=True)
        elif name == "d.png":
            files[name] = synth.image_bytes("PNG", exif=e)  # Pillow writes an eXIf chunk
        elif name == "e_ztxt.png":
            files[name] = synth.png_insert(synth.image_bytes("PNG"), synth.png_raw_profile_exif(e, compressed=True))
        elif name == "e_text.png":
            files[name] = synth.png_insert(synth.image_bytes("PNG"), synth.png_raw_profile_exif(e, compressed=False))
        elif name == "f.webp":
            files[name] = synth.image_bytes("WEBP", exif=e)
        elif name == "g.heic":
            files[name] = synth.image_bytes("HEIF", exif=e)
        elif name == "h.avif":
            files[name] = synth.image_bytes("AVIF", exif=e)
    return files


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    d = tmp_path_factory.mktemp("formats")
    for name, data in build_all().items():
        (d / name).write_bytes(data)
    return d


@pytest.mark.parametrize("name", sorted(KNOWN))
def test_formats_read_planted_position_identity_and_time(planted, name):
    with open(planted / name, "rb") as fh:
        meta = read_media(fh)
    lat, lon = KNOWN[name]
    assert meta.gps == pytest.approx((lat, lon), abs=1e-5)
    assert meta.gps_source == "exif"
    assert meta.identity["Artist"] == "Pat Example"
    assert meta.identity["SerialNumber"] == "BODY-0042"
    assert meta.taken is not None and meta.taken.replace(tzinfo=None) == TAKEN
    assert meta.offset == "+10:00" and meta.offset_known
    if name == "c.dng":
        assert meta.identity["CameraSerialNumber"] == "DNG-SER-7"


def test_formats_sniff_by_signature_not_name(planted):
    with open(planted / "h.avif", "rb") as fh:
        assert read_media(fh).format == "avif"
    with pytest.raises(MediaError):
        read_media(io.BytesIO(b"this is not a photo at all, just text"))


@needs_exiftool
def test_formats_agree_with_exiftool(planted):
    ref = exiftool_json(
        *sorted(planted.iterdir()), args=("-GPSLatitude", "-GPSLongitude", "-Artist", "-SerialNumber", "-OffsetTimeOriginal")
    )
    assert set(ref) == set(KNOWN)
    for name in KNOWN:
        with open(planted / name, "rb") as fh:
            meta = read_media(fh)
        r = ref[name]
        assert meta.gps == pytest.approx((r["GPSLatitude"], r["GPSLongitude"]), abs=1e-6), name
        assert meta.identity["Artist"] == r["Artist"]
        assert meta.identity["SerialNumber"] == str(r["SerialNumber"])
        assert meta.offset == r["OffsetTimeOriginal"]


def test_formats_no_offset_is_reported_as_unknown():
    data = synth.image_bytes("JPEG", exif=synth.exif_bytes(-35.0, 149.0, TAKEN))
    meta = read_media(io.BytesIO(data))
    assert meta.taken == TAKEN and meta.taken.tzinfo is None
    assert meta.offset is None and not meta.offset_known


# ---- a second EXIF segment ---------------------------------------------------------------


def _two_segments(first: bytes, second: bytes) -> bytes:
    jpeg = synth.image_bytes("JPEG")
    return synth.jpeg_insert(jpeg, synth.jpeg_exif_segment(first), synth.jpeg_exif_segment(second))


SECOND_SEGMENT_CASES = {
    "gps_in_second.jpg": (synth.exif_bytes(make="First"), synth.exif_bytes(10.5, 20.25, make="Second")),
    "gps_in_both.jpg": (synth.exif_bytes(-30.5, 40.25, make="First"), synth.exif_bytes(10.5, 20.25, make="Second")),
    "gps_in_first.jpg": (synth.exif_bytes(-30.5, 40.25, make="First"), synth.exif_bytes(make="Second", artist="Later")),
}


@pytest.mark.parametrize("name", sorted(SECOND_SEGMENT_CASES))
def test_formats_second_exif_segment_later_tags_override(tmp_path, name):
    first, second = SECOND_SEGMENT_CASES[name]
    data = _two_segments(first, second)
    meta = read_media(io.BytesIO(data))
    expected = (-30.5, 40.25) if name == "gps_in_first.jpg" else (10.5, 20.25)
    assert meta.gps == pytest.approx(expected)
    assert meta.camera.startswith("Second")


@needs_exiftool
def test_formats_second_exif_segment_matches_exiftool(tmp_path):
    for name, (first, second) in SECOND_SEGMENT_CASES.items():
        (tmp_path / name).write_bytes(_two_segments(first, second))
    ref = exiftool_json(*sorted(tmp_path.iterdir()), args=("-GPSLatitude", "-GPSLongitude", "-Make"))
    for name in SECOND_SEGMENT_CASES:
        meta = read_media(io.BytesIO((tmp_path / name).read_bytes()))
        assert meta.gps == pytest.approx((ref[name]["GPSLatitude"], ref[name]["GPSLongitude"])), name
        assert meta.camera.split()[0] == ref[name]["Make"]


# ---- hostile files -------------------------------------------------------------------------


def _huge_png_header(width: int, height: int, extra: bytes = b"") -> bytes:
    ihdr = synth.png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    idat = synth.png_chunk(b"IDAT", b"\x78\x9c\x03\x00\x00\x00\x00\x01")
    return b"\x89PNG\r\n\x1a\n" + ihdr + extra + idat + synth.png_chunk(b"IEND", b"")


def test_formats_huge_png_costs_nothing():
    e = synth.png_chunk(b"eXIf", synth.exif_bytes(-35.1, 149.1)[6:])
    data = _huge_png_header(30000, 30000, e)
    t0 = time.perf_counter()
    meta = read_media(io.BytesIO(data))
    assert time.perf_counter() - t0 < 0.5
    assert meta.gps == pytest.approx((-35.1, 149.1))


HOSTILE = {
    "jpeg_app1_longer_than_file": b"\xff\xd8\xff\xe1\xff\xf0Exif\x00\x00MM\x00*",
    "jpeg_no_marker": b"\xff\xd8\xff\xe0\x00\x04ab" + b"garbage" * 10,
    "png_chunk_length_lie": b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 0x7FFFFFF0) + b"eXIf" + b"x" * 20,
    "webp_truncated_exif": b"RIFF\x00\x00\x01\x00WEBPEXIF" + struct.pack("<I", 5000) + b"Exif\x00\x00II*\x00",
    "mp4_box_size_lie": struct.pack(">I4s", 16, b"ftyp")
    + b"isom\x00\x00\x00\x00"
    + struct.pack(">I4s", 0xFFFFFF00, b"moov")
    + b"\x00" * 32,
    "mp4_zero_size_box": struct.pack(">I4s", 16, b"ftyp")
    + b"isom\x00\x00\x00\x00"
    + struct.pack(">I4s", 4, b"moov")
    + b"\x00" * 8,
    "heic_without_meta": struct.pack(">I4s", 16, b"ftyp") + b"heic\x00\x00\x00\x00" + struct.pack(">I4s", 8, b"mdat"),
}


def _looping_ifd() -> bytes:
    # IFD0 at 8 whose next-IFD and Exif pointers point back at itself
    entries = struct.pack(">HHII", 0x8769, 4, 1, 8) + struct.pack(">HHII", 0x8825, 4, 1, 8)
    tiff = b"MM\x00*" + struct.pack(">I", 8) + struct.pack(">H", 2) + entries + struct.pack(">I", 8)
    return synth.jpeg_insert(synth.image_bytes("JPEG"), synth.jpeg_exif_segment(tiff))


@pytest.mark.parametrize("name", sorted(HOSTILE) + ["looping_ifd"])
def test_formats_hostile_files_fail_fast_or_read_nothing(name):
    data = _looping_ifd() if name == "looping_ifd" else HOSTILE[name]
    t0 = time.perf_counter()
    try:
        meta = read_media(io.BytesIO(data))
    except MediaError:
        meta = None
    assert time.perf_counter() - t0 < 0.5
    if meta is not None:
        assert meta.gps is None


def _junky_jpeg() -> bytes:
    """EXIF, then junk bytes, then an XMP segment (as in 5 corpus files ExifTool reads with a
    minor warning, e.g. metadata-extractor-images jpg/ with 'Skipped unknown N bytes')."""
    jpeg = synth.photo(-27.5, 153.0, TAKEN)
    with_xmp = synth.jpeg_insert(jpeg, synth.jpeg_xmp_segment(synth.xmp_packet(creator="Pat Example")))
    return containers.jpeg_with_junk(with_xmp, b"\x00\x13\x37junk", after=2)


def test_formats_junk_between_jpeg_segments_is_skipped_with_a_warning():
    meta = read_media(io.BytesIO(_junky_jpeg()))
    assert meta.gps == pytest.approx((-27.5, 153.0), abs=1e-5)  # EXIF read before the junk is kept
    assert meta.identity["Creator"] == "Pat Example"  # and the segments after it are read
    assert meta.warnings == ["JPEG: skipped 7 unknown bytes between segments"]


@needs_exiftool
def test_formats_junk_between_jpeg_segments_matches_exiftool(tmp_path):
    path = tmp_path / "junk.jpg"
    path.write_bytes(_junky_jpeg())
    ref = exiftool_json(path, args=("-GPSLatitude", "-GPSLongitude", "-Creator", "-Warning"))["junk.jpg"]
    meta = read_media(io.BytesIO(path.read_bytes()))
    assert meta.gps == pytest.approx((ref["GPSLatitude"], ref["GPSLongitude"]), abs=1e-6)
    assert meta.identity["Creator"] == ref["Creator"]
    assert "Skipped unknown 7 bytes" in ref["Warning"]


def test_formats_geotagged_jpeg_named_nef_is_read_as_jpeg(tmp_path):
    path = tmp_path / "IMG_0001.nef"
    path.write_bytes(synth.photo(-27.5, 153.0, TAKEN))
    with open(path, "rb") as fh:
        meta = read_media(fh)
    assert meta.kind == "jpeg" and meta.gps == pytest.approx((-27.5, 153.0), abs=1e-5)
