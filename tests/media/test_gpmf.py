"""auditor.media.gpmf: GoPro GPMF GPS in an MP4's ``gpmd`` track (GPS5 with GPSU, GPS9, Karma's
GPRI layout), the first fix and its UTC time, bounded reads.

Layouts as seen in gopro/gpmf-parser samples/ (karma.mp4, max-heromode.mp4) and its README's KLV
description; bytes built by `auditor.synth.containers` with invented positions.
"""

from __future__ import annotations

import io
import struct
from datetime import UTC, datetime

import pytest

from auditor.media import gpmf
from auditor.media.reader import read_media
from auditor.synth import containers as c
from tests.conftest import exiftool_json, needs_exiftool

WHEN = datetime(2024, 5, 1, 9, 30, 15)


def test_gpmf_gps5_first_fix_and_its_time():
    data = c.gopro_mp4(c.gpmf_gps([(-35.28, 149.13), (-35.29, 149.14)], WHEN))
    meta = read_media(io.BytesIO(data))
    assert meta.gps == pytest.approx((-35.28, 149.13), abs=1e-6)
    assert meta.gps_source == "quicktime" and meta.has_gps_block
    assert meta.taken == WHEN.replace(tzinfo=UTC)


def test_gpmf_gps9_rows_carry_their_own_time_and_fix():
    data = c.gopro_mp4(c.gpmf_gps([(51.5, -0.12)], WHEN, gps9=True))
    meta = read_media(io.BytesIO(data))
    assert meta.gps == pytest.approx((51.5, -0.12), abs=1e-6)
    assert meta.taken == WHEN.replace(tzinfo=UTC)


def test_gpmf_no_fix_is_a_gps_block_without_a_position():
    meta = read_media(io.BytesIO(c.gopro_mp4(c.gpmf_gps([(-35.28, 149.13)], WHEN, fix=0))))
    assert meta.gps is None and meta.has_gps_block


def test_gpmf_karma_gpri_rows_start_with_a_clock():
    types = b"JlllSSSSBB"
    scal = struct.pack(">10i", 1_000_000, 10_000_000, 10_000_000, 1000, 100, 100, 100, 100, 1, 1)
    row = struct.pack(">Q3i4H2B", 145_911_705, 331_253_680, -1_173_310_641, 15_445, 25, 42, 59, 33_435, 3, 20)
    strm = c.klv(b"TYPE", "c", 1, len(types), types) + c.klv(b"SCAL", "l", 4, 10, scal) + c.klv(b"GPRI", "?", 30, 1, row)
    sample = c.klv(b"DEVC", "", 1, len(strm) + 8, c.klv(b"STRM", "", 1, len(strm), strm))
    fix, seen = gpmf.parse_sample(sample)
    assert seen and fix is not None
    assert fix[:2] == pytest.approx((33.125368, -117.3310641))


def test_gpmf_hostile_sample_table_reads_nothing_large():
    data = c.gopro_mp4(c.gpmf_gps([(-35.28, 149.13)], WHEN))
    # claim a 2 GB sample: only MAX_SAMPLE bytes may be asked for
    data = data.replace(struct.pack(">III", 0, 1, len(c.gpmf_gps([(-35.28, 149.13)], WHEN))), struct.pack(">III", 0, 1, 2**31))

    class Spy(io.BytesIO):
        biggest = 0

        def read(self, n=-1):
            Spy.biggest = max(Spy.biggest, n)
            return super().read(n)

    meta = read_media(Spy(data))
    assert Spy.biggest <= gpmf.MAX_SAMPLE
    assert meta.gps == pytest.approx((-35.28, 149.13), abs=1e-6)


@needs_exiftool
def test_gpmf_agrees_with_exiftool(tmp_path):
    path = tmp_path / "gopro.mp4"
    path.write_bytes(c.gopro_mp4(c.gpmf_gps([(-35.28, 149.13)], WHEN)))
    ref = exiftool_json(path, args=("-ee", "-GPSLatitude", "-GPSLongitude"))["gopro.mp4"]
    meta = read_media(io.BytesIO(path.read_bytes()))
    assert meta.gps == pytest.approx((ref["GPSLatitude"], ref["GPSLongitude"]), abs=1e-6)
