"""Byte-level edits that remove GPS (and, on request, identity) from EXIF/TIFF blocks and XMP packets.

Written by hand rather than with piexif's load/dump: re-serialising an EXIF block moves every
value, which breaks maker notes (they hold absolute offsets) and changes bytes we have no
reason to touch. Instead each edit is *local*:

* the GPS IFD pointer (tag 0x8825) is removed from IFD0 by packing the remaining entries up
  and zero-filling the freed 12 bytes, so the IFD keeps its size and nothing else moves;
* the GPS IFD itself and its out-of-line values are overwritten with zeros;
* identity tags (Artist, Copyright, serial numbers, owner, maker note) go the same way;
* XMP properties are blanked with spaces (whitespace between XML attributes or elements is
  still valid XML), so packet lengths, and with them every container length, stay the same.

This module computes `Edit`s over a buffer (bytes or a read-only mmap); it never opens files.
Containers (JPEG, PNG, ...) are handled in `auditor.fixers.containers`.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from auditor.media.exif import MAX_ENTRIES, TYPES
from auditor.media.xmpscan import scan_props

TAG_EXIF_IFD = 0x8769
TAG_GPS_IFD = 0x8825
IFD0_IDENTITY = {0x013B: "Artist", 0x8298: "Copyright", 0xC62F: "CameraSerialNumber"}
EXIF_IDENTITY = {0xA430: "OwnerName", 0xA431: "SerialNumber", 0xA435: "LensSerialNumber", 0x927C: "MakerNote"}


class StripError(Exception):
    """This file cannot be cleaned automatically; the message says why (shown as a manual step)."""


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace `length` bytes at absolute `offset` with `data` (same length unless a whole block is rebuilt)."""

    offset: int
    length: int
    data: bytes


def apply_to_bytes(data: bytes, edits: list[Edit], base: int = 0) -> bytes:
    """Apply edits whose offsets are relative to `base` to an in-memory block."""
    out = bytearray()
    pos = 0
    for e in normalise(edits):
        rel = e.offset - base
        out += data[pos:rel]
        out += e.data
        pos = rel + e.length
    out += data[pos:]
    return bytes(out)


def normalise(edits: list[Edit]) -> list[Edit]:
    """Sort edits; identical duplicates collapse; any other overlap means a hostile layout."""
    out: list[Edit] = []
    for e in sorted(set(edits), key=lambda e: (e.offset, e.length)):
        if out and e.offset < out[-1].offset + out[-1].length:
            prev = out[-1]
            if set(e.data) <= {0} and set(prev.data) <= {0} and len(e.data) == e.length and len(prev.data) == prev.length:
                end = max(prev.offset + prev.length, e.offset + e.length)
                out[-1] = Edit(prev.offset, end - prev.offset, bytes(end - prev.offset))
                continue
            raise StripError("metadata structures overlap (a malformed or hostile EXIF block)")
        out.append(e)
    return out


# ---- TIFF / EXIF ----------------------------------------------------------------------------


@dataclass
class _Entry:
    tag: int
    typ: int
    count: int
    raw: bytes  # the 12 bytes of the entry


def _header(buf, base: int, size: int) -> tuple[str, int]:
    if size < 8:
        raise StripError("EXIF block too short")
    order = bytes(buf[base : base + 2])
    bo = {b"II": "<", b"MM": ">"}.get(order)
    if bo is None:
        raise StripError("EXIF block has no TIFF header")
    (ifd0,) = struct.unpack_from(bo + "I", buf, base + 4)
    return bo, ifd0


def _entries(buf, base: int, size: int, off: int, bo: str) -> list[_Entry]:
    if off < 8 or off + 2 > size:
        raise StripError("EXIF IFD offset out of range")
    (n,) = struct.unpack_from(bo + "H", buf, base + off)
    if n > MAX_ENTRIES or off + 2 + 12 * n > size:
        raise StripError("EXIF IFD entry count out of range")
    out = []
    for i in range(n):
        p = base + off + 2 + 12 * i
        tag, typ, count = struct.unpack_from(bo + "HHI", buf, p)
        out.append(_Entry(tag, typ, count, bytes(buf[p : p + 12])))
    return out


def _value_span(e: _Entry, bo: str, size: int) -> tuple[int, int] | None:
    """(offset, length) of an entry's out-of-line value, relative to the TIFF start."""
    if e.typ not in TYPES:
        return None
    nbytes = TYPES[e.typ][1] * e.count
    if nbytes <= 4:
        return None
    (voff,) = struct.unpack(bo + "I", e.raw[8:12])
    if voff < 8 or voff + nbytes > size:
        return None
    return voff, nbytes


def _pointer(entries: list[_Entry], tag: int, bo: str) -> int | None:
    for e in entries:
        if e.tag == tag and e.typ in (4, 13) and e.count >= 1:
            return struct.unpack(bo + "I", e.raw[8:12])[0]
    return None


