"""The bounded FIT reader: record positions and times, hostile lengths refused."""

from __future__ import annotations

import struct
from datetime import UTC, datetime

import pytest

from auditor.sources.fit import FIT_EPOCH, FitError, read_fit_points

HOME = (-35.2500, 149.1000)
WORK = (-35.3080, 149.1240)
T0 = datetime(2024, 5, 6, 20, 30, 0, tzinfo=UTC)
SEMI = 2**31 / 180.0


def _near(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return abs(a[0] - b[0]) < 1e-6 and abs(a[1] - b[1]) < 1e-6


def _fit(body: bytes) -> bytes:
    return struct.pack("<BBHI4s", 12, 0x10, 2100, len(body), b".FIT") + body + b"\x00\x00"


def _one_record(lat: float, lon: float, when: datetime) -> bytes:
    """A little-endian `record` definition (timestamp, lat, lon) and one data message."""
    ts = int((when - FIT_EPOCH).total_seconds())
    definition = bytes([0x40, 0, 0]) + struct.pack("<H", 20) + bytes([3, 253, 4, 0x86, 0, 4, 0x85, 1, 4, 0x85])
    return definition + bytes([0x00]) + struct.pack("<Iii", ts, round(lat * SEMI), round(lon * SEMI))


def test_fit_reads_one_record_position_and_time() -> None:
    [(lat, lon, when)] = read_fit_points(_fit(_one_record(*HOME, T0)))
    assert _near((lat, lon), HOME) and when == T0


def test_fit_refuses_what_is_not_fit_and_caps_points() -> None:
    with pytest.raises(FitError):
        read_fit_points(b"not a fit file at all")
    two = _fit(_one_record(*HOME, T0) + bytes([0x00]) + struct.pack("<Iii", 1, round(WORK[0] * SEMI), round(WORK[1] * SEMI)))
    assert len(read_fit_points(two)) == 2
    assert len(read_fit_points(two, max_points=1)) == 1


def test_fit_big_endian_developer_fields_and_compressed_timestamps() -> None:
    semi = 2**31 / 180.0
    ts = int((T0 - FIT_EPOCH).total_seconds())
    body = bytearray()
    body += bytes([0x40, 0, 0]) + struct.pack("<H", 0) + bytes([1, 4, 1, 0x00])  # file_id, one enum field
    body += bytes([0x00, 4])  # its data: type=activity
    # local 0 -> record, big-endian, with one 2-byte developer field
    body += bytes([0x60, 0, 1]) + struct.pack(">H", 20) + bytes([3, 253, 4, 0x86, 0, 4, 0x85, 1, 4, 0x85]) + bytes([1, 0, 2, 0])
    body += bytes([0x00]) + struct.pack(">Iii", ts, round(HOME[0] * semi), round(HOME[1] * semi)) + b"\x01\x02"
    # local 1 -> record without timestamp field, little-endian; used with a compressed-timestamp header
    body += bytes([0x41, 0, 0]) + struct.pack("<H", 20) + bytes([2, 0, 4, 0x85, 1, 4, 0x85])
    offset = (ts + 3) & 0x1F
    body += bytes([0x80 | (1 << 5) | offset]) + struct.pack("<ii", round(WORK[0] * semi), round(WORK[1] * semi))
    body += bytes([0x01]) + struct.pack("<ii", 0x7FFFFFFF, 0x7FFFFFFF)  # invalid position: skipped
    data = struct.pack("<BBHI4s", 12, 0x10, 2100, len(body), b".FIT") + bytes(body) + b"\x00\x00"
    pts = read_fit_points(data)
    assert len(pts) == 2
    assert _near(pts[0][:2], HOME) and pts[0][2] == T0
    assert _near(pts[1][:2], WORK) and (pts[1][2] - T0).total_seconds() == 3
