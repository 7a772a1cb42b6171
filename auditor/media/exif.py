"""A bounded reader for TIFF/EXIF structures (IFD0, the Exif IFD and the GPS IFD).

Written by hand because no maintained library reads *only* the tags we need from a byte range
without decoding the image and without trusting the file: every offset is bounds-checked,
every IFD is visited at most once (looping offsets cannot hang us), entry counts and value
sizes are capped (lying lengths cannot exhaust memory). Pillow and piexif are used elsewhere
for writing and for cross-checks, not here.

GPS conversion follows ExifTool's rules: degrees + minutes/60 + seconds/3600 over however many
components are present; a component with a zero denominator means there is no position; the
sign comes from the S/W reference (case-insensitive); values outside [-90, 90] / [-180, 180]
are not positions.

This module parses bytes; it never opens files and never decides what is risky.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

MAX_ENTRIES = 512
MAX_VALUE_BYTES = 64 * 1024
MAX_IFDS = 16

# Tag ids we care about.
TAG_EXIF_IFD = 0x8769
TAG_GPS_IFD = 0x8825
IFD0_TAGS = {
    0x010F: "Make",
    0x0110: "Model",
    0x0112: "Orientation",
    0x0131: "Software",
    0x0132: "ModifyDate",
    0x013B: "Artist",
    0x8298: "Copyright",
    0xC62F: "CameraSerialNumber",  # DNG
}
EXIF_TAGS = {
    0x9003: "DateTimeOriginal",
    0x9004: "CreateDate",
    0x9010: "OffsetTime",
    0x9011: "OffsetTimeOriginal",
    0x9012: "OffsetTimeDigitized",
    0xA430: "OwnerName",
    0xA431: "SerialNumber",
    0xA433: "LensMake",
    0xA434: "LensModel",
    0xA435: "LensSerialNumber",
    0x9286: "UserComment",
    0x010E: "ImageDescription",
}
GPS_TAGS = {
    0x0001: "GPSLatitudeRef",
    0x0002: "GPSLatitude",
    0x0003: "GPSLongitudeRef",
    0x0004: "GPSLongitude",
    0x0005: "GPSAltitudeRef",
    0x0006: "GPSAltitude",
    0x0007: "GPSTimeStamp",
    0x001D: "GPSDateStamp",
}
# type id -> (struct code, size)
TYPES = {
    1: ("B", 1),
    2: ("s", 1),
    3: ("H", 2),
    4: ("I", 4),
    5: ("II", 8),
    6: ("b", 1),
    7: ("B", 1),
    8: ("h", 2),
    9: ("i", 4),
    10: ("ii", 8),
    11: ("f", 4),
    12: ("d", 8),
    13: ("I", 4),  # IFD
    16: ("Q", 8),  # BigTIFF LONG8
    17: ("q", 8),  # BigTIFF SLONG8
    18: ("Q", 8),  # BigTIFF IFD8
}


class ExifError(ValueError):
    pass


@dataclass
class ExifData:
    ifd0: dict[str, Any] = field(default_factory=dict)
    exif: dict[str, Any] = field(default_factory=dict)
    gps: dict[str, Any] = field(default_factory=dict)
    has_gps_ifd: bool = False
    # directories that could not be read (a loop back to one already read, out of range ...)
    problems: list[str] = field(default_factory=list)

    def merged(self) -> dict[str, Any]:
        return {**self.ifd0, **self.exif, **self.gps}


def _header(data: bytes) -> tuple[str, bool, int]:
    """Byte order, whether the file is a BigTIFF (8-byte offsets), and the first IFD's offset."""
    if len(data) < 8:
        raise ExifError("TIFF header truncated")
    if data[:2] == b"II":
        bo = "<"
    elif data[:2] == b"MM":
        bo = ">"
    else:
        raise ExifError("not a TIFF header")
    (magic,) = struct.unpack(bo + "H", data[2:4])
    if magic == 43:  # BigTIFF: offset size 8, a reserved zero, then an 8-byte first-IFD offset
        if len(data) < 16:
            raise ExifError("BigTIFF header truncated")
        off_size, _zero, ifd0 = struct.unpack(bo + "HHQ", data[4:16])
        if off_size != 8:
            raise ExifError("BigTIFF offset size is not 8")
        return bo, True, ifd0
    if magic not in (42, 0x4F52, 0x5352, 0x55):  # TIFF, ORF variants, RW2
        raise ExifError(f"bad TIFF magic {magic}")
    (ifd0,) = struct.unpack(bo + "I", data[4:8])
    return bo, False, ifd0


