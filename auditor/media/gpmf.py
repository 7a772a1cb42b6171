"""GoPro GPMF telemetry: the first GPS fix (and its UTC time) of an MP4's ``gpmd`` track.

GoPro cameras (and the Insta360/Karma files that copy them) record GPS as GPMF samples in a
timed-metadata track whose sample description is ``gpmd``. The sample table (``stco``/``co64``
chunk offsets, ``stsz`` sizes) says where the first samples lie in ``mdat``; we read only
those few samples (bounded), never the video. Each sample is KLV: a 4-byte key, a type
character, a structure size and a repeat count, payloads padded to 4 bytes, type 0 nesting.
In a ``STRM``, ``SCAL`` divides the raw integers; ``GPS5`` rows are latitude, longitude,
altitude, 2D and 3D speed; ``GPS9`` rows add days since 2000, seconds since midnight, DOP and
the fix; Karma drones' ``GPRI`` rows start with a clock; ``GPSU`` is the UTC time of a GPS5 sample ("yymmddhhmmss.sss").

This module must not decode video, open files or decide what is risky.
"""

from __future__ import annotations

import struct
from datetime import UTC, datetime, timedelta
from typing import BinaryIO

from auditor.media.isobmff import boxes

MAX_SAMPLE = 1024 * 1024
MAX_SAMPLES = 8  # a fix is normally in the first sample; a few more cover a cold start
TRACK_PATH = (b"mdia", b"minf", b"stbl")
INT_TYPES = {"b": "b", "B": "B", "s": "h", "S": "H", "l": "i", "L": "I", "f": "f", "d": "d", "j": "q", "J": "Q"}
# where latitude sits in a row: GPS5/GPS9 start with it; Karma's GPRI ("GPS RAW") starts with a
# microsecond clock, then latitude, longitude, altitude, speeds and the fix
LAT_LON = {b"GPS5": 0, b"GPS9": 0, b"GPRI": 1}
EPOCH_2000 = datetime(2000, 1, 1, tzinfo=UTC)

Fix = tuple[float, float, datetime | None]


def gpmd_samples(moov: bytes) -> list[tuple[int, int]]:
    """(offset, size) of the first samples of every ``gpmd`` track in a ``moov`` payload."""
    out: list[tuple[int, int]] = []
    for btype, s, e in boxes(moov):
        if btype == b"trak":
            stbl = _descend(moov, s, e, TRACK_PATH)
            if stbl is not None and _is_gpmd(moov, *stbl):
                out.extend(_first_samples(moov, *stbl))
    return out


def _descend(b: bytes, s: int, e: int, path: tuple[bytes, ...]) -> tuple[int, int] | None:
    for name in path:
        for btype, cs, ce in boxes(b, s, e):
            if btype == name:
                s, e = cs, ce
                break
        else:
            return None
    return s, e


def _is_gpmd(b: bytes, s: int, e: int) -> bool:
    for btype, cs, _ce in boxes(b, s, e):
        if btype == b"stsd":
            return b[cs + 12 : cs + 16] == b"gpmd"
    return False


