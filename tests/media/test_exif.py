"""GPS values from EXIF agree with ExifTool to 1e-6 degrees, including the awkward forms."""

from __future__ import annotations

import io
import json
import subprocess

import piexif
import pytest

from auditor import synth
from auditor.media import exif as exifmod
from auditor.media.meta import MediaError
from auditor.media.reader import read_media
from auditor.synth import containers
from tests.conftest import needs_exiftool

G = piexif.GPSIFD

# name -> GPS IFD planted in the photo; None as the expected value means "no position"
CASES = {
    "south-east": synth.gps_ifd(-35.308139, 149.124444),
    "north-west": synth.gps_ifd(51.500833, -0.141944),
    "seconds-zero-over-one": {
        G.GPSLatitudeRef: b"S",
        G.GPSLatitude: ((33, 1), (52, 1), (0, 1)),
        G.GPSLongitudeRef: b"E",
        G.GPSLongitude: ((151, 1), (12, 1), (0, 1)),
    },
    "odd-rationals": {
        G.GPSLatitudeRef: b"S",
        G.GPSLatitude: ((70, 2), (54, 3), (123457, 7000)),
        G.GPSLongitudeRef: b"E",
        G.GPSLongitude: ((447, 3), (1, 7), (99, 13)),
    },
    "degrees-only": {
        G.GPSLatitudeRef: b"S",
        G.GPSLatitude: ((3386882, 100000), (0, 1), (0, 1)),
        G.GPSLongitudeRef: b"E",
        G.GPSLongitude: ((15120929, 100000), (0, 1), (0, 1)),
    },
    "minutes-decimal": {
        G.GPSLatitudeRef: b"S",
        G.GPSLatitude: ((12, 1), (2751, 100), (0, 1)),
        G.GPSLongitudeRef: b"E",
        G.GPSLongitude: ((130, 1), (5083, 100), (0, 1)),
    },
    "missing-ref": {G.GPSLatitude: ((27, 1), (28, 1), (12, 1)), G.GPSLongitude: ((153, 1), (1, 1), (30, 1))},
    "lowercase-ref": {
        G.GPSLatitudeRef: b"s",
        G.GPSLatitude: ((31, 1), (57, 1), (0, 1)),
        G.GPSLongitudeRef: b"e",
        G.GPSLongitude: ((115, 1), (51, 1), (0, 1)),
    },
    "empty-gps-block": {G.GPSVersionID: (2, 3, 0, 0)},
    "zero-over-zero": {
        G.GPSLatitudeRef: b"S",
        G.GPSLatitude: ((0, 0), (0, 0), (0, 0)),
        G.GPSLongitudeRef: b"E",
        G.GPSLongitude: ((0, 0), (0, 0), (0, 0)),
    },
    "null-island": {
        G.GPSLatitudeRef: b"N",
        G.GPSLatitude: ((0, 1), (0, 1), (0, 1)),
        G.GPSLongitudeRef: b"E",
        G.GPSLongitude: ((0, 1), (0, 1), (0, 1)),
    },
}
NO_POSITION = {"empty-gps-block", "zero-over-zero", "null-island"}


def _photo(gps: dict) -> bytes:
    return synth.image_bytes("JPEG", exif=synth.exif_bytes(gps=gps))


@pytest.mark.parametrize("name", sorted(CASES))
def test_gps_position_presence(name):
    meta = read_media(io.BytesIO(_photo(CASES[name])))
    assert meta.has_gps_block
    if name in NO_POSITION:
        assert meta.gps is None
    else:
        assert meta.gps is not None


@needs_exiftool
def test_gps_matches_exiftool(tmp_path):
    for name, gps in CASES.items():
        (tmp_path / f"{name}.jpg").write_bytes(_photo(gps))
    out = subprocess.run(
        ["exiftool", "-n", "-json", "-GPSLatitude", "-GPSLongitude", str(tmp_path)], capture_output=True, text=True, check=True
    )
    ref = {rec["SourceFile"].rsplit("/", 1)[1][:-4]: rec for rec in json.loads(out.stdout)}
    assert len(ref) == len(CASES)
    compared = 0
    for name in CASES:
        meta = read_media(io.BytesIO((tmp_path / f"{name}.jpg").read_bytes()))
        lat, lon = ref[name].get("GPSLatitude"), ref[name].get("GPSLongitude")
        numeric = isinstance(lat, (int, float)) and isinstance(lon, (int, float))
        if name in NO_POSITION:
            # ExifTool prints 0/0 as "undef" (non-numeric) or 0; either way no real position
            assert meta.gps is None
            assert not numeric or (lat == 0 and lon == 0)
            continue
        assert numeric, f"{name}: exiftool gave {ref[name]}"
        assert meta.gps == pytest.approx((lat, lon), abs=1e-6), name
        compared += 1
    assert compared == len(CASES) - len(NO_POSITION)


@pytest.mark.parametrize("fmt", ["PNG", "WEBP", "TIFF", "HEIF"])
def test_gps_in_other_containers(fmt, tmp_path):
    data = synth.image_bytes(fmt, exif=synth.exif_bytes(-33.8688, 151.2093))
    meta = read_media(io.BytesIO(data))
    assert meta.gps == pytest.approx((-33.8688, 151.2093), abs=1e-4)