def parse_tiff(data: bytes) -> ExifData:
    """Parse a TIFF structure (what follows ``Exif\\0\\0`` in a JPEG APP1, or a whole TIFF/BigTIFF).

    `data` may be any object with ``len`` and byte slicing (`meta.Paged` reads a file's pages on
    demand, so a 40 MB raw file costs only the pages its IFDs sit in).
    """
    bo, big, ifd0 = _header(data)
    out = ExifData()
    seen: set[int] = set()
    ifd0_entries = _read_ifd(data, ifd0, bo, seen, big)
    out.ifd0 = _pick(ifd0_entries, IFD0_TAGS)
    exif_off = _first(ifd0_entries.get(TAG_EXIF_IFD))
    if isinstance(exif_off, int):
        try:
            out.exif = _pick(_read_ifd(data, exif_off, bo, seen, big), EXIF_TAGS)
        except ExifError as exc:
            out.problems.append(f"Exif directory: {exc}")
    gps_off = _first(ifd0_entries.get(TAG_GPS_IFD))
    if isinstance(gps_off, int):
        out.has_gps_ifd = True
        try:
            out.gps = _pick(_read_ifd(data, gps_off, bo, seen, big), GPS_TAGS)
        except ExifError as exc:
            out.problems.append(f"GPS directory: {exc}")
    return out


def parse_ifd0(data: bytes) -> dict[int, Any]:
    """Every small tag of a TIFF structure's first IFD, by tag id (CR3 keeps the Exif and GPS IFDs
    as separate TIFF structures whose first IFD *is* that directory)."""
    bo, big, ifd0 = _header(data)
    return _read_ifd(data, ifd0, bo, set(), big)


def ifd0_block(data: bytes, tag: int) -> tuple[int, int] | None:
    """(offset, length) of a large undefined-type value in IFD0 (RW2's JpgFromRaw), unread."""
    bo, big, ifd0 = _header(data)
    refs: dict[int, tuple[int, int]] = {}
    _read_ifd(data, ifd0, bo, set(), big, refs)
    return refs.get(tag)


def _first(value: Any) -> Any:
    if isinstance(value, (list, tuple)) and value:
        return value[0]
    return value


def _pick(entries: dict[int, Any], names: dict[int, str]) -> dict[str, Any]:
    return {names[t]: v for t, v in entries.items() if t in names}


def _read_ifd(
    data: bytes, offset: int, bo: str, seen: set[int], big: bool = False, refs: dict[int, tuple[int, int]] | None = None
) -> dict[int, Any]:
    if offset in seen:
        raise ExifError("IFD loop")
    if len(seen) >= MAX_IFDS:
        raise ExifError("too many IFDs")
    seen.add(offset)
    cnt_size, ent_size, inline = (8, 20, 8) if big else (2, 12, 4)
    if offset < 8 or offset + cnt_size > len(data):
        raise ExifError("IFD offset out of range")
    (count,) = struct.unpack(bo + ("Q" if big else "H"), data[offset : offset + cnt_size])
    if count > MAX_ENTRIES:
        raise ExifError("IFD entry count implausible")
    entries: dict[int, Any] = {}
    pos = offset + cnt_size
    table = data[pos : pos + count * ent_size]  # one read for the whole directory
    for i in range(count):
        ent = table[i * ent_size : (i + 1) * ent_size]
        if len(ent) < ent_size:
            break  # truncated IFD: keep what we have, as ExifTool does
        tag, typ, n = struct.unpack(bo + ("HHQ" if big else "HHI"), ent[: 4 + inline])
        raw_field = ent[4 + inline :]
        if typ not in TYPES:
            continue
        code, size = TYPES[typ]
        nbytes = size * n
        if n == 0:
            continue
        if nbytes > MAX_VALUE_BYTES:
            if refs is not None and nbytes > inline:
                (voff,) = struct.unpack(bo + ("Q" if big else "I"), raw_field)
                refs[tag] = (voff, nbytes)
            continue
        if nbytes <= inline:
            raw = raw_field[:nbytes]
        else:
            (voff,) = struct.unpack(bo + ("Q" if big else "I"), raw_field)
            if voff + nbytes > len(data):
                continue
            raw = data[voff : voff + nbytes]
        if refs is not None and typ == 7:
            refs[tag] = ((struct.unpack(bo + ("Q" if big else "I"), raw_field)[0] if nbytes > inline else 0), nbytes)
        entries[tag] = _decode(raw, typ, code, n, bo)
    return entries


