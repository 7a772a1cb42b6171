"""auditor.media.raw: TIFF-family raws (CR2, NEF, ARW, ORF IIRO/IIRS/MMOR, RW2 IIU), BigTIFF, CR3's
CMT boxes, CRW's CIFF heap and RAF's embedded JPEG/TIFF, read page by page and compared with ExifTool.

Layouts as seen in ExifTool's t/images (CanonRaw.cr2/.cr3/.crw, FujiFilm.raf, Panasonic.rw2,
BigTIFF.btf) and drewnoakes/metadata-extractor-images (nef/, rw2/); the bytes here are built by
`auditor.synth.containers` with invented content.
"""

from __future__ import annotations

import io
from datetime import datetime

import pytest

from auditor import synth
from auditor.media.meta import Paged
from auditor.media.reader import read_media, sniff_kind
from auditor.synth import containers as c
from tests.conftest import exiftool_json, needs_exiftool

TAKEN = datetime(2024, 5, 1, 9, 30, 15)
LAT, LON = -35.3, 149.1
IFD0, EXIF, GPS = c.camera_ifds(LAT, LON, TAKEN)
JPEG = synth.photo(-27.5, 153.0, TAKEN)


def _variants() -> dict[str, tuple[bytes, str, tuple[float, float]]]:
    """name -> (bytes, kind by signature, planted position)."""
    return {
        "le.tif": (c.tiff_dirs(IFD0, EXIF, GPS), "tiff", (LAT, LON)),
        "be.nef": (c.tiff_dirs(IFD0, EXIF, GPS, bo=">"), "tiff", (LAT, LON)),
        "cam.cr2": (c.tiff_dirs(IFD0, EXIF, GPS, after_header=b"CR\x02\x00\x00\x00\x00\x00"), "cr2", (LAT, LON)),
        "iiro.orf": (c.tiff_dirs(IFD0, EXIF, GPS, magic=0x4F52), "orf", (LAT, LON)),
        "iirs.orf": (c.tiff_dirs(IFD0, EXIF, GPS, magic=0x5352), "orf", (LAT, LON)),
        "mmor.orf": (c.tiff_dirs(IFD0, EXIF, GPS, bo=">", magic=0x4F52), "orf", (LAT, LON)),
        "pana.rw2": (c.rw2_bytes(JPEG), "rw2", (-27.5, 153.0)),
        "le.btf": (c.tiff_dirs(IFD0, EXIF, GPS, big=True), "bigtiff", (LAT, LON)),
        "be.btf": (c.tiff_dirs(IFD0, EXIF, GPS, bo=">", big=True), "bigtiff", (LAT, LON)),
        "canon.cr3": (c.cr3_bytes(IFD0, EXIF, GPS), "cr3", (LAT, LON)),
        "fuji.raf": (c.raf_bytes(JPEG), "raf", (-27.5, 153.0)),
        "fuji_tiff.raf": (c.raf_bytes(b"\xff\xd8\xff\xd9", c.tiff_dirs(IFD0, EXIF, GPS)), "raf", (LAT, LON)),
    }


VARIANTS = _variants()


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_raw_every_variant_gives_its_planted_position_and_time(name):
    data, kind, pos = VARIANTS[name]
    assert sniff_kind(data[:256]) == kind
    meta = read_media(io.BytesIO(data))
    assert meta.kind == kind
    assert meta.gps == pytest.approx(pos, abs=1e-5)
    assert meta.taken == TAKEN
    assert meta.camera


def test_raw_crw_heap_gives_make_model_and_capture_time():
    meta = read_media(io.BytesIO(c.crw_bytes("Canon", "EOS Example", int(datetime(2024, 5, 1, 9, 30, 15).timestamp()) + 0)))
    assert meta.kind == "crw"
    assert meta.camera == "Canon EOS Example"
    assert meta.taken is not None and meta.gps is None


def test_raw_cr3_without_gps_box_has_no_position():
    meta = read_media(io.BytesIO(c.cr3_bytes(IFD0, EXIF, None)))
    assert meta.gps is None and not meta.has_gps_block
    assert meta.camera == "Examplecam R1"


class _Counting(io.BytesIO):
    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.read_bytes = 0

    def read(self, n: int = -1) -> bytes:
        out = super().read(n)
        self.read_bytes += len(out)
        return out


def test_raw_reads_only_the_pages_its_directories_sit_in():
    # a 40 MB "raw" whose image data follows the directories: only the first page is read
    data = c.tiff_dirs(IFD0, EXIF, GPS) + bytes(40 * 1024 * 1024)
    fh = _Counting(data)
    meta = read_media(fh)
    assert meta.gps == pytest.approx((LAT, LON), abs=1e-5)
    assert fh.read_bytes <= 2 * Paged.PAGE


def test_raw_paged_view_slices_like_bytes():
    data = bytes(range(256)) * 1000
    view = Paged(io.BytesIO(data), data[:256])
    assert len(view) == len(data)
    for a, b in ((0, 10), (65530, 65545), (200_000, 200_001), (255_990, 300_000), (5, 5)):
        assert view[a:b] == data[a:b]


@needs_exiftool
def test_raw_agrees_with_exiftool(tmp_path):
    for name, (data, _kind, _pos) in VARIANTS.items():
        (tmp_path / name).write_bytes(data)
    ref = exiftool_json(*sorted(tmp_path.iterdir()), args=("-GPSLatitude", "-GPSLongitude", "-Make", "-Model"))
    for name, (data, _kind, _pos) in VARIANTS.items():
        if name == "fuji_tiff.raf":
            continue  # ExifTool reads a RAF's raw-data TIFF as a FujiIFD (no EXIF tags); we use it only as a fallback
        meta = read_media(io.BytesIO(data))
        r = ref[name]
        assert meta.camera == f"{r['Make']} {r['Model']}", name
        if name.endswith(".btf"):
            # ExifTool 12.57 reads a BigTIFF's GPS directory with the Exif table (no GPSLatitude)
            continue
        assert meta.gps == pytest.approx((r["GPSLatitude"], r["GPSLongitude"]), abs=1e-6), name
