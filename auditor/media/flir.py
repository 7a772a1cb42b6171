"""FLIR thermal JPEGs: the GPS record of the FFF block carried in ``APP1 "FLIR\\0"`` segments.

FLIR cameras (and FLIR ONE phone attachments) split an FFF file across APP1 segments: after
``FLIR\\0``, byte 5 is 0x01, byte 6 the chunk number and byte 7 the chunk count minus one; the
rest of each segment is concatenated. The FFF header (``FFF\\0``) says where its record
directory is; its byte order is the one in which the format version reads 100-199 (a record may use the other
order; its GPSValid flag, 0 or 1, tells which). Record type
0x2B is GPSInfo: GPSValid (int32u), references at 0x08/0x0A, latitude and longitude as doubles
at 0x10/0x18. ExifTool's tables (FLIR.pm) describe the same layout.

ExifTool shows FLIR's latitude and longitude unsigned and its composite ignores the N/S/E/W
references; we apply them, so a W longitude is negative (the position the camera meant).

This module parses bytes; it must not open files or decide what is risky.
"""

from __future__ import annotations

import struct

MAX_RECORDS = 256
GPS_RECORD = 0x2B


def join_chunks(segments: list[bytes]) -> bytes:
    """The FFF block from the APP1 payloads that start with ``FLIR\\0``, in chunk order."""
    chunks: dict[int, bytes] = {}
    for seg in segments:
        if len(seg) >= 8:
            chunks.setdefault(seg[6], seg[8:])
    return b"".join(chunks[k] for k in sorted(chunks))


def gps(fff: bytes) -> tuple[tuple[float, float] | None, bool]:
    """(signed position or None, whether a GPS record is present) from an FFF block."""
    if len(fff) < 0x40 or fff[:4] not in (b"FFF\0", b"AFF\0"):
        return None, False
    for bo in (">", "<"):
        (ver,) = struct.unpack(bo + "I", fff[0x14:0x18])
        if 100 <= ver < 200:
            break
    else:
        return None, False
    pos, num = struct.unpack(bo + "II", fff[0x18:0x20])
    for i in range(min(num, MAX_RECORDS)):
        ent = fff[pos + i * 0x20 : pos + i * 0x20 + 0x20]
        if len(ent) < 0x20:
            break
        rtype = struct.unpack(bo + "H", ent[:2])[0]
        roff, rlen = struct.unpack(bo + "II", ent[0x0C:0x14])
        if rtype != GPS_RECORD:
            continue
        rec = fff[roff : roff + rlen]
        if len(rec) < 0x20:
            return None, True
        # records keep their own byte order (a big-endian FFF with a little-endian GPS record is
        # common): GPSValid is 0 or 1, which says which order the record is in
        rbo = bo if struct.unpack(bo + "I", rec[:4])[0] in (0, 1) else ("<" if bo == ">" else ">")
        (valid,) = struct.unpack(rbo + "I", rec[:4])
        lat, lon = struct.unpack(rbo + "dd", rec[0x10:0x20])
        if not valid:
            return None, True
        lat_ref, lon_ref = rec[0x08:0x09].upper(), rec[0x0A:0x0B].upper()
        lat = -abs(lat) if lat_ref == b"S" else lat
        lon = -abs(lon) if lon_ref == b"W" else lon
        if not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat == 0 and lon == 0):
            return None, True
        return (lat, lon), True
    return None, False