def _rewrite_ifd(buf, base: int, size: int, off: int, bo: str, entries: list[_Entry], drop: set[int]) -> list[Edit]:
    """Remove `drop` tags from the IFD at `off`: pack kept entries up, keep the IFD's size.

    Returns the packed block as one edit and the freed tail (and dropped values) as zero fills.
    """
    kept = [e for e in entries if e.tag not in drop]
    gone = [e for e in entries if e.tag in drop]
    if not gone:
        return []
    edits = []
    for e in gone:
        span = _value_span(e, bo, size)
        if span:
            edits.append(Edit(base + span[0], span[1], bytes(span[1])))
    next_at = off + 2 + 12 * len(entries)
    next_ptr = bytes(buf[base + next_at : base + next_at + 4]) if next_at + 4 <= size else b""
    block = struct.pack(bo + "H", len(kept)) + b"".join(e.raw for e in kept) + next_ptr
    edits.append(Edit(base + off, len(block), block))
    tail = 12 * len(gone)
    edits.append(Edit(base + off + len(block), tail, bytes(tail)))
    return edits


def _spans_of(entries: list[_Entry], bo: str, size: int, off: int) -> list[tuple[int, int]]:
    """Byte ranges an IFD needs: its own table and its entries' values (relative to the TIFF start)."""
    spans = [(off, 2 + 12 * len(entries) + 4)]
    for e in entries:
        span = _value_span(e, bo, size)
        if span:
            spans.append(span)
    return spans


def _data_spans(buf, base: int, entries: list[_Entry], bo: str, size: int) -> list[tuple[int, int]]:
    """Image strips / tiles / thumbnails an IFD points at: never zero-filled."""
    by_tag = {e.tag: e for e in entries}
    spans = []
    for off_tag, len_tag in ((0x0111, 0x0117), (0x0144, 0x0145), (0x0201, 0x0202)):
        if off_tag in by_tag and len_tag in by_tag:
            offs = _ints(buf, base, by_tag[off_tag], bo, size)
            lens = _ints(buf, base, by_tag[len_tag], bo, size)
            spans.extend(zip(offs, lens, strict=False))
    return spans


def _ints(buf, base: int, e: _Entry, bo: str, size: int) -> list[int]:
    if e.typ not in (3, 4) or e.count > 65536:
        return []
    code, width = ("H", 2) if e.typ == 3 else ("I", 4)
    nbytes = width * e.count
    if nbytes <= 4:
        raw = e.raw[8 : 8 + nbytes]
    else:
        span = _value_span(e, bo, size)
        if span is None:
            return []
        raw = bytes(buf[base + span[0] : base + span[0] + span[1]])
    return list(struct.unpack(bo + code * e.count, raw))


def _protect(buf, edits: list[Edit], protected: list[tuple[int, int]]) -> list[Edit]:
    """Keep original bytes wherever a zero fill would hit data something else still points at.

    Some writers (piexif among them) let values overlap IFD tables; a fill must not erase them.
    A structural edit (a packed IFD) that overlaps kept data means we cannot edit safely.
    """
    out = []
    for e in edits:
        hit = [(s, n) for s, n in protected if s < e.offset + e.length and e.offset < s + n]
        if not hit:
            out.append(e)
            continue
        if any(e.data) or len(e.data) != e.length:
            raise StripError("EXIF values overlap the directory that has to change; remove the GPS by hand")
        data = bytearray(e.data)
        for s, n in hit:
            a, b = max(s, e.offset), min(s + n, e.offset + e.length)
            data[a - e.offset : b - e.offset] = buf[a:b]
        out.append(Edit(e.offset, e.length, bytes(data)))
    return out