def _first_samples(b: bytes, s: int, e: int) -> list[tuple[int, int]]:
    offsets: list[int] = []
    sizes: list[int] = []
    per_chunk = 1
    for btype, cs, ce in boxes(b, s, e):
        if btype in (b"stco", b"co64") and cs + 8 <= ce:
            (n,) = struct.unpack(">I", b[cs + 4 : cs + 8])
            width = 4 if btype == b"stco" else 8
            n = min(n, MAX_SAMPLES, (ce - cs - 8) // width)
            offsets = list(struct.unpack(">" + ("I" if width == 4 else "Q") * n, b[cs + 8 : cs + 8 + width * n]))
        elif btype == b"stsz" and cs + 12 <= ce:
            fixed, n = struct.unpack(">II", b[cs + 4 : cs + 12])
            n = min(n, MAX_SAMPLES)
            sizes = (
                [fixed] * n
                if fixed
                else list(struct.unpack(">" + "I" * min(n, (ce - cs - 12) // 4), b[cs + 12 : cs + 12 + 4 * n]))
            )
        elif btype == b"stsc" and cs + 20 <= ce:
            per_chunk = struct.unpack(">I", b[cs + 16 : cs + 20])[0]
    if per_chunk != 1:  # several samples per chunk: only the first sample's place is certain
        offsets = offsets[:1]
    return list(zip(offsets, sizes, strict=False))


def first_fix(fh: BinaryIO, samples: list[tuple[int, int]]) -> tuple[Fix | None, bool]:
    """The first GPS row with a position, and whether any GPS stream was seen at all."""
    seen = False
    for off, size in samples[:MAX_SAMPLES]:
        try:
            fh.seek(off)
        except (OSError, ValueError):
            return None, seen
        data = fh.read(min(size, MAX_SAMPLE))
        fix, got = parse_sample(data)
        seen = seen or got
        if fix is not None:
            return fix, True
    return None, seen


def parse_sample(data: bytes) -> tuple[Fix | None, bool]:
    """The first position in one GPMF sample, and whether it holds a GPS stream."""
    seen = False
    for key, typ, _ssize, _rep, s, e in _klv(data, 0, len(data)):
        if key == b"DEVC" and typ == 0:
            for k2, t2, _s2, _r2, s2, e2 in _klv(data, s, e):
                if k2 == b"STRM" and t2 == 0:
                    fix, got = _stream(data, s2, e2)
                    seen = seen or got
                    if fix is not None:
                        return fix, True
    return None, seen


def _klv(data: bytes, s: int, e: int):
    pos = s
    for _ in range(4096):
        if pos + 8 > e:
            return
        key, typ, ssize, rep = struct.unpack(">4sBBH", data[pos : pos + 8])
        n = ssize * rep
        end = pos + 8 + n
        if end > e:
            return
        yield key, typ, ssize, rep, pos + 8, end
        pos = end + (-n % 4)


def _values(data: bytes, typ: int, ssize: int, rep: int, s: int, types: str = "") -> list[list[float]]:
    """Rows of numbers from one KLV payload (complex type ``?`` uses the ``TYPE`` string)."""
    fmt = types if typ == ord("?") else INT_TYPES.get(chr(typ), "")
    fmt = "".join(INT_TYPES.get(c, "") for c in fmt) if typ == ord("?") else fmt
    if not fmt:
        return []
    width = struct.calcsize(">" + fmt)
    per_row = ssize // width if width else 0
    if per_row < 1:
        return []
    rows = []
    for r in range(min(rep, 64)):
        p = s + r * ssize
        rows.append(list(struct.unpack(">" + fmt * per_row, data[p : p + width * per_row])))
    return rows


def _stream(data: bytes, s: int, e: int) -> tuple[Fix | None, bool]:
    scal: list[float] = [1.0]
    types = ""
    when: datetime | None = None
    fix_ok = True
    for key, typ, ssize, rep, cs, _ce in _klv(data, s, e):
        if key == b"SCAL":
            scal = [v for row in _values(data, typ, ssize, rep, cs) for v in row] or [1.0]
        elif key == b"TYPE":
            types = data[cs : cs + ssize * rep].decode("latin-1")
        elif key == b"GPSU":
            when = _gpsu(data[cs : cs + 16])
        elif key == b"GPSF":
            vals = _values(data, typ, ssize, rep, cs)
            fix_ok = not vals or vals[0][0] >= 2
        elif key in LAT_LON:
            rows = _values(data, typ, ssize, rep, cs, types)
            for row in rows:
                vals = [v / (scal[i] if i < len(scal) and scal[i] else scal[0] or 1) for i, v in enumerate(row)]
                if key == b"GPS9" and len(vals) >= 9:
                    fix_ok = row[8] >= 2
                    when = EPOCH_2000 + timedelta(days=vals[5], seconds=vals[6])
                elif key == b"GPRI" and len(vals) >= 9:
                    fix_ok = row[8] >= 2
                if len(vals) <= LAT_LON[key] + 1:
                    continue
                lat, lon = vals[LAT_LON[key]], vals[LAT_LON[key] + 1]
                if fix_ok and -90 <= lat <= 90 and -180 <= lon <= 180 and (lat, lon) != (0, 0):
                    return (lat, lon, when), True
            return None, True
    return None, False


def _gpsu(raw: bytes) -> datetime | None:
    try:
        text = raw.decode("ascii")
        return datetime.strptime(text[:12], "%y%m%d%H%M%S").replace(tzinfo=UTC) + timedelta(
            seconds=float("0" + text[12:16]) if text[12:13] == "." else 0
        )
    except (ValueError, UnicodeDecodeError):
        return None
