"""QuickTime / MP4 / 3GP positions (udta ©xyz, mdta keys) built in code, checked against ExifTool."""

from __future__ import annotations

import io

import pytest

from auditor import synth
from auditor.media.isobmff import parse_iso6709
from auditor.media.reader import read_media
from auditor.synth import containers
from tests.conftest import exiftool_json, needs_exiftool

LOC_KEY = "com.apple.quicktime.location.ISO6709"
VIDEOS = {
    "android.mp4": (synth.mp4_bytes(xyz=synth.iso6709(-33.8688, 151.2093)), (-33.8688, 151.2093)),
    "iphone.mov": (
        synth.mp4_bytes(
            keys={
                LOC_KEY: synth.iso6709(-35.2809, 149.1300, 570.5),
                "com.apple.quicktime.creationdate": "2024-05-01T09:30:00+1000",
                "com.apple.quicktime.author": "Pat Example",
            },
            brand=b"qt  ",
            mdat_first=True,
        ),
        (-35.2809, 149.13),
    ),
    "old_phone.3gp": (synth.mp4_bytes(xyz=synth.iso6709(51.5007, -0.1246), brand=b"3gp4"), (51.5007, -0.1246)),
    "zero.mp4": (synth.mp4_bytes(xyz="+00.0000+000.0000/"), None),
}


@pytest.fixture(scope="module")
def videos(tmp_path_factory):
    d = tmp_path_factory.mktemp("videos")
    for name, (data, _) in VIDEOS.items():
        (d / name).write_bytes(data)
    return d


@pytest.mark.parametrize("name", sorted(VIDEOS))
def test_quicktime_positions(videos, name):
    meta = read_media(io.BytesIO((videos / name).read_bytes()))
    expected = VIDEOS[name][1]
    assert meta.format == "mp4"
    assert meta.has_gps_block
    if expected is None:
        assert meta.gps is None
    else:
        assert meta.gps == pytest.approx(expected, abs=1e-6)
        assert meta.gps_source == "quicktime"


def test_quicktime_creationdate_offset_and_author(videos):
    meta = read_media(io.BytesIO((videos / "iphone.mov").read_bytes()))
    assert meta.offset == "+10:00" and meta.taken.hour == 9
    assert meta.identity["Artist"] == "Pat Example"


@needs_exiftool
def test_quicktime_agrees_with_exiftool(videos):
    ref = exiftool_json(*sorted(videos.iterdir()), args=("-GPSLatitude", "-GPSLongitude"))
    for name, (_, expected) in VIDEOS.items():
        if expected is None:
            continue  # ExifTool prints 0, 0; we treat (0, 0) as no position (see exif.gps_position)
        meta = read_media(io.BytesIO((videos / name).read_bytes()))
        assert meta.gps == pytest.approx((ref[name]["GPSLatitude"], ref[name]["GPSLongitude"]), abs=1e-6), name


@pytest.mark.parametrize(
    "text,expected",
    [
        ("+35.2809+149.1300/", (35.2809, 149.13)),
        ("-3516.86+14907.80/", (-35.281, 149.13)),  # DDMM.mm form
        ("+351651.4+1490748.0+570/", (35.280944, 149.13)),  # DDMMSS form
        ("+95.0+10.0/", None),
        ("garbage", None),
    ],
)
def test_quicktime_iso6709_forms(text, expected):
    got = parse_iso6709(text)
    if expected is None:
        assert got is None
    else:
        assert got == pytest.approx(expected, abs=1e-4)


def test_quicktime_3gpp_loci_box_gives_the_position():
    """3GPP ``udta/loci`` (as in drewnoakes/metadata-extractor-images mp4/FLIR Thermal.mp4)."""
    meta = read_media(io.BytesIO(containers.loci_mp4(-35.28, 149.13)))
    assert meta.gps == pytest.approx((-35.28, 149.13), abs=1e-4)
    assert meta.gps_source == "quicktime" and meta.has_gps_block


@needs_exiftool
def test_quicktime_loci_agrees_with_exiftool(tmp_path):
    path = tmp_path / "loci.3gp"
    path.write_bytes(containers.loci_mp4(52.36929, 6.67609))
    ref = exiftool_json(path, args=("-GPSLatitude", "-GPSLongitude"))["loci.3gp"]
    meta = read_media(io.BytesIO(path.read_bytes()))
    assert meta.gps == pytest.approx((ref["GPSLatitude"], ref["GPSLongitude"]), abs=1e-4)