def tiff_edits(buf, base: int, end: int, all_identifying: bool = False) -> tuple[list[Edit], list[str]]:
    """Edits that remove the GPS IFD (and identity tags) from the TIFF structure at buf[base:end].

    Returns (edits, names of what was removed). Offsets in the edits are absolute in `buf`.
    """
    size = end - base
    bo, ifd0_off = _header(buf, base, size)
    ifd0 = _entries(buf, base, size, ifd0_off, bo)
    removed: list[str] = []
    fills: list[Edit] = []
    drop0: set[int] = set()
    gps_off = _pointer(ifd0, TAG_GPS_IFD, bo)
    # the pointer is dropped even when its offset is unusable: no reader can reach the GPS IFD then
    if any(e.tag == TAG_GPS_IFD for e in ifd0):
        drop0.add(TAG_GPS_IFD)
        removed.append("EXIF GPS")
        # a GPS pointer aimed back at IFD0 would blank IFD0 itself: only the pointer goes
        if gps_off is not None and gps_off != ifd0_off:
            try:
                gps = _entries(buf, base, size, gps_off, bo)
            except StripError:
                gps = []  # an unreadable GPS IFD: dropping the pointer is enough
            else:
                for e in gps:
                    span = _value_span(e, bo, size)
                    if span:
                        fills.append(Edit(base + span[0], span[1], bytes(span[1])))
                # the IFD table itself (count, entries, next-IFD offset), clipped to the block
                n = min(2 + 12 * len(gps) + 4, size - gps_off)
                fills.append(Edit(base + gps_off, n, bytes(n)))
    exif_off = _pointer(ifd0, TAG_EXIF_IFD, bo)
    exif: list[_Entry] = []
    # an Exif pointer that aliases IFD0 or the GPS IFD is not a separate IFD to edit
    if exif_off is not None and exif_off not in (ifd0_off, gps_off):
        try:
            exif = _entries(buf, base, size, exif_off, bo)
        except StripError:
            # an unreadable Exif IFD: its identity tags cannot be found, GPS removal still proceeds
            exif = []
    drop_exif: set[int] = set()
    # identity tags go only on request (`strip --all-identifying`); GPS always goes
    if all_identifying:
        for e in ifd0:
            if e.tag in IFD0_IDENTITY:
                drop0.add(e.tag)
                removed.append(IFD0_IDENTITY[e.tag])
        drop_exif = {e.tag for e in exif if e.tag in EXIF_IDENTITY}
        removed.extend(EXIF_IDENTITY[t] for t in sorted(drop_exif))
    edits = _rewrite_ifd(buf, base, size, ifd0_off, bo, ifd0, drop0)
    # the Exif IFD is rewritten only when something in it is dropped
    if exif_off is not None and drop_exif:
        edits += _rewrite_ifd(buf, base, size, exif_off, bo, exif, drop_exif)
    # what must survive: kept entries' values, kept IFD tables (at their new size), image data
    kept0 = [e for e in ifd0 if e.tag not in drop0]
    kept_exif = [e for e in exif if e.tag not in drop_exif]
    protected = _spans_of(kept0, bo, size, ifd0_off)[1:] + _data_spans(buf, base, ifd0, bo, size)
    if exif_off is not None and exif:
        protected += _spans_of(kept_exif, bo, size, exif_off)[1:]
        # an untouched Exif IFD table must survive byte for byte
        if not drop_exif:
            protected.append((exif_off, 2 + 12 * len(exif)))
    ifd1_at = ifd0_off + 2 + 12 * len(ifd0)
    # IFD1 (the thumbnail) is not edited, but its table and data must not be overwritten by fills
    if ifd1_at + 4 <= size:
        (ifd1_off,) = struct.unpack_from(bo + "I", buf, base + ifd1_at)
        # offset 0 means no IFD1; an offset aliasing another IFD is a loop, not a thumbnail
        if ifd1_off and ifd1_off not in (ifd0_off, exif_off, gps_off):
            try:
                ifd1 = _entries(buf, base, size, ifd1_off, bo)
                protected += _spans_of(ifd1, bo, size, ifd1_off) + _data_spans(buf, base, ifd1, bo, size)
            except StripError:
                # an unreadable IFD1 protects nothing; the GPS edits still apply
                pass
    protected = [(base + s, n) for s, n in protected]
    return _protect(buf, edits + fills, protected), removed


# ---- XMP ------------------------------------------------------------------------------------

_ID_NAMES = frozenset(
    b"dc:creator dc:rights aux:SerialNumber aux:LensSerialNumber aux:OwnerName exifEX:BodySerialNumber "
    b"exifEX:LensSerialNumber exifEX:CameraOwnerName xmpRights:Owner photoshop:Credit photoshop:AuthorsPosition".split()
)


def _is_gps(name: bytes) -> bool:
    return name.startswith(b"exif:GPS") and len(name) > 8 and name[8:].isalpha()


def xmp_spans(xmp: bytes, all_identifying: bool = False) -> tuple[list[tuple[int, int]], list[str]]:
    """(start, end) spans of the XMP properties to blank, and their names (one linear scan)."""

    def want(name: bytes) -> bool:
        return _is_gps(name) or (all_identifying and name in _ID_NAMES)

    spans: list[tuple[int, int]] = []
    names: list[str] = []
    for p in scan_props(xmp, want):
        if spans and p.start < spans[-1][1]:
            continue  # inside a property already blanked
        spans.append((p.start, p.end))
        names.append(p.name.decode("ascii", "replace"))
    return spans, names


def xmp_edits(buf, start: int, end: int, all_identifying: bool = False) -> tuple[list[Edit], list[str]]:
    """Same-length edits blanking GPS (and identity) properties of the XMP packet at buf[start:end]."""
    xmp = bytes(buf[start:end])
    spans, names = xmp_spans(xmp, all_identifying)
    edits = [Edit(start + s, e - s, b" " * (e - s)) for s, e in spans]
    removed = sorted({"XMP GPS" if n.startswith("exif:GPS") else f"XMP {n}" for n in names})
    return edits, removed


def blank_xmp(xmp: bytes, all_identifying: bool = False) -> tuple[bytes, list[str]]:
    edits, removed = xmp_edits(xmp, 0, len(xmp), all_identifying)
    return apply_to_bytes(xmp, edits), removed