def _decode(raw: bytes, typ: int, code: str, n: int, bo: str) -> Any:
    if typ == 2:
        return raw.split(b"\0", 1)[0].decode("utf-8", "replace").strip()
    if typ == 7:
        return bytes(raw)
    if typ in (5, 10):
        vals = struct.unpack(bo + code[0] * (2 * n), raw)
        return [(vals[i], vals[i + 1]) for i in range(0, len(vals), 2)]
    vals = struct.unpack(bo + code * n, raw)
    return list(vals) if n > 1 else vals[0]


# ---- GPS ------------------------------------------------------------------------------------


def _to_degrees(value: Any) -> float | None:
    """ExifTool's ToDegrees for a rational triple (or fewer components); None if undefined."""
    if value is None:
        return None
    if isinstance(value, tuple) and len(value) == 2 and all(isinstance(x, int) for x in value):
        value = [value]
    if not isinstance(value, list) or not value:
        return None
    total = 0.0
    for i, comp in enumerate(value[:3]):
        if isinstance(comp, tuple):
            num, den = comp
            if den == 0:
                return None  # 0/0 (or x/0): ExifTool prints "undef"; no position
            comp_val = num / den
        elif isinstance(comp, (int, float)):
            comp_val = float(comp)
        else:
            return None
        total += comp_val / (60**i)
    return total


def gps_position(gps: dict[str, Any]) -> tuple[float, float] | None:
    """Signed decimal degrees from a GPS IFD, or None when there is no real position."""
    lat = _to_degrees(gps.get("GPSLatitude"))
    lon = _to_degrees(gps.get("GPSLongitude"))
    if lat is None or lon is None:
        return None
    lat_ref = str(gps.get("GPSLatitudeRef") or "").strip().upper()[:1]
    lon_ref = str(gps.get("GPSLongitudeRef") or "").strip().upper()[:1]
    if lat_ref == "S":
        lat = -lat
    if lon_ref == "W":
        lon = -lon
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        return None
    if lat == 0.0 and lon == 0.0:
        return None
    return lat, lon


# ---- time -----------------------------------------------------------------------------------


def _parse_offset(text: Any) -> timezone | None:
    if not isinstance(text, str):
        return None
    t = text.strip()
    if len(t) == 6 and t[0] in "+-" and t[3] == ":":
        try:
            mins = int(t[1:3]) * 60 + int(t[4:6])
        except ValueError:
            return None
        if mins > 14 * 60:
            return None
        return timezone(timedelta(minutes=-mins if t[0] == "-" else mins))
    return None


def capture_time(exif: dict[str, Any]) -> tuple[datetime | None, bool]:
    """The capture time and whether its UTC offset is known (OffsetTimeOriginal or OffsetTime)."""
    raw = exif.get("DateTimeOriginal") or exif.get("CreateDate")
    if not isinstance(raw, str):
        return None, False
    try:
        dt = datetime.strptime(raw.strip()[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None, False
    tz = _parse_offset(exif.get("OffsetTimeOriginal")) or _parse_offset(exif.get("OffsetTime"))
    if tz is not None:
        return dt.replace(tzinfo=tz), True
    return dt, False
