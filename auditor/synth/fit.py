"""A minimal FIT activity-file writer: one `record` message (time, latitude, longitude) per point,
with the header and file CRCs a real device writes.

For tests and sample data (Strava exports) only; the bounded reader lives in
`auditor.sources.fit`, whose constants (epoch, message number, semicircle unit) this module
shares so the two always agree. Must not be imported by any source: reading never needs a writer.
"""

from __future__ import annotations

import struct
from datetime import datetime

from auditor.sources.fit import FIT_EPOCH, RECORD, SEMICIRCLE


def write_fit(points: list[tuple[float, float, datetime]]) -> bytes:
    """A minimal valid FIT file with one record message per point (for tests and samples)."""
    body = bytearray()
    # definition: local 0 -> record; fields timestamp(253, uint32), lat(0, sint32), lon(1, sint32)
    body += bytes([0x40, 0, 0]) + struct.pack("<H", RECORD) + bytes([3, 253, 4, 0x86, 0, 4, 0x85, 1, 4, 0x85])
    for lat, lon, when in points:
        ts = int((when - FIT_EPOCH).total_seconds())
        body += bytes([0x00]) + struct.pack("<Iii", ts, round(lat / SEMICIRCLE), round(lon / SEMICIRCLE))
    header = struct.pack("<BBHI4s", 14, 0x20, 2100, len(body), b".FIT")
    header += struct.pack("<H", crc(header))
    out = header + bytes(body)
    return out + struct.pack("<H", crc(out))


_CRC_TABLE = (
    0x0000,
    0xCC01,
    0xD801,
    0x1400,
    0xF001,
    0x3C00,
    0x2800,
    0xE401,
    0xA001,
    0x6C00,
    0x7800,
    0xB401,
    0x5000,
    0x9C01,
    0x8801,
    0x4400,
)


def crc(data: bytes) -> int:
    """FIT's CRC-16, computed a nibble at a time from the SDK's 16-entry table."""
    value = 0
    for byte in data:
        tmp = _CRC_TABLE[value & 0xF]
        value = (value >> 4) & 0x0FFF
        value = value ^ tmp ^ _CRC_TABLE[byte & 0xF]
        tmp = _CRC_TABLE[value & 0xF]
        value = (value >> 4) & 0x0FFF
        value = value ^ tmp ^ _CRC_TABLE[(byte >> 4) & 0xF]
    return value