@needs_exiftool
@pytest.mark.parametrize("fmt,ext", [("PNG", "png"), ("WEBP", "webp"), ("TIFF", "tif"), ("HEIF", "heic")])
def test_other_containers_match_exiftool(fmt, ext, tmp_path):
    p = tmp_path / f"x.{ext}"
    p.write_bytes(synth.image_bytes(fmt, exif=synth.exif_bytes(-12.4634, 130.8456)))
    out = json.loads(
        subprocess.run(
            ["exiftool", "-n", "-json", "-GPSLatitude", "-GPSLongitude", str(p)], capture_output=True, text=True, check=True
        ).stdout
    )[0]
    meta = read_media(io.BytesIO(p.read_bytes()))
    assert meta.gps == pytest.approx((out["GPSLatitude"], out["GPSLongitude"]), abs=1e-6)


def test_capture_time_keeps_offset():
    from datetime import datetime

    meta = read_media(io.BytesIO(synth.photo(-35.3, 149.1, datetime(2025, 1, 2, 7, 45), offset="+11:00")))
    assert meta.offset_known
    assert meta.taken.isoformat() == "2025-01-02T07:45:00+11:00"
    meta = read_media(io.BytesIO(synth.photo(-35.3, 149.1, datetime(2025, 1, 2, 7, 45))))
    assert not meta.offset_known and meta.taken.tzinfo is None


def test_text_file_named_jpg_is_an_error():
    with pytest.raises(MediaError, match="signature"):
        read_media(io.BytesIO(b"just some notes, not a photo\n"))


def test_looping_ifd_offsets_do_not_hang():
    # a TIFF whose IFD0 points at itself as the GPS IFD and as the next IFD
    import struct

    ifd = struct.pack("<H", 1) + struct.pack("<HHII", 0x8825, 4, 1, 8) + struct.pack("<I", 8)
    tiff = b"II*\x00" + struct.pack("<I", 8) + ifd
    meta = read_media(io.BytesIO(tiff))
    assert meta.gps is None


def test_huge_png_dimensions_cost_nothing():
    import struct
    import zlib

    def chunk(t: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + t + body + struct.pack(">I", zlib.crc32(t + body))

    ihdr = struct.pack(">IIBBBBB", 30000, 30000, 8, 2, 0, 0, 0)
    exif = synth.exif_bytes(-27.47, 153.02)[6:]  # drop "Exif\0\0"
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"eXIf", exif) + chunk(b"IDAT", b"\x00" * 10) + chunk(b"IEND", b"")
    meta = read_media(io.BytesIO(png))
    assert meta.gps == pytest.approx((-27.47, 153.02), abs=1e-4)


@pytest.mark.parametrize("bo", ["<", ">"])
def test_exif_bigtiff_eight_byte_offsets(bo):
    """BigTIFF (``II+\\0`` / ``MM\\0+``, 8-byte counts and offsets; ExifTool t/images/BigTIFF.btf)."""
    ifd0, exif, gps = containers.camera_ifds(-35.3, 149.1)
    data = containers.tiff_dirs(ifd0, exif, gps, bo=bo, big=True)
    parsed = exifmod.parse_tiff(data)
    assert parsed.has_gps_ifd
    assert exifmod.gps_position(parsed.gps) == pytest.approx((-35.3, 149.1), abs=1e-5)
    assert parsed.ifd0["Make"] == "Examplecam"
    assert parsed.exif["DateTimeOriginal"] == "2024:05:01 09:30:15"


def test_exif_bigtiff_bad_offset_size_is_an_error():
    data = bytearray(containers.tiff_dirs({0x010F: "X"}, big=True))
    data[4] = 4  # offset size must be 8
    with pytest.raises(exifmod.ExifError):
        exifmod.parse_tiff(bytes(data))


def _looping_tiff(pointer_tag: int) -> bytes:
    """A little-endian TIFF whose IFD0 points `pointer_tag` (Exif or GPS) back at IFD0 itself."""
    entries = [(256, 3, 1, 16), (pointer_tag, 4, 1, 8)]
    body = b"II*\x00" + (8).to_bytes(4, "little") + len(entries).to_bytes(2, "little")
    for tag, typ, count, value in entries:
        body += tag.to_bytes(2, "little") + typ.to_bytes(2, "little") + count.to_bytes(4, "little") + value.to_bytes(4, "little")
    return body + (8).to_bytes(4, "little") + bytes(64)


@pytest.mark.parametrize(("tag", "what"), [(0x8825, "GPS directory"), (0x8769, "Exif directory")])
def test_a_directory_looping_back_is_said_not_swallowed(tag: int, what: str) -> None:
    data = exifmod.parse_tiff(_looping_tiff(tag))
    assert data.problems == [f"{what}: IFD loop"]
    meta = read_media(io.BytesIO(_looping_tiff(tag)))
    assert meta.errors == [f"corrupt EXIF: {what}: IFD loop"]
