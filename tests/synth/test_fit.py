"""auditor.synth.fit: the FIT writer's files round-trip through the reader in auditor.sources.fit."""

from __future__ import annotations

import struct
from datetime import UTC, datetime, timedelta

from auditor.sources.fit import read_fit_points
from auditor.synth.fit import crc, write_fit


def test_write_fit_round_trips_through_the_reader():
    t0 = datetime(2024, 5, 6, 20, 30, tzinfo=UTC)
    pts = [(-35.25 + i * 0.001, 149.1 - i * 0.001, t0 + timedelta(seconds=10 * i)) for i in range(5)]
    back = read_fit_points(write_fit(pts))
    assert len(back) == 5
    for (lat, lon, when), (rlat, rlon, rwhen) in zip(pts, back, strict=True):
        assert abs(lat - rlat) < 1e-6 and abs(lon - rlon) < 1e-6 and rwhen == when


def test_write_fit_checksums_are_valid():
    data = write_fit([(1.0, 2.0, datetime(2024, 1, 1, tzinfo=UTC))])
    header = data[:14]
    assert header[8:12] == b".FIT"
    assert struct.unpack("<H", header[12:14])[0] == crc(header[:12])
    assert struct.unpack("<H", data[-2:])[0] == crc(data[:-2])
    assert crc(b"") == 0
