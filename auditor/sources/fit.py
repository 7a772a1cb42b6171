"""A small, bounded reader for Garmin FIT activity files: the positions and times of `record`
messages, nothing else.

Written by hand because only two fields of one message type are needed and the input may be
hostile: every length is checked against the bytes actually present, the number of records is
capped, and chained FIT files are followed only while bytes remain. CRCs are not verified (a
damaged file still yields the points before the damage). Raises `FitError` when the header is
not FIT or a message runs past the end.

Format notes: a 12- or 14-byte header (size, protocol, profile, data size, ".FIT"), then
records. A record header with bit 7 set is a compressed-timestamp data message; otherwise bit 6
marks a definition, bit 5 developer fields, bits 0-3 the local type. Positions are sint32
semicircles (degrees = s * 180 / 2**31); 0x7FFFFFFF means invalid. Times are seconds since
1989-12-31 00:00 UTC.

It parses bytes it is given; it must not open files or decide what is risky.
Reading only: the FIT writer used for tests and sample data lives in `auditor.synth.fit`, and
nothing here may import from `auditor.synth`.
"""

from __future__ import annotations

import struct
from datetime import UTC, datetime, timedelta

FIT_EPOCH = datetime(1989, 12, 31, tzinfo=UTC)
MAX_POINTS = 2_000_000
RECORD = 20  # global message number of `record`
_INVALID = 0x7FFFFFFF
SEMICIRCLE = 180.0 / 2**31  # degrees per semicircle unit; the FIT writer (auditor.synth.fit) uses it too


class FitError(ValueError):
    pass


def read_fit_points(data: bytes, max_points: int = MAX_POINTS) -> list[tuple[float, float, datetime | None]]:
    """(lat, lon, time) of every record message with a valid position, in file order."""
    points: list[tuple[float, float, datetime | None]] = []
    pos = 0
    while pos + 12 <= len(data) and len(points) < max_points:
        hsize = data[pos]
        if hsize not in (12, 14) or data[pos + 8 : pos + 12] != b".FIT":
            if pos == 0:
                raise FitError("not a FIT file (bad header)")
            break  # trailing bytes after a complete file
        (size,) = struct.unpack_from("<I", data, pos + 4)
        start = pos + hsize
        end = start + size
        if end > len(data):
            raise FitError("FIT data size runs past the end of the file")
        _read_records(data, start, end, points, max_points)
        pos = end + 2  # file CRC
    return points


def _read_records(data: bytes, pos: int, end: int, points: list, max_points: int) -> None:
    defs: dict[int, tuple[int, str, list[tuple[int, int, int]], int]] = {}
    last_ts: int | None = None
    while pos < end and len(points) < max_points:
        header = data[pos]
        pos += 1
        if header & 0x80:  # compressed timestamp header
            local = (header >> 5) & 0x03
            offset = header & 0x1F
            if last_ts is not None:
                ts = (last_ts & ~0x1F) + offset
                if offset < (last_ts & 0x1F):
                    ts += 0x20
                last_ts = ts
            pos, _ts = _data(data, pos, end, defs, local, points, last_ts)
            continue
        local = header & 0x0F
        if header & 0x40:  # definition message
            if pos + 5 > end:
                raise FitError("truncated FIT definition message")
            arch = data[pos + 1]
            endian = ">" if arch == 1 else "<"
            (gmsg,) = struct.unpack_from(endian + "H", data, pos + 2)
            nfields = data[pos + 4]
            pos += 5
            if pos + 3 * nfields > end:
                raise FitError("truncated FIT field definitions")
            fields = [(data[pos + 3 * i], data[pos + 3 * i + 1], data[pos + 3 * i + 2]) for i in range(nfields)]
            pos += 3 * nfields
            dev_size = 0
            if header & 0x20:
                if pos + 1 > end:
                    raise FitError("truncated FIT developer field count")
                ndev = data[pos]
                pos += 1
                if pos + 3 * ndev > end:
                    raise FitError("truncated FIT developer field definitions")
                dev_size = sum(data[pos + 3 * i + 1] for i in range(ndev))
                pos += 3 * ndev
            defs[local] = (gmsg, endian, fields, dev_size)
        else:
            pos, ts = _data(data, pos, end, defs, local, points, None)
            if ts is not None:
                last_ts = ts


def _values(data: bytes, pos: int, end: int, definition: tuple) -> tuple[int, dict[int, int]]:
    gmsg, endian, fields, dev_size = definition
    total = sum(f[1] for f in fields) + dev_size
    if pos + total > end:
        raise FitError("FIT data message runs past the end")
    values: dict[int, int] = {}
    p = pos
    for num, size, _base in fields:
        if gmsg == RECORD and num in (0, 1) and size == 4:
            values[num] = struct.unpack_from(endian + "i", data, p)[0]
        elif num == 253 and size == 4:
            values[num] = struct.unpack_from(endian + "I", data, p)[0]
        p += size
    return pos + total, values


def _data(data: bytes, pos: int, end: int, defs: dict, local: int, points: list, ts: int | None) -> tuple[int, int | None]:
    """Read one data message; return the new offset and its timestamp (its own field, else `ts`)."""
    definition = defs.get(local)
    if definition is None:
        raise FitError(f"FIT data message for undefined local type {local}")
    pos, values = _values(data, pos, end, definition)
    ts = values.get(253, ts)
    if definition[0] == RECORD:
        _add(points, values, ts)
    return pos, ts


def _add(points: list, values: dict[int, int], ts: int | None) -> None:
    lat, lon = values.get(0), values.get(1)
    if lat is None or lon is None or lat == _INVALID or lon == _INVALID:
        return
    when = FIT_EPOCH + timedelta(seconds=ts) if ts is not None else None
    points.append((lat * SEMICIRCLE, lon * SEMICIRCLE, when))
