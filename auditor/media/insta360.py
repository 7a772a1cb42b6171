"""Insta360 INSV/LRV videos: the first GPS fix in the trailer Insta360 cameras append to the MP4.

The file ends with a 78-byte block: the last record's header (id int16u, length int32u, little
endian), the trailer's total length at byte 38, and the ASCII magic
``8db42d694ccc418790edff439fe026bf`` in the last 32 bytes. Records run backwards from there,
each followed by its 6-byte header. Record 0x700 holds 53-byte GPS fixes: a Unix time, a
counter, a fix flag (``A`` = valid), latitude, N/S, longitude, E/W (some firmware writes ``O``
for west), speed, track and altitude, doubles little endian. ExifTool's ProcessInsta360
(QuickTimeStream.pl) reads the same layout.

Reads are bounded: a few seeks at the end of the file, at most `MAX_RECORDS` headers and
`MAX_GPS_BYTES` of fixes. This module must not decode video, open files or decide what is risky.
"""

from __future__ import annotations

import struct
from datetime import UTC, datetime
from typing import BinaryIO

MAGIC = b"8db42d694ccc418790edff439fe026bf"
TAIL = 78
GPS_RECORD = 0x700
FIX_LEN = 53
MAX_RECORDS = 64
MAX_GPS_BYTES = FIX_LEN * 256

Fix = tuple[float, float, datetime | None]


def trailer_gps(fh: BinaryIO) -> tuple[Fix | None, bool]:
    """(first valid fix or None, whether the file has an Insta360 GPS record)."""
    try:
        end = fh.seek(0, 2)
        if end < TAIL:
            return None, False
        fh.seek(end - TAIL)
        tail = fh.read(TAIL)
    except (OSError, ValueError):
        return None, False
    if len(tail) < TAIL or tail[-32:] != MAGIC:
        return None, False
    (trailer_len,) = struct.unpack("<I", tail[38:42])
    if trailer_len > end:
        return None, False
    rec_id, rec_len = struct.unpack("<HI", tail[:6])
    epos = -TAIL
    for _ in range(MAX_RECORDS):
        epos -= rec_len
        if epos + trailer_len < 0:
            break
        if rec_id == GPS_RECORD:
            fh.seek(end + epos)
            return _first_fix(fh.read(min(rec_len, MAX_GPS_BYTES))), True
        epos -= 6
        if epos + trailer_len < 0:
            break
        fh.seek(end + epos)
        head = fh.read(6)
        if len(head) < 6:
            break
        rec_id, rec_len = struct.unpack("<HI", head)
    return None, False


def _first_fix(data: bytes) -> Fix | None:
    for p in range(0, len(data) - FIX_LEN + 1, FIX_LEN):
        t, _count, _ms, flag, lat, ns, lon, ew = struct.unpack("<IIHcdcdc", data[p : p + 29])
        if flag != b"A" or ns not in (b"N", b"S") or ew not in (b"E", b"W", b"O"):
            continue
        lat = -abs(lat) if ns == b"S" else lat
        lon = abs(lon) if ew == b"E" else -abs(lon)
        if -90 <= lat <= 90 and -180 <= lon <= 180 and (lat, lon) != (0, 0):
            return lat, lon, datetime.fromtimestamp(t, UTC) if t else None
    return None
