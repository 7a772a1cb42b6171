"""auditor.synth.containers: deterministic bytes, each with the signature its format needs."""

from __future__ import annotations

from datetime import datetime

import pytest

from auditor import synth
from auditor.media.reader import sniff_kind
from auditor.synth import containers as c

WHEN = datetime(2024, 5, 1, 9, 30, 15)
IFD0, EXIF, GPS = c.camera_ifds(-35.3, 149.1, WHEN)


def _builders():
    jpeg = synth.photo(-27.5, 153.0, WHEN)
    return {
        "tiff": lambda: c.tiff_dirs(IFD0, EXIF, GPS),
        "bigtiff": lambda: c.tiff_dirs(IFD0, EXIF, GPS, big=True),
        "orf": lambda: c.tiff_dirs(IFD0, EXIF, GPS, magic=0x4F52),
        "rw2": lambda: c.rw2_bytes(jpeg),
        "cr3": lambda: c.cr3_bytes(IFD0, EXIF, GPS),
        "crw": lambda: c.crw_bytes("Canon", "EOS", 1_714_555_815),
        "raf": lambda: c.raf_bytes(jpeg),
        "gif": lambda: c.gif_bytes(b"<x:xmpmeta/>"),
        "psd": lambda: c.psd_bytes(xmp=b"<x:xmpmeta/>"),
        "jxl": lambda: c.jxl_bytes(xmp=b"<x:xmpmeta/>"),
        "mp4": lambda: c.gopro_mp4(c.gpmf_gps([(1.0, 2.0)], WHEN)),
        "avi": lambda: c.avi_bytes(),
        "m2ts": lambda: c.m2ts_bytes(),
    }


@pytest.mark.parametrize("kind", sorted(_builders()))
def test_containers_same_arguments_same_bytes_with_the_right_signature(kind):
    build = _builders()[kind]
    first = build()
    assert first == build()
    assert sniff_kind(first[:256]) == kind


def test_containers_jpeg_with_junk_inserts_between_segments():
    jpeg = synth.photo(1.0, 2.0, WHEN)
    junky = c.jpeg_with_junk(jpeg, b"JUNK", after=1)
    assert len(junky) == len(jpeg) + 4 and b"JUNK" in junky and junky.startswith(b"\xff\xd8")
